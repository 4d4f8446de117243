package org.onecard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onecard");

    @Test
    void domainCodeIsFreeOfSpringReactorAndR2dbc() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "reactor..", "io.r2dbc..", "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void theLedgerDependsOnNoOtherCapability() {
        noClasses().that().resideInAPackage("org.onecard.ledger..")
                .and().resideOutsideOfPackage("org.onecard.ledger.web..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.onecard.identity..", "org.onecard.people..", "org.onecard.demo..", "org.onecard.audit..")
                .check(classes);
    }
}
