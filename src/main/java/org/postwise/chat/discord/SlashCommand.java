package org.postwise.chat.discord;

import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.postwise.answer.DraftListener;

/**
 * One slash command: what Discord is told about it, and what it does when someone uses it. Each command is one
 * implementation, and the bot registers and routes exactly the list it is given, so a command's name, options
 * and behaviour live in one place.
 *
 * <p>{@link #handle} gets an {@link Invocation}, not a JDA event, so commands are tested without Discord (and
 * without a mocked JDA). {@link SlashCommandListener} defers the interaction, runs {@link #handle} off JDA's
 * gateway thread and posts the {@link Reply}; a failure becomes an apology with an error id. Permission checks
 * belong in the transport-free commands a handler calls, on every call: Discord's default permissions only hide
 * a command.
 */
public interface SlashCommand {

    /** The command as registered with Discord: name, description, options and default permissions. */
    SlashCommandData definition();

    /**
     * Whether the reply is for the caller alone. Decided before the interaction is deferred, so it must be quick;
     * private unless a command says otherwise.
     */
    default boolean privately(Invocation invocation) {
        return true;
    }

    /** Does what the command is for and returns what to post. Runs on the bot's work executor. */
    Reply handle(Invocation invocation);

    /**
     * As {@link #handle(Invocation)}, showing an answer to {@code drafts} while a language model writes it (they
     * edit the deferred reply). Commands that write no answer ignore them.
     */
    default Reply handle(Invocation invocation, DraftListener drafts) {
        return handle(invocation);
    }
}
