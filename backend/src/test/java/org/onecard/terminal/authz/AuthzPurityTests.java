package org.onecard.terminal.authz;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class AuthzPurityTests {

    @Test
    void authorisationIsFreeOfSpringReactorNettyAndTheDatabase() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.onecard.terminal.authz");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..",
                        "io.netty..", "io.r2dbc..", "java.sql..", "jakarta.persistence..")
                .check(classes);
    }
}
