package org.ownmeet.installers.session;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ownmeet.installers.engine.ServerFacts;
import org.ownmeet.installers.packages.TargetSystem;
import org.ownmeet.installers.problem.Notice;
import org.ownmeet.installers.ssh.exec.RemoteScript;
import org.ownmeet.installers.ssh.exec.ScriptResource;

/**
 * The preflight's one root script and the reading of what it prints. Each part of the answer follows
 * a line {@code OWNMEET-PART <name>}; a part whose tool is missing or fails is empty, never fatal.
 */
final class PreflightProbe {
    static final String RECORD = "/etc/ownmeet/profile.json";
    /** dpkg states in which a package's files are (at least partly) on the system. */
    private static final Set<String> NOT_PRESENT = Set.of("not-installed", "config-files");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PART = "OWNMEET-PART ";

    private PreflightProbe() {
    }

    static RemoteScript script() {
        return RemoteScript.asRoot("look at the server", "ownmeet_server_facts() {\n" + ServerFacts.PROBE.script() + "}\n"
                + ScriptResource.of(PreflightProbe.class, "preflight.sh").with("PART", PART).with("RECORD", RECORD).text()).quiet();
    }

    static Preflight parse(List<String> out) {
        Map<String, List<String>> parts = parts(out);
        OsRelease release = OsRelease.parse(parts.getOrDefault("os-release", List.of()));
        TargetSystem system = release.system();
        boolean supported = system.isSupported();
        String name = release.prettyName();
        String sets = "OwnMeet sets up " + TargetSystem.SUPPORTED + "; ";
        Notice note = supported ? null : release.isEmpty()
                ? Notice.of("system.unknown", sets + "it could not find out which system this server runs.")
                : Notice.of("system.unsupported", sets + "this server runs " + name + ".", name);
        ServerFacts facts = ServerFacts.parse(String.join("\n", parts.getOrDefault("facts", List.of())));
        List<String> record = parts.getOrDefault("record", List.of());
        boolean recorded = !record.isEmpty() && record.get(0).equals("present");
        return new Preflight(name, supported, note, facts.cores(), facts.memoryMegabytes(), freeDisk(parts.get("disk")),
                facts.addresses(), jitsiInstalled(parts.get("packages")), recorded,
                recorded && record.size() > 1 ? recordedDomain(record.get(1)) : null);
    }

    /** The output split at each {@code OWNMEET-PART <name>} line; blank lines dropped. */
    static Map<String, List<String>> parts(List<String> out) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        List<String> current = new ArrayList<>();
        for (String line : out) {
            if (line.startsWith(PART)) {
                current = new ArrayList<>();
                parts.put(line.substring(PART.length()).strip(), current);
            } else if (!line.isBlank()) {
                current.add(line);
            }
        }
        return parts;
    }

    private static long freeDisk(List<String> lines) {
        try {
            return lines == null || lines.isEmpty() ? 0 : Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean jitsiInstalled(List<String> lines) {
        if (lines == null) {
            return false;
        }
        return lines.stream().map(line -> line.strip().split("\\s+")).anyMatch(fields -> fields.length == 2
                && !NOT_PRESENT.contains(fields[1]));
    }

    /** The domain OwnMeet recorded; null if the record cannot be read (a broken file is no reason to stop). */
    static String recordedDomain(String base64) {
        try {
            JsonNode domain = JSON.readTree(new String(Base64.getDecoder().decode(base64.strip()), StandardCharsets.UTF_8))
                    .path("domain");
            return domain.isTextual() && !domain.asText().isBlank() ? domain.asText() : null;
        } catch (IllegalArgumentException | JsonProcessingException e) {
            return null;
        }
    }
}
