package org.ownmeet.installers.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The engine must stay usable headless (the command line, CI, a server): nothing in installers, nor
 * the test bed it shares, may use a UI toolkit or reach up into the wizard or the app. The enforcer's
 * bannedDependencies rule in installers/pom.xml keeps the same libraries off its class path.
 */
@AnalyzeClasses(packages = "org.ownmeet")
class InstallersArchitectureTest {

    @ArchTest
    static final ArchRule noUiToolkit = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "com.sun.javafx..", "com.sun.glass..", "com.sun.prism..",
                    "org.controlsfx..", "atlantafx..", "org.testfx..", "javax.swing..")
            .because("installers is the headless engine");

    @ArchTest
    static final ArchRule dependenciesRunOneWay = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.ownmeet.steps..", "org.ownmeet.app..")
            .because("dependencies run app -> wizard-steps -> installers");
}
