package org.postwise.chat.discord;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the bot's work on a pool, off JDA's gateway thread: a task that fails is reported with an error id, and
 * work that arrives while the pool shuts down is dropped with a warning instead of an exception on JDA's thread.
 */
public final class ReportingExecutor implements Executor {

    private static final Logger log = LoggerFactory.getLogger(ReportingExecutor.class);

    private final Executor pool;
    private final ErrorReporter errors;

    public ReportingExecutor(Executor pool, ErrorReporter errors) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task, "task");
        try {
            pool.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    errors.report("handling a Discord event failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("a Discord event arrived while Postwise was shutting down; it was not handled");
        }
    }
}
