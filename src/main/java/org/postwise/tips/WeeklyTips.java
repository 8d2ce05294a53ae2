package org.postwise.tips;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.postwise.audit.AuditEntry;
import org.postwise.audit.AuditLog;
import org.postwise.config.TipsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly tip's rules, over the ledger: which slots are due, which tip each gets, how a slot is claimed,
 * posted, recovered after a crash, recorded as missed, skipped or failed. It keeps no state of its own and takes
 * the time as an argument, so any number of instances (threads, processes) can share one ledger and tests drive
 * it with any clock.
 *
 * <h2>How a slot goes out</h2>
 * <ol>
 *   <li>The tip is chosen ({@link TipRotation}) and the slot is claimed by inserting its row in state
 *       {@code claimed}. The row's primary key means only one instance can insert it: the loser posts nothing.</li>
 *   <li>The tip is posted with the slot's nonce ({@link Slot#nonce()}).</li>
 *   <li>The row becomes {@code posted}, with the message id.</li>
 * </ol>
 * If the process dies between 2 and 3, the row stays {@code claimed}. Once the claim is older than
 * {@link #CLAIM_LEASE} (so a live instance mid-post is never second-guessed) the next run takes it over
 * (compare-and-set on the row's version), asks the publisher whether the message is already there, and otherwise
 * re-sends it with the same nonce, which Discord recognises. A post that fails is recorded as {@code failed} with
 * the reason and retried every {@link #RETRY_DELAY} (with the same nonce) while the grace period lasts.
 *
 * <h2>Downtime</h2>
 * A slot that fell due while no instance was running is posted late if the grace period has not passed, and is
 * otherwise recorded as {@code missed}: never skipped silently. A claim found unconfirmed after the grace period is
 * recorded as {@code failed} with a note that the message may or may not have gone out, rather than risking a
 * late duplicate.
 *
 * <h2>A tip whose source is gone</h2>
 * A tip that cannot be posted (its card was removed by a reload after it was chosen, or its source has no usable
 * link, see {@link TipRenderer#problem}) is passed over: the next tip in the rotation is posted in its place and the
 * slot's note names the tip left out and why, for {@code /tip history}. If no tip at all can be posted the slot is
 * recorded as {@code failed} with the reasons, and retried while the grace period lasts (a reload may fix it).
 */
public final class WeeklyTips {

    private static final Logger log = LoggerFactory.getLogger(WeeklyTips.class);

    /**
     * How long a claim protects a slot before another run may take it over. Longer than any post takes, and short
     * enough that a re-send after a quick restart still falls within Discord's nonce window of a few minutes.
     */
    public static final Duration CLAIM_LEASE = Duration.ofSeconds(90);
    /** Wait between attempts at a failed slot. */
    public static final Duration RETRY_DELAY = Duration.ofMinutes(5);
    /** Attempts at one slot before it stays failed. */
    public static final int MAX_ATTEMPTS = 5;
    /** Slots further back are not looked at, so a long-idle ledger costs nothing on start. */
    static final Duration LOOKBACK = Duration.ofDays(7L * 53);
    /** The audit trail's actor for scheduled runs. */
    static final String SCHEDULER = "scheduler";
    /** Posts within this much of the due time count as on time. */
    static final Duration ON_TIME = Duration.ofMinutes(1);

    private final TipCatalog catalog;
    private final TipRenderer renderer;
    private final TipLedger ledger;
    private final TipPublisher publisher;
    private final TipsConfig config;
    private final WeeklySchedule schedule;
    private final String instanceId;
    private final AuditLog audit;

    /**
     * @param catalog    the tips in service
     * @param renderer   renders and checks tips
     * @param ledger     the shared ledger
     * @param publisher  where tips go
     * @param config     day, time, zone, channels and grace
     * @param instanceId names this instance in the ledger's {@code claimed_by} (host, process), for the team
     * @param audit      where every post, miss, skip and failure is also recorded ({@code tip-post} entries)
     */
    public WeeklyTips(TipCatalog catalog, TipRenderer renderer, TipLedger ledger, TipPublisher publisher,
                      TipsConfig config, String instanceId, AuditLog audit) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.config = Objects.requireNonNull(config, "config");
        this.schedule = WeeklySchedule.of(config);
        this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
        this.audit = Objects.requireNonNull(audit, "audit");
        if (instanceId.isBlank()) {
            throw new IllegalArgumentException("instanceId must not be blank");
        }
    }

    public TipsConfig config() {
        return config;
    }

    public WeeklySchedule schedule() {
        return schedule;
    }

    /** Starts the schedule of every configured channel at {@code now}, unless it started earlier. */
    public void startChannels(Instant now) {
        for (String channel : config.channelIds()) {
            ledger.startChannel(channel, now);
        }
    }

    // ---- the schedule --------------------------------------------------------------------------------------

    /**
     * Does everything due at {@code now} in every channel: posts due slots (late ones within the grace period),
     * records missed ones, recovers unconfirmed claims and retries failed posts. Safe to call at any time, as often
     * as wanted, from any number of instances.
     *
     * @return what was done, one entry per slot touched
     */
    public List<SlotOutcome> runDue(Instant now) {
        Objects.requireNonNull(now, "now");
        List<SlotOutcome> outcomes = new ArrayList<>();
        for (String channel : config.channelIds()) {
            Instant since = since(channel, now);
            Map<Week, SlotRecord> rows = byWeek(ledger.channel(channel));
            Instant from = later(since, now.minus(LOOKBACK));
            for (Week w = schedule.weekOf(from).previous(); !schedule.dueAt(w).isAfter(now); w = w.next()) {
                Instant due = schedule.dueAt(w);
                if (due.isBefore(from)) {
                    continue;
                }
                due(new Slot(w, channel), due, rows.get(w), now).ifPresent(outcomes::add);
            }
        }
        outcomes.forEach(o -> report(o, SCHEDULER));
        return outcomes;
    }

    /**
     * The earliest instant after which {@link #runDue} may have something to do: the next slot's due time, or
     * sooner a lease to expire or a retry to make. Empty when no channel is configured.
     */
    public Optional<Instant> nextWakeUp(Instant now) {
        Objects.requireNonNull(now, "now");
        Instant next = null;
        for (String channel : config.channelIds()) {
            next = earlier(next, schedule.dueAt(schedule.firstDueAfter(now)));
            for (SlotRecord row : ledger.channel(channel)) {
                if (row.dueAt().isBefore(now.minus(LOOKBACK))) {
                    continue; // runDue does not look that far back, so waking for it would spin
                }
                Instant deadline = row.dueAt().plus(config.grace());
                if (row.state() == SlotState.CLAIMED) {
                    next = earlier(next, later(row.claimedAt() == null ? now : row.claimedAt().plus(CLAIM_LEASE), now));
                } else if (row.state() == SlotState.FAILED && row.attempts() < MAX_ATTEMPTS
                        && !row.updatedAt().plus(RETRY_DELAY).isAfter(deadline)) {
                    next = earlier(next, later(row.updatedAt().plus(RETRY_DELAY), now));
                }
            }
        }
        return Optional.ofNullable(next);
    }

    private Optional<SlotOutcome> due(Slot slot, Instant due, SlotRecord row, Instant now) {
        boolean inGrace = !now.isAfter(due.plus(config.grace()));
        if (row == null) {
            if (inGrace) {
                return Optional.of(claimAndPost(slot, due, null, now, null));
            }
            SlotRecord missed = SlotRecord.fresh(slot, due, SlotState.MISSED, null, instanceId, now,
                    "Postwise was not running when this tip was due, and the grace period of "
                            + Durations.text(config.grace()) + " had passed when it started again");
            return ledger.insert(missed) ? Optional.of(new SlotOutcome(missed, SlotOutcome.Result.MISSED))
                    : Optional.empty();
        }
        return switch (row.state()) {
            case CLAIMED -> leaseExpired(row, now) ? Optional.of(recover(row, now, inGrace)) : Optional.empty();
            case FAILED -> retryable(row, now) ? Optional.of(claimAndPost(slot, due, row, now, null)) : Optional.empty();
            case POSTED, MISSED, SKIPPED -> Optional.empty();
        };
    }

    private static boolean leaseExpired(SlotRecord row, Instant now) {
        return row.claimedAt() == null || !now.isBefore(row.claimedAt().plus(CLAIM_LEASE));
    }

    private boolean retryable(SlotRecord row, Instant now) {
        return row.attempts() < MAX_ATTEMPTS && !now.isAfter(row.dueAt().plus(config.grace()))
                && !now.isBefore(row.updatedAt().plus(RETRY_DELAY));
    }

    // ---- the team's commands -------------------------------------------------------------------------------

    /**
     * Posts this week's tip now in every channel, instead of at its time (so the schedule does not post it again
     * this week). A channel whose tip for this week is already out, or being posted, is left alone; a skipped,
     * missed or failed one is posted.
     */
    public List<SlotOutcome> postNow(Instant now, String by) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(by, "by");
        List<SlotOutcome> outcomes = new ArrayList<>();
        for (String channel : config.channelIds()) {
            since(channel, now);
            Week week = schedule.weekOf(now);
            Slot slot = new Slot(week, channel);
            Instant due = schedule.dueAt(week);
            SlotRecord row = ledger.find(slot).orElse(null);
            if (row != null && (row.state() == SlotState.POSTED
                    || row.state() == SlotState.CLAIMED && !leaseExpired(row, now))) {
                outcomes.add(new SlotOutcome(row, SlotOutcome.Result.ALREADY_DONE));
                continue;
            }
            if (row != null && row.state() == SlotState.CLAIMED) {
                outcomes.add(recover(row, now, true));
                continue;
            }
            outcomes.add(claimAndPost(slot, due, row, now, "posted on request by " + by));
        }
        outcomes.forEach(o -> report(o, by));
        return outcomes;
    }

    /** Skips the next tip that has not gone out, in every channel. */
    public List<SlotOutcome> skipNext(Instant now, String by) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(by, "by");
        List<SlotOutcome> outcomes = new ArrayList<>();
        for (String channel : config.channelIds()) {
            Upcoming next = upcoming(channel, now);
            String note = "skipped by " + by;
            SlotRecord skipped;
            boolean done;
            if (next.row() == null) {
                skipped = SlotRecord.fresh(next.slot(), next.dueAt(), SlotState.SKIPPED, null, instanceId, now, note);
                done = ledger.insert(skipped);
            } else {
                skipped = next.row().skipped(note, now);
                done = ledger.replace(next.row(), skipped);
            }
            SlotRecord stored = done ? skipped : ledger.find(next.slot()).orElse(skipped);
            outcomes.add(new SlotOutcome(stored, done ? SlotOutcome.Result.SKIPPED : SlotOutcome.Result.TAKEN));
        }
        outcomes.forEach(o -> report(o, by));
        return outcomes;
    }

    /**
     * What the schedule will post next in {@code channelId}: the slot, and the tip (or why none can be posted).
     */
    public Plan next(String channelId, Instant now) {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(now, "now");
        Upcoming next = upcoming(channelId, now);
        Choice choice = choose(channelId, next.row());
        return new Plan(next.slot(), next.dueAt(), Optional.ofNullable(choice.tip()),
                Optional.ofNullable(choice.rendered()), choice.notes());
    }

    /** The tips in service that cannot be posted, each with why. */
    public List<String> problems() {
        return catalog.current().stream().map(renderer::problem).flatMap(Optional::stream).toList();
    }

    /** How many tips are in service. */
    public int tipCount() {
        return catalog.current().size();
    }

    /** The {@code limit} most recent slots of every channel, newest first. */
    public List<SlotRecord> history(int limit) {
        return ledger.recent(limit);
    }

    /**
     * The tip most recently posted to {@code channelId} (this week's, once it is out), rendered from the current
     * knowledge base; the tip is empty when its card has since been removed.
     */
    public Optional<Posted> latest(String channelId, Instant now) {
        Objects.requireNonNull(channelId, "channelId");
        List<SlotRecord> rows = ledger.channel(channelId);
        for (int i = rows.size() - 1; i >= 0; i--) {
            SlotRecord row = rows.get(i);
            if (row.state() == SlotState.POSTED && row.tipId() != null && !row.postedAt().isAfter(now)) {
                Optional<RenderedTip> tip = catalog.find(row.tipId()).flatMap(t -> {
                    try {
                        return Optional.of(renderer.render(t));
                    } catch (TipUnavailableException e) {
                        return Optional.empty();
                    }
                });
                return Optional.of(new Posted(row, tip));
            }
        }
        return Optional.empty();
    }

    /** A slot to come, with the tip it would get. */
    public record Plan(Slot slot, Instant dueAt, Optional<Tip> tip, Optional<RenderedTip> rendered,
                       List<String> notes) {
    }

    /** A posted slot and its tip as it reads today (empty when the card is gone). */
    public record Posted(SlotRecord row, Optional<RenderedTip> tip) {
    }

    // ---- posting -------------------------------------------------------------------------------------------

    /** Chooses a tip, claims the slot (insert, or compare-and-set over {@code existing}) and posts. */
    private SlotOutcome claimAndPost(Slot slot, Instant due, SlotRecord existing, Instant now, String requestNote) {
        Choice choice = choose(slot.channelId(), existing);
        if (choice.tip() == null) {
            String reason = "no tip could be posted: " + String.join("; ", choice.notes());
            SlotRecord failed = existing == null
                    ? SlotRecord.fresh(slot, due, SlotState.FAILED, null, instanceId, now, reason)
                    : existing.failedAttempt(reason, now);
            boolean stored = existing == null ? ledger.insert(failed) : ledger.replace(existing, failed);
            return stored ? new SlotOutcome(failed, SlotOutcome.Result.FAILED) : taken(slot);
        }
        // a retry keeps what earlier attempts recorded, so the team sees the whole story of the slot
        List<String> notes = new ArrayList<>();
        if (requestNote != null) {
            notes.add(requestNote);
        }
        notes.addAll(choice.notes());
        String note = join(existing == null ? null : existing.note(), notes);
        SlotRecord claimed = existing == null
                ? SlotRecord.fresh(slot, due, SlotState.CLAIMED, choice.tip().id(), instanceId, now, note)
                : existing.reclaimed(choice.tip().id(), instanceId, now, note);
        boolean won = existing == null ? ledger.insert(claimed) : ledger.replace(existing, claimed);
        if (!won) {
            return taken(slot);
        }
        SlotOutcome sent = send(claimed, choice.rendered(), now, false);
        // a post the team asked for is on time by definition, whenever the slot's own time was
        return requestNote != null && sent.result() == SlotOutcome.Result.POSTED_LATE
                ? new SlotOutcome(sent.row(), SlotOutcome.Result.POSTED) : sent;
    }

    /** Takes over a claim whose lease expired: the process that made it died, or lost its post's outcome. */
    private SlotOutcome recover(SlotRecord stale, Instant now, boolean inGrace) {
        if (!inGrace) {
            SlotRecord failed = stale.failed(join(stale.note(), List.of("posting started at " + stale.claimedAt()
                    + " but was never confirmed, and the grace period has passed: the tip may or may not have gone "
                    + "out; check the channel")), now);
            return ledger.replace(stale, failed) ? new SlotOutcome(failed, SlotOutcome.Result.FAILED) : taken(stale.slot());
        }
        Choice choice = choose(stale.slot().channelId(), stale);
        if (choice.tip() == null) {
            SlotRecord failed = stale.failed("no tip could be posted: " + String.join("; ", choice.notes()), now);
            return ledger.replace(stale, failed) ? new SlotOutcome(failed, SlotOutcome.Result.FAILED) : taken(stale.slot());
        }
        SlotRecord claimed = stale.reclaimed(choice.tip().id(), instanceId, now, join(stale.note(), choice.notes()));
        if (!ledger.replace(stale, claimed)) {
            return taken(stale.slot());
        }
        Optional<String> found;
        try {
            found = publisher.findPosted(stale.slot().channelId(), choice.rendered(), stale.nonce(),
                    stale.claimedAt() == null ? stale.dueAt() : stale.claimedAt());
        } catch (RuntimeException e) {
            log.warn("could not look for an earlier post of tip slot {}; re-sending with its nonce: {}", stale.slot(),
                    e.toString());
            found = Optional.empty();
        }
        if (found.isPresent()) {
            SlotRecord posted = claimed.posted(found.get(), now);
            return ledger.replace(claimed, posted) ? new SlotOutcome(posted, SlotOutcome.Result.RECOVERED)
                    : taken(stale.slot());
        }
        return send(claimed, choice.rendered(), now, true);
    }

    private SlotOutcome send(SlotRecord claimed, RenderedTip tip, Instant now, boolean recovery) {
        Slot slot = claimed.slot();
        String messageId;
        try {
            messageId = publisher.publish(slot.channelId(), tip, claimed.nonce());
            if (messageId == null || messageId.isBlank()) {
                throw new TipPublishException("the transport returned no message id");
            }
        } catch (RuntimeException e) {
            // an Error (the process dying) is not caught: the claim then stays for recovery
            String reason = "posting " + tip.tipId() + " failed (attempt " + claimed.attempts() + " of "
                    + MAX_ATTEMPTS + "): " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            log.warn("posting tip slot {} failed", slot, e);
            SlotRecord failed = claimed.failed(join(claimed.note(), List.of(reason)), now);
            return ledger.replace(claimed, failed) ? new SlotOutcome(failed, SlotOutcome.Result.FAILED) : taken(slot);
        }
        SlotRecord posted = claimed.posted(messageId, now);
        if (!ledger.replace(claimed, posted)) {
            // another instance took the claim over meanwhile; it re-sends under the same nonce, so still one message
            log.warn("tip slot {} was posted as message {} but another instance took it over meanwhile", slot,
                    messageId);
            return taken(slot);
        }
        SlotOutcome.Result result = recovery ? SlotOutcome.Result.RECOVERED
                : now.isAfter(claimed.dueAt().plus(ON_TIME)) ? SlotOutcome.Result.POSTED_LATE
                : SlotOutcome.Result.POSTED;
        return new SlotOutcome(posted, result);
    }

    private SlotOutcome taken(Slot slot) {
        SlotRecord current = ledger.find(slot).orElseThrow(() -> new IllegalStateException(
                "the ledger refused slot " + slot + " but has no row for it"));
        return new SlotOutcome(current, SlotOutcome.Result.TAKEN);
    }

    // ---- choosing a tip ------------------------------------------------------------------------------------

    /** The tip for a slot: the one already chosen for it if it can still be posted, else the rotation's next. */
    private Choice choose(String channel, SlotRecord existing) {
        List<String> notes = new ArrayList<>();
        List<Tip> tips = catalog.current();
        if (existing != null && existing.tipId() != null) {
            Optional<Tip> same = tips.stream().filter(t -> t.id().equals(existing.tipId())).findFirst();
            if (same.isPresent()) {
                Optional<String> problem = renderer.problem(same.get());
                if (problem.isEmpty()) {
                    return new Choice(same.get(), renderer.render(same.get()), notes);
                }
                notes.add(problem.get());
            } else {
                notes.add(existing.tipId() + " was chosen for this slot but is no longer in the knowledge base "
                        + "(its card was removed, or failed to load after a reload)");
            }
        }
        List<SlotRecord> history = ledger.channel(channel).stream()
                .filter(r -> existing == null || !r.slot().equals(existing.slot()))
                .toList();
        for (Tip tip : TipRotation.order(tips, history)) {
            if (existing != null && tip.id().equals(existing.tipId())) {
                continue;
            }
            Optional<String> problem = renderer.problem(tip);
            if (problem.isPresent()) {
                notes.add(problem.get());
                continue;
            }
            if (!notes.isEmpty()) {
                notes.add(tip.id() + " was posted in its place");
            }
            return new Choice(tip, renderer.render(tip), notes);
        }
        if (tips.isEmpty()) {
            notes.add("there are no tips in knowledge/tips/");
        }
        return new Choice(null, null, notes);
    }

    private record Choice(Tip tip, RenderedTip rendered, List<String> notes) {
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** The next slot of {@code channel} that the schedule would still post, with its row if it has one. */
    private Upcoming upcoming(String channel, Instant now) {
        Instant since = since(channel, now);
        Map<Week, SlotRecord> rows = byWeek(ledger.channel(channel));
        Week w = schedule.weekOf(now).previous();
        for (int i = 0; i < 60; i++, w = w.next()) {
            Instant due = schedule.dueAt(w);
            if (due.isBefore(since) || now.isAfter(due.plus(config.grace()))) {
                continue;
            }
            SlotRecord row = rows.get(w);
            if (row == null || row.state() == SlotState.FAILED && row.attempts() < MAX_ATTEMPTS) {
                return new Upcoming(new Slot(w, channel), due, row);
            }
        }
        throw new IllegalStateException("no open slot in the next year for channel " + channel);
    }

    private record Upcoming(Slot slot, Instant dueAt, SlotRecord row) {
    }

    private Instant since(String channel, Instant now) {
        Optional<Instant> since = ledger.channelSince(channel);
        if (since.isPresent()) {
            return since.get();
        }
        ledger.startChannel(channel, now);
        return ledger.channelSince(channel).orElse(now);
    }

    private static Map<Week, SlotRecord> byWeek(List<SlotRecord> rows) {
        Map<Week, SlotRecord> map = new HashMap<>();
        rows.forEach(r -> map.put(r.slot().week(), r));
        return map;
    }

    private static String join(String first, List<String> rest) {
        List<String> parts = new ArrayList<>();
        if (first != null && !first.isBlank()) {
            parts.add(first);
        }
        parts.addAll(rest);
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    /** Logs an outcome and records it in the audit trail; a broken audit trail never stops a post. */
    private void report(SlotOutcome o, String actor) {
        logOutcome(o);
        if (o.result() == SlotOutcome.Result.TAKEN || o.result() == SlotOutcome.Result.ALREADY_DONE) {
            return;
        }
        SlotRecord r = o.row();
        String detail = r.slot() + (r.tipId() == null ? "" : ": " + r.tipId())
                + (r.messageId() == null ? "" : ", message " + r.messageId()) + (r.note() == null ? "" : "; " + r.note());
        try {
            audit.record(new AuditEntry(r.updatedAt(), actor, "tip-post",
                    o.result().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), detail));
        } catch (RuntimeException e) {
            log.warn("could not record tip slot {} in the audit trail: {}", r.slot(), e.toString());
        }
    }

    private static void logOutcome(SlotOutcome o) {
        SlotRecord r = o.row();
        switch (o.result()) {
            case POSTED, POSTED_LATE, RECOVERED -> log.info("tip slot {}: {} {} as message {}", r.slot(),
                    o.result().name().toLowerCase(java.util.Locale.ROOT), r.tipId(), r.messageId());
            case MISSED, FAILED -> log.warn("tip slot {}: {}: {}", r.slot(),
                    o.result().name().toLowerCase(java.util.Locale.ROOT), r.note());
            case SKIPPED -> log.info("tip slot {}: skipped ({})", r.slot(), r.note());
            case TAKEN, ALREADY_DONE -> log.debug("tip slot {}: {} by {}", r.slot(), r.state().code(), r.claimedBy());
        }
    }
}
