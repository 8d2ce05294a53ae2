package org.postwise.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postwise.admin.KnowledgeReloader;
import org.postwise.admin.ReloadInProgressException;
import org.postwise.admin.ReloadReport;

/** Reloads counted by result, over a mocked reloader (our own seam). */
class MeteredReloaderTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final KnowledgeReloader inner = mock(KnowledgeReloader.class);
    private final MeteredReloader reloader = new MeteredReloader(inner, meters);

    private double count(String result) {
        return meters.get("postwise.reloads").tag("result", result).counter().count();
    }

    private static ReloadReport report(boolean swapped, List<String> problems) {
        return new ReloadReport(false, swapped, "v1", swapped ? "v2" : "v1", List.of(), List.of(), List.of(), 0, 0, 0,
                0, problems, List.of(), Duration.ofMillis(40));
    }

    @Test
    void a_reload_that_swapped_counts_as_ok_and_its_time_is_recorded() {
        // given
        when(inner.reload("console")).thenReturn(report(true, List.of()));

        // when
        reloader.reload("console");

        // then
        assertThat(count("ok")).isEqualTo(1);
        assertThat(meters.get("postwise.reload").timer().count()).isEqualTo(1);
    }

    @Test
    void a_reload_with_problems_counts_as_rejected() {
        // given
        when(inner.reload("console")).thenReturn(report(false, List.of("knowledge/x.md:3: no title")));

        // when
        reloader.reload("console");

        // then
        assertThat(count("rejected")).isEqualTo(1);
        assertThat(count("ok")).isZero();
    }

    @Test
    void a_reload_refused_because_another_runs_counts_as_busy() {
        // given
        when(inner.reload("console")).thenThrow(new ReloadInProgressException("busy"));

        // when / then
        assertThatThrownBy(() -> reloader.reload("console")).isInstanceOf(ReloadInProgressException.class);
        assertThat(count("busy")).isEqualTo(1);
    }
}
