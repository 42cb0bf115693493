package org.ownmeet.installers.documents.handout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.host.HostCommand;
import org.ownmeet.testbed.host.HostPackages;

/**
 * The handout as another PDF reader sees it: poppler's pdftotext finds the address, the user name and
 * the password; pdftoppm draws its first page as {@code handout.png} (in {@code target/screenshots}, or
 * {@code -Downmeet.screenshots.dir=...}, how docs/screenshots is refreshed). The password reached no log.
 * Tagged test bed only because the test bed installs poppler on this machine.
 */
@TestBedTest
class HandoutReadByPopplerTest {
    @TempDir
    Path dir;

    @Test
    void pdftotextReadsTheAddressTheUserNameAndThePasswordAndTheFirstPageIsDrawn() throws Exception {
        HostPackages.ensureInstalled();
        Path pdf = dir.resolve("handout.pdf");
        Files.write(pdf, HandoutTest.pdf("en", true));

        Path screenshots = screenshots();
        Files.createDirectories(screenshots);
        HostCommand.of("pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
                screenshots.resolve("handout").toString()).run();
        assertTrue(Files.size(screenshots.resolve("handout.png")) > 10_000);

        String text = HostCommand.of("pdftotext", "-layout", pdf.toString(), "-").run().output();
        assertTrue(text.contains("https://meet.schule-am-park.de/"), text);
        assertTrue(text.contains("alice"), text);
        assertTrue(text.contains(HandoutTest.PASSWORD), text);
        String pages = HostCommand.of("pdfinfo", pdf.toString()).run().output();
        assertTrue(pages.matches("(?s).*Pages:\\s+1\\s.*"), pages);


        Path log = Path.of("target", "ownmeet-test.log");
        assertFalse(Files.exists(log) && Files.readString(log).contains(HandoutTest.PASSWORD), "OwnMeet's log");
    }

    private static Path screenshots() {
        String dir = System.getProperty("ownmeet.screenshots.dir");
        return dir != null && !dir.isBlank() ? Path.of(dir) : Path.of("target", "screenshots");
    }
}
