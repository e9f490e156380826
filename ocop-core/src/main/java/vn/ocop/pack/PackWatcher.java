package vn.ocop.pack;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.OcopException;
import vn.ocop.Scorer;
import vn.ocop.ScoringOptions;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.result.Advice;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Sheet;

/**
 * Keeps a pack folder's newest valid version in use.
 *
 * <p>A background thread watches the folder (and its subfolders). When files change, it waits until they
 * have been quiet for a moment (a spreadsheet program writes a file in several steps), then loads and
 * compiles the pack off the request path. A valid pack replaces the current one atomically; an invalid one
 * is reported to the {@link PackListener} and logged through SLF4J, and the current pack stays in use.
 *
 * <p>The {@link #scorer} takes the current pack once per call, so each evaluation runs entirely on the rule
 * base it started on, and its result names that pack ({@link ScoreResult#pack()}), even while a reload
 * swaps the pack underneath.
 */
@API(status = STABLE, since = "0.1.0")
public final class PackWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PackWatcher.class);
    /** How long the files must be quiet before a reload. */
    static final long QUIET_MILLIS = 300;

    private final Path folder;
    private final PackOptions options;
    private final PackListener listener;
    private final AtomicReference<Pack> current = new AtomicReference<>();
    private final AtomicLong reloads = new AtomicLong();
    private final WatchService watcher;
    private final Thread thread;
    private volatile boolean closed;

    PackWatcher(Path folder, PackOptions options, PackListener listener) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.options = Objects.requireNonNull(options, "options");
        this.listener = listener == null ? new PackListener() {} : listener;
        if (!Files.isDirectory(folder)) {
            throw new OcopException("only a pack folder can be watched, not " + folder);
        }
        current.set(Packs.load(folder, options));
        try {
            watcher = FileSystems.getDefault().newWatchService();
            register(folder);
        } catch (IOException e) {
            throw new OcopException("cannot watch pack folder " + folder + ": " + e.getMessage(), e);
        }
        thread = new Thread(this::run, "ocop-pack-watcher " + folder.getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) walk.filter(Files::isDirectory)::iterator) {
                d.register(
                        watcher,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                key.pollEvents();
                key.reset();
                // Wait for quiet: a spreadsheet program saves in several steps.
                for (WatchKey more; (more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
                    more.pollEvents();
                    more.reset();
                }
                if (closed) {
                    return;
                }
                register(folder);
                reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.error("stopped watching pack folder {}: {}", folder, e.toString());
        }
    }

    /**
     * Loads the folder now, on the calling thread, and swaps the pack in if it is valid and differs from the
     * current one. The watcher thread calls this after files change; call it yourself to reload on demand.
     *
     * @return the pack in use afterwards
     */
    public synchronized Pack reload() {
        Pack before = pack();
        try {
            Pack next = Packs.load(folder, options);
            if (next.info().hash().equals(before.info().hash())) {
                return before;
            }
            current.set(next);
            reloads.incrementAndGet();
            LOG.info("pack {} reloaded: now {} (was {})", folder, next.info(), before.info());
            listener.reloaded(next);
            return next;
        } catch (InvalidPackException e) {
            LOG.warn("pack {} changed but is invalid; still using {}: {}", folder, before.info(), e.getMessage());
            listener.rejected(folder, e);
        } catch (RuntimeException e) {
            InvalidPackException wrapped = new InvalidPackException(
                    folder.toString(),
                    List.of(new PackProblem(folder.toString(), 0, null, "the pack failed to load: " + e)));
            LOG.error("pack {} failed to load; still using {}", folder, before.info(), e);
            listener.rejected(folder, wrapped);
        }
        return pack();
    }

    /** @return the pack in use now */
    public Pack current() {
        return pack();
    }

    private Pack pack() {
        return Objects.requireNonNull(current.get(), "a watcher always holds a pack");
    }

    /** @return how many times a changed, valid pack replaced the previous one */
    public long reloads() {
        return reloads.get();
    }

    /** @return a scorer over whichever pack is current when each call starts */
    public Scorer scorer() {
        return scorer(ScoringOptions.defaults());
    }

    /**
     * @param options scoring options
     * @return a scorer over whichever pack is current when each call starts; a call runs entirely on that pack
     */
    public Scorer scorer(ScoringOptions options) {
        Objects.requireNonNull(options, "options");
        return new Scorer() {
            private <T> T on(Function<Scorer, T> call) {
                return call.apply(pack().scorer(options));
            }

            @Override
            public ScoreResult score(Sheet sheet) {
                return on(s -> s.score(sheet));
            }

            @Override
            public List<ScoreResult> scoreAll(List<Sheet> sheets) {
                return on(s -> s.scoreAll(sheets));
            }

            @Override
            public List<ScoreResult> scoreAll(List<Sheet> sheets, java.util.concurrent.@Nullable Executor executor) {
                return on(s -> s.scoreAll(sheets, executor));
            }

            @Override
            public List<vn.ocop.result.BatchItem> scoreEach(
                    List<Sheet> sheets, java.util.concurrent.@Nullable Executor executor) {
                return on(s -> s.scoreEach(sheets, executor));
            }

            @Override
            public ScoreResult scoreJson(String json, String source) {
                return on(s -> s.scoreJson(json, source));
            }

            @Override
            public ScoreResult scoreCouncil(List<Sheet> members) {
                return on(s -> s.scoreCouncil(members));
            }

            @Override
            public ScoreResult scoreCouncilJson(Map<String, String> jsonBySource) {
                return on(s -> s.scoreCouncilJson(jsonBySource));
            }

            @Override
            public ScoreResult scoreSitting(vn.ocop.sheet.Sitting sitting) {
                return on(s -> s.scoreSitting(sitting));
            }

            @Override
            public ScoreResult scoreSittingJson(String json, String source) {
                return on(s -> s.scoreSittingJson(json, source));
            }

            @Override
            public vn.ocop.portfolio.DueList due(
                    List<vn.ocop.portfolio.PortfolioProduct> products, java.time.LocalDate asOf, int withinMonths) {
                return on(s -> s.due(products, asOf, withinMonths));
            }

            @Override
            public vn.ocop.portfolio.PortfolioStats stats(
                    List<vn.ocop.portfolio.PortfolioProduct> products, java.time.LocalDate asOf) {
                return on(s -> s.stats(products, asOf));
            }

            @Override
            public vn.ocop.sheet.Migration migrate(Sheet sheet, String toEdition) {
                return on(s -> s.migrate(sheet, toEdition));
            }

            @Override
            public vn.ocop.portfolio.PlanProgress plan(
                    List<vn.ocop.portfolio.PortfolioProduct> products,
                    vn.ocop.portfolio.Plan plan,
                    java.time.LocalDate asOf) {
                return on(s -> s.plan(products, plan, asOf));
            }

            @Override
            public Advice advise(Sheet sheet, int alternatives) {
                return on(s -> s.advise(sheet, alternatives));
            }

            @Override
            public Advice adviseCouncil(List<Sheet> members, int alternatives) {
                return on(s -> s.adviseCouncil(members, alternatives));
            }

            @Override
            public int prepare() {
                return on(Scorer::prepare);
            }

            @Override
            public Catalogue catalogue() {
                return pack().catalogue();
            }

            @Override
            public ScoringOptions options() {
                return options;
            }
        };
    }

    /**
     * Stops watching; the current pack stays usable. A reload already under way on the watcher thread is
     * left to finish (interrupting the compiler would only make it fail), and no new one starts.
     */
    @Override
    public void close() {
        closed = true;
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service: {}", e.toString());
        }
    }
}
