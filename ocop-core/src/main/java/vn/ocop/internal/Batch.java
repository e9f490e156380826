package vn.ocop.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import vn.ocop.OcopException;

/**
 * Runs independent pieces of work over the available processors, grouped by a key so that work on the
 * same criteria set runs back to back on one thread (its rule base stays in that processor's caches).
 * The calling thread takes the first share; the others run on short-lived daemon threads.
 */
public final class Batch {
    /** Below this many sheets per extra thread, starting a thread costs more than it saves. */
    static final int MIN_PER_THREAD = 16;

    private Batch() {
    }

    /**
     * @param n    the number of pieces
     * @param key  the group of piece {@code i} (pieces of a group run in their order, back to back)
     * @param work piece {@code i}
     * @param <T>  the result type
     * @return the results, by piece
     * @throws RuntimeException the first failure of a piece (in the order of the pieces), once every thread
     *                          has stopped
     */
    public static <T> List<T> run(int n, IntFunction<String> key, IntFunction<T> work) {
        return run(n, key, work, MIN_PER_THREAD);
    }

    /**
     * @param n            the number of pieces
     * @param key          the group of piece {@code i}
     * @param work         piece {@code i}
     * @param minPerThread the fewest pieces worth a thread of their own
     * @param <T>          the result type
     * @return the results, by piece
     * @throws RuntimeException the first failure of a piece, once every thread has stopped
     */
    public static <T> List<T> run(int n, IntFunction<String> key, IntFunction<T> work, int minPerThread) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key.apply(i);
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> keys[i])); // stable: a group keeps its order
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / Math.max(1, minPerThread)));
        Object[] out = new Object[n];
        RuntimeException[] failures = new RuntimeException[n];
        List<Thread> started = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            int from = (int) ((long) n * t / threads);
            int to = (int) ((long) n * (t + 1) / threads);
            Thread thread = new Thread(() -> share(order, from, to, work, out, failures), "ocop-batch-" + t);
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        share(order, 0, n / threads, work, out, failures);
        boolean interrupted = false;
        for (Thread thread : started) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (RuntimeException f : failures) {
            if (f != null) {
                throw f;
            }
        }
        List<T> results = new ArrayList<>(n);
        for (Object o : out) {
            @SuppressWarnings("unchecked")
            T t = (T) o;
            results.add(t);
        }
        return results;
    }

    private static <T> void share(Integer[] order, int from, int to, IntFunction<T> work, Object[] out,
                                  RuntimeException[] failures) {
        for (int k = from; k < to; k++) {
            int i = order[k];
            try {
                out[i] = work.apply(i);
            } catch (RuntimeException e) {
                failures[i] = e;
            } catch (Error e) {
                failures[i] = new OcopException("piece " + i + " of a batch failed: " + e, e);
            }
        }
    }
}
