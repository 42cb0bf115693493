package org.ownmeet.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.Locale;
import java.util.TreeSet;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.display.PngImage;
import org.ownmeet.testbed.target.DebianTarget;

/**
 * The .deb this build made, on a fresh Debian 12: installed with apt alone, the command line and the
 * desktop entry in place, the wizard's first screen on a virtual display (a screenshot in
 * target/screenshots, or -Downmeet.screenshots.dir), and a purge that leaves only the user's own files.
 */
@TestBedTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DebPackageOnTestBedIT {
    private static final String USER_PROFILE = "/home/debian/.config/ownmeet/school.json";
    private static Set<String> namedOnAFreshSystem;

    @Test
    @Order(1)
    void installsWithAptAlone(DebianTarget target) throws Exception {
        PackageOnTarget deb = new PackageOnTarget(target);
        namedOnAFreshSystem = namedAfterOwnMeet(deb.systemFiles());
        deb.copyIn(PackageOnTarget.built());
        deb.install();
        assertEquals("/opt/ownmeet/bin/OwnMeet", target.root("readlink /usr/bin/ownmeet").run().output().strip());
        assertTrue(target.root("test -s /opt/ownmeet/lib/app/ownmeet.jsa").runAllowingFailure().exitCode() == 0,
                "the class-data archive was made at installation");
    }

    @Test
    @Order(2)
    void theCommandLineAnswersFromThePath(DebianTarget target) {
        String help = target.ssh("ownmeet --help").run().output();
        for (String command : new String[] {"plan", "apply", "verify"}) {
            assertTrue(help.contains(command), command + " in:\n" + help);
        }
    }

    @Test
    @Order(3)
    void theDesktopEntrySpeaksThreeLanguages(DebianTarget target) {
        String entry = target.root("cat /usr/share/applications/ownmeet.desktop").run().output();
        for (String line : new String[] {"Name=OwnMeet", "Exec=/opt/ownmeet/bin/OwnMeet", "Icon=/opt/ownmeet/lib/OwnMeet.png",
                "Comment[de]=", "Comment[it]=", "Categories=Network;VideoConference;"}) {
            assertTrue(entry.contains(line), line + " in:\n" + entry);
        }
        assertEquals("/opt/ownmeet/share/doc/copyright", target.root("dpkg -L ownmeet | grep copyright").run().output().strip());
    }

    @Test
    @Order(4)
    void startsToItsFirstScreen(DebianTarget target) throws Exception {
        PackageOnTarget deb = new PackageOnTarget(target);
        deb.installTestTools();
        PackageOnTarget.FirstScreen first = deb.startToFirstScreen(true);
        System.out.printf("[packaging] installed OwnMeet: first screen after %d ms, %d MB in use%n", first.millis(),
                first.residentKb() / 1024);
        Path png = deb.screenshot(screenshots().resolve("installed-first-screen.png"));
        assertTrue(PngImage.read(png).distinctColours() > 50, "the screen shows a window: " + png);
    }

    @Test
    @Order(5)
    void purgingLeavesOnlyTheUsersOwnFiles(DebianTarget target) throws Exception {
        PackageOnTarget deb = new PackageOnTarget(target);
        deb.purge();
        Set<String> withoutOwnMeet = deb.systemFiles();
        deb.install();
        target.root("runuser -u debian -- sh -c 'mkdir -p ~/.config/ownmeet && echo {} > " + USER_PROFILE + "'").run();
        deb.startToFirstScreen(false);
        deb.purge();
        Set<String> afterPurge = deb.systemFiles();
        Set<String> left = new TreeSet<>(afterPurge);
        left.removeAll(withoutOwnMeet);
        left.removeIf(path -> path.startsWith("/home/debian/"));
        assertEquals(Set.of(), left, "files left behind by install, start and purge");
        Set<String> named = namedAfterOwnMeet(afterPurge);
        named.removeAll(namedOnAFreshSystem);
        assertEquals(Set.of(), named, "files named after OwnMeet left behind by the first install");
        assertTrue(afterPurge.contains(USER_PROFILE), "the user's profile stays");
    }

    /** Outside the user's home: the test bed's own files (its apt proxy, its sshd settings) are named so too. */
    private static Set<String> namedAfterOwnMeet(Set<String> files) {
        Set<String> named = new TreeSet<>(files);
        named.removeIf(path -> path.startsWith("/home/debian/") || !path.toLowerCase(Locale.ROOT).contains("ownmeet"));
        return named;
    }

    private static Path screenshots() {
        String dir = System.getProperty("ownmeet.screenshots.dir");
        return dir != null ? Path.of(dir) : Path.of("target", "screenshots");
    }
}
