package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.rules.TestPacks.edit;
import static vn.ocop.rules.TestPacks.pack;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.Scorer;
import vn.ocop.pack.InvalidPackException;
import vn.ocop.pack.Pack;
import vn.ocop.pack.PackListener;
import vn.ocop.pack.PackOptions;
import vn.ocop.pack.PackWatcher;
import vn.ocop.pack.Packs;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Sheet;

/** Hot reload: only valid packs replace the rule base, and no evaluation mixes two of them. */
class PackWatcherTest {
    static final String S01 = PacksTest.S01;

    @TempDir
    Path dir;

    /** Criterion 1.5 option 2 at the given points (the national text gives 1). */
    void setOption2(Path pack, String from, String to) {
        edit(pack.resolve(S01), "Option,1.5,,2," + from + ",", "Option,1.5,,2," + to + ",");
    }

    @Test
    void aBrokenFileNeverReplacesTheWorkingPack() {
        Path p = pack(dir, "1", "Replace,QD26-01," + S01);
        setOption2(p, "1", "1.5");
        List<InvalidPackException> rejected = new CopyOnWriteArrayList<>();
        List<Pack> reloaded = new CopyOnWriteArrayList<>();
        PackListener listener = new PackListener() {
            @Override
            public void reloaded(Pack pack) {
                reloaded.add(pack);
            }

            @Override
            public void rejected(Path location, InvalidPackException problem) {
                rejected.add(problem);
            }
        };
        try (PackWatcher w = Packs.watch(p, PackOptions.defaults(), listener)) {
            Pack first = w.current();
            Scorer scorer = w.scorer();
            Sheet pomelo = SpecialRulesTest.pomelo();
            assertEquals(
                    0, new BigDecimal("75.5").compareTo(scorer.score(pomelo).total()));

            edit(p.resolve(S01), "Group,1,,,18,", "Group,1,,,19,"); // broken: group 1 no longer adds up
            assertSame(first, w.reload());
            assertTrue(
                    rejected.stream().anyMatch(e -> e.getMessage().contains("group 1 has maximum 19")),
                    () -> rejected.toString());
            assertEquals(
                    0, new BigDecimal("75.5").compareTo(scorer.score(pomelo).total()));
            assertEquals(first.info(), scorer.score(pomelo).pack());

            edit(p.resolve(S01), "Group,1,,,19,", "Group,1,,,18,");
            setOption2(p, "1.5", "2");
            Pack second = w.reload();
            assertNotEquals(first.info().hash(), second.info().hash());
            assertTrue(reloaded.contains(second));
            assertEquals(0, new BigDecimal("76").compareTo(scorer.score(pomelo).total()));
            assertEquals(second.info(), scorer.score(pomelo).pack());
        }
    }

    @Test
    void theWatcherThreadPicksUpAChangedFile() throws InterruptedException {
        Path p = pack(dir, "1", "Replace,QD26-01," + S01);
        CountDownLatch swapped = new CountDownLatch(1);
        try (PackWatcher w = Packs.watch(p, PackOptions.defaults(), new PackListener() {
            @Override
            public void reloaded(Pack pack) {
                swapped.countDown();
            }
        })) {
            String before = w.current().info().hash();
            setOption2(p, "1", "1.5");
            assertTrue(swapped.await(60, TimeUnit.SECONDS), "no reload within 60 s of the change");
            assertNotEquals(before, w.current().info().hash());
            assertEquals(1, w.reloads());
        }
    }

    /**
     * Scorers keep scoring while the pack flips between two versions. Version A gives option 2 of 1.5 one
     * and a half points, version B two. Each result names its pack by hash, and its points must be those of
     * that version: a result mixing two rule bases would fail.
     */
    @Test
    void concurrentScoringDuringReloadsNeverMixesTwoRuleBases() throws Exception {
        Path p = pack(dir, "1", "Replace,QD26-01," + S01);
        setOption2(p, "1", "1.5");
        Map<String, BigDecimal> expected = new ConcurrentHashMap<>();
        Sheet pomelo = SpecialRulesTest.pomelo();
        try (PackWatcher w = Packs.watch(p, PackOptions.defaults(), null)) {
            expected.put(w.current().info().hash(), new BigDecimal("75.5"));
            Scorer scorer = w.scorer();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger scored = new AtomicInteger();
            List<String> mixed = new CopyOnWriteArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                Thread thread = new Thread(() -> {
                    while (!stop.get()) {
                        ScoreResult r = scorer.score(pomelo);
                        BigDecimal want = expected.get(r.pack().hash());
                        if (want == null
                                || want.compareTo(r.total()) != 0
                                || want.subtract(new BigDecimal("74"))
                                                .compareTo(r.criteria().get("1.5"))
                                        != 0) {
                            mixed.add(r.pack().hash() + " total " + r.total() + " 1.5="
                                    + r.criteria().get("1.5"));
                        }
                        scored.incrementAndGet();
                    }
                });
                thread.start();
                threads.add(thread);
            }
            String[] values = {"1.5", "2"};
            for (int flip = 1; flip <= 4; flip++) {
                String from = values[(flip + 1) % 2];
                String to = values[flip % 2];
                setOption2(p, from, to);
                // Known before the swap, so a scorer never sees a hash it cannot check.
                expected.put(Packs.load(p).info().hash(), new BigDecimal(to).add(new BigDecimal("74")));
                w.reload();
            }
            stop.set(true);
            for (Thread thread : threads) {
                thread.join();
            }
            assertEquals(List.of(), mixed);
            assertTrue(scored.get() > 0);
            assertEquals(4, w.reloads());
        }
    }
}
