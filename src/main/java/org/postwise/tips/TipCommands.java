package org.postwise.tips;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.postwise.access.AccessPolicy;
import org.postwise.access.Caller;
import org.postwise.audit.AuditEntry;
import org.postwise.audit.AuditLog;
import org.postwise.storage.StorageException;

/**
 * The weekly tip's commands, with no knowledge of any transport: the console, the CLI and Discord all call these
 * and show the text they return. {@link #thisWeek} is for everyone; every other command is for the communications
 * team (and admins) and checks the {@link Caller} against the {@link AccessPolicy} here, on every call, so no
 * transport can forget to: a chat platform's own command permissions only hide commands. Refusals are audited.
 */
public final class TipCommands {

    /** Rows {@link #history} shows unless asked otherwise. */
    public static final int DEFAULT_HISTORY = 12;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm zzz", Locale.ENGLISH);

    /** Told to anyone who is not on the communications team. */
    public static final String NOT_ALLOWED = "Sorry, only the communications team can manage the weekly tip. "
            + "Everyone can see this week's tip with /tip.";

    private final WeeklyTips tips;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final UnaryOperator<String> channelLabel;

    /**
     * @param tips         the weekly tip over its ledger and publisher
     * @param access       who is on the communications team
     * @param audit        where refusals are recorded
     * @param clock        the time
     * @param channelLabel how a channel id is shown (Discord: {@code <#id>}, which links without pinging)
     */
    public TipCommands(WeeklyTips tips, AccessPolicy access, AuditLog audit, Clock clock,
                       UnaryOperator<String> channelLabel) {
        this.tips = Objects.requireNonNull(tips, "tips");
        this.access = Objects.requireNonNull(access, "access");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.channelLabel = Objects.requireNonNull(channelLabel, "channelLabel");
    }

    /** Whether {@code caller} may use the team's commands. */
    public boolean isTeam(Caller caller) {
        return access.isComms(Objects.requireNonNull(caller, "caller"));
    }

    /** Everyone's {@code /tip}: the tip most recently posted in {@code channelId} (or the first tip channel). */
    public String thisWeek(Optional<String> channelId) {
        Optional<String> channel = channel(channelId);
        if (channel.isEmpty()) {
            return noChannels();
        }
        Instant now = clock.instant();
        Optional<WeeklyTips.Posted> latest = tips.latest(channel.get(), now);
        if (latest.isEmpty()) {
            WeeklyTips.Plan plan = tips.next(channel.get(), now);
            return "No weekly tip has been posted yet. The first is due " + when(plan.dueAt()) + ".";
        }
        SlotRecord row = latest.get().row();
        boolean thisWeek = row.slot().week().equals(tips.schedule().weekOf(now));
        String heading = thisWeek ? "" : "This week's tip is not out yet; here is the latest (" + row.slot().week() + ").\n\n";
        return latest.get().tip()
                .map(t -> heading + t.text())
                .orElse("The latest tip (" + row.tipId() + ", " + row.slot().week()
                        + ") has since been removed from the knowledge base.");
    }

    /** {@code preview}: the next tip the schedule will post, as it will read, and any problem with the tips. */
    public String preview(Caller caller, Optional<String> channelId) {
        if (!allowed(caller, "tip-preview")) {
            return NOT_ALLOWED;
        }
        Optional<String> channel = channel(channelId);
        if (channel.isEmpty()) {
            return noChannels();
        }
        WeeklyTips.Plan plan = tips.next(channel.get(), clock.instant());
        var out = new StringBuilder("Next tip: " + plan.slot().week() + ", due " + when(plan.dueAt()) + " in "
                + channelLabel.apply(channel.get()) + ".\n\n");
        plan.rendered().ifPresentOrElse(r -> out.append(r.text()),
                () -> out.append("Nothing can be posted: ").append(String.join("; ", plan.notes())));
        if (plan.rendered().isPresent() && !plan.notes().isEmpty()) {
            out.append("\n\nNote: ").append(String.join("; ", plan.notes()));
        }
        return out.toString().strip();
    }

    /** {@code post}: this week's tip, now, in every tip channel (the schedule then leaves this week alone). */
    public String post(Caller caller) {
        if (!allowed(caller, "tip-post")) {
            return NOT_ALLOWED;
        }
        String by = caller.userId();
        if (tips.config().channelIds().isEmpty()) {
            return noChannels();
        }
        return tips.postNow(clock.instant(), by).stream().map(this::describe).collect(Collectors.joining("\n"));
    }

    /** {@code skip}: the next tip that has not gone out is skipped, in every tip channel. */
    public String skip(Caller caller) {
        if (!allowed(caller, "tip-skip")) {
            return NOT_ALLOWED;
        }
        String by = caller.userId();
        if (tips.config().channelIds().isEmpty()) {
            return noChannels();
        }
        return tips.skipNext(clock.instant(), by).stream().map(this::describe).collect(Collectors.joining("\n"));
    }

    /** {@code schedule}: when, where, what comes next, and anything that needs the team's attention. */
    public String schedule(Caller caller) {
        if (!allowed(caller, "tip-schedule")) {
            return NOT_ALLOWED;
        }
        Instant now = clock.instant();
        var out = new StringBuilder("Weekly tip: " + tips.schedule().describe() + "; a tip missed while Postwise was "
                + "down is still posted up to " + Durations.text(tips.config().grace()) + " late.\n");
        if (tips.config().channelIds().isEmpty()) {
            out.append(noChannels()).append('\n');
        }
        for (String channel : tips.config().channelIds()) {
            WeeklyTips.Plan plan = tips.next(channel, now);
            out.append("- ").append(channelLabel.apply(channel)).append(": next ").append(plan.slot().week())
                    .append(", ").append(when(plan.dueAt())).append(", ")
                    .append(plan.tip().map(t -> t.id() + " \"" + t.title() + "\"").orElse("no tip can be posted"))
                    .append('\n');
        }
        out.append("Tips in rotation: ").append(tips.tipCount()).append('.');
        List<String> problems = tips.problems();
        if (!problems.isEmpty()) {
            out.append("\nTips that cannot be posted:\n");
            problems.forEach(p -> out.append("- ").append(p).append('\n'));
        }
        List<SlotRecord> attention = tips.history(20).stream()
                .filter(r -> r.state() == SlotState.MISSED || r.state() == SlotState.FAILED)
                .limit(5).toList();
        if (!attention.isEmpty()) {
            out.append("\nNeeds attention (see history):\n");
            attention.forEach(r -> out.append("- ").append(r.slot().week()).append(" in ")
                    .append(channelLabel.apply(r.slot().channelId())).append(": ").append(r.state().code()).append('\n'));
        }
        return out.toString().strip();
    }

    /** {@code history}: the {@code limit} most recent slots, newest first, with what happened to each. */
    public String history(Caller caller, int limit) {
        if (!allowed(caller, "tip-history")) {
            return NOT_ALLOWED;
        }
        List<SlotRecord> rows = tips.history(limit);
        if (rows.isEmpty()) {
            return "No weekly tip has been scheduled or posted yet.";
        }
        return "Weekly tip history (newest first):\n" + rows.stream().map(this::line).collect(Collectors.joining("\n"));
    }

    /** Runs a command, turning a database failure into a message for the team instead of a stack trace. */
    public static String safely(java.util.function.Supplier<String> command) {
        try {
            return command.get();
        } catch (StorageException e) {
            return "The tip ledger is not available: " + e.getMessage();
        }
    }

    private boolean allowed(Caller caller, String command) {
        if (isTeam(caller)) {
            return true;
        }
        try {
            audit.record(new AuditEntry(clock.instant(), caller.userId(), command, "refused",
                    "not on the communications team"));
        } catch (RuntimeException e) {
            // the refusal stands whether or not it could be recorded
        }
        return false;
    }

    private String line(SlotRecord r) {
        var out = new StringBuilder("- " + r.slot().week() + " " + channelLabel.apply(r.slot().channelId()) + ": "
                + r.state().code());
        if (r.tipId() != null) {
            out.append(", ").append(r.tipId());
        }
        out.append(", due ").append(when(r.dueAt()));
        if (r.postedAt() != null) {
            out.append(r.late(WeeklyTips.ON_TIME) ? ", posted late at " + when(r.postedAt())
                    : r.postedAt().isBefore(r.dueAt().minus(WeeklyTips.ON_TIME)) ? ", posted early at " + when(r.postedAt())
                    : ", posted");
        }
        if (r.messageId() != null) {
            out.append(", message ").append(r.messageId());
        }
        if (r.note() != null) {
            out.append(" — ").append(r.note());
        }
        return out.toString();
    }

    private String describe(SlotOutcome o) {
        SlotRecord r = o.row();
        String where = r.slot().week() + " in " + channelLabel.apply(r.slot().channelId());
        return switch (o.result()) {
            case POSTED, POSTED_LATE, RECOVERED -> "Posted " + r.tipId() + " for " + where + ".";
            case SKIPPED -> "Skipped the tip of " + where + " (due " + when(r.dueAt()) + ").";
            case FAILED -> "Could not post for " + where + ": " + r.note();
            case MISSED -> "Recorded " + where + " as missed.";
            case TAKEN, ALREADY_DONE -> "The tip of " + where + " is already " + r.state().code()
                    + (r.tipId() == null ? "" : " (" + r.tipId() + ")") + "; nothing done.";
        };
    }

    private Optional<String> channel(Optional<String> requested) {
        List<String> channels = tips.config().channelIds();
        if (requested.isPresent() && channels.contains(requested.get())) {
            return requested;
        }
        return channels.stream().findFirst();
    }

    private String when(Instant instant) {
        ZoneId zone = tips.schedule().zone();
        return WHEN.format(instant.atZone(zone));
    }

    private static String noChannels() {
        return "No tip channel is configured: set POSTWISE_TIPS_CHANNELS to the ids of the channels that get the "
                + "weekly tip.";
    }
}
