package org.ownmeet.installers.upkeep.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * What the server says about its own health, read by one root script: pending updates (from apt's
 * simulation, so nothing is locked or changed) and since when the oldest security one waits
 * ({@link PendingSince}), a restart asked for by an update, free space on
 * {@code /}, available memory, the end of the web certificate, the meeting services, and when the
 * automatic updates last finished without an error (apt's own stamp, touched only then).
 */
record HealthFacts(Map<String, String> values, Map<String, String> services) {
    static final List<String> SERVICES = List.of("nginx", "prosody", "jicofo", "jitsi-videobridge2", "coturn");

    static String script(String domain) {
        return ScriptResource.of(HealthFacts.class, "health-facts.sh")
                .with("CERTIFICATE", "/etc/jitsi/meet/" + domain + ".crt").withList("SERVICES", SERVICES)
                .insert("SIMULATION", PendingSince.SIMULATION)
                .insert("PENDING_SINCE", PendingSince.oldestScript().strip()).text();
    }

    static HealthFacts parse(String answer) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> services = new LinkedHashMap<>();
        for (String line : answer.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            String[] parts = line.split("\\s+");
            if (parts[0].equals("service") && parts.length == 3) {
                services.put(parts[1], parts[2]);
            } else if (parts.length == 2) {
                values.put(parts[0], parts[1]);
            }
        }
        return new HealthFacts(values, services);
    }

    OptionalLong number(String key) {
        try {
            return values.containsKey(key) ? OptionalLong.of(Long.parseLong(values.get(key))) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    boolean yes(String key) {
        return "yes".equals(values.get(key));
    }
}
