package org.postwise.chat.discord;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.postwise.tips.TipCommands;

/**
 * {@code /tip}: everyone's {@code /tip} shows this week's tip; {@code /tip action:preview|post|skip|schedule|history}
 * are the communications team's, and {@link TipCommands} checks the caller's roles on every call (the command is
 * visible to all, so Discord's permissions could not protect it anyway).
 *
 * <p>Why an option and not subcommands: Discord does not let a command with subcommands be used bare, and a bare
 * {@code /tip} for everyone is the point.
 */
public final class TipCommand implements SlashCommand {

    static final String ACTION = "action";
    static final String PREVIEW = "preview";
    static final String POST = "post";
    static final String SKIP = "skip";
    static final String SCHEDULE = "schedule";
    static final String HISTORY = "history";

    private final TipCommands tips;
    private final AnswerLayout layout;

    public TipCommand(TipCommands tips, AnswerLayout layout) {
        this.tips = Objects.requireNonNull(tips, "tips");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash("tip", "This week's social-media tip")
                .addOptions(new OptionData(OptionType.STRING, ACTION,
                        "Communications team: manage the weekly tip", false)
                        .addChoice("preview the next tip (only you see it)", PREVIEW)
                        .addChoice("post this week's tip now", POST)
                        .addChoice("skip the next tip", SKIP)
                        .addChoice("schedule: when, where, what comes next", SCHEDULE)
                        .addChoice("history of recent tips", HISTORY));
    }

    @Override
    public Reply handle(Invocation invocation) {
        var caller = invocation.caller();
        var channel = invocation.channelId();
        String action = invocation.option(ACTION).orElse("").strip().toLowerCase(Locale.ROOT);
        return switch (action) {
            case "" -> reply("Weekly tip", () -> tips.thisWeek(channel));
            case PREVIEW -> reply("Next weekly tip", () -> tips.preview(caller, channel));
            case POST -> reply("Weekly tip", () -> tips.post(caller));
            case SKIP -> reply("Weekly tip", () -> tips.skip(caller));
            case SCHEDULE -> reply("Weekly tip schedule", () -> tips.schedule(caller));
            case HISTORY -> reply("Weekly tip history", () -> tips.history(caller, TipCommands.DEFAULT_HISTORY));
            default -> new Reply.Notice(Reply.Kind.USAGE,
                    layout.notice("Use /tip, or /tip with action preview, post, skip, schedule or history."));
        };
    }

    private Reply reply(String title, Supplier<String> text) {
        return new Reply.Notice(Reply.Kind.INFO, layout.document(title, TipCommands.safely(text)));
    }
}
