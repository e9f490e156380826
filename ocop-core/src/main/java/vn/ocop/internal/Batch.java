package vn.ocop.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Runs independent pieces of work over an executor, grouped by a key so that work on the same criteria set
 * runs back to back on one thread (its rule base stays in that processor's caches). The calling thread takes
 * the first share and waits for the others. No thread is created here: the shares run on the caller's
 * {@link Executor}, or on the common fork-join pool.
 */
public final class Batch {
    /** Below this many sheets per extra share, handing work to another thread costs more than it saves. */
    static final int MIN_PER_THREAD = 16;

    private Batch() {}

    /**
     * @param n        the number of pieces
     * @param key      the group of piece {@code i} (pieces of a group run in their order, back to back)
     * @param work     piece {@code i}
     * @param executor where the shares beyond the caller's run, or {@code null} for the common fork-join pool
     * @param <T>      the result type
     * @return the results, by piece
     * @throws RuntimeException the first failure of a piece (in the order of the pieces), once every share
     *                          has stopped
     * @throws Error            the first {@link Error} of a piece (out of memory, …), as it was thrown
     */
    public static <T> List<T> run(int n, IntFunction<String> key, IntFunction<T> work, @Nullable Executor executor) {
        return run(n, key, work, executor, MIN_PER_THREAD);
    }

    /**
     * @param n            the number of pieces
     * @param key          the group of piece {@code i}
     * @param work         piece {@code i}
     * @param executor     where the shares beyond the caller's run, or {@code null} for the common pool
     * @param minPerThread the fewest pieces worth a share of their own
     * @param <T>          the result type
     * @return the results, by piece
     */
    public static <T> List<T> run(
            int n, IntFunction<String> key, IntFunction<T> work, @Nullable Executor executor, int minPerThread) {
        Integer[] order = new Integer[n];
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            keys[i] = key.apply(i);
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> keys[i])); // stable: a group keeps its order
        Executor pool = executor != null ? executor : ForkJoinPool.commonPool();
        int shares = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / Math.max(1, minPerThread)));
        Object[] out = new Object[n];
        Throwable[] failures = new Throwable[n];
        List<CompletableFuture<Void>> started = new ArrayList<>();
        for (int t = 1; t < shares; t++) {
            int from = (int) ((long) n * t / shares);
            int to = (int) ((long) n * (t + 1) / shares);
            started.add(CompletableFuture.runAsync(() -> share(order, from, to, work, out, failures), pool));
        }
        share(order, 0, n / shares, work, out, failures);
        boolean interrupted = false;
        for (CompletableFuture<Void> f : started) {
            while (true) {
                try {
                    f.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (java.util.concurrent.ExecutionException e) {
                    break; // share() records every failure itself; this is the executor refusing or failing
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (Throwable f : failures) {
            if (f instanceof Error e) {
                throw e;
            }
        }
        for (Throwable f : failures) {
            if (f != null) {
                throw (RuntimeException) f;
            }
        }
        List<T> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (out[i] == null) {
                throw new IllegalStateException("piece " + i + " of a batch did not run: the executor dropped it");
            }
            @SuppressWarnings("unchecked")
            T t = (T) out[i];
            results.add(t);
        }
        return results;
    }

    private static <T> void share(
            Integer[] order, int from, int to, IntFunction<T> work, Object[] out, Throwable[] failures) {
        for (int k = from; k < to; k++) {
            int i = order[k];
            try {
                out[i] = work.apply(i);
            } catch (RuntimeException | Error e) {
                failures[i] = e;
            }
        }
    }
}
