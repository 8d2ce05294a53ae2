package org.postwise.retrieval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings in an append-only binary file: a header (magic, model id, dimension), then one record per
 * passage (32-byte SHA-256 of the embedded text, then the vector). All of it is read into memory on open:
 * a few thousand 384-float vectors is a few megabytes.
 *
 * <p>A file written for another model or dimension, or a damaged one, is moved aside and started afresh:
 * embeddings are derived data, so losing them costs time, never content.
 */
public final class FilePassageEmbeddingStore implements PassageEmbeddingStore {

    private static final Logger log = LoggerFactory.getLogger(FilePassageEmbeddingStore.class);
    private static final int MAGIC = 0x50575345; // "PWSE"
    private static final int HASH_BYTES = 32;

    private final Path file;
    private final String modelId;
    private final int dimension;
    private final Map<String, float[]> byHash = new HashMap<>();

    public FilePassageEmbeddingStore(Path file, String modelId, int dimension) {
        this.file = Objects.requireNonNull(file, "file");
        this.modelId = Objects.requireNonNull(modelId, "modelId");
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be >= 1 but was " + dimension);
        }
        this.dimension = dimension;
        load();
    }

    @Override
    public synchronized Optional<float[]> get(String contentHash) {
        return Optional.ofNullable(byHash.get(contentHash));
    }

    @Override
    public synchronized int size() {
        return byHash.size();
    }

    @Override
    public synchronized void putAll(Map<String, float[]> embeddingsByHash) {
        var fresh = new HashMap<String, float[]>();
        embeddingsByHash.forEach((hash, vector) -> {
            if (vector.length != dimension) {
                throw new IllegalArgumentException(
                        "embedding has dimension " + vector.length + ", expected " + dimension);
            }
            if (!byHash.containsKey(hash)) {
                fresh.put(hash, vector.clone());
            }
        });
        if (fresh.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            boolean newFile = !Files.exists(file);
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)))) {
                if (newFile) {
                    writeHeader(out);
                }
                for (var e : fresh.entrySet()) {
                    out.write(HexFormat.of().parseHex(e.getKey()));
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
        } catch (IOException e) {
            // the cache is an optimisation: keep serving from memory and say why it was not saved
            log.warn("could not save {} embeddings to {}: {}", fresh.size(), file, e.toString());
        }
        byHash.putAll(fresh);
    }

    private void writeHeader(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeUTF(modelId);
        out.writeInt(dimension);
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || !modelId.equals(in.readUTF()) || in.readInt() != dimension) {
                moveAside("written for another model or format");
                return;
            }
            var hash = new byte[HASH_BYTES];
            while (true) {
                try {
                    in.readFully(hash);
                } catch (EOFException end) {
                    break;
                }
                var v = new float[dimension];
                for (int i = 0; i < dimension; i++) {
                    v[i] = in.readFloat();
                }
                byHash.put(HexFormat.of().formatHex(hash), v);
            }
            log.debug("loaded {} stored embeddings from {}", byHash.size(), file);
        } catch (EOFException truncated) {
            // a crash mid-append leaves a partial last record: keep what was whole
            log.warn("embedding store {} ends in a partial record; keeping {} whole ones", file, byHash.size());
            rewrite();
        } catch (IOException e) {
            byHash.clear();
            moveAside("unreadable: " + e);
        }
    }

    private void rewrite() {
        var copy = new HashMap<>(byHash);
        byHash.clear();
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace damaged embedding store " + file, e);
        }
        putAll(copy);
    }

    private void moveAside(String why) {
        Path aside = file.resolveSibling(file.getFileName() + ".old");
        log.warn("embedding store {} is {}; moving it to {} and starting afresh", file, why, aside);
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move aside embedding store " + file, e);
        }
    }
}
