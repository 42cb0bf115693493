package org.ownmeet.installers.packages;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.engine.Probe;
import org.ownmeet.installers.ssh.exec.RemoteScript;

/**
 * Installs packages from the distribution's own archive for an installer that needs a tool (certbot,
 * ufw, logrotate), the same careful way as Jitsi itself: it waits, visibly, for system updates that
 * hold the package manager, finishes an interrupted installation first, asks no question, and
 * upgrades nothing that is installed. The package lists are refreshed only if a package cannot be
 * found with the lists the server has.
 *
 * @param packages Debian package names chosen by an installer (never user input)
 * @param why what the packages are for, in plain words, for the plan
 */
public record InstallPackages(List<String> packages, String why, Duration lockWait) implements ActionChange {

    public InstallPackages {
        packages = List.copyOf(packages);
        if (packages.isEmpty() || !packages.stream().allMatch(InstallPackages::isPackageName)) {
            throw new IllegalArgumentException("Debian package names expected: " + packages);
        }
    }

    /** A probe whose answer lists which of {@code packages} are installed; read it with {@link #missing}. */
    public static Probe probe(String id, List<String> packages) {
        return new Probe(id, "dpkg-query -W -f='${Package} ${db:Status-Status}\\n' " + String.join(" ", packages)
                + " 2>/dev/null || true");
    }

    /** Those of {@code packages} that the {@link #probe} answer does not show as installed. */
    public static List<String> missing(String answer, List<String> packages) {
        List<String> installed = answer.lines().map(String::strip).filter(l -> l.endsWith(" installed"))
                .map(l -> l.substring(0, l.indexOf(' '))).toList();
        return packages.stream().filter(p -> !installed.contains(p)).toList();
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

    private static boolean isPackageName(String name) {
        return name.matches("[a-z0-9][a-z0-9+.-]+");
    }
}
