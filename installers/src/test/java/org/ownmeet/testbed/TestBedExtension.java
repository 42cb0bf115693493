package org.ownmeet.testbed;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.ownmeet.testbed.acme.Pebble;
import org.ownmeet.testbed.jitsi.JitsiStandInRepository;
import org.ownmeet.testbed.network.TestBedDns;
import org.ownmeet.testbed.sshd.LoopbackSshd;
import org.ownmeet.testbed.target.DebianRelease;
import org.ownmeet.testbed.target.DebianTarget;
import org.ownmeet.testbed.target.SecondTarget;

/**
 * Hands test-bed parts to test methods and {@code @BeforeAll} methods as parameters. A
 * {@link DebianTarget} and a {@link LoopbackSshd} belong to the test class: every method of the class
 * gets the same one, and it is stopped when the class is done; the target is of the release the class's
 * {@link TestBedTest} names. Pebble, the test bed's DNS and the
 * stand-in Jitsi repository are shared by the whole run.
 */
public final class TestBedExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestBedExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestBed.class || type == DebianTarget.class || type == SecondTarget.class || type == LoopbackSshd.class
                || type == Pebble.class || type == JitsiStandInRepository.class || type == TestBedDns.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        TestBed testBed = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(TestBed.class, k -> TestBed.get(), TestBed.class);
        ExtensionContext.Store classStore = classContext(context).getStore(NAMESPACE);
        if (type == DebianTarget.class) {
            return classStore.getOrComputeIfAbsent(ClassTarget.class, k -> new ClassTarget(testBed,
                    testBed.bootTarget(release(classContext(context)))), ClassTarget.class).target();
        }
        if (type == SecondTarget.class) {
            return new SecondTarget(classStore.getOrComputeIfAbsent(SecondClassTarget.class,
                    k -> new SecondClassTarget(new ClassTarget(testBed, testBed.bootTarget())), SecondClassTarget.class).target().target());
        }
        if (type == LoopbackSshd.class) {
            return classStore.getOrComputeIfAbsent(LoopbackSshd.class, k -> testBed.startLoopbackSshd(), LoopbackSshd.class);
        }
        if (type == Pebble.class) {
            return testBed.pebble();
        }
        if (type == TestBedDns.class) {
            return testBed.dns();
        }
        if (type == JitsiStandInRepository.class) {
            return testBed.jitsiRepository();
        }
        return testBed;
    }

    private static DebianRelease release(ExtensionContext classContext) {
        return AnnotationSupport.findAnnotation(classContext.getRequiredTestClass(), TestBedTest.class)
                .map(TestBedTest::release).orElse(DebianRelease.BOOKWORM);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    /** The class's second target, kept apart from its first in the store. */
    private record SecondClassTarget(ClassTarget target) implements AutoCloseable {
        @Override
        public void close() {
            target.close();
        }
    }

    /** Closed by JUnit with the class's store: hands the target back to the test bed. */
    private record ClassTarget(TestBed testBed, DebianTarget target) implements AutoCloseable {
        @Override
        public void close() {
            testBed.release(target);
        }
    }
}
