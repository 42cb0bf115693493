package org.ownmeet.installers.upkeep.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.ssh.SshSession;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.verify.HealthFinding;
import org.ownmeet.installers.verify.HealthFinding.Level;

/**
 * How the server is doing, in plain sentences with a level each: what an administrator who never logs in
 * should know. Read in one round trip; judged by fixed limits (explained at each).
 */
public final class ServerHealth {
    private static final long DAY = 86_400;

    private ServerHealth() {
    }

    /** The findings; one problem finding if the server could not say (the checks' results stand on their own). */
    public static List<HealthFinding> read(SshSession session, Profile profile) {
        try {
            String answer = session.run(RemoteScript.asRoot("read the server's health", HealthFacts.script(profile.domain()))
                    .quiet()).requireSuccess().stdoutText();
            return judge(HealthFacts.parse(answer), profile);
        } catch (Problem unread) {
            return List.of(HealthFinding.of("health.unreadable", Level.PROBLEM, "OwnMeet could not read how the server is "
                    + "doing: " + unread.userMessage()));
        }
    }

    static List<HealthFinding> judge(HealthFacts facts, Profile profile) {
        long now = facts.number("now").orElse(0);
        List<HealthFinding> findings = new ArrayList<>();
        findings.add(updates(facts, now));
        findings.add(facts.yes("reboot-required") ? HealthFinding.of("reboot.required", Level.WARNING, profile.upkeep()
                .automaticReboot() ? "An update needs the server restarted; it restarts by itself at " + profile.upkeep().rebootTime()
                + "." : "An update needs the server restarted; restart it when no meeting is on.", profile.upkeep().rebootTime())
                : HealthFinding.of("reboot.none", Level.OK, "No restart is needed."));
        findings.add(Limits.disk(facts.number("disk-free-kb").orElse(0), facts.number("disk-total-kb").orElse(1)));
        findings.add(Limits.memory(facts.number("memory-available-kb").orElse(0), facts.number("memory-total-kb").orElse(1)));
        OptionalLong end = facts.number("certificate-end");
        findings.add(end.isPresent() ? Limits.certificate((end.getAsLong() - now) / DAY)
                : HealthFinding.of("certificate.unreadable", Level.PROBLEM, "The web certificate cannot be read."));
        findings.add(services(facts.services()));
        return findings;
    }

    private static HealthFinding updates(HealthFacts facts, long now) {
        long security = facts.number("pending-security").orElse(0);
        long all = facts.number("pending-all").orElse(0);
        OptionalLong last = facts.number("last-upgrade");
        String lastRun = last.isPresent() ? "the automatic updates last finished without error " + Limits.ago(now - last.getAsLong())
                : "the automatic updates have not finished a run yet";
        long daysSince = last.isPresent() ? (now - last.getAsLong()) / DAY : Long.MAX_VALUE;
        if (security == 0 && all == 0) {
            return HealthFinding.of("updates.none", daysSince > 2 ? Level.WARNING : Level.OK,
                    "No updates are waiting; " + lastRun + ".", lastRun);
        }
        // a day between the lists' refresh and the next run of the updates is normal; three are not
        Level level = daysSince > 3 ? Level.PROBLEM : Level.WARNING;
        return HealthFinding.of("updates.pending", level, security + " security update(s) and " + (all - security)
                + " other update(s) are waiting; " + lastRun + ".", security, all - security, lastRun);
    }

    private static HealthFinding services(Map<String, String> services) {
        List<String> down = services.entrySet().stream().filter(e -> !e.getValue().equals("active")).map(Map.Entry::getKey).toList();
        if (down.isEmpty()) {
            return HealthFinding.of("services.active", Level.OK, "All meeting services are running: "
                    + String.join(", ", services.keySet()) + ".", String.join(", ", services.keySet()));
        }
        return HealthFinding.of("services.down", Level.PROBLEM, "Not running: " + String.join(", ", down)
                + ". Meetings may not work; run OwnMeet again or restart the server.", String.join(", ", down));
    }
}
