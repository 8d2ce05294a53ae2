package org.postwise.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePassageEmbeddingStoreTest {

    private static final String H1 = "a".repeat(64);
    private static final String H2 = "b".repeat(64);

    @TempDir
    Path dir;

    @Test
    void keeps_embeddings_across_restarts() {
        // given
        Path file = dir.resolve("emb/model.bin");
        new FilePassageEmbeddingStore(file, "m", 3).putAll(Map.of(H1, new float[] {1, 2, 3}));
        // when
        var reopened = new FilePassageEmbeddingStore(file, "m", 3);
        // then
        assertThat(reopened.size()).isEqualTo(1);
        assertThat(reopened.get(H1)).hasValueSatisfying(v -> assertThat(v).containsExactly(1, 2, 3));
    }

    @Test
    void appends_only_new_hashes() throws IOException {
        Path file = dir.resolve("model.bin");
        var store = new FilePassageEmbeddingStore(file, "m", 2);
        store.putAll(Map.of(H1, new float[] {1, 2}));
        long size = Files.size(file);
        // when the same hash comes again with another vector, nothing is written
        store.putAll(Map.of(H1, new float[] {9, 9}));
        assertThat(Files.size(file)).isEqualTo(size);
        store.putAll(Map.of(H2, new float[] {3, 4}));
        assertThat(new FilePassageEmbeddingStore(file, "m", 2).size()).isEqualTo(2);
        assertThat(store.get(H1).orElseThrow()).containsExactly(1, 2);
    }

    @Test
    void moves_aside_a_store_written_for_another_model() {
        Path file = dir.resolve("model.bin");
        new FilePassageEmbeddingStore(file, "old-model", 2).putAll(Map.of(H1, new float[] {1, 2}));
        // when
        var store = new FilePassageEmbeddingStore(file, "new-model", 2);
        // then
        assertThat(store.size()).isZero();
        assertThat(dir.resolve("model.bin.old")).exists();
    }

    @Test
    void keeps_the_whole_records_of_a_store_cut_off_mid_write() throws IOException {
        Path file = dir.resolve("model.bin");
        var store = new FilePassageEmbeddingStore(file, "m", 2);
        store.putAll(Map.of(H1, new float[] {1, 2}));
        store.putAll(Map.of(H2, new float[] {3, 4}));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 3)); // a crash mid-append
        // when
        var reopened = new FilePassageEmbeddingStore(file, "m", 2);
        // then
        assertThat(reopened.size()).isEqualTo(1);
        assertThat(reopened.get(H1)).isPresent();
        reopened.putAll(Map.of(H2, new float[] {3, 4}));
        assertThat(new FilePassageEmbeddingStore(file, "m", 2).size()).isEqualTo(2);
    }

    @Test
    void rejects_a_vector_of_the_wrong_dimension() {
        var store = new FilePassageEmbeddingStore(dir.resolve("m.bin"), "m", 2);
        assertThatThrownBy(() -> store.putAll(Map.of(H1, new float[] {1, 2, 3})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dimension 3, expected 2");
    }
}
