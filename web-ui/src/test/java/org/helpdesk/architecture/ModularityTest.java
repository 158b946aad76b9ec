package org.helpdesk.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import org.helpdesk.HelpdeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Feature modules ({@code ticket}, {@code search}, {@code customer}, ...) talk to each other only
 * through their root packages, never through {@code internal}, and without cycles. The dev-stack
 * tooling ({@code infra}) is not a feature module and is left out.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(
            HelpdeskApplication.class, JavaClass.Predicates.resideInAPackage("org.helpdesk.infra.."));

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }
}
