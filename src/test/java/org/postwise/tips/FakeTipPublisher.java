package org.postwise.tips;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.postwise.testing.MutableClock;

/**
 * A channel that behaves like Discord with {@code enforce_nonce}: a second post with a nonce it has seen in that
 * channel returns the first message instead of creating another. Records every call, and can fail or "die".
 */
final class FakeTipPublisher implements TipPublisher {

    /** A message in a channel. */
    record Message(String id, String channelId, String nonce, String tipId, String text, Instant at) {
    }

    /** One call of {@link #publish}. */
    record Call(String channelId, String nonce, String tipId) {
    }

    /** Thrown after a successful send to simulate the process dying before the ledger write. */
    static final class ProcessDied extends Error {
        ProcessDied() {
            super("the process died");
        }
    }

    private final Function<Void, Instant> clock;
    private final Map<String, Message> byChannelAndNonce = new LinkedHashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final AtomicReference<RuntimeException> failNext = new AtomicReference<>();
    private volatile boolean dieAfterNextSend;
    private volatile boolean lookups;
    private int ids;

    FakeTipPublisher(MutableClock clock) {
        this.clock = v -> clock.instant();
    }

    @Override
    public synchronized String publish(String channelId, RenderedTip tip, String nonce) {
        calls.add(new Call(channelId, nonce, tip.tipId()));
        RuntimeException failure = failNext.getAndSet(null);
        if (failure != null) {
            throw failure;
        }
        Message m = byChannelAndNonce.computeIfAbsent(channelId + "/" + nonce,
                k -> new Message("m" + (++ids), channelId, nonce, tip.tipId(), tip.text(), clock.apply(null)));
        if (dieAfterNextSend) {
            dieAfterNextSend = false;
            throw new ProcessDied();
        }
        return m.id();
    }

    @Override
    public synchronized Optional<String> findPosted(String channelId, RenderedTip tip, String nonce, Instant since) {
        if (!lookups) {
            return Optional.empty();
        }
        return byChannelAndNonce.values().stream()
                .filter(m -> m.channelId().equals(channelId) && m.text().equals(tip.text()) && !m.at().isBefore(since))
                .map(Message::id)
                .findFirst();
    }

    void failNext(RuntimeException e) {
        failNext.set(e);
    }

    void dieAfterNextSend() {
        dieAfterNextSend = true;
    }

    /** Lets {@link #findPosted} search the channel, as a transport with history can. */
    void supportLookups() {
        lookups = true;
    }

    synchronized List<Message> messages() {
        return List.copyOf(byChannelAndNonce.values());
    }

    synchronized List<Message> messages(String channelId) {
        return byChannelAndNonce.values().stream().filter(m -> m.channelId().equals(channelId)).toList();
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }
}
