package org.ownmeet.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.Test;

/**
 * The runtime the installers ship holds only the modules in the POM's {@code runtime.modules}: this
 * checks that list against what {@code jdeps --print-module-deps} finds over the app's class path, so a
 * new library that needs another module of the JDK fails here rather than on a user's computer.
 */
class RuntimeModulesTest {
    private static final Path CLASS_PATH_FILE = Path.of("target", "app-classpath.txt");

    @Test
    void theRuntimeHasEveryModuleTheAppsClassesUse() throws Exception {
        List<String> jars = Arrays.asList(Files.readString(CLASS_PATH_FILE).strip().split(java.io.File.pathSeparator));
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps", "--multi-release", "17",
                "--class-path", String.join(java.io.File.pathSeparator, jars)));
        args.addAll(jars);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ToolProvider.findFirst("jdeps").orElseThrow()
                .run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertEquals(0, exit, err.toString());
        Set<String> needed = new TreeSet<>(Arrays.asList(lastLine(out.toString()).split(",")));
        Set<String> linked = new TreeSet<>(Arrays.asList(System.getProperty("runtime.modules").split(",")));
        System.out.println("jdeps --print-module-deps: " + String.join(",", needed));
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(linked);
        assertTrue(missing.isEmpty(), "runtime.modules in packaging/pom.xml lacks " + missing);
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\\R");
        return lines[lines.length - 1].strip();
    }
}
