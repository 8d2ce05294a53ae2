package org.postwise.admin;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optional (off by default): watches the knowledge folders and reloads once they have been quiet for the
 * debounce period, so an admin saving five files triggers one reload, not five.
 */
public final class KnowledgeWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);

    private final KnowledgeReloader reloader;
    private final ScheduledExecutorService scheduler;
    private final Duration debounce;
    private final Object lock = new Object();
    private ScheduledFuture<?> pending;
    private WatchService watcher;
    private Thread thread;

    public KnowledgeWatcher(KnowledgeReloader reloader, ScheduledExecutorService scheduler, Duration debounce) {
        this.reloader = Objects.requireNonNull(reloader, "reloader");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.debounce = Objects.requireNonNull(debounce, "debounce");
        if (debounce.isNegative()) {
            throw new IllegalArgumentException("debounce must not be negative but was " + debounce);
        }
    }

    /** A file changed: (re)starts the quiet period, after which one reload runs. */
    public void changed() {
        synchronized (lock) {
            if (pending != null) {
                pending.cancel(false);
            }
            pending = scheduler.schedule(this::reload, debounce.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void reload() {
        try {
            ReloadReport report = reloader.reload("watcher");
            if (report.ok()) {
                log.info("knowledge changed on disk: {}", report.summary());
            } else {
                log.warn("knowledge changed on disk but was not reloaded:\n{}", report.toText());
            }
        } catch (ReloadInProgressException e) {
            // an admin's reload is running; it will see the files as they are now, so this one can go
            log.info("watched change not reloaded: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("watched reload failed", e);
        }
    }

    /** Starts watching {@code roots} and every folder below them, on a daemon thread. */
    public void start(List<Path> roots) throws IOException {
        Objects.requireNonNull(roots, "roots");
        watcher = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            register(root);
        }
        thread = new Thread(this::loop, "postwise-knowledge-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        // linked folders are followed as the loader follows them; a link looping back is the loader's to report
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                for (var event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                            && event.context() instanceof Path name
                            && Files.isDirectory(((Path) key.watchable()).resolve(name))) {
                        register(((Path) key.watchable()).resolve(name)); // a new folder, e.g. knowledge/tips
                    }
                }
                key.reset();
                changed();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.error("stopped watching the knowledge folders", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        synchronized (lock) {
            if (pending != null) {
                pending.cancel(false);
            }
        }
    }
}
