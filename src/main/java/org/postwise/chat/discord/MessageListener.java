package org.postwise.chat.discord;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.RestAction;
import org.postwise.answer.DraftListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Questions that arrive as messages, answered through {@link QuestionHandler} on the work executor, never on
 * JDA's gateway thread; every path ends in a reply (an apology with an error id when something fails).
 *
 * <ul>
 *   <li>A mention in a channel: answered in a thread created under the message (in the channel when the channel
 *       cannot hold threads or the bot may not create one).</li>
 *   <li>Messages in a thread Postwise started are follow-ups, answered with the thread's earlier questions.
 *       Without the message-content intent Discord leaves the text of other messages empty; those are ignored.</li>
 *   <li>Direct messages are a conversation too.</li>
 *   <li>A privacy warning on a message: a short note where it was posted, and the warning by direct message.</li>
 * </ul>
 */
public final class MessageListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(MessageListener.class);

    static final String THREAD_FALLBACK_NAME = "Postwise answer";

    private final QuestionHandler questions;
    private final Executor work;
    private final ErrorReporter errors;
    private final Optional<DraftPace> drafts;

    /** @param work runs the answering off JDA's thread (a {@link ReportingExecutor}) */
    public MessageListener(QuestionHandler questions, Executor work, ErrorReporter errors) {
        this(questions, work, errors, Optional.empty());
    }

    /**
     * @param drafts how answers being written are shown: the first draft is posted where the answer goes (the
     *               new thread, a reply, the direct message) and edited as more is written; empty shows none
     */
    public MessageListener(QuestionHandler questions, Executor work, ErrorReporter errors,
                           Optional<DraftPace> drafts) {
        this.questions = Objects.requireNonNull(questions, "questions");
        this.work = Objects.requireNonNull(work, "work");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.drafts = Objects.requireNonNull(drafts, "drafts");
    }

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
                work.execute(() -> answerDirect(message, author, text, conversation));
            } else if (type.isThread() && event.getChannel().asThreadChannel().getOwnerIdLong() == self.getIdLong()) {
                if (text.isEmpty() && !mentioned) {
                    return; // without the message-content intent, Discord leaves other messages empty
                }
                long conversation = event.getChannel().getIdLong();
                work.execute(() -> answerInPlace(message, author, text, OptionalLong.of(conversation)));
            } else if (mentioned && event.isFromGuild()) {
                work.execute(() -> answerMention(message, author, text));
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
        boolean threads = canHoldThreads(message.getChannelType());
        String name = SafeText.title(text, DiscordLimits.THREAD_NAME, THREAD_FALLBACK_NAME);
        // a draft means the question passed the guards and a model is writing: it may open the thread
        var stream = new MessageDrafts(draft -> threads
                ? message.createThreadChannel(name).submit().thenCompose(thread -> thread
                        .sendMessage(JdaMessages.create(draft)).submit()
                        .thenApply(posted -> new MessageDrafts.Posted(thread, posted)))
                : message.reply(JdaMessages.create(draft)).submit()
                        .thenApply(posted -> new MessageDrafts.Posted(message.getChannel(), posted)));
        Reply reply = ask(author, text, OptionalLong.empty(), stream);
        if (finishDrafted(stream, message, author, reply, posted -> {
            if (reply instanceof Reply.Answered answered && posted.channel().getIdLong() != message.getChannelIdLong()) {
                questions.startConversation(posted.channel().getIdLong(), text, answered.answer());
            }
        })) {
            return;
        }
        try {
            if (reply instanceof Reply.Answered answered && threads) {
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
        var stream = new MessageDrafts(draft -> message.reply(JdaMessages.create(draft)).submit()
                .thenApply(posted -> new MessageDrafts.Posted(message.getChannel(), posted)));
        Reply reply = ask(author, text, conversation, stream);
        if (!finishDrafted(stream, message, author, reply, posted -> { })) {
            post(message, author, reply);
        }
    }

    /** A direct message: a conversation of its own; a privacy warning goes right there. */
    private void answerDirect(Message message, User author, String text, long conversation) {
        var stream = new MessageDrafts(draft -> message.getChannel().sendMessage(JdaMessages.create(draft)).submit()
                .thenApply(posted -> new MessageDrafts.Posted(message.getChannel(), posted)));
        Reply reply = ask(author, text, OptionalLong.of(conversation), stream);
        if (finishDrafted(stream, message, author, reply, posted -> { })) {
            return;
        }
        try {
            sendAll(message.getChannel(), reply.messages()).queue(null,
                    failure -> errors.report("posting a direct answer failed", failure));
        } catch (RuntimeException e) {
            errors.report("posting a direct answer failed", e);
        }
    }

    /** Answers, showing drafts through {@code stream} while a language model writes (when drafts are on). */
    private Reply ask(User author, String text, OptionalLong conversation, MessageDrafts stream) {
        if (drafts.isEmpty()) {
            return ask(author, text, conversation, DraftListener.NONE);
        }
        ThrottledDrafts shown = drafts.get().to(stream::show);
        try {
            return ask(author, text, conversation, shown);
        } finally {
            shown.close(); // nothing after this may edit the draft but the final answer
        }
    }

    private Reply ask(User author, String text, OptionalLong conversation, DraftListener shown) {
        try {
            return questions.ask(author.getId(), text, conversation, shown);
        } catch (RuntimeException e) {
            return errors.report("answering a message failed", e);
        }
    }

    /**
     * When a draft was posted: the reply edits that message after the last draft edit (its further messages follow
     * in the same channel), then {@code then} runs. A draft that could not be posted leaves the reply to the plain
     * path, in the channel. Returns false when no draft was posted.
     */
    private boolean finishDrafted(MessageDrafts stream, Message message, User author, Reply reply,
                                  Consumer<MessageDrafts.Posted> then) {
        var drafted = stream.afterDrafts();
        if (drafted.isEmpty()) {
            return false;
        }
        drafted.get().whenComplete((posted, failure) -> {
            if (failure != null) {
                log.warn("could not post a draft ({}); answering in the channel", failure.toString());
                post(message, author, reply);
                return;
            }
            try {
                List<OutgoingMessage> messages = reply instanceof Reply.PrivacyWarning warning
                        ? List.of(warning.channelNote()) : reply.messages();
                RestAction<?> chain = posted.message().editMessage(JdaMessages.edit(messages.get(0)));
                for (OutgoingMessage m : messages.subList(1, messages.size())) {
                    chain = chain.flatMap(x -> posted.channel().sendMessage(JdaMessages.create(m)));
                }
                chain.queue(x -> then.accept(posted), f -> errors.report("posting a streamed answer failed", f));
                if (reply instanceof Reply.PrivacyWarning warning) {
                    author.openPrivateChannel().flatMap(dm -> sendAll(dm, warning.messages())).queue(null,
                            f -> log.info("could not send the privacy warning of answer {} by direct message: {}",
                                    warning.answerId(), f.toString()));
                }
            } catch (RuntimeException e) {
                errors.report("posting a streamed answer failed", e);
            }
        });
        return true;
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
}
