package org.postwise.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import org.postwise.admin.KnowledgeReloader;
import org.postwise.admin.ReloadInProgressException;
import org.postwise.admin.ReloadReport;

/**
 * Reloads through another {@link KnowledgeReloader} and counts them in {@code postwise_reloads_total} by
 * {@code result}: {@code ok} (swapped in), {@code rejected} (problems found, nothing swapped), {@code busy}
 * (another reload was running) or {@code failed} (an error); their duration in {@code postwise_reload_seconds}.
 * Checks ({@link #check}) are not counted.
 */
public final class MeteredReloader implements KnowledgeReloader {

    private final KnowledgeReloader reloader;
    private final MeterRegistry meters;
    private final Timer took;

    public MeteredReloader(KnowledgeReloader reloader, MeterRegistry meters) {
        this.reloader = Objects.requireNonNull(reloader, "reloader");
        this.meters = Objects.requireNonNull(meters, "meters");
        this.took = Timer.builder("postwise.reload").description("Time a reload took, from reading to swap")
                .register(meters);
        for (String result : new String[] {"ok", "rejected", "busy", "failed"}) {
            counter(result); // every series exists from the start, at zero
        }
    }

    @Override
    public ReloadReport reload(String actor) {
        ReloadReport report;
        try {
            report = reloader.reload(actor);
        } catch (ReloadInProgressException e) {
            counter("busy").increment();
            throw e;
        } catch (RuntimeException e) {
            counter("failed").increment();
            throw e;
        }
        counter(report.ok() ? "ok" : "rejected").increment();
        took.record(report.took());
        return report;
    }

    @Override
    public ReloadReport check(String actor) {
        return reloader.check(actor);
    }

    private Counter counter(String result) {
        return Counter.builder("postwise.reloads").tag("result", result)
                .description("Knowledge reloads by result").register(meters);
    }
}
