package org.postwise.tips;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link WeeklyTips#runDue} when something is due: on start (to catch up after downtime), then at the next
 * wake-up {@link WeeklyTips#nextWakeUp} names, on the injected executor. The work itself is in {@link #runDue},
 * which tests call directly with a fake clock; nothing here sleeps.
 */
public final class TipScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TipScheduler.class);

    /**
     * The longest wait between runs, even with nothing due: the executor measures delays on the monotonic clock,
     * which a suspended machine or a corrected wall clock can leave behind, and a run with nothing to do is cheap.
     */
    static final Duration MAX_SLEEP = Duration.ofHours(6);

    private final WeeklyTips tips;
    private final ScheduledExecutorService executor;
    private final Clock clock;
    private final Object lock = new Object();
    private ScheduledFuture<?> pending;
    private Instant nextRun;
    private boolean closed;

    /**
     * @param tips     the weekly tip's rules over the ledger
     * @param executor runs the scheduled work; owned by the caller, which shuts it down
     * @param clock    the time
     */
    public TipScheduler(WeeklyTips tips, ScheduledExecutorService executor, Clock clock) {
        this.tips = Objects.requireNonNull(tips, "tips");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Starts the channels' schedules and runs once at once, which catches up on anything due while down. */
    public void start() {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the tip scheduler is closed");
            }
            if (pending != null) {
                throw new IllegalStateException("the tip scheduler is already started");
            }
        }
        try {
            tips.startChannels(clock.instant());
        } catch (RuntimeException e) {
            // the first run registers the channels too, and retries until the database answers
            log.warn("could not record the tip channels yet: {}", e.toString());
        }
        log.info("weekly tip scheduled {} in {} channel(s), grace {}", tips.schedule().describe(),
                tips.config().channelIds().size(), Durations.text(tips.config().grace()));
        schedule(clock.instant());
    }

    /** Does what is due at {@code now}; see {@link WeeklyTips#runDue}. */
    public List<SlotOutcome> runDue(Instant now) {
        return tips.runDue(now);
    }

    /** When the next run is scheduled, while started. */
    public Optional<Instant> nextRun() {
        synchronized (lock) {
            return Optional.ofNullable(nextRun);
        }
    }

    private void tick() {
        Instant next;
        try {
            Instant now = clock.instant();
            runDue(now);
            Instant cap = now.plus(MAX_SLEEP);
            next = tips.nextWakeUp(now).filter(t -> t.isBefore(cap)).orElse(cap);
        } catch (RuntimeException e) {
            // e.g. the database is unreachable: nothing was claimed, so trying again later loses nothing
            log.error("the weekly tip run failed; trying again in {}", Durations.text(WeeklyTips.RETRY_DELAY), e);
            next = clock.instant().plus(WeeklyTips.RETRY_DELAY);
        }
        schedule(next);
    }

    private void schedule(Instant at) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
            nextRun = at;
            pending = executor.schedule(this::tick, delay, TimeUnit.MILLISECONDS);
        }
        log.debug("next weekly tip run at {}", at);
    }

    /** Cancels the next run; a run in progress finishes. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            nextRun = null;
            if (pending != null) {
                pending.cancel(false);
            }
        }
    }
}
