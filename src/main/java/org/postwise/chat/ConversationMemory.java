package org.postwise.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.postwise.answer.Answer;

/**
 * The earlier questions of each conversation (a Discord thread Postwise started or a direct-message channel, keyed
 * by channel id; the console chat is one conversation), so follow-ups are answered with them in mind. Bounded: at
 * most {@code maxConversations} conversations, the last {@code questionsEach} questions of each, forgotten after
 * {@code idle} without a question. A question whose answer raised any flag ({@code phi} above all) is never kept.
 */
public final class ConversationMemory {

    private final int questionsEach;
    private final Cache<Long, List<String>> conversations;

    public ConversationMemory(long maxConversations, int questionsEach, Duration idle, Ticker ticker) {
        if (maxConversations < 1) {
            throw new IllegalArgumentException("maxConversations must be at least 1 but was " + maxConversations);
        }
        if (questionsEach < 1) {
            throw new IllegalArgumentException("questionsEach must be at least 1 but was " + questionsEach);
        }
        Objects.requireNonNull(idle, "idle");
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("idle must be positive but was " + idle);
        }
        this.questionsEach = questionsEach;
        this.conversations = Caffeine.newBuilder()
                .ticker(Objects.requireNonNull(ticker, "ticker"))
                .executor(Runnable::run)
                .maximumSize(maxConversations)
                .expireAfterAccess(idle)
                .build();
    }

    /** The earlier questions of conversation {@code channelId}, oldest first; empty when none are known. */
    public List<String> earlier(long channelId) {
        List<String> q = conversations.getIfPresent(channelId);
        return q == null ? List.of() : q;
    }

    /** Adds {@code question} to conversation {@code channelId}, unless its {@code answer} raised a flag. */
    public void add(long channelId, String question, Answer answer) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        if (!answer.flags().isEmpty() || question.isBlank()) {
            return;
        }
        conversations.asMap().compute(channelId, (id, before) -> {
            var list = new ArrayList<String>(before == null ? List.of() : before);
            list.add(question);
            while (list.size() > questionsEach) {
                list.remove(0);
            }
            return List.copyOf(list);
        });
    }

    /** Forgets conversation {@code channelId}: its next question starts a new one. */
    public void forget(long channelId) {
        conversations.invalidate(channelId);
    }

    /** Whether Postwise holds conversation {@code channelId}. */
    public boolean knows(long channelId) {
        return conversations.getIfPresent(channelId) != null;
    }
}
