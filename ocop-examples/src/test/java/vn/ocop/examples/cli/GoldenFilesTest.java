package vn.ocop.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON contract, pinned byte for byte: what {@code ocop … --json} prints for every bundled sample (result
 * and advice), the bundled council, the catalogue, a set, the example pack's validate report and a sheet
 * scored with it is compared with {@code src/test/resources/golden/}. The scores in these files are the ones
 * {@code SamplesTest} and {@code CouncilTest} work by hand from the official criteria; the files pin every
 * other field and its form. After a deliberate change of the contract, rewrite them with
 * {@code ./mvnw -pl ocop-examples verify -Dtest=GoldenFilesTest -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    private static void check(String name, OcopCommandTest.Run run) throws IOException {
        assertEquals(0, run.code(), run.err());
        Path file = GOLDEN.resolve(name);
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, run.out(), StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), file + " is missing: run with -Dgolden.update=true to write it");
        assertEquals(
                Files.readString(file, StandardCharsets.UTF_8),
                run.out(),
                name + " differs from its golden file;"
                        + " if the change of the JSON contract is deliberate, rewrite it with -Dgolden.update=true");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void resultsOfTheSamples(String sample) throws IOException {
        check("score/" + sample, OcopCommandTest.run("", "score", "--json", "samples/" + sample));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void adviceOfTheSamples(String sample) throws IOException {
        check("advise/" + sample, OcopCommandTest.run("", "advise", "--json", "samples/" + sample));
    }

    @Test
    void theCouncil() throws IOException {
        check(
                "council/council.json",
                OcopCommandTest.run(
                        "",
                        "council",
                        "--json",
                        "samples/council/member-1.json",
                        "samples/council/member-2.json",
                        "samples/council/member-3.json"));
    }

    @Test
    void theCatalogueAndASet() throws IOException {
        check("catalogue/catalogue.json", OcopCommandTest.run("", "catalogue", "--json"));
        check("catalogue/QD26-01.json", OcopCommandTest.run("", "catalogue", "--json", "QD26-01"));
    }

    @Test
    void theExamplePack() throws IOException {
        check("pack/validate.json", OcopCommandTest.run("", "validate", "--json", "packs/lam-dong"));
        check(
                "pack/ld26-01-ca-phe-cau-dat.json",
                OcopCommandTest.run(
                        "",
                        "score",
                        "--json",
                        "--pack",
                        "packs/lam-dong",
                        "samples/packs/ld26-01-ca-phe-cau-dat.json"));
    }

    @Test
    void anInvalidSheetsProblems() throws IOException {
        String bad = "{\"criteriaSet\": \"QD26-01\", \"answers\": {\"1.1\": 9, \"9.9\": 1}}";
        OcopCommandTest.Run run = OcopCommandTest.run(bad + "\n", "score", "--json", "-");
        assertEquals(2, run.code());
        Path file = GOLDEN.resolve("problems/invalid-sheet.json");
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, run.out(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), run.out());
        assertTrue(List.of(run.out().split("\n")).size() == 1, "one error object per sheet");
    }
}
