package org.ownmeet.installers.packages;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.ownmeet.installers.engine.ActionChange;
import org.ownmeet.installers.engine.ApplyContext;
import org.ownmeet.installers.engine.Probe;
import org.ownmeet.installers.ssh.exec.RemoteScript;

/**
 * Installs packages from the distribution's own archive (ufw, say) the way every package step
 * does: waiting visibly while system updates hold the package manager, finishing an interrupted
 * installation first, never asking a question, upgrading nothing else.
 *
 * @param why what the packages are for, in plain words, for the plan
 */
public record InstallPackages(List<String> packages, String why, Duration lockWait) implements ActionChange {

    public InstallPackages {
        packages = List.copyOf(packages);
        for (String name : packages) {
            if (!name.matches("[a-z0-9][a-z0-9+.-]+")) {
                throw new IllegalArgumentException("not a package name: " + name);
            }
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
        return "Install " + String.join(", ", packages) + " (" + why + ")";
    }

    @Override
    public String detail() {
        return "from the distribution's own package sources: apt-get install --no-install-recommends "
                + String.join(" ", packages);
    }

    @Override
    public Set<String> restarts() {
        return Set.of();
    }

    @Override
    public void apply(ApplyContext context) {
        String script = AptScript.functions(lockWait) + """
                ownmeet_apt update
                ownmeet_apt install --no-install-recommends %s
                """.formatted(String.join(" ", packages));
        context.session().run(RemoteScript.asRoot("install " + String.join(", ", packages), script)
                .withTimeout(lockWait.plusMinutes(15)), new WaitingReporter(context)).requireSuccess();
    }
}
