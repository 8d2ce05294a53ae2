package org.postwise.chat.discord;

import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure into an apology with a short error id, and logs the same id with the stack trace, so an admin
 * can find what happened from what a user reports. Callers describe the failure with fixed words and ids only,
 * never with what a user wrote.
 */
public final class ErrorReporter {

    private static final Logger log = LoggerFactory.getLogger(ErrorReporter.class);

    private final Supplier<String> ids;
    private final AnswerLayout layout;

    public ErrorReporter(Supplier<String> ids, AnswerLayout layout) {
        this.ids = Objects.requireNonNull(ids, "ids");
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    /** Logs {@code failure} under a new error id and returns the apology to show. */
    public Reply.Notice report(String what, Throwable failure) {
        String id = ids.get();
        log.error("error {}: {}", id, what, failure);
        return new Reply.Notice(Reply.Kind.ERROR, layout.notice(apology(id)));
    }

    /** The apology users see. */
    static String apology(String errorId) {
        return "Sorry, something went wrong on my side and I couldn't finish that. Please try again in a moment. "
                + "If it keeps happening, tell your Postwise admin the error id `" + errorId + "`.";
    }
}
