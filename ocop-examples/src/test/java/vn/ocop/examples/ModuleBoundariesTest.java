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
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "vn.ocop",
                        "vn.ocop.catalogue..",
                        "vn.ocop.sheet..",
                        "vn.ocop.result..",
                        "vn.ocop.spi..",
                        "vn.ocop.json..",
                        "vn.ocop.pack..",
                        "vn.ocop.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("vn.ocop.internal..")
                .because("vn.ocop.internal is ocop-core's implementation, not an API")
                .check(ALL);
    }

    @Test
    void onlyOcopRulesUsesItsInternalPackages() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.ocop.rules..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("vn.ocop.rules.internal..")
                .because("vn.ocop.rules.internal is the Drools engine's implementation; hosts use the SPI")
                .check(ALL);
    }

    @Test
    void onlyOcopRulesKnowsDrools() {
        noClasses()
                .that()
                .resideOutsideOfPackage("vn.ocop.rules..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.kie..", "org.drools..")
                .because("the rules engine is behind vn.ocop.spi")
                .check(ALL);
    }

    @Test
    void theTestersKitIsAModuleExportingOnlyItsApi() throws Exception {
        java.net.URL where = vn.ocop.testkit.RuleSetProperties.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation();
        java.nio.file.Path location = java.nio.file.Path.of(where.toURI());
        java.lang.module.ModuleDescriptor d;
        if (java.nio.file.Files.isDirectory(location)) {
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(location.resolve("module-info.class"))) {
                d = java.lang.module.ModuleDescriptor.read(in);
            }
        } else {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(location.toFile());
                    java.io.InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
                d = java.lang.module.ModuleDescriptor.read(in);
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals("vn.ocop.testkit", d.name());
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.Set.of("vn.ocop.testkit"),
                d.exports().stream()
                        .map(java.lang.module.ModuleDescriptor.Exports::source)
                        .collect(java.util.stream.Collectors.toSet()));
        org.junit.jupiter.api.Assertions.assertTrue(d.requires().stream()
                .anyMatch(r -> r.name().equals("vn.ocop.core")
                        && r.modifiers().contains(java.lang.module.ModuleDescriptor.Requires.Modifier.TRANSITIVE)));
    }
}
