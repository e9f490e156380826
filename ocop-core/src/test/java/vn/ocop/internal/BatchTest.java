package vn.ocop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class BatchTest {

    @Test
    void resultsComeBackInInputOrderAndAGroupRunsInItsOrder() {
        List<String> keys = List.of("b", "a", "b", "a", "c");
        List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
        List<Integer> out = Batch.run(
                keys.size(),
                keys::get,
                i -> {
                    ran.add(i);
                    return i * 10;
                },
                null,
                1);
        assertEquals(List.of(0, 10, 20, 30, 40), out);
        assertTrue(ran.indexOf(1) < ran.indexOf(3), "a group keeps its order: " + ran);
        assertTrue(ran.indexOf(0) < ran.indexOf(2), "a group keeps its order: " + ran);
    }

    @Test
    void anErrorReachesTheCallerAsItWasThrown() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            StackOverflowError thrown = new StackOverflowError("deep");
            StackOverflowError e = assertThrows(
                    StackOverflowError.class,
                    () -> Batch.run(
                            64,
                            i -> "k" + (i % 4),
                            i -> {
                                if (i == 63) {
                                    throw thrown;
                                }
                                if (i == 1) {
                                    throw new IllegalStateException("a runtime failure does not hide the error");
                                }
                                return i;
                            },
                            pool,
                            1));
            assertSame(thrown, e);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theFirstRuntimeFailureInPieceOrderIsThrown() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> Batch.run(
                        40,
                        i -> "k",
                        i -> {
                            if (i == 7 || i == 30) {
                                throw new IllegalStateException("piece " + i);
                            }
                            return i;
                        },
                        null,
                        1));
        assertEquals("piece 7", e.getMessage());
    }

    @Test
    void sharesBeyondTheCallersRunOnTheGivenExecutor() {
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "host-pool"));
        try {
            Batch.run(
                    400,
                    i -> "k" + i,
                    i -> {
                        threads.add(Thread.currentThread().getName());
                        return i;
                    },
                    pool,
                    1);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(
                threads.stream()
                        .allMatch(t -> t.equals("host-pool")
                                || t.equals(Thread.currentThread().getName())),
                "no thread of the library's own: " + threads.stream().distinct().toList());
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertTrue(threads.contains("host-pool"), "the executor was used");
        }
    }
}
