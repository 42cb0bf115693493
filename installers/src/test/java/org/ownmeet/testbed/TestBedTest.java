package org.ownmeet.testbed;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

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
}
