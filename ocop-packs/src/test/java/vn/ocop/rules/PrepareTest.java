package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.rules.TestPacks.edit;
import static vn.ocop.rules.TestPacks.pack;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.pack.Pack;
import vn.ocop.pack.PackOptions;
import vn.ocop.pack.PackWatcher;
import vn.ocop.pack.Packs;

/** {@link Scorer#prepare()}: every rule base built up front, in parallel, and scoring unchanged. */
class PrepareTest {
    @TempDir
    Path dir;

    @Test
    void theNationalScorerPreparesEverySetOfTheThreeEditions() {
        Scorer scorer = Ocop.scorer();
        // editions.csv: 26/2026 has 26 sets, 148 has 26, 1048 ships set 1 only.
        assertEquals(26 + 26 + 1, scorer.prepare());
        // Hand-worked sample (SpecialRulesTest): the Bến Tre pomelo totals 75, 4★ band held at 3★ by markers.
        assertEquals(
                new BigDecimal("75"), scorer.score(SpecialRulesTest.pomelo()).total());
        assertEquals(3, scorer.score(SpecialRulesTest.pomelo()).stars());
        assertEquals(53, scorer.prepare(), "a second call finds everything built and still counts every set");
    }

    @Test
    void aPackScorerPreparesItsOwnAndTheNationalSetsAndScoresWithThePack() {
        Path p = pack(dir, "1", "Replace,QD26-01," + PacksTest.S01);
        edit(p.resolve(PacksTest.S01), PacksTest.OPTION_1_5_2, "Option,1.5,,2,1.5,,,");
        Pack pack = Packs.load(p);
        int sets = pack.catalogue().editions().stream()
                .mapToInt(e -> e.sets().size())
                .sum();
        assertEquals(sets, pack.scorer().prepare());
        // Worked by hand in PacksTest: option 2 of 1.5 raised from 1 to 1.5 points, 75 → 75.5.
        assertEquals(
                0,
                new BigDecimal("75.5")
                        .compareTo(
                                pack.scorer().score(SpecialRulesTest.pomelo()).total()));
        try (PackWatcher watcher = Packs.watch(p, PackOptions.defaults(), new vn.ocop.pack.PackListener() {})) {
            assertEquals(sets, watcher.scorer().prepare());
        }
    }
}
