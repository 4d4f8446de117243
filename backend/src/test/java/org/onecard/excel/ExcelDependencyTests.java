package org.onecard.excel;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ExcelDependencyTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onecard.excel");

    /** Only the driver at the top knows Spring and Reactor; reading, checking and writing are plain Java. */
    @Test
    void theToolkitBelowTheDriverIsFreeOfSpringAndReactor() {
        noClasses().that().resideInAnyPackage(
                        "org.onecard.excel.sheet..", "org.onecard.excel.column..", "org.onecard.excel.rows..",
                        "org.onecard.excel.report..", "org.onecard.excel.write..", "org.onecard.excel.cardcentre..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..")
                .check(classes);
    }

    /** Every capability may use the toolkit, so it must use none of them (common is shared by all). */
    @Test
    void theToolkitDependsOnNoCapability() {
        noClasses().that().resideInAPackage("org.onecard.excel..")
                .should().dependOnClassesThat(resideInAPackage("org.onecard..")
                        .and(not(resideInAnyPackage("org.onecard.excel..", "org.onecard.common.."))))
                .check(classes);
    }

    /** The domain-free toolkit knows nothing of the card-centre sheets built on it. */
    @Test
    void theToolkitDoesNotKnowTheCardCentreSheets() {
        noClasses().that().resideInAnyPackage(
                        "org.onecard.excel.sheet..", "org.onecard.excel.column..", "org.onecard.excel.rows..",
                        "org.onecard.excel.report..", "org.onecard.excel.write..")
                .should().dependOnClassesThat().resideInAPackage("org.onecard.excel.cardcentre..")
                .check(classes);
    }
}
