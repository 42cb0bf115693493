package org.ownmeet.installers.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The packages of installers form layers: the engine knows how to plan and apply any installer but
 * none in particular; each server concern builds on the engine; the standard list of installers is
 * assembled above them all. A cycle between two packages would make neither changeable alone.
 */
@AnalyzeClasses(packages = "org.ownmeet.installers", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {

    @ArchTest
    static final ArchRule packagesFreeOfCycles = slices().matching("org.ownmeet.installers.(*)..")
            .should().beFreeOfCycles();

    /** The same inside a concern: its sub-packages too (the SSH layer's execution and files build on its connection, not back). */
    @ArchTest
    static final ArchRule subPackagesFreeOfCycles = slices().matching("org.ownmeet.installers.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule engineKnowsNoConcern = noClasses().that().resideInAPackage("..engine..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.ownmeet.installers.accounts..", "org.ownmeet.installers.auth..",
                    "org.ownmeet.installers.certificates..", "org.ownmeet.installers.firewall..",
                    "org.ownmeet.installers.guard..", "org.ownmeet.installers.logging..",
                    "org.ownmeet.installers.packages..", "org.ownmeet.installers.password..",
                    "org.ownmeet.installers.privacy..", "org.ownmeet.installers.sshlogin..",
                    "org.ownmeet.installers.tuning..", "org.ownmeet.installers.upkeep..",
                    "org.ownmeet.installers.welcome..", "org.ownmeet.installers.documents..",
                    "org.ownmeet.installers.browsers..")
            .because("every concern builds on the engine, never the other way round");
}
