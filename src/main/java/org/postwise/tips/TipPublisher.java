package org.postwise.tips;

import java.time.Instant;
import java.util.Optional;

/**
 * Where tips are posted: the seam between the schedule and a transport (the console, Discord).
 *
 * <p>The contract that makes crash recovery safe: posting with the same {@code nonce} to the same channel twice
 * must leave one message, and return its id both times. Discord does this with {@code enforce_nonce} for a few
 * minutes; an implementation that can also look a message up ({@link #findPosted}) closes the gap after that.
 */
public interface TipPublisher {

    /**
     * Posts {@code tip} to {@code channelId}, with nobody pinged.
     *
     * @return the posted message's id
     * @throws TipPublishException when the post failed or its outcome is unknown; the message says why
     */
    String publish(String channelId, RenderedTip tip, String nonce);

    /**
     * The id of a message carrying {@code tip} that this bot posted to {@code channelId} after {@code since}, if the
     * transport can tell; used before re-sending a slot whose post was never confirmed. Empty by default: the nonce
     * alone then guards the re-send.
     */
    default Optional<String> findPosted(String channelId, RenderedTip tip, String nonce, Instant since) {
        return Optional.empty();
    }
}
