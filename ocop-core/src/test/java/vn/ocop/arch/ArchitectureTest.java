package vn.ocop.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of ocop-core, checked on its compiled classes: no rules engine, no spreadsheet library,
 * and no cycles between its public packages. The packages that make up the API ({@code vn.ocop},
 * {@code catalogue}, {@code sheet}, {@code result}, {@code spi}, {@code json}, {@code pack}) may use
 * {@code vn.ocop.internal} to create its implementations; {@code internal} uses their types.
 */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.ocop");

    @Test
    void coreKnowsNoRulesEngineAndNoSpreadsheet() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.kie..", "org.drools..", "org.apache.poi..", "org.mvel2..")
                .because("ocop-core is the engine-neutral API; Drools lives in ocop-rules")
                .check(CORE);
    }

    @Test
    void valuePackagesDependOnNoImplementation() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "vn.ocop.catalogue..", "vn.ocop.sheet..", "vn.ocop.result..", "vn.ocop.spi..", "vn.ocop.json..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("vn.ocop.internal..")
                .because("values, the SPI and the JSON contract must not reach into the implementation")
                .check(CORE);
    }

    @Test
    void everyPublicTypeOfTheApiSaysWhatCallersMayRelyOn() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that()
                .arePublic()
                .and()
                .areTopLevelClasses()
                .and()
                .resideInAnyPackage(
                        "vn.ocop",
                        "vn.ocop.catalogue",
                        "vn.ocop.sheet",
                        "vn.ocop.result",
                        "vn.ocop.spi",
                        "vn.ocop.json",
                        "vn.ocop.pack",
                        "vn.ocop.portfolio")
                .should()
                .beAnnotatedWith(org.apiguardian.api.API.class)
                .because("@API(status = ...) tells callers which types are stable and which may still change")
                .check(CORE);
    }

    @Test
    void wideValuesAreBuiltByBuildersSoTheyCanGrowWithoutBreakingCallers() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors()
                .that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .resideInAnyPackage(
                        "vn.ocop",
                        "vn.ocop.catalogue",
                        "vn.ocop.sheet",
                        "vn.ocop.result",
                        "vn.ocop.spi",
                        "vn.ocop.json",
                        "vn.ocop.pack",
                        "vn.ocop.portfolio")
                .should(
                        new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaConstructor>(
                                "take at most 6 parameters") {
                            @Override
                            public void check(
                                    com.tngtech.archunit.core.domain.JavaConstructor c,
                                    com.tngtech.archunit.lang.ConditionEvents events) {
                                if (c.getRawParameterTypes().size() > 6) {
                                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                                            c,
                                            c.getFullName() + " takes "
                                                    + c.getRawParameterTypes().size() + " parameters"));
                                }
                            }
                        })
                .because("a new field must not break every caller: wider values have a builder and no public"
                        + " constructor")
                .check(CORE);
    }

    @Test
    void theValuePackagesHaveNoCycles() {
        slices().matching("vn.ocop.(catalogue|sheet|spi|json)..")
                .should()
                .beFreeOfCycles()
                .check(CORE);
    }
}
