package org.ownmeet.installers.session;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ownmeet.installers.accounts.ProsodyAccounts;
import org.ownmeet.installers.profile.Profile;
import org.ownmeet.installers.profile.ProfileFile;
import org.ownmeet.installers.profile.ProfileFileException;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * The one root script that reads what a server holds ({@link AppliedRecord}) and the reading of its
 * answer. Files travel base64-encoded; a part that is missing or broken is left out, never fatal.
 */
final class AppliedRecordProbe {
    static final int RUNS = 10;
    private static final String PROFILE = "/etc/ownmeet/profile.json";
    private static final String JOURNAL = "/etc/ownmeet/journal.log";
    private static final String PACKAGES = "jitsi-meet jitsi-meet-web jitsi-meet-web-config jitsi-meet-prosody jicofo "
            + "jitsi-videobridge2 prosody nginx coturn";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AppliedRecordProbe() {
    }

    static RemoteScript script() {
        return RemoteScript.asRoot("read what OwnMeet applied before", ScriptResource.of(AppliedRecordProbe.class, "applied-record.sh").with("PROFILE", PROFILE)
                .with("JOURNAL", JOURNAL).with("RUNS", RUNS).withList("PACKAGES", List.of(PACKAGES.split(" "))).text()).quiet();
    }

    static AppliedRecord parse(List<String> out) {
        Map<String, List<String>> parts = PreflightProbe.parts(out);
        Profile profile = null;
        String unreadable = null;
        List<String> encodedProfile = parts.getOrDefault("profile", List.of());
        if (!encodedProfile.isEmpty()) {
            try {
                profile = ProfileFile.fromJson(decode(encodedProfile.get(0)));
            } catch (ProfileFileException e) {
                unreadable = e.userMessage();
            } catch (IllegalArgumentException e) {
                unreadable = "The record OwnMeet keeps on the server is damaged.";
            }
        }
        List<String> jitsi = parts.getOrDefault("jitsi", List.of()).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        String jitsiDomain = jitsi.isEmpty() ? null : profile != null && jitsi.contains(profile.domain()) ? profile.domain() : jitsi.get(0);
        String accountsDomain = profile != null ? profile.domain() : jitsiDomain;
        return new AppliedRecord(profile, unreadable, runs(parts.getOrDefault("journal", List.of())),
                accounts(parts.getOrDefault("accounts", List.of()), accountsDomain), jitsiDomain,
                versions(parts.getOrDefault("versions", List.of())));
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64.strip()), StandardCharsets.UTF_8);
    }

    /** Journal lines that cannot be read (a run cut off mid-line) are skipped. */
    static List<AppliedRecord.Run> runs(List<String> encoded) {
        List<AppliedRecord.Run> runs = new ArrayList<>();
        if (encoded.isEmpty()) {
            return runs;
        }
        String text;
        try {
            text = decode(encoded.get(0));
        } catch (IllegalArgumentException e) {
            return runs;
        }
        for (String line : text.split("\n")) {
            try {
                JsonNode entry = JSON.readTree(line);
                if (entry == null || !entry.path("time").isTextual()) {
                    continue;
                }
                Map<String, List<String>> changes = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = entry.path("changes").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> step = it.next();
                    List<String> summaries = new ArrayList<>();
                    step.getValue().forEach(summary -> summaries.add(summary.asText()));
                    changes.put(step.getKey(), summaries);
                }
                List<String> restarted = new ArrayList<>();
                entry.path("restarted").forEach(service -> restarted.add(service.asText()));
                Map<String, String> versions = new TreeMap<>();
                entry.path("versions").fields().forEachRemaining(v -> versions.put(v.getKey(), v.getValue().asText()));
                runs.add(new AppliedRecord.Run(Instant.parse(entry.path("time").asText()), changes, restarted, versions));
            } catch (JsonProcessingException | DateTimeParseException e) {
                // a line cut off by a run that stopped mid-write: the others still say what happened
            }
        }
        return runs;
    }

    /** Lines {@code <encoded domain>/accounts/<encoded user>.dat}; only the given domain's accounts. */
    static List<String> accounts(List<String> lines, String domain) {
        if (domain == null) {
            return List.of();
        }
        String folder = ProsodyAccounts.encode(domain) + "/accounts/";
        return lines.stream().map(String::strip).filter(line -> line.startsWith(folder) && line.endsWith(".dat"))
                .map(line -> ProsodyAccounts.decode(line.substring(folder.length()))).sorted().toList();
    }

    private static Map<String, String> versions(List<String> lines) {
        Map<String, String> versions = new TreeMap<>();
        for (String line : lines) {
            String[] fields = line.strip().split(" ");
            if (fields.length == 3 && fields[2].equals("installed")) {
                versions.put(fields[0], fields[1]);
            }
        }
        return versions;
    }
}
