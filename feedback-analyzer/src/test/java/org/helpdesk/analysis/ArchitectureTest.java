package org.helpdesk.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.helpdesk.analysis", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The analyzer is a plain library that Spring modules call, never the other way round. */
    @ArchTest
    static final ArchRule noSpring = noClasses()
            .that()
            .resideInAPackage("org.helpdesk.analysis..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule internalPackagesHaveNoCycles =
            slices().matching("org.helpdesk.analysis.internal.(*)..").should().beFreeOfCycles();

    /** Implementation types stay out of the public API's signatures. */
    @ArchTest
    static final ArchRule publicApiDoesNotExposeOpenNlpOrLucene = noClasses()
            .that()
            .resideInAPackage("org.helpdesk.analysis")
            .and()
            .arePublic()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("opennlp..", "org.apache.lucene..")
            .allowEmptyShould(true);
}
