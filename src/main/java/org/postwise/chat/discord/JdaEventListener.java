package org.postwise.chat.discord;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.RestAction;
import org.postwise.chat.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDA side of the bot: turns Discord events into calls on {@link QuestionHandler} and {@link ButtonHandler}
 * and posts their {@link Reply}. Work runs on an injected executor, never on JDA's gateway thread, and every
 * path ends in a reply (an apology with an error id when something fails).
 *
 * <ul>
 *   <li>{@code /ask}: deferred at once (public, or ephemeral with {@code private:True}); the answer then edits
 *       the original response, and longer answers continue in follow-ups. A reply meant for the asker alone
 *       (privacy warning, rate limit, usage) after a public deferral goes in an ephemeral follow-up, and the
 *       public placeholder is deleted.</li>
 *   <li>A mention in a channel: answered in a thread created under the message; messages in a thread Postwise
 *       started are follow-ups, answered with the thread's earlier questions. Direct messages are a
 *       conversation too.</li>
 *   <li>A privacy warning on a message: a short note where it was posted, and the warning by direct message.</li>
 *   <li>Buttons: deferred ephemerally, then the vote's thanks or the passages, to the clicker alone.</li>
 * </ul>
 */
final class JdaEventListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(JdaEventListener.class);

    static final String REPLIED_PRIVATELY = "I've replied to you privately.";
    static final String THREAD_FALLBACK_NAME = "Postwise answer";

    private final QuestionHandler questions;
    private final AdminHandler admin;
    private final ButtonHandler buttons;
    private final ErrorReporter errors;
    private final Executor work;
    private final TipHandler tips;

    JdaEventListener(QuestionHandler questions, AdminHandler admin, ButtonHandler buttons, ErrorReporter errors,
                     Executor work) {
        this(questions, admin, buttons, errors, work, null);
    }

    /** As above, with {@code /tip} handled by {@code tips} ({@code null}: the weekly tip is not set up). */
    JdaEventListener(QuestionHandler questions, AdminHandler admin, ButtonHandler buttons, ErrorReporter errors,
                     Executor work, TipHandler tips) {
        this.tips = tips;
        this.questions = Objects.requireNonNull(questions, "questions");
        this.admin = Objects.requireNonNull(admin, "admin");
        this.buttons = Objects.requireNonNull(buttons, "buttons");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.work = Objects.requireNonNull(work, "work");
    }

    // ---- slash commands ------------------------------------------------------------------------------------

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        boolean ephemeral = !SlashCommands.ASK.equals(event.getName())
                || event.getOption(SlashCommands.PRIVATE, false, OptionMapping::getAsBoolean);
        InteractionHook hook = event.getHook();
        try {
            event.deferReply(ephemeral).queue(null, failure -> errors.report("deferring a command failed", failure));
            String userId = event.getUser().getId();
            switch (event.getName()) {
                case SlashCommands.ASK -> {
                    String text = event.getOption(SlashCommands.QUESTION, "", OptionMapping::getAsString);
                    later(hook, ephemeral, () -> questions.ask(userId, text, OptionalLong.empty()));
                }
                case SlashCommands.SOURCES -> later(hook, ephemeral, questions::sources);
                case SlashCommands.HELP -> later(hook, ephemeral, questions::help);
                case TipHandler.COMMAND -> {
                    String action = event.getOption(TipHandler.ACTION, "", OptionMapping::getAsString);
                    String channel = event.getChannelId();
                    later(hook, ephemeral, () -> tips == null
                            ? new Reply.Notice(Reply.Kind.INFO, OutgoingMessage.text("The weekly tip is not set up here."))
                            : tips.handle(caller(event), action, channel));
                }
                case SlashCommands.RELOAD -> later(hook, ephemeral, () -> admin.reload(caller(event)));
                case SlashCommands.AUDIT -> later(hook, ephemeral, () -> admin.audit(caller(event)));
                case SlashCommands.STATS -> {
                    int days = event.getOption(SlashCommands.DAYS, 30, OptionMapping::getAsInt);
                    later(hook, ephemeral, () -> admin.stats(caller(event), days));
                }
                default -> deliver(hook, new Reply.Notice(Reply.Kind.INFO,
                        OutgoingMessage.text("I don't know that command. Try /help.")), ephemeral);
            }
        } catch (RuntimeException e) {
            deliver(hook, errors.report("handling a slash command failed", e), ephemeral);
        }
    }

    /** The member and their roles in the server the command came from; no roles in a DM. */
    private static Caller caller(SlashCommandInteractionEvent event) {
        var member = event.getMember();
        var roles = member == null ? java.util.Set.<Long>of()
                : member.getRoles().stream().map(r -> r.getIdLong()).collect(java.util.stream.Collectors.toSet());
        return Caller.member(event.getUser().getId(), roles);
    }

    // ---- buttons -------------------------------------------------------------------------------------------

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        String customId = event.getComponentId();
        if (!ButtonHandler.owns(customId)) {
            return;
        }
        InteractionHook hook = event.getHook();
        try {
            event.deferReply(true).queue(null, failure -> errors.report("deferring a button failed", failure));
            String userId = event.getUser().getId();
            later(hook, true, () -> buttons.click(userId, customId));
        } catch (RuntimeException e) {
            deliver(hook, errors.report("handling a button failed", e), true);
        }
    }

    /** Runs {@code task} on the work executor and posts its reply through {@code hook}. */
    private void later(InteractionHook hook, boolean ephemeral, java.util.function.Supplier<Reply> task) {
        execute(() -> {
            Reply reply;
            try {
                reply = task.get();
            } catch (RuntimeException e) {
                reply = errors.report("handling an interaction failed", e);
            }
            deliver(hook, reply, ephemeral);
        });
    }

    /**
     * Posts {@code reply} through an interaction's hook: the first message edits the deferred original, the
     * rest follow up. A reply meant for the user alone never lands in a public original.
     */
    private void deliver(InteractionHook hook, Reply reply, boolean deferredEphemeral) {
        try {
            List<OutgoingMessage> messages = reply.messages();
            boolean mayBePublic = reply instanceof Reply.Answered
                    || reply instanceof Reply.Notice n && n.kind() == Reply.Kind.ERROR;
            RestAction<?> chain;
            if (deferredEphemeral || mayBePublic) {
                chain = hook.editOriginal(JdaMessages.edit(messages.get(0)));
                for (OutgoingMessage m : messages.subList(1, messages.size())) {
                    chain = chain.flatMap(x -> hook.sendMessage(JdaMessages.create(m)).setEphemeral(deferredEphemeral));
                }
            } else {
                // complete the public "thinking" original first: the first follow-up after a deferral would
                // otherwise replace it and lose its ephemeral flag; then remove it
                chain = hook.editOriginal(JdaMessages.edit(OutgoingMessage.text(REPLIED_PRIVATELY)));
                for (OutgoingMessage m : messages) {
                    chain = chain.flatMap(x -> hook.sendMessage(JdaMessages.create(m)).setEphemeral(true));
                }
                chain = chain.flatMap(x -> hook.deleteOriginal());
            }
            chain.queue(null, failure -> errors.report("posting a reply to an interaction failed", failure));
        } catch (RuntimeException e) {
            errors.report("posting a reply to an interaction failed", e);
        }
    }

    // ---- messages: mentions, thread follow-ups, direct messages --------------------------------------------

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        try {
            User author = event.getAuthor();
            Message message = event.getMessage();
            if (author.isBot() || author.isSystem() || event.isWebhookMessage()
                    || (message.getType() != MessageType.DEFAULT && message.getType() != MessageType.INLINE_REPLY)) {
                return;
            }
            User self = event.getJDA().getSelfUser();
            boolean mentioned = message.getMentions().isMentioned(self, Message.MentionType.USER);
            String text = withoutMention(message.getContentRaw(), self.getIdLong());
            ChannelType type = event.getChannelType();
            if (type == ChannelType.PRIVATE) {
                long conversation = event.getChannel().getIdLong();
                execute(() -> answerDirect(message, author, text, conversation));
            } else if (type.isThread() && event.getChannel().asThreadChannel().getOwnerIdLong() == self.getIdLong()) {
                if (text.isEmpty() && !mentioned) {
                    return; // without the message-content intent, Discord leaves other messages empty
                }
                long conversation = event.getChannel().getIdLong();
                execute(() -> answerInPlace(message, author, text, OptionalLong.of(conversation)));
            } else if (mentioned && event.isFromGuild()) {
                execute(() -> answerMention(message, author, text));
            }
        } catch (RuntimeException e) {
            errors.report("handling a message failed", e);
        }
    }

    private static String withoutMention(String content, long selfId) {
        return Pattern.compile("<@!?" + selfId + ">").matcher(content).replaceAll(" ").strip();
    }

    /** A mention in a channel: answer in a new thread under the message when the channel allows threads. */
    private void answerMention(Message message, User author, String text) {
        Reply reply = ask(author, text, OptionalLong.empty());
        try {
            if (reply instanceof Reply.Answered answered && canHoldThreads(message.getChannelType())) {
                String name = SafeText.title(text, DiscordLimits.THREAD_NAME, THREAD_FALLBACK_NAME);
                message.createThreadChannel(name).queue(thread -> {
                    questions.startConversation(thread.getIdLong(), text, answered.answer());
                    sendAll(thread, answered.messages()).queue(null,
                            failure -> errors.report("posting an answer in a thread failed", failure));
                }, failure -> {
                    log.warn("could not start a thread for answer {} ({}); answering in the channel",
                            answered.answer().id(), failure.toString());
                    post(message, author, reply);
                });
                return;
            }
            post(message, author, reply);
        } catch (RuntimeException e) {
            // e.g. no permission to create threads: answer in the channel instead
            log.warn("could not start a thread ({}); answering in the channel", e.toString());
            post(message, author, reply);
        }
    }

    private static boolean canHoldThreads(ChannelType type) {
        return type == ChannelType.TEXT || type == ChannelType.NEWS;
    }

    /** A follow-up in a thread Postwise started: answer there, replying to the message. */
    private void answerInPlace(Message message, User author, String text, OptionalLong conversation) {
        post(message, author, ask(author, text, conversation));
    }

    /** A direct message: a conversation of its own; a privacy warning goes right there. */
    private void answerDirect(Message message, User author, String text, long conversation) {
        Reply reply = ask(author, text, OptionalLong.of(conversation));
        try {
            sendAll(message.getChannel(), reply.messages()).queue(null,
                    failure -> errors.report("posting a direct answer failed", failure));
        } catch (RuntimeException e) {
            errors.report("posting a direct answer failed", e);
        }
    }

    private Reply ask(User author, String text, OptionalLong conversation) {
        try {
            return questions.ask(author.getId(), text, conversation);
        } catch (RuntimeException e) {
            return errors.report("answering a message failed", e);
        }
    }

    /**
     * Posts {@code reply} where {@code message} was posted, as a reply to it; a privacy warning posts only the
     * short note there and sends the warning itself to the author by direct message.
     */
    private void post(Message message, User author, Reply reply) {
        try {
            if (reply instanceof Reply.PrivacyWarning warning) {
                replyAll(message, List.of(warning.channelNote())).queue(null,
                        failure -> errors.report("posting a privacy note failed", failure));
                author.openPrivateChannel().flatMap(dm -> sendAll(dm, warning.messages())).queue(null,
                        failure -> log.info("could not send the privacy warning of answer {} by direct message: {}",
                                warning.answerId(), failure.toString()));
                return;
            }
            replyAll(message, reply.messages()).queue(null,
                    failure -> errors.report("posting a reply failed", failure));
        } catch (RuntimeException e) {
            errors.report("posting a reply failed", e);
        }
    }

    private static RestAction<Message> replyAll(Message message, List<OutgoingMessage> messages) {
        RestAction<Message> chain = message.reply(JdaMessages.create(messages.get(0)));
        MessageChannel channel = message.getChannel();
        for (OutgoingMessage m : messages.subList(1, messages.size())) {
            chain = chain.flatMap(x -> channel.sendMessage(JdaMessages.create(m)));
        }
        return chain;
    }

    private static RestAction<Message> sendAll(MessageChannel channel, List<OutgoingMessage> messages) {
        RestAction<Message> chain = channel.sendMessage(JdaMessages.create(messages.get(0)));
        for (OutgoingMessage m : messages.subList(1, messages.size())) {
            chain = chain.flatMap(x -> channel.sendMessage(JdaMessages.create(m)));
        }
        return chain;
    }

    private void execute(Runnable task) {
        try {
            work.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    errors.report("handling a Discord event failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("a Discord event arrived while Postwise was shutting down; it was not handled");
        }
    }
}
