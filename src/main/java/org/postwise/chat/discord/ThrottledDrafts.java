package org.postwise.chat.discord;

import java.util.Objects;
import java.util.function.Consumer;
import org.postwise.answer.DraftListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The drafts of one answer, passed on as laid-out messages at most once per {@link DraftPace#interval()}: the first
 * at once, later ones only when the interval has passed since the last one shown (a draft holds the whole answer so
 * far, so one skipped is caught up by the next, and the final answer follows anyway). After {@link #close()}
 * nothing more is shown, so no draft can land after the final answer. Transport-free and thread-safe.
 */
final class ThrottledDrafts implements DraftListener {

    private static final Logger log = LoggerFactory.getLogger(ThrottledDrafts.class);

    private final DraftPace pace;
    private final Consumer<OutgoingMessage> show;
    private boolean shown;
    private long last;
    private boolean closed;

    ThrottledDrafts(DraftPace pace, Consumer<OutgoingMessage> show) {
        this.pace = Objects.requireNonNull(pace, "pace");
        this.show = Objects.requireNonNull(show, "show");
    }

    @Override
    public synchronized void draft(String text) {
        if (closed) {
            return;
        }
        long now = pace.ticker().read();
        if (shown && now - last < pace.interval().toNanos()) {
            return;
        }
        try {
            show.accept(pace.layout().draft(text));
            shown = true;
            last = now;
        } catch (RuntimeException e) {
            log.warn("showing a draft failed: {}", e.toString());
        }
    }

    /** Shows nothing more; the final answer may go out now. */
    synchronized void close() {
        closed = true;
    }

    /** Whether any draft was shown. */
    synchronized boolean shown() {
        return shown;
    }
}
