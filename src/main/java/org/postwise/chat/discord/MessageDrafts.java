package org.postwise.chat.discord;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;

/**
 * The drafts of an answer to a message: the first draft posts a message (through {@code post}: in a new thread, as a
 * reply, in a direct message), each later one edits it, one after the other. The final answer then edits the same
 * message after the last draft edit ({@link #afterDrafts()}).
 */
final class MessageDrafts {

    /** Where a draft was posted: its channel (a new thread, say) and the message to edit. */
    record Posted(MessageChannel channel, Message message) {
        Posted {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(message, "message");
        }
    }

    private final Function<OutgoingMessage, CompletableFuture<Posted>> post;
    private CompletableFuture<Posted> posted;
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

    MessageDrafts(Function<OutgoingMessage, CompletableFuture<Posted>> post) {
        this.post = Objects.requireNonNull(post, "post");
    }

    /** Posts the first draft, or edits the posted one with a later draft. */
    synchronized void show(OutgoingMessage draft) {
        if (posted == null) {
            posted = post.apply(draft);
            tail = posted;
            return;
        }
        CompletableFuture<Posted> target = posted;
        tail = tail.handle((x, e) -> null).thenCompose(x -> target)
                .thenCompose(p -> p.message().editMessage(JdaMessages.edit(draft)).submit());
    }

    /** The posted draft, once every draft edit is done; empty when no draft was shown. */
    synchronized Optional<CompletableFuture<Posted>> afterDrafts() {
        if (posted == null) {
            return Optional.empty();
        }
        CompletableFuture<Posted> target = posted;
        return Optional.of(tail.handle((x, e) -> null).thenCompose(x -> target));
    }
}
