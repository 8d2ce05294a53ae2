package org.postwise.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.postwise.answer.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps usage off the answer path: {@link #record} puts the question in a bounded queue and returns at once; a
 * flusher writes the queue to the {@link JdbcUsageLog} in batches, one transaction each, every {@code interval}
 * and as soon as a batch is full. {@link #stats} flushes first, so an admin sees every question asked so far;
 * {@link #close} flushes what is left.
 *
 * <p>Nothing here can cost a user an answer. When the queue is full, or the database refuses a batch (it is down),
 * those rows are dropped and counted ({@link #counts()}), and a warning says how many, never what was asked.
 * Thread-safe.
 */
public final class QueuedUsageLog implements UsageLog, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QueuedUsageLog.class);

    /** Questions waiting at most, by default: minutes of a busy bot. */
    public static final int DEFAULT_CAPACITY = 10_000;
    /** Rows written per transaction, by default. */
    public static final int DEFAULT_BATCH = 200;
    /** How often the queue is written when no batch has filled, by default. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

    /**
     * What became of the questions recorded so far.
     *
     * @param written       rows written
     * @param lostQueueFull rows dropped because the queue was full
     * @param lostDatabase  rows dropped because the database refused them
     * @param pending       rows waiting in the queue
     */
    public record Counts(long written, long lostQueueFull, long lostDatabase, int pending) {
    }

    private final JdbcUsageLog store;
    private final Clock clock;
    private final ScheduledExecutorService flusher;
    private final int batchSize;
    private final BlockingQueue<AskedQuestion> queue;
    private final Object writing = new Object();
    private final AtomicBoolean flushRequested = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong lostQueueFull = new AtomicLong();
    private final AtomicLong lostDatabase = new AtomicLong();
    private final ScheduledFuture<?> periodic;

    /**
     * Starts flushing every {@code interval} on {@code flusher}, which the caller owns (and shuts down after
     * {@link #close}).
     */
    public QueuedUsageLog(JdbcUsageLog store, Clock clock, ScheduledExecutorService flusher, Duration interval,
                          int capacity, int batchSize) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.flusher = Objects.requireNonNull(flusher, "flusher");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive but was " + interval);
        }
        if (capacity < 1 || batchSize < 1) {
            throw new IllegalArgumentException("capacity and batch size must be at least 1 but were " + capacity
                    + " and " + batchSize);
        }
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.periodic = flusher.scheduleWithFixedDelay(this::flushQuietly, interval.toNanos(), interval.toNanos(),
                TimeUnit.NANOSECONDS);
    }

    /** Queues the question; never blocks, never throws for a full queue or a database that is down. */
    @Override
    public void record(String question, Answer answer) {
        AskedQuestion asked = AskedQuestion.of(clock.instant(), question, answer);
        if (closed.get() || !queue.offer(asked)) {
            long lost = lostQueueFull.incrementAndGet();
            if (Long.bitCount(lost) == 1) { // 1, 2, 4, 8...: the log says so without flooding
                log.warn("usage queue full or closed: {} question(s) not recorded so far", lost);
            }
            return;
        }
        if (queue.size() >= batchSize && flushRequested.compareAndSet(false, true)) {
            try {
                flusher.execute(this::flushQuietly);
            } catch (RejectedExecutionException e) {
                flushRequested.set(false); // shutting down: close() writes what is left
            }
        }
    }

    /** Writes everything queued now, in batches; a batch the database refuses is dropped and counted. */
    public void flush() {
        synchronized (writing) {
            flushRequested.set(false);
            List<AskedQuestion> batch = new ArrayList<>(batchSize);
            while (queue.drainTo(batch, batchSize) > 0) {
                try {
                    store.recordAll(batch);
                    written.addAndGet(batch.size());
                } catch (RuntimeException e) {
                    lostDatabase.addAndGet(batch.size());
                    log.warn("usage: {} question(s) not recorded, the database refused them: {}", batch.size(),
                            e.toString());
                }
                batch.clear();
            }
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("usage flush failed: {}", e.toString());
        }
    }

    /** Totals since {@code since}, every question recorded so far included. */
    @Override
    public UsageStats stats(Instant since, int topGaps) {
        flush();
        return store.stats(since, topGaps);
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return store.purgeBefore(cutoff);
    }

    public Counts counts() {
        return new Counts(written.get(), lostQueueFull.get(), lostDatabase.get(), queue.size());
    }

    /** Stops the periodic flush and writes what is left; questions recorded afterwards are counted as lost. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        periodic.cancel(false);
        flush();
    }
}
