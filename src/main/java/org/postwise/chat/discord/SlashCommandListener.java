package org.postwise.chat.discord;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.postwise.access.Caller;

/**
 * Routes slash commands to their {@link SlashCommand} by name: turns the event into an {@link Invocation}, defers
 * the interaction at once (public or private, as the command says) and posts the command's reply through
 * {@link DeferredReplies}. The same list is what the bot registers with Discord.
 */
public final class SlashCommandListener extends ListenerAdapter {

    static final String UNKNOWN = "I don't know that command. Try /help.";

    private final Map<String, SlashCommand> commands = new LinkedHashMap<>();
    private final DeferredReplies replies;
    private final ErrorReporter errors;

    /** @param commands the bot's slash commands, in the order they are registered; names must differ */
    public SlashCommandListener(List<SlashCommand> commands, DeferredReplies replies, ErrorReporter errors) {
        for (SlashCommand command : commands) {
            String name = command.definition().getName();
            if (this.commands.putIfAbsent(name, command) != null) {
                throw new IllegalArgumentException("two slash commands are named /" + name);
            }
        }
        this.replies = Objects.requireNonNull(replies, "replies");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /** The commands as registered with Discord, in order. */
    List<SlashCommandData> definitions() {
        return commands.values().stream().map(SlashCommand::definition).toList();
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        InteractionHook hook = event.getHook();
        boolean privately = true;
        try {
            SlashCommand command = commands.get(event.getName());
            Invocation invocation = invocation(event);
            privately = command == null || command.privately(invocation);
            event.deferReply(privately).queue(null, failure -> errors.report("deferring a command failed", failure));
            if (command == null) {
                replies.deliver(hook, new Reply.Notice(Reply.Kind.INFO, OutgoingMessage.text(UNKNOWN)), privately);
                return;
            }
            replies.streamed(hook, privately, "/" + event.getName(), drafts -> command.handle(invocation, drafts));
        } catch (RuntimeException e) {
            replies.deliver(hook, errors.report("handling a slash command failed", e), privately);
        }
    }

    /** The member with their roles in the server the command came from (none in a DM), and the options. */
    private static Invocation invocation(SlashCommandInteractionEvent event) {
        var member = event.getMember();
        Set<Long> roles = member == null ? Set.of()
                : member.getRoles().stream().map(ISnowflake::getIdLong).collect(Collectors.toSet());
        var options = new HashMap<String, String>();
        event.getOptions().forEach(o -> options.put(o.getName(), o.getAsString()));
        return new Invocation(Caller.member(event.getUser().getId(), roles),
                Optional.ofNullable(event.getChannelId()), options);
    }
}
