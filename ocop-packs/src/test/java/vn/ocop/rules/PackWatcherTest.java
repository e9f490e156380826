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

    /**
     * The stress test of issue 16: four threads score four sheets while the pack is rewritten eight times,
     * valid and broken versions in turn (a broken version must leave the previous one in use). Every result is
     * kept and compared, whole, with a single-threaded rescoring of its sheet by the pack version it names.
     */
    @Test
    void resultsDuringValidAndBrokenReloadsEqualASingleThreadedRescoring() throws Exception {
        Path p = pack(dir, "1", "Replace,QD26-01," + S01);
        setOption2(p, "1", "1.5");
        Sheet pomelo = SpecialRulesTest.pomelo();
        List<Sheet> sheets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Sheet.Builder b = pomelo.toBuilder().id("s" + i);
            b.answer("1.5", 1 + i % 4); // the criterion the versions change, at every option
            sheets.add(b.build());
        }
        Map<String, Pack> versions = new ConcurrentHashMap<>();
        record Scored(int sheet, ScoreResult result) {}
        java.util.Queue<Scored> results = new java.util.concurrent.ConcurrentLinkedQueue<>();
        AtomicInteger count = new AtomicInteger();
        int threads = 4;
        int reloads = 8;
        try (PackWatcher w = Packs.watch(p, PackOptions.defaults(), null)) {
            versions.put(w.current().info().hash(), w.current());
            Scorer scorer = w.scorer();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                Thread worker = new Thread(() -> {
                    for (int n = offset; !stop.get(); n++) {
                        int i = n % sheets.size();
                        ScoreResult r = scorer.score(sheets.get(i));
                        if (count.incrementAndGet() % 8 == 0) { // every eighth result is kept and checked
                            results.add(new Scored(i, r));
                        }
                    }
                });
                worker.start();
                workers.add(worker);
            }
            String[] values = {"1.5", "2", "2.5", "3"};
            for (int r = 1; r <= reloads; r++) {
                if (r % 2 == 0) { // broken: group 1 no longer adds up; the watcher keeps the version in use
                    edit(p.resolve(S01), "Group,1,,,18,", "Group,1,,,19,");
                    Pack kept = w.current();
                    assertSame(kept, w.reload());
                    edit(p.resolve(S01), "Group,1,,,19,", "Group,1,,,18,");
                } else {
                    setOption2(p, values[(r / 2) % 4], values[(r / 2 + 1) % 4]);
                    Pack next = w.reload();
                    versions.put(next.info().hash(), next);
                }
                Thread.sleep(50);
            }
            stop.set(true);
            for (Thread worker : workers) {
                worker.join();
            }
        }
        Map<String, Map<Integer, ScoreResult>> single = new java.util.HashMap<>();
        List<String> differ = new ArrayList<>();
        Map<String, Integer> perVersion = new java.util.TreeMap<>();
        for (Scored s : results) {
            String hash = s.result().pack().hash();
            Pack version = versions.get(hash);
            if (version == null) {
                differ.add("a result names pack " + hash + ", which was never loaded");
                continue;
            }
            ScoreResult expected = single.computeIfAbsent(hash, h -> new java.util.HashMap<>())
                    .computeIfAbsent(s.sheet(), i -> version.scorer().score(sheets.get(i)));
            if (!expected.equals(s.result()) && differ.size() < 5) {
                differ.add("sheet " + s.sheet() + " under " + hash + ": " + s.result() + " != " + expected);
            }
            perVersion.merge(hash.substring(0, 15), 1, Integer::sum);
        }
        System.out.println("pack reload stress: " + threads + " threads x " + reloads + " reloads (" + reloads / 2
                + " broken) x " + count.get() + " results, " + results.size() + " of them compared; per version "
                + perVersion);
        assertEquals(List.of(), differ);
        assertEquals(4, perVersion.size(), () -> "results from every version: " + perVersion);
    }
}
