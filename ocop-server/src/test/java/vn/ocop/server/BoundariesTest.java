package vn.ocop.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The service and the starter are hosts like any other: the public API only, no engine, no internals. */
class BoundariesTest {
    static final JavaClasses HOSTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.ocop.server", "vn.ocop.spring");

    @Test
    void hostsUseThePublicApiOnly() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "vn.ocop.internal..", "vn.ocop.rules..", "org.drools..", "org.kie..", "org.apache.poi..")
                .because("a host scores through vn.ocop.Scorer; the engine is found through ServiceLoader")
                .check(HOSTS);
    }

    @Test
    void theStarterDoesNotKnowTheServer() {
        noClasses()
                .that()
                .resideInAPackage("vn.ocop.spring..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("vn.ocop.server..")
                .check(HOSTS);
    }
}
