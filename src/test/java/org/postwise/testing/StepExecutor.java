package org.postwise.testing;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduled executor that runs nothing by itself: tasks handed to {@link #execute} wait until
 * {@link #runPending()}, and the one periodic task (the only kind of schedule supported) runs on
 * {@link #runPeriodic()}, on the test's thread. Nothing sleeps.
 */
public final class StepExecutor extends AbstractExecutorService implements ScheduledExecutorService {

    private final Queue<Runnable> pending = new ArrayDeque<>();
    private Runnable periodic;
    private boolean cancelled;
    private boolean shutdown;

    /** Tasks waiting for {@link #runPending()}. */
    public synchronized int pending() {
        return pending.size();
    }

    /** Runs the tasks waiting now, in order. */
    public void runPending() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = pending.poll();
            }
            if (next == null) {
                return;
            }
            next.run();
        }
    }

    /** Runs the periodic task once, as its timer would. */
    public void runPeriodic() {
        Runnable task;
        synchronized (this) {
            if (periodic == null || cancelled) {
                throw new IllegalStateException("no periodic task scheduled");
            }
            task = periodic;
        }
        task.run();
    }

    public synchronized boolean periodicCancelled() {
        return cancelled;
    }

    @Override
    public synchronized void execute(Runnable command) {
        if (shutdown) {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }
        pending.add(command);
    }

    @Override
    public synchronized ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
                                                                  TimeUnit unit) {
        if (periodic != null) {
            throw new UnsupportedOperationException("one periodic task only");
        }
        periodic = command;
        return new Periodic();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        return scheduleWithFixedDelay(command, initialDelay, period, unit);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("not used");
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException("not used");
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public synchronized List<Runnable> shutdownNow() {
        shutdown = true;
        var left = List.copyOf(pending);
        pending.clear();
        return left;
    }

    @Override
    public synchronized boolean isShutdown() {
        return shutdown;
    }

    @Override
    public synchronized boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    private final class Periodic implements ScheduledFuture<Object> {

        @Override
        public long getDelay(TimeUnit unit) {
            return 0;
        }

        @Override
        public int compareTo(Delayed o) {
            return 0;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            synchronized (StepExecutor.this) {
                cancelled = true;
            }
            return true;
        }

        @Override
        public boolean isCancelled() {
            synchronized (StepExecutor.this) {
                return cancelled;
            }
        }

        @Override
        public boolean isDone() {
            return isCancelled();
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException("a periodic task never completes");
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            throw new UnsupportedOperationException("a periodic task never completes");
        }
    }
}
