package org.onecard.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class AuditDependencyTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onecard.audit", "org.onecard.identity");

    /** Identity records its events in the audit log, so the audit log must not lean on identity. */
    @Test
    void auditDependsOnNoOtherCapability() {
        noClasses().that().resideInAPackage("org.onecard.audit..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.onecard.identity..", "org.onecard.ledger..", "org.onecard.people..", "org.onecard.demo..")
                .check(classes);
    }

    @Test
    void identityDomainIsFreeOfSpringReactorAndR2dbc() {
        noClasses().that().resideInAPackage("org.onecard.identity.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..")
                .check(classes);
    }
}
