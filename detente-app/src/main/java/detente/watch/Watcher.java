package detente.watch;

import detente.doc.Article;
import detente.ingest.IngestException;
import detente.ingest.IngestFailure;
import detente.ingest.IngestResult;
import detente.ingest.SourceEntry;
import detente.ingest.SourceFetcher;
import detente.ingest.SourceListing;
import detente.store.Store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Polls each source on its own interval and hands every item not handled before to one {@link ArticleIngest}.
 *
 * <p>Poll threads list sources and fetch and extract new items (all HTTP goes through the {@link SourceFetcher},
 * polite per host); one writer thread does every store write in order: it codes and stores the items in batches,
 * records them as handled, and keeps each source's health. An item is marked handled only after its article is
 * stored, and items in flight are held in memory, so an item is read once however many feeds list it; after a
 * crash the items not yet marked are read again and the store's own check of the text drops what was stored.
 * The queue to the writer is bounded: when coding falls behind, polls wait (the backlog is visible, memory is not
 * spent on it). A source that fails is polled again after {@code interval × 2^errors}, at most
 * {@link Settings#maxBackoff()}; the reason is logged with its name and kept in its health record.
 */
public final class Watcher implements AutoCloseable {

    /**
     * @param pollThreads  sources polled at once (each host still gets one request at a time)
     * @param maxNewPerPoll new items read from one source per poll; the rest wait for the next poll, soon after
     * @param queue        items fetched but not yet stored, at most
     * @param batch        items coded and stored together, at most
     * @param maxBackoff   the longest wait after errors
     */
    public record Settings(int pollThreads, int maxNewPerPoll, int queue, int batch, Duration maxBackoff) {
        public static Settings defaults() {
            return new Settings(4, 200, 1000, 64, Duration.ofHours(6));
        }
    }

    /** What one writer batch did, for listeners (the alerts, the server's "last updated"). */
    public record Batch(int stored, int duplicates, int failed, Instant at) {
    }

    /** Runs on the writer thread after each batch, with the writer's store connection. */
    public interface AfterBatch {
        void after(Store store, Batch batch);
    }

    /** An item fetched, waiting to be stored. */
    private record Pending(WatchedSource source, SourceEntry entry, Set<String> keys, IngestResult read) {
    }

    private final List<WatchedSource> sources;
    private final SourceFetcher fetcher;
    private final ArticleIngest ingest;
    private final Store writerStore;
    private final Store readerStore;
    private final WatchLog log;
    private final Settings settings;
    private final Consumer<String> messages;
    private final Clock clock;
    private final ScheduledExecutorService polls;
    private final Thread writer;
    private final BlockingQueue<Object> queue;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    /** Each source's errors in a row, as in its health record (kept here so backoff never waits for a write). */
    private final Map<String, Integer> errors = new ConcurrentHashMap<>();
    private final List<AfterBatch> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong pollsDone = new AtomicLong();
    private final AtomicInteger unfinished = new AtomicInteger();
    private volatile boolean closed;
    private volatile boolean once;

    /**
     * A watcher over {@code store} (its own connections are duplicated from it); nothing runs before {@link
     * #start()}. {@code messages} hears one line per problem (a source that fails, an item that cannot be read).
     */
    public Watcher(List<WatchedSource> sources, SourceFetcher fetcher, ArticleIngest ingest, Store store,
                   Settings settings, Consumer<String> messages, Clock clock) {
        this.sources = List.copyOf(sources);
        this.fetcher = fetcher;
        this.ingest = ingest;
        this.writerStore = store.duplicate();
        this.readerStore = store.duplicate();
        this.log = new WatchLog(writerStore);
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
        this.queue = new ArrayBlockingQueue<>(settings.queue());
        this.polls = Executors.newScheduledThreadPool(settings.pollThreads(), r -> {
            Thread t = new Thread(r, "detente-watch-poll");
            t.setDaemon(true);
            return t;
        });
        this.writer = new Thread(this::writeLoop, "detente-watch-store");
        this.writer.setDaemon(true);
        for (WatchedSource s : this.sources) {
            log.register(s);
        }
    }

    public Watcher onBatch(AfterBatch listener) {
        listeners.add(listener);
        return this;
    }

    /** Schedules every source: at once, or when its next poll is due after a restart (with --once: at once). */
    public Watcher start() {
        writer.start();
        Instant now = clock.instant();
        for (WatchedSource s : sources) {
            WatchLog.State state;
            synchronized (readerStore) {
                state = new WatchLog(readerStore).state(s.key());
            }
            errors.put(s.key(), state.consecutiveErrors());
            // once (cron): every source now, its validators make an unchanged one cheap
            long delay = once || state.nextPoll() == null ? 0
                    : Math.max(0, Duration.between(now, state.nextPoll()).toMillis());
            polls.schedule(() -> poll(s), delay, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /**
     * Polls every source once, stores what they hold that is new, and returns (for cron, and for tests); false when
     * {@code timeout} passed first.
     */
    public boolean runOnce(Duration timeout) throws InterruptedException {
        once = true;
        start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pollsDone.get() < sources.size() || unfinished.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Articles stored as new since start. */
    public long stored() {
        return stored.get();
    }

    /** Polls finished since start (listed, unchanged or failed). */
    public long polls() {
        return pollsDone.get();
    }

    /** Items fetched and waiting for the writer. */
    public int backlog() {
        return queue.size();
    }

    private void poll(WatchedSource source) {
        if (closed) {
            return;
        }
        Instant at = clock.instant();
        Duration next = source.interval();
        try {
            WatchLog.State state;
            Set<String> handled;
            SourceListing listing;
            synchronized (readerStore) {
                state = new WatchLog(readerStore).state(source.key());
            }
            listing = source.url() == null
                    ? new SourceListing(true, source.pages().stream().map(p -> SourceEntry.page(p, null)).toList(),
                    source.pages().size(), null, null)
                    : fetcher.list(source.url(), source.kind(), state.etag(), state.lastModified());
            if (listing.listed() > listing.entries().size()) {
                messages.accept(name(source) + ": lists " + listing.listed() + " items; only the first "
                        + listing.entries().size() + " are read");
            }
            List<Set<String>> candidates = new ArrayList<>();
            List<SourceEntry> entries = new ArrayList<>();
            List<String> allKeys = new ArrayList<>();
            for (SourceEntry e : listing.entries()) {
                Set<String> keys = ItemKey.of(e);
                candidates.add(keys);
                entries.add(e);
                allKeys.addAll(keys);
            }
            synchronized (readerStore) {
                handled = new WatchLog(readerStore).handled(allKeys);
            }
            int fresh0 = 0;
            boolean capped = false;
            for (int i = 0; i < entries.size() && !closed; i++) {
                Set<String> keys = candidates.get(i);
                if (keys.stream().anyMatch(handled::contains) || !claim(keys)) {
                    continue;
                }
                if (handledSince(keys)) { // stored by another poll after this one looked
                    release(keys);
                    continue;
                }
                if (fresh0 == settings.maxNewPerPoll()) {
                    release(keys);
                    capped = true;
                    break;
                }
                fresh0++;
                SourceEntry entry = entries.get(i);
                enqueue(new Pending(source, entry, keys, fetcher.read(entry)));
            }
            int freshCount = fresh0;
            // a cut listing is fetched again in full soon, not answered with a 304
            String etag = capped ? null : listing.etag();
            String lastModified = capped ? null : listing.lastModified();
            if (capped) {
                next = Duration.ofSeconds(Math.min(5, source.interval().toSeconds()));
            }
            Instant due = clock.instant().plus(next);
            boolean changed = listing.changed();
            int listed = listing.listed();
            errors.put(source.key(), 0);
            enqueue((Runnable) () -> log.polled(source.key(), at, due, etag, lastModified, changed ? listed : 0,
                    freshCount));
        } catch (IngestException | RuntimeException e) {
            next = backoff(source.interval(), errors.merge(source.key(), 1, Integer::sum));
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            messages.accept(name(source) + ": " + reason + " (next try in " + human(next) + ")");
            Instant due = clock.instant().plus(next);
            putQuietly(() -> log.failed(source.key(), at, due, reason));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            pollsDone.incrementAndGet();
        }
        if (!closed && !once) {
            polls.schedule(() -> poll(source), next.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private boolean handledSince(Set<String> keys) {
        synchronized (readerStore) {
            return !new WatchLog(readerStore).handled(keys).isEmpty();
        }
    }

    Duration backoff(Duration interval, int errors) {
        long factor = 1L << Math.min(errors, 20);
        Duration d = interval.multipliedBy(factor);
        Duration cap = settings.maxBackoff().compareTo(interval) > 0 ? settings.maxBackoff() : interval;
        return d.compareTo(cap) > 0 ? cap : d;
    }

    /** Claims every key of an item for this poll; false (claiming none) when another poll holds one. */
    private boolean claim(Set<String> keys) {
        List<String> taken = new ArrayList<>();
        for (String k : keys) {
            if (!inFlight.add(k)) {
                taken.forEach(inFlight::remove);
                return false;
            }
            taken.add(k);
        }
        return true;
    }

    private void release(Set<String> keys) {
        keys.forEach(inFlight::remove);
    }

    private void enqueue(Object work) throws InterruptedException {
        unfinished.incrementAndGet();
        try {
            queue.put(work);
        } catch (InterruptedException e) {
            unfinished.decrementAndGet();
            throw e;
        }
    }

    private void putQuietly(Runnable task) {
        try {
            enqueue(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeLoop() {
        List<Object> work = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Object first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                work.add(first);
                queue.drainTo(work, settings.batch() - 1);
                try {
                    write(work);
                } finally {
                    unfinished.addAndGet(-work.size());
                }
            } catch (InterruptedException e) {
                if (closed) {
                    break;
                }
            } catch (RuntimeException e) {
                messages.accept("watch: store write failed: " + e.getMessage());
            } finally {
                work.clear();
            }
        }
    }

    /** Stores the items of a batch, then runs the tasks queued with them (their sources' poll records). */
    private void write(List<Object> work) {
        List<Pending> items = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        for (Object o : work) {
            if (o instanceof Pending p) {
                items.add(p);
                articles.addAll(p.read().articles());
            }
        }
        if (!items.isEmpty()) {
            Map<String, ArticleIngest.Result> results = articles.isEmpty() ? Map.of() : ingest.ingest(articles);
            List<WatchLog.Item> handled = new ArrayList<>();
            int nStored = 0;
            int duplicates = 0;
            int failed = 0;
            for (Pending p : items) {
                String outcome;
                String reason = null;
                if (p.read().articles().isEmpty()) {
                    outcome = "failed";
                    reason = p.read().failures().stream().map(IngestFailure::reason).findFirst().orElse("no article");
                    messages.accept(name(p.source()) + ": " + p.entry().id() + ": " + reason);
                } else {
                    ArticleIngest.Result r = results.get(p.read().articles().get(0).id());
                    outcome = r == null ? "failed" : r.outcome().name().toLowerCase(java.util.Locale.ROOT);
                    reason = r == null ? "not coded" : r.reason();
                    if (r != null && r.outcome() == ArticleIngest.Outcome.FAILED) {
                        messages.accept(name(p.source()) + ": " + p.entry().id() + ": " + reason);
                    }
                }
                switch (outcome) {
                    case "stored" -> nStored++;
                    case "duplicate" -> duplicates++;
                    default -> failed++;
                }
                boolean first = true;
                for (String key : p.keys()) {
                    handled.add(new WatchLog.Item(key, p.source().key(), p.entry().link(), outcome, reason, first));
                    first = false;
                }
            }
            log.handled(handled, clock.instant());
            items.forEach(p -> release(p.keys()));
            stored.addAndGet(nStored);
            Batch batch = new Batch(nStored, duplicates, failed, clock.instant());
            for (AfterBatch l : listeners) {
                try {
                    l.after(writerStore, batch);
                } catch (RuntimeException e) {
                    messages.accept("watch: after a batch: " + e.getMessage());
                }
            }
        }
        for (Object o : work) {
            if (o instanceof Runnable task) {
                task.run();
            }
        }
    }

    private static String name(WatchedSource s) {
        return s.url() == null || s.name().equals(s.url()) ? s.name() : s.name() + " (" + s.url() + ")";
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        return s < 120 ? s + " s" : s < 7200 ? s / 60 + " min" : s / 3600 + " h";
    }

    /** Stops polling, stores what was fetched, and closes the watcher's connections. */
    @Override
    public void close() {
        closed = true;
        polls.shutdownNow();
        try {
            polls.awaitTermination(30, TimeUnit.SECONDS);
            writer.join(TimeUnit.MINUTES.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writerStore.close();
        readerStore.close();
    }
}
