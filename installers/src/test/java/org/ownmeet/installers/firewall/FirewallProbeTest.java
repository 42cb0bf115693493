package org.ownmeet.installers.firewall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FirewallProbeTest {

    @Test
    void readsWhatTheProbePrints() {
        assertEquals(new FirewallProbe(true, true, true, false, Optional.of(22)), FirewallProbe.parse("""
                package installed
                running yes
                undo-pending no
                ssh-connection 10.203.0.1 51234 10.203.0.11 22
                """));
    }

    @Test
    void aServerWithoutUfwAndALoginWithoutItsConnection() {
        assertEquals(new FirewallProbe(false, false, false, false, Optional.empty()), FirewallProbe.parse("""
                package not-installed
                running no
                """));
        assertEquals(new FirewallProbe(false, false, false, false, Optional.empty()), FirewallProbe.parse("package config-files\n"));
    }

    @Test
    void anIpv6ConnectionAndGarbledPorts() {
        assertEquals(Optional.of(2222), FirewallProbe.parse("ssh-connection 2001:db8::1 50000 2001:db8::2 2222\n").connectionPort());
        assertEquals(Optional.empty(), FirewallProbe.parse("ssh-connection 10.0.0.1 50000 10.0.0.2 ssh\n").connectionPort());
        assertEquals(Optional.empty(), FirewallProbe.parse("ssh-connection 10.0.0.1 50000 10.0.0.2 70000\n").connectionPort());
        assertEquals(Optional.empty(), FirewallProbe.parse("ssh-connection 10.0.0.1\n").connectionPort());
    }

    /**
     * The probe asks for the undo timer's folder whichever of the two classes the JVM loads first (in a
     * JVM of its own the installer loads the timer first; the probe once read its folder as "null" then).
     */
    @Test
    void theProbeNamesTheTimersFolderWhenTheTimerIsLoadedFirst() throws Exception {
        URL[] path = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> {
                    try {
                        return Path.of(entry).toUri().toURL();
                    } catch (java.net.MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                }).toArray(URL[]::new);
        try (URLClassLoader fresh = new URLClassLoader(path, ClassLoader.getPlatformClassLoader())) {
            String saved = (String) field(fresh, "UndoTimer", "SAVED").get(null);
            Object probe = field(fresh, "FirewallProbe", "PROBE").get(null);
            String script = (String) probe.getClass().getMethod("script").invoke(probe);
            assertEquals(UndoTimer.SAVED, saved);
            assertTrue(script.contains("SAVED='" + UndoTimer.SAVED + "'"), script);
        }
    }

    private static Field field(ClassLoader loader, String className, String name) throws ReflectiveOperationException {
        Field field = Class.forName(FirewallProbeTest.class.getPackageName() + "." + className, true, loader).getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
