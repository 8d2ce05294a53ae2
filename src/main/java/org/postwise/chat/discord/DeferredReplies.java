package org.postwise.chat.discord;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.RestAction;
import org.postwise.answer.DraftListener;

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
    private final Optional<DraftPace> drafts;

    /** Shows no drafts: every reply comes whole. */
    public DeferredReplies(Executor work, ErrorReporter errors) {
        this(work, errors, Optional.empty());
    }

    /** @param drafts how answers being written edit the deferred reply; empty shows none */
    public DeferredReplies(Executor work, ErrorReporter errors, Optional<DraftPace> drafts) {
        this.work = Objects.requireNonNull(work, "work");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.drafts = Objects.requireNonNull(drafts, "drafts");
    }

    /**
     * As {@link #later}, and while {@code task} runs, the drafts it is given edit the deferred original (at the
     * pace of {@link DraftPace}, each edit after the one before it); the reply goes out after the last draft edit,
     * so it always has the last word.
     */
    void streamed(InteractionHook hook, boolean deferredEphemeral, String what, Function<DraftListener, Reply> task) {
        if (drafts.isEmpty()) {
            later(hook, deferredEphemeral, what, () -> task.apply(DraftListener.NONE));
            return;
        }
        work.execute(() -> {
            var edits = new AtomicReference<CompletableFuture<?>>(CompletableFuture.completedFuture(null));
            ThrottledDrafts shown = drafts.get().to(m -> edits.updateAndGet(before -> before.handle((x, e) -> null)
                    .thenCompose(x -> hook.editOriginal(JdaMessages.edit(m)).submit())));
            Reply reply;
            try {
                reply = task.apply(shown);
            } catch (RuntimeException e) {
                reply = errors.report(what + " failed", e);
            }
            shown.close();
            Reply last = reply;
            edits.get().handle((x, e) -> null).thenRun(() -> deliver(hook, last, deferredEphemeral));
        });
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
