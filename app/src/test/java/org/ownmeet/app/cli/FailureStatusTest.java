package org.ownmeet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.ssh.hostkey.HostKey;
import org.ownmeet.installers.ssh.problem.WrongPasswordProblem;

/** Each problem's exit status, as the table in --help says; problems that are not about the connection are not "cannot log in". */
class FailureStatusTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "engine.InvalidProfileProblem, 2",
        "ssh.problem.HostKeyNotTrustedProblem, 4", "ssh.problem.HostKeyChangedProblem, 4",
        "ssh.problem.WrongPasswordProblem, 3", "ssh.problem.ConnectionRefusedProblem, 3", "ssh.problem.ConnectionLostProblem, 3",
        "ssh.problem.UnknownHostProblem, 3", "ssh.problem.NoSudoRightsProblem, 3", "ssh.problem.WrongSudoPasswordProblem, 3",
        "ssh.problem.KeyRejectedProblem, 3", "ssh.problem.AgentUnavailableProblem, 3",
        "engine.ChangeRejectedProblem, 1", "engine.RestartFailedProblem, 1", "ssh.problem.CommandFailedProblem, 1",
        "ssh.problem.CommandTimedOutProblem, 1", "ssh.problem.ExitStatusMissingProblem, 1",
        "firewall.FirewallCutOffProblem, 1", "firewall.FirewallChangeFailedProblem, 1",
        "packages.UnsupportedSystemProblem, 6", "packages.DomainChangeProblem, 6", "certificates.NoAddressProblem, 6",
        "certificates.PointsElsewhereProblem, 6", "certificates.PortClosedProblem, 6", "certificates.OtherServerAnswersProblem, 6",
        "certificates.RequestTooSoonProblem, 6", "certificates.CertificateRequestFailedProblem, 6",
        "engine.UnreadableSettingsProblem, 6", "logging.UnreadableLogSettingsProblem, 6", "welcome.UnexpectedSiteProblem, 6",
        "firewall.SshPortUnknownProblem, 6", "ssh.files.DiskFullProblem, 6",
        "session.ApplyCancelledProblem, 130", "ssh.problem.CommandCancelledProblem, 130"})
    void eachProblemHasItsStatus(String type, int status) throws ReflectiveOperationException {
        assertEquals(status, FailureStatus.of(problem(Class.forName("org.ownmeet.installers." + type))));
    }

    /** One made-up instance, through the constructor with the most parameters (most are package-private on purpose). */
    static Problem problem(Class<?> type) throws ReflectiveOperationException {
        return (Problem) sample(type);
    }

    private static Object sample(Class<?> type) throws ReflectiveOperationException {
        Constructor<?> constructor = Arrays.stream(type.getDeclaredConstructors())
                .max(Comparator.comparingInt(Constructor::getParameterCount)).orElseThrow();
        constructor.setAccessible(true);
        Object[] values = Arrays.stream(constructor.getParameterTypes()).map(FailureStatusTest::value).toArray();
        return constructor.newInstance(values);
    }

    private static Object value(Class<?> parameter) {
        Map<Class<?>, Object> samples = Map.of(String.class, "meet.example.org", int.class, 1, long.class, 1L,
                Duration.class, Duration.ofMinutes(1), Path.class, Path.of("profile.json"), Instant.class, Instant.EPOCH,
                boolean.class, false, Set.class, Set.of(), HostKey.class,
                new HostKey("ssh-ed25519", Base64.getEncoder().encodeToString(new byte[51])));
        if (samples.containsKey(parameter)) {
            return samples.get(parameter);
        }
        if (parameter == List.class) {
            return List.of();
        }
        if (parameter.isAssignableFrom(IOException.class)) {
            return new IOException("reset");
        }
        if (parameter.isAssignableFrom(WrongPasswordProblem.class)) {
            return new WrongPasswordProblem("debian", "meet.example.org", null);
        }
        if (parameter.isEnum()) {
            return parameter.getEnumConstants()[0];
        }
        if (parameter.isPrimitive()) {
            return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(parameter, 1), 0);
        }
        try {
            return sample(parameter);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }
}
