package org.ownmeet.installers.packages;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.ssh.exec.RemoteScript;

/**
 * Installs packages from the distribution's own archive for an installer that needs a tool (certbot,
 * say), the same careful way as Jitsi itself: it waits, visibly, for system updates that hold the
 * package manager, finishes an interrupted installation first, asks no question, and upgrades
 * nothing that is installed. The package lists are refreshed only if a package cannot be found.
 */
public record InstallPackages(List<String> packages, String why, Duration lockWait) implements ActionChange {

    public InstallPackages {
        packages = List.copyOf(packages);
        if (packages.isEmpty() || !packages.stream().allMatch(p -> p.matches("[a-z0-9][a-z0-9+.-]+"))) {
            throw new IllegalArgumentException("Debian package names: " + packages);
        }
    }

    @Override
    public String summary() {
        return "Install " + String.join(", ", packages) + " from the distribution's archive: " + why;
    }

    @Override
    public String detail() {
        return "apt-get install --no-install-recommends " + String.join(" ", packages)
                + "; waits for system updates that hold the package manager";
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    @Override
    public void apply(ApplyContext context) {
        String install = "ownmeet_apt install --no-install-recommends " + String.join(" ", packages);
        String script = AptScript.functions(lockWait) + install + " || { ownmeet_apt update && " + install + "; }\n";
        context.session().run(RemoteScript.asRoot("install " + String.join(", ", packages), script)
                .withTimeout(lockWait.plusMinutes(15)), new WaitingReporter(context)).requireSuccess();
    }
}
