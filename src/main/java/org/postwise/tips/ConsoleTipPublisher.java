package org.postwise.tips;

import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Posts tips to the console (the {@code chat} command and the CLI's {@code tips post}). It honours the nonce
 * contract within one process: a nonce already printed is not printed again.
 */
public final class ConsoleTipPublisher implements TipPublisher {

    /** The channel id the console's slots are recorded under in the ledger. */
    public static final String CHANNEL = "console";

    private final PrintStream out;
    private final Map<String, String> printed = new ConcurrentHashMap<>();

    public ConsoleTipPublisher(PrintStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public String publish(String channelId, RenderedTip tip, String nonce) {
        Objects.requireNonNull(tip, "tip");
        return printed.computeIfAbsent(channelId + "/" + Objects.requireNonNull(nonce, "nonce"), key -> {
            out.println();
            out.println(tip.text());
            out.println();
            out.flush();
            return CHANNEL + ":" + nonce;
        });
    }
}
