package org.ownmeet.testbed;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ownmeet.testbed.target.DebianRelease;

/**
 * Marks a test class that uses the test bed: its parts come in as parameters (see
 * {@link TestBedExtension}). Tagged {@code testbed}, so {@code -DexcludedGroups=testbed} runs only
 * the quick tests while working on something else.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestBedExtension.class)
@Tag("testbed")
public @interface TestBedTest {
    /** The Debian release of the class's {@link org.ownmeet.testbed.target.DebianTarget}. */
    DebianRelease release() default DebianRelease.BOOKWORM;
}
