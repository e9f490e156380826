package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.Ocop;
import vn.ocop.OcopException;
import vn.ocop.Scorer;
import vn.ocop.pack.Packs;
import vn.ocop.result.ScoreResult;

/**
 * ocop-rules scores the national editions from the executable model compiled at build time, with no rule
 * compiler and no spreadsheet library on its class path; packs need ocop-packs, and say so.
 */
class LightRuntimeTest {

    @Test
    void noCompilerNorSpreadsheetLibraryIsOnTheClassPath() {
        for (String absent : List.of(
                "org.eclipse.jdt.internal.compiler.Compiler",
                "com.github.javaparser.JavaParser",
                "org.drools.model.codegen.ExecutableModelProject",
                "org.apache.poi.ss.usermodel.Workbook",
                "org.antlr.v4.runtime.Parser",
                "org.drools.drl.parser.DrlParser")) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(absent), absent + " is not needed to score");
        }
    }

    @Test
    void everySetOfEveryEditionIsBuiltAndScoresWithoutThem() {
        Scorer scorer = Ocop.scorer();
        assertEquals(53, scorer.prepare(), "26 + 26 + 1 sets");
        ScoreResult r = scorer.score(SpecialRulesTest.pomelo());
        // the bundled QD26-01 sheet, worked by hand in SamplesTest: A 32 + B 18 + C 25 = 75, held at 3★
        assertEquals(0, new java.math.BigDecimal("75").compareTo(r.total()));
        assertEquals(3, r.stars());
    }

    @Test
    void aPackWithoutOcopPacksIsAClearError() {
        OcopException e = assertThrows(OcopException.class, () -> Packs.load(Path.of("no-such-pack")));
        assertTrue(e.getMessage().contains("province packs need vn.ocop:ocop-packs"), e.getMessage());
    }
}
