package org.postwise.chat.discord;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.RestAction;

/**
 * Answers interactions (slash commands and buttons) that were deferred at once: the work runs on the executor,
 * then the reply edits the deferred original and longer replies continue in follow-ups. A reply meant for the
 * user alone (privacy warning, rate limit, usage) after a public deferral goes in an ephemeral follow-up, and
 * the public placeholder is deleted.
 */
public final class DeferredReplies {

    static final String REPLIED_PRIVATELY = "I've replied to you privately.";

    private final Executor work;
    private final ErrorReporter errors;

    public DeferredReplies(Executor work, ErrorReporter errors) {
        this.work = Objects.requireNonNull(work, "work");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /**
     * Runs {@code task} on the work executor and posts its reply through {@code hook}; a failure is posted as an
     * apology, reported as {@code what} failing (fixed words, never user text).
     */
    void later(InteractionHook hook, boolean deferredEphemeral, String what, Supplier<Reply> task) {
        work.execute(() -> {
            Reply reply;
            try {
                reply = task.get();
            } catch (RuntimeException e) {
                reply = errors.report(what + " failed", e);
            }
            deliver(hook, reply, deferredEphemeral);
        });
    }

    /**
     * Posts {@code reply} through an interaction's hook: the first message edits the deferred original, the
     * rest follow up. A reply meant for the user alone never lands in a public original.
     */
    void deliver(InteractionHook hook, Reply reply, boolean deferredEphemeral) {
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
}
