package org.postwise.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeWatcherTest {

    private static ReloadReport ok() {
        return new ReloadReport(false, true, "a", "b", List.of(), List.of("x"), List.of(), 0, 1, 0, 1, List.of(),
                List.of(), Duration.ofMillis(5));
    }

    @Test
    void a_burst_of_changes_reloads_once_after_the_quiet_period() {
        // given a scheduler that only records what it is asked to run
        var scheduler = mock(ScheduledExecutorService.class);
        var tasks = new ArrayList<Runnable>();
        var futures = new ArrayList<ScheduledFuture<?>>();
        when(scheduler.schedule(any(Runnable.class), anyLong(), any())).thenAnswer(inv -> {
            tasks.add(inv.getArgument(0));
            ScheduledFuture<?> f = mock(ScheduledFuture.class);
            futures.add(f);
            return f;
        });
        var reloader = mock(KnowledgeReloader.class);
        doReturn(ok()).when(reloader).reload("watcher");
        var watcher = new KnowledgeWatcher(reloader, scheduler, Duration.ofSeconds(2));
        // when five saves come in a row
        for (int i = 0; i < 5; i++) {
            watcher.changed();
        }
        // then each save cancelled the one before, with the full quiet period each time
        verify(scheduler, times(5)).schedule(any(Runnable.class), eq(2000L), eq(TimeUnit.MILLISECONDS));
        for (int i = 0; i < 4; i++) {
            verify(futures.get(i)).cancel(false);
        }
        // and only the last one, when it runs, reloads
        tasks.get(4).run();
        verify(reloader, times(1)).reload("watcher");
    }

    @Test
    void a_reload_already_running_is_not_an_error() {
        var scheduler = mock(ScheduledExecutorService.class);
        var tasks = new ArrayList<Runnable>();
        when(scheduler.schedule(any(Runnable.class), anyLong(), any())).thenAnswer(inv -> {
            tasks.add(inv.getArgument(0));
            return mock(ScheduledFuture.class);
        });
        var reloader = mock(KnowledgeReloader.class);
        when(reloader.reload("watcher")).thenThrow(new ReloadInProgressException("busy"));
        new KnowledgeWatcher(reloader, scheduler, Duration.ZERO).changed();
        tasks.get(0).run(); // does not throw
        verify(reloader).reload("watcher");
    }

    @Test
    void a_file_saved_in_a_watched_folder_triggers_a_reload(@TempDir Path home) throws Exception {
        Path knowledge = Files.createDirectories(home.resolve("knowledge"));
        var reloaded = new CountDownLatch(1);
        var scheduler = Executors.newSingleThreadScheduledExecutor();
        try (var watcher = new KnowledgeWatcher(countingDown(reloaded), scheduler, Duration.ZERO)) {
            watcher.start(List.of(knowledge));
            // when
            Files.writeString(knowledge.resolve("new-card.md"), "---\nid: x\n---\n");
            // then: wait for the event, bounded (this waits for the file system, not for time to pass)
            assertThat(reloaded.await(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void a_file_saved_in_a_linked_folder_triggers_a_reload(@TempDir Path home) throws Exception {
        // given knowledge/tips as a symbolic link to a folder elsewhere, as a mounted volume would be
        Path knowledge = Files.createDirectories(home.resolve("knowledge"));
        Path shared = Files.createDirectories(home.resolve("shared-tips"));
        Files.createSymbolicLink(knowledge.resolve("tips"), shared);
        var reloaded = new CountDownLatch(1);
        var scheduler = Executors.newSingleThreadScheduledExecutor();
        try (var watcher = new KnowledgeWatcher(countingDown(reloaded), scheduler, Duration.ZERO)) {
            watcher.start(List.of(knowledge));
            // when a tip is saved in the linked folder
            Files.writeString(shared.resolve("week-1.md"), "---\nid: x\n---\n");
            // then: wait for the event, bounded (this waits for the file system, not for time to pass)
            assertThat(reloaded.await(20, TimeUnit.SECONDS)).isTrue();
        } finally {
            scheduler.shutdownNow();
        }
    }

    /** A reloader that counts {@code reloaded} down on each reload. */
    private static KnowledgeReloader countingDown(CountDownLatch reloaded) {
        return new KnowledgeReloader() {
            @Override
            public ReloadReport reload(String actor) {
                reloaded.countDown();
                return ok();
            }

            @Override
            public ReloadReport check(String actor) {
                return ok();
            }
        };
    }
}
