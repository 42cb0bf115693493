package org.ownmeet.installers.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.problem.Notice;

class PreflightProbeTest {
    private static final String DEBIAN_12 = """
            PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
            NAME="Debian GNU/Linux"
            VERSION_ID="12"
            VERSION="12 (bookworm)"
            VERSION_CODENAME=bookworm
            ID=debian
            HOME_URL="https://www.debian.org/"
            """;
    private static final String FACTS = """
            cores 2
            memory-kb 4028532
            address 203.0.113.7
            address 2001:db8::7
            ssh-port 22
            """;

    private static List<String> answer(String osRelease, String facts, String disk, String packages, String record) {
        return ("OWNMEET-PART os-release\n" + osRelease + "OWNMEET-PART facts\n" + facts + "OWNMEET-PART disk\n" + disk
                + "OWNMEET-PART packages\n" + packages + "OWNMEET-PART record\n" + record).lines().toList();
    }

    private static String record(String json) {
        return "present\n" + Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)) + "\n";
    }

    @Test
    void aFreshDebianServer() {
        Preflight preflight = PreflightProbe.parse(answer(DEBIAN_12, FACTS, "38211\n", "", ""));
        assertEquals("Debian GNU/Linux 12 (bookworm)", preflight.system());
        assertTrue(preflight.supported());
        assertNull(preflight.supportNote());
        assertEquals(2, preflight.cores());
        assertEquals(3934, preflight.memoryMegabytes());
        assertEquals(38211, preflight.freeDiskMegabytes());
        assertEquals(List.of("203.0.113.7", "2001:db8::7"), preflight.addresses());
        assertFalse(preflight.jitsiInstalled());
        assertFalse(preflight.ownMeetRecord());
        assertNull(preflight.recordedDomain());
    }

    @Test
    void aServerOwnMeetSetUpBefore() {
        Preflight preflight = PreflightProbe.parse(answer(DEBIAN_12, FACTS, "38211\n",
                "jitsi-meet-web-config installed\njitsi-meet installed\n",
                record("{\"schemaVersion\": 1, \"domain\": \"meet.example.org\", \"hostAccounts\": []}")));
        assertTrue(preflight.jitsiInstalled());
        assertTrue(preflight.ownMeetRecord());
        assertEquals("meet.example.org", preflight.recordedDomain());
    }

    @Test
    void aBrokenRecordStillCountsButNamesNoDomain() {
        Preflight broken = PreflightProbe.parse(answer(DEBIAN_12, FACTS, "1\n", "", record("{\"domain\": \"meet.exa")));
        assertTrue(broken.ownMeetRecord());
        assertNull(broken.recordedDomain());
        Preflight empty = PreflightProbe.parse(answer(DEBIAN_12, FACTS, "1\n", "", "present\n\n"));
        assertTrue(empty.ownMeetRecord());
        assertNull(empty.recordedDomain());
        assertNull(PreflightProbe.recordedDomain("not base64 at all!"));
        assertNull(PreflightProbe.recordedDomain(Base64.getEncoder().encodeToString("[1, 2]".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void packagesRemovedButNotPurgedAreNotJitsi() {
        assertFalse(PreflightProbe.parse(answer(DEBIAN_12, FACTS, "1\n", "jitsi-meet-web-config config-files\n"
                + "jitsi-meet not-installed\n", "")).jitsiInstalled());
        assertTrue(PreflightProbe.parse(answer(DEBIAN_12, FACTS, "1\n", "jitsi-meet-web-config half-configured\n", ""))
                .jitsiInstalled(), "an interrupted installation is there, half");
    }

    @Test
    void anUnsupportedSystemSaysWhyInPlainWords() {
        Preflight centos = PreflightProbe.parse(answer("""
                NAME="CentOS Stream"
                VERSION="9"
                ID="centos"
                ID_LIKE="rhel fedora"
                VERSION_ID="9"
                PRETTY_NAME="CentOS Stream 9"
                """, FACTS, "1\n", "", ""));
        assertFalse(centos.supported());
        assertEquals("CentOS Stream 9", centos.system());
        assertEquals("OwnMeet sets up Debian 12 or 13 and Ubuntu 22.04 or 24.04; this server runs CentOS Stream 9.",
                centos.supportNote().english());
        assertEquals(new Notice("system.unsupported", List.of("CentOS Stream 9"), centos.supportNote().english()), centos.supportNote());
        Preflight old = PreflightProbe.parse(answer("PRETTY_NAME='Ubuntu 20.04.6 LTS'\nID=ubuntu\nVERSION_ID=\"20.04\"\n",
                FACTS, "1\n", "", ""));
        assertFalse(old.supported());
        assertTrue(old.supportNote().english().endsWith("this server runs Ubuntu 20.04.6 LTS."), old.supportNote().english());
    }

    @Test
    void ubuntuLtsIsSupported() {
        assertTrue(PreflightProbe.parse(answer("PRETTY_NAME=\"Ubuntu 24.04.1 LTS\"\nID=ubuntu\nVERSION_ID=\"24.04\"\n"
                + "VERSION_CODENAME=noble\n", FACTS, "1\n", "", "")).supported());
    }

    @Test
    void missingToolsGiveEmptyPartsNotAFailure() {
        Preflight bare = PreflightProbe.parse(answer("", "", "", "", ""));
        assertFalse(bare.supported());
        assertEquals("an unknown system", bare.system());
        assertEquals("OwnMeet sets up Debian 12 or 13 and Ubuntu 22.04 or 24.04; it could not find out which system "
                + "this server runs.", bare.supportNote().english());
        assertEquals("system.unknown", bare.supportNote().code());
        assertEquals(0, bare.cores());
        assertEquals(0, bare.freeDiskMegabytes());
        assertEquals(List.of(), bare.addresses());
    }

    /** The script is plain bash that survives set -euo pipefail; run here, on this (Linux) machine, it reads this machine. */
    @Test
    void theScriptRunsUnderStrictBashAndReadsThisMachine() throws Exception {
        Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "-s").redirectErrorStream(true).start();
        bash.getOutputStream().write(PreflightProbe.script().body().getBytes(StandardCharsets.UTF_8));
        bash.getOutputStream().close();
        List<String> out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, bash.waitFor(), String.join("\n", out));
        Preflight here = PreflightProbe.parse(out);
        assertTrue(here.cores() > 0, out::toString);
        assertTrue(here.memoryMegabytes() > 0, out::toString);
        assertTrue(here.freeDiskMegabytes() > 0, out::toString);
        assertFalse(here.system().isBlank());
    }

    @Test
    void quotedValuesAreReadAsOsReleaseDefinesThem() {
        OsRelease release = OsRelease.parse(List.of("PRETTY_NAME=\"A \\\"quoted\\\" \\$name\"", "# comment", "ID=plain",
                "VERSION_ID='1.0'", "BROKEN LINE"));
        assertEquals("A \"quoted\" $name", release.get("PRETTY_NAME"));
        assertEquals("plain", release.get("ID"));
        assertEquals("1.0", release.get("VERSION_ID"));
    }
}
