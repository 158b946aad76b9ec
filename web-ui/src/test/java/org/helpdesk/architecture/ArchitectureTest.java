package org.helpdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Rules about which parts may know which, checked on the compiled classes of every module. */
class ArchitectureTest {

    private static final JavaClasses HELPDESK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.helpdesk");

    @Test
    void feedbackAnalyzerIsPlainJavaWithoutSpring() {
        noClasses()
                .that()
                .resideInAPackage("org.helpdesk.analysis..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(HELPDESK);
    }

    @Test
    void devStackIsPlainJavaWithoutSpring() {
        noClasses()
                .that()
                .resideInAPackage("org.helpdesk.infra..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(HELPDESK);
    }

    @Test
    void domainDoesNotKnowTheWebLayer() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.helpdesk.web..")
                .and()
                .doNotHaveFullyQualifiedName("org.helpdesk.HelpdeskApplication")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.helpdesk.web..")
                .check(HELPDESK);
    }

    @Test
    void onlyTheDevStackWiringUsesTheDevStack() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.helpdesk.infra..", "org.helpdesk.web.devstack..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.helpdesk.infra.devstack..")
                .check(HELPDESK);
    }
}
