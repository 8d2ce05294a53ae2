package org.postwise.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Embeddings of the shipped knowledge base, shared by the tests that start Postwise in a fresh data directory.
 * Stored embeddings are keyed by content hash, so a copy is always valid: a test seeds its data directory from
 * the cache before start, and the first start of the run fills the cache. Without it every such test would embed
 * the whole knowledge base again (seconds each); with it, what the tests check is unchanged.
 */
public final class EmbeddingCache {

    private static final Path CACHE = Path.of("target", "test-embeddings", "all-minilm-l6-v2.bin");
    private static final Path IN_DATA = Path.of("embeddings", "all-minilm-l6-v2.bin");

    private EmbeddingCache() {
    }

    /** Copies the cached embeddings into {@code dataDir}, when there are any yet. */
    public static synchronized void seed(Path dataDir) {
        try {
            if (Files.isRegularFile(CACHE)) {
                Path target = dataDir.resolve(IN_DATA);
                Files.createDirectories(target.getParent());
                Files.copy(CACHE, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps {@code dataDir}'s embeddings for later tests, when it holds more than the cache. */
    public static synchronized void keep(Path dataDir) {
        try {
            Path source = dataDir.resolve(IN_DATA);
            if (Files.isRegularFile(source)
                    && (!Files.isRegularFile(CACHE) || Files.size(source) > Files.size(CACHE))) {
                Files.createDirectories(CACHE.getParent());
                Path partial = CACHE.resolveSibling(CACHE.getFileName() + ".part");
                Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, CACHE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
