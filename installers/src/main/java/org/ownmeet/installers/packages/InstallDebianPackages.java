package org.ownmeet.installers.packages;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.ssh.exec.RemoteScript;

/**
 * Installs a few packages from the server's own distribution, the way the Jitsi packages are
 * installed: without questions, waiting for system updates that hold the package manager, finishing
 * an interrupted installation first. The package lists are refreshed only if the install cannot
 * find a package with the lists the server has.
 *
 * @param packages Debian package names, checked by the caller (never user input)
 */
public record InstallDebianPackages(List<String> packages, String why, Duration lockWait) implements ActionChange {

    public InstallDebianPackages {
        packages = List.copyOf(packages);
        if (packages.isEmpty() || !packages.stream().allMatch(name -> name.matches("[a-z0-9][a-z0-9+.-]+"))) {
            throw new IllegalArgumentException("Debian package names expected: " + packages);
        }
    }

    @Override
    public String summary() {
        return "Install " + String.join(", ", packages) + ": " + why;
    }

    @Override
    public String detail() {
        return "apt-get install --no-install-recommends " + String.join(" ", packages);
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    @Override
    public void apply(ApplyContext context) {
        String names = String.join(" ", packages);
        String script = AptScript.functions(lockWait) + "ownmeet_apt install --no-install-recommends " + names
                + " || { ownmeet_apt update && ownmeet_apt install --no-install-recommends " + names + "; }\n";
        context.session().run(RemoteScript.asRoot("install " + names, script).withTimeout(lockWait.plusMinutes(10)),
                new WaitingReporter(context)).requireSuccess();
    }
}
