package org.ownmeet.steps.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The wizard's logic is tested without a toolkit: a view model holds properties, never a node, a
 * dialog or a style. Nothing in the steps reaches SSH directly: the engine's session API does that.
 */
@AnalyzeClasses(packages = "org.ownmeet.steps", importOptions = ImportOption.DoNotIncludeTests.class)
class StepsArchitectureTest {

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..", "atlantafx..")
            .because("view models are tested without a toolkit");

    @ArchTest
    static final ArchRule stepsTalkToTheEngineNotToSsh = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("net.schmizz..", "com.hierynomus..", "org.ownmeet.installers.ssh.exec..", "org.ownmeet.installers.ssh.files..")
            .because("the wizard works through ServerSession, as the command line does");

    @ArchTest
    static final ArchRule nothingReachesUpIntoTheApp = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.ownmeet.app..")
            .because("dependencies run app -> wizard-steps -> installers");
}
