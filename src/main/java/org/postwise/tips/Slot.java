package org.postwise.tips;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One weekly tip in one channel: the unit the ledger records and the unique constraint guards.
 *
 * @param week      the ISO week
 * @param channelId the channel the tip goes to
 */
public record Slot(Week week, String channelId) {

    /** Discord accepts nonces of at most 25 characters. */
    public static final int NONCE_LENGTH = 25;
    private static final String NONCE_PREFIX = "pwt";

    public Slot {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(channelId, "channelId");
        if (channelId.isBlank()) {
            throw new IllegalArgumentException("channelId must not be blank");
        }
    }

    /**
     * The message nonce of this slot: the same on every attempt, in every process, so a re-send after a crash is
     * recognised by Discord (with {@code enforce_nonce}) as the message it already has. A hash, because a week and
     * a 20-digit channel id do not fit in 25 characters.
     */
    public String nonce() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("postwise-tip:" + week + ":" + channelId).getBytes(StandardCharsets.UTF_8));
            return NONCE_PREFIX + HexFormat.of().formatHex(hash).substring(0, NONCE_LENGTH - NONCE_PREFIX.length());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return week + " in " + channelId;
    }
}
