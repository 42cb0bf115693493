package org.ownmeet.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Windows and macOS installers are built by a GitHub Actions workflow that cannot run on this
 * machine; what can be checked here is that it parses and asks for what the Linux build proves: the
 * same Maven profile, JDK 17, both operating systems, uploads, and signing only with secrets.
 */
class InstallersWorkflowTest {
    private static final Path MODULE = Path.of(System.getProperty("user.dir"));
    private static final Path WORKFLOW = MODULE.resolve("../.github/workflows/installers.yml").normalize();
    private static final Pattern PROFILES = Pattern.compile("(?:^|\\s)-P\\s*(\\S+)");
    private static final String INSTALLER_DIR = "packaging/target/jpackage/installer";

    private static JsonNode job;

    @BeforeAll
    static void parse() throws Exception {
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
        job = workflow.path("jobs").path("installer");
        assertFalse(job.isMissingNode(), "the workflow has an installer job");
    }

    @Test
    void buildsOnWindowsAndMacOs() {
        assertEquals(List.of("windows-latest", "macos-latest"), texts(job.path("strategy").path("matrix").path("os")));
        assertEquals("${{ matrix.os }}", job.path("runs-on").asText());
    }

    @Test
    void usesJdk17() {
        JsonNode setupJava = step("actions/setup-java@");
        assertEquals("17", setupJava.path("with").path("java-version").asText());
    }

    @Test
    void everyMavenRunUsesOnlyThePackageProfile() throws Exception {
        String documented = documentedProfile();
        List<String> mavenRuns = new ArrayList<>();
        for (JsonNode step : job.path("steps")) {
            String run = step.path("run").asText("");
            if (run.contains("mvn ")) {
                mavenRuns.add(run);
                Matcher profiles = PROFILES.matcher(run);
                List<String> used = new ArrayList<>();
                while (profiles.find()) {
                    used.add(profiles.group(1));
                }
                assertEquals(List.of(documented), used, run);
                assertTrue(run.contains("-pl packaging"), run);
            }
        }
        assertFalse(mavenRuns.isEmpty(), "the workflow builds with Maven");
    }

    @Test
    void uploadsTheInstallers() {
        JsonNode upload = step("actions/upload-artifact@");
        assertTrue(upload.path("with").path("path").asText().startsWith(INSTALLER_DIR), upload.toString());
        assertEquals("error", upload.path("with").path("if-no-files-found").asText());
    }

    @Test
    void signsOnlyWithTheSigningSecrets() {
        JsonNode sign = null;
        for (JsonNode step : job.path("steps")) {
            if (step.path("run").asText("").contains("sign-installer.sh")) {
                sign = step;
            }
        }
        assertTrue(sign != null, "a signing step");
        assertEquals("env.HAS_SIGNING_SECRETS == 'true'", sign.path("if").asText());
        assertTrue(job.path("env").path("HAS_SIGNING_SECRETS").asText().contains("secrets."), "switched on by a secret only");
        assertTrue(sign.path("env").path("SIGNING_CERTIFICATE").asText().contains("secrets."));
        Path script = MODULE.resolve("src/ci/sign-installer.sh");
        assertTrue(Files.isExecutable(script), script + " is there and executable");
    }

    /** The id of the profile that docs/packaging.md tells to use, which must be one of this module's profiles. */
    private static String documentedProfile() throws Exception {
        String docs = Files.readString(MODULE.resolve("../docs/packaging.md"));
        Matcher command = Pattern.compile("`mvn -B -P(\\S+) -pl packaging -am verify`").matcher(docs);
        assertTrue(command.find(), "docs/packaging.md gives the build command");
        String profile = command.group(1);
        assertTrue(Files.readString(MODULE.resolve("pom.xml")).contains("<id>" + profile + "</id>"), profile + " is a profile of packaging/pom.xml");
        return profile;
    }

    private static JsonNode step(String uses) {
        for (JsonNode step : job.path("steps")) {
            if (step.path("uses").asText("").startsWith(uses)) {
                return step;
            }
        }
        throw new AssertionError("no step uses " + uses);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
