package org.ownmeet.installers.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.engine.Engine;

/**
 * Static values must not depend on which class the JVM happens to initialise first. Two classes whose
 * static initialisers read each other's constants see a null or a zero in one of the two orders; the
 * firewall once sent "null" to the server that way, only when the tests ran in another order. Each
 * class of the engine is initialised first in a fresh class loader, and every static final value of
 * the engine's classes loaded along with it must be what it is when its own class comes first.
 */
class StaticInitOrderTest {
    private static final String ROOT = "org.ownmeet.installers";

    @Test
    void everyStaticValueIsTheSameWhicheverClassIsInitialisedFirst() throws Exception {
        Path classes = Path.of(Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = classNames(classes);
        Map<String, Map<String, String>> alone = new TreeMap<>();
        for (String name : names) {
            try (FreshLoader loader = new FreshLoader(classes)) {
                alone.put(name, values(loader.initialised(name)));
            }
        }
        Set<String> differences = new TreeSet<>();
        for (String first : names) {
            try (FreshLoader loader = new FreshLoader(classes)) {
                loader.initialised(first);
                for (String loaded : List.copyOf(loader.defined)) {
                    Map<String, String> expected = alone.get(loaded);
                    Map<String, String> actual = values(loader.initialised(loaded));
                    if (expected != null && !expected.equals(actual)) {
                        differences.add(loaded + " when " + first + " is initialised first: " + actual + " instead of " + expected);
                    }
                }
            }
        }
        assertEquals(Set.of(), differences);
    }

    private static List<String> classNames(Path classes) throws IOException {
        Path root = classes.resolve(ROOT.replace('.', '/'));
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(classes::relativize).map(Path::toString).filter(p -> p.endsWith(".class"))
                    .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.')).sorted().toList();
        }
    }

    /**
     * The static final values that can be compared by their text (collections and maps only by being
     * there: some are caches that fill as classes use them); an initialiser that fails counts as a value.
     */
    private static Map<String, String> values(Class<?> type) {
        Map<String, String> values = new TreeMap<>();
        if (type == null) {
            values.put("<init>", "failed");
            return values;
        }
        Field[] fields;
        try {
            fields = type.getDeclaredFields();
        } catch (LinkageError e) {
            return values;
        }
        for (Field field : fields) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers) || field.isSynthetic()) {
                continue;
            }
            try {
                field.setAccessible(true);
                values.put(field.getName(), text(field.get(null)));
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                values.put(field.getName(), "unreadable: " + e.getClass().getSimpleName());
            }
        }
        return values;
    }

    private static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof Pattern || value instanceof Record) {
            String text = String.valueOf(value);
            return text.contains("@") ? "set" : text;
        }
        return "set";
    }

    /** Loads the engine's own classes anew (the libraries come from the test's loader) and notes which it defined. */
    private static final class FreshLoader extends ClassLoader implements AutoCloseable {
        private final Path classes;
        private final List<String> defined = new ArrayList<>();

        FreshLoader(Path classes) {
            super(StaticInitOrderTest.class.getClassLoader());
            this.classes = classes;
        }

        Class<?> initialised(String name) {
            try {
                return Class.forName(name, true, this);
            } catch (ClassNotFoundException | LinkageError e) {
                return null;
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(ROOT + ".")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> known = findLoadedClass(name);
                if (known != null) {
                    return known;
                }
                Path file = classes.resolve(name.replace('.', '/') + ".class");
                if (!Files.isRegularFile(file)) {
                    throw new ClassNotFoundException(name);
                }
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] bytes = in.readAllBytes();
                    defined.add(name);
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }

        @Override
        protected java.net.URL findResource(String name) {
            Path file = classes.resolve(name);
            try {
                return Files.isRegularFile(file) ? file.toUri().toURL() : null;
            } catch (java.net.MalformedURLException e) {
                return null;
            }
        }

        @Override
        public java.net.URL getResource(String name) {
            java.net.URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }

        @Override
        public void close() {
        }
    }
}
