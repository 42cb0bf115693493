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

    /** Every code a finding can have; the wizard's texts are {@code health.<code>}. */
    public static final List<String> CODES = List.of("updates.none", "updates.other", "updates.pending",
            "updates.pending.age-unknown", "last-run.never", "last-run.recent", "last-run.hours", "last-run.days",
            "reboot.none", "reboot.required", "reboot.scheduled", "disk.ok", "disk.warning", "disk.problem", "memory.ok",
            "memory.warning", "memory.problem", "certificate.ok", "certificate.warning", "certificate.problem",
            "certificate.expired", "certificate.unreadable", "services.active", "services.down", "unreadable");

    private ServerHealth() {
    }

    /** The findings; one problem finding if the server could not say (the checks' results stand on their own). */
    public static List<HealthFinding> read(SshSession session, Profile profile) {
        try {
            String answer = session.run(RemoteScript.asRoot("read the server's health", HealthFacts.script(profile.domain()))
                    .quiet()).requireSuccess().stdoutText();
            return judge(HealthFacts.parse(answer), profile);
        } catch (Problem unread) {
            return List.of(HealthFinding.of("unreadable", Level.PROBLEM, "OwnMeet could not read how the server is "
                    + "doing: " + unread.userMessage(), unread.userMessage()));
        }
    }

    static List<HealthFinding> judge(HealthFacts facts, Profile profile) {
        long now = facts.number("now").orElse(0);
        List<HealthFinding> findings = new ArrayList<>();
        findings.add(UpdateFindings.waiting(facts, now));
        findings.add(UpdateFindings.lastRun(facts, now));
        findings.add(!facts.yes("reboot-required") ? HealthFinding.of("reboot.none", Level.OK, "No restart is needed.")
                : profile.upkeep().automaticReboot() ? HealthFinding.of("reboot.scheduled", Level.WARNING, "An update needs the "
                + "server restarted; it restarts by itself at " + profile.upkeep().rebootTime() + ".", profile.upkeep().rebootTime())
                : HealthFinding.of("reboot.required", Level.WARNING, "An update needs the server restarted; restart it when no "
                + "meeting is on."));
        findings.add(Limits.disk(facts.number("disk-free-kb").orElse(0), facts.number("disk-total-kb").orElse(1)));
        findings.add(Limits.memory(facts.number("memory-available-kb").orElse(0), facts.number("memory-total-kb").orElse(1)));
        OptionalLong end = facts.number("certificate-end");
        findings.add(end.isPresent() ? Limits.certificate((end.getAsLong() - now) / DAY)
                : HealthFinding.of("certificate.unreadable", Level.PROBLEM, "The web certificate cannot be read."));
        findings.add(services(facts.services()));
        return findings;
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
