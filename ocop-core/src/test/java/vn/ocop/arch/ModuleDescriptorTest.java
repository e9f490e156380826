package vn.ocop.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** ocop-core's compiled module descriptor exports exactly the API packages, never the implementation. */
class ModuleDescriptorTest {

    @Test
    void exportsExactlyTheApiPackages() throws IOException {
        ModuleDescriptor d;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
            d = ModuleDescriptor.read(in);
        }
        assertEquals("vn.ocop.core", d.name());
        Set<String> exported = new TreeSet<>();
        d.exports().forEach(e -> {
            assertTrue(e.targets().isEmpty(), "no qualified export: " + e);
            exported.add(e.source());
        });
        assertEquals(
                Set.of(
                        "vn.ocop",
                        "vn.ocop.catalogue",
                        "vn.ocop.json",
                        "vn.ocop.pack",
                        "vn.ocop.portfolio",
                        "vn.ocop.result",
                        "vn.ocop.sheet",
                        "vn.ocop.spi"),
                exported);
        assertTrue(
                Files.isDirectory(Path.of("target/classes/vn/ocop/internal")),
                "the implementation is in the module, and not exported");
        assertEquals(Set.of("vn.ocop.spi.ScoringEngineProvider"), d.uses());
        assertTrue(d.opens().isEmpty(), "nothing is opened to reflection");
    }
}
