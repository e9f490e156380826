package vn.ocop.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * What one module may use of another, checked on the main classes of every module together: each module's
 * {@code internal} packages are its own, and only ocop-rules knows Drools.
 */
class ModuleBoundariesTest {
    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.ocop");

    @Test
    void onlyOcopCoreUsesItsInternalPackage() {
        noClasses().that().resideOutsideOfPackages("vn.ocop", "vn.ocop.catalogue..", "vn.ocop.sheet..",
                "vn.ocop.result..", "vn.ocop.spi..", "vn.ocop.json..", "vn.ocop.pack..", "vn.ocop.internal..")
                .should().dependOnClassesThat().resideInAPackage("vn.ocop.internal..")
                .because("vn.ocop.internal is ocop-core's implementation, not an API").check(ALL);
    }

    @Test
    void onlyOcopRulesUsesItsInternalPackages() {
        noClasses().that().resideOutsideOfPackage("vn.ocop.rules..")
                .should().dependOnClassesThat().resideInAPackage("vn.ocop.rules.internal..")
                .because("vn.ocop.rules.internal is the Drools engine's implementation; hosts use the SPI").check(ALL);
    }

    @Test
    void onlyOcopRulesKnowsDrools() {
        noClasses().that().resideOutsideOfPackage("vn.ocop.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .because("the rules engine is behind vn.ocop.spi").check(ALL);
    }
}
