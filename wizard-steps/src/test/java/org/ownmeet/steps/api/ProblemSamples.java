package org.ownmeet.steps.api;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.ownmeet.installers.packages.TargetSystem;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.installers.ssh.hostkey.HostKey;
import org.ownmeet.installers.ssh.problem.WrongPasswordProblem;

/**
 * One made-up instance of every concrete {@link Problem} of the engine and of the wizard steps (found
 * in their classes by ArchUnit, so a new one cannot be forgotten), and one of each variant where a problem's sentence
 * differs by case. Constructors are reached by reflection: most are package-private on purpose.
 */
final class ProblemSamples {
    private static final HostKey KEY = new HostKey("ssh-ed25519", Base64.getEncoder().encodeToString(new byte[51]));

    /** The arguments that make each variant, for the problems whose sentence differs by case. */
    private static final Map<String, List<List<Object>>> VARIANTS = Map.of(
            "CertificateRequestFailedProblem", List.of("too many certificates", "NXDOMAIN looking up A", "CAA record forbids",
                    "Timeout during connect", "unauthorized: 404", "Max retries exceeded", "something else").stream()
                    .map(output -> List.<Object>of("Let's Encrypt", "meet.example.org", 1, List.of(output))).toList(),
            "PointsElsewhereProblem", List.of(
                    List.of("meet.example.org", "192.0.2.7", List.of("203.0.113.5")),
                    List.of("meet.example.org", "2001:db8::7", List.of("203.0.113.5", "2001:db8::5"))),
            "CommandTimedOutProblem", List.of(
                    List.of("server", "Install Jitsi Meet", Duration.ofMinutes(10)),
                    List.of("server", "Install Jitsi Meet", Duration.ofSeconds(30))),
            "ConnectionLostProblem", List.of("connecting", "logging in", "running \"Install Jitsi Meet\"", "reading the state")
                    .stream().map(during -> List.<Object>of("server", during, new IOException("reset"))).toList(),
            "FirewallUnconfirmedProblem", List.of(Duration.ofMinutes(3), Duration.ofMinutes(1), Duration.ofSeconds(90)).stream()
                    .map(window -> List.<Object>of(window)).toList(),
            "FirewallUndoPendingProblem", List.of(Duration.ofMinutes(3), Duration.ofMinutes(1), Duration.ofSeconds(90)).stream()
                    .map(window -> List.<Object>of("root@server", window, new WrongPasswordProblem("root", "server", null)))
                    .toList());

    private ProblemSamples() {
    }

    /**
     * Every concrete Problem class the wizard can show: the engine's and the wizard steps' own (such as
     * "not connected"), from their main classes, not their tests.
     */
    static List<Class<?>> problemClasses() {
        var classes = new ClassFileImporter().importUrls(List.of(
                Problem.class.getProtectionDomain().getCodeSource().getLocation(),
                Texts.class.getProtectionDomain().getCodeSource().getLocation()));
        return classes.stream().filter(c -> c.isAssignableTo(Problem.class) && !c.getModifiers().contains(
                        com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT))
                .map(JavaClass::reflect).sorted(Comparator.comparing(Class::getName)).<Class<?>>map(c -> c).toList();
    }

    /** The problem made every way its sentence can come out. */
    static List<Problem> of(Class<?> type) throws ReflectiveOperationException {
        if (type.getSimpleName().equals("OwnFilesChangedProblem")) {
            return List.of(invoke(type, "noCertificate"), invoke(type, "unreadable", new java.nio.file.NoSuchFileException("x")));
        }
        Constructor<?> constructor = widestConstructor(type);
        constructor.setAccessible(true);
        List<List<Object>> variants = VARIANTS.get(type.getSimpleName());
        if (variants == null) {
            return List.of((Problem) constructor.newInstance(sample(constructor)));
        }
        List<Problem> made = new ArrayList<>();
        for (List<Object> given : variants) {
            Object[] arguments = sample(constructor);
            for (int i = 0; i < given.size(); i++) {
                arguments[i] = given.get(i);
            }
            made.add((Problem) constructor.newInstance(arguments));
        }
        return made;
    }

    private static Problem invoke(Class<?> type, String factory, Object... arguments) throws ReflectiveOperationException {
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals(factory) && Modifier.isStatic(method.getModifiers())) {
                method.setAccessible(true);
                return (Problem) method.invoke(null, arguments);
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + factory);
    }

    private static Constructor<?> widestConstructor(Class<?> type) {
        return java.util.Arrays.stream(type.getDeclaredConstructors())
                .max(Comparator.comparingInt(Constructor::getParameterCount)).orElseThrow();
    }

    private static Object[] sample(Constructor<?> constructor) throws ReflectiveOperationException {
        Type[] types = constructor.getGenericParameterTypes();
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            values[i] = sample(types[i], i);
        }
        return values;
    }

    private static Object sample(Type type, int position) throws ReflectiveOperationException {
        if (type instanceof ParameterizedType list) {
            Type element = list.getActualTypeArguments()[0];
            return element == HostKey.class ? List.of(KEY)
                    : element == FieldError.class ? List.of(new FieldError("domain", "Domain: missing"))
                    : List.of("line " + position, "last line " + position);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return "value" + position;
        }
        if (raw == int.class || raw == long.class) {
            return raw == int.class ? (Object) (2200 + position) : (Object) (1_700_000_000L + position);
        }
        if (raw == Duration.class) {
            return Duration.ofMinutes(3);
        }
        if (raw == Path.class) {
            return Path.of("keys", "id_ed25519");
        }
        if (raw == Throwable.class) {
            return new IOException("sample");
        }
        if (raw == HostKey.class) {
            return KEY;
        }
        if (raw == TargetSystem.class) {
            return new TargetSystem("debian", "11", "bullseye");
        }
        if (Problem.class.isAssignableFrom(raw)) {
            return new WrongPasswordProblem("root", "server", null);
        }
        if (raw.isRecord()) {
            Constructor<?> canonical = raw.getDeclaredConstructors()[0];
            canonical.setAccessible(true);
            return canonical.newInstance(sample(canonical));
        }
        throw new IllegalArgumentException("no sample for " + type + "; teach ProblemSamples one");
    }
}
