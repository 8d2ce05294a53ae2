package org.postwise.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lean loading of all-MiniLM-L6-v2 against langchain4j's own, on the same texts. */
class OnnxFileEmbeddingModelTest {

    @TempDir
    static Path models;
    private static ExecutorService pool;
    private static OnnxFileEmbeddingModel lean;

    @BeforeAll
    static void load() {
        pool = Executors.newFixedThreadPool(2);
        lean = OnnxFileEmbeddingModel.load(models, 1, pool);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    @Test
    void gives_the_same_vectors_as_langchain4js_model() {
        // given
        EmbeddingModel reference = SharedModel.get();
        List<String> texts = List.of("Can I accept a friend request from a patient?",
                "Keep separate personal and professional accounts.", "What is HealthMap?");

        for (String text : texts) {
            // when
            float[] expected = reference.embed(text).content().vector();
            float[] actual = lean.embed(text).content().vector();

            // then
            assertThat(actual).hasSize(expected.length);
            for (int i = 0; i < expected.length; i++) {
                assertThat(actual[i]).as("%s [%d]", text, i).isCloseTo(expected[i],
                        org.assertj.core.data.Offset.offset(1e-5f));
            }
        }
        assertThat(lean.dimension()).isEqualTo(384);
    }

    @Test
    void copies_the_model_file_once_and_reuses_it() throws Exception {
        // given the copy made at load, marked
        Path file = models.resolve(OnnxFileEmbeddingModel.MODEL);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));

        // when
        Path again = OnnxFileEmbeddingModel.extracted(models);

        // then
        assertThat(again).isEqualTo(file);
        assertThat(Files.getLastModifiedTime(file).toInstant()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(Files.size(file)).isGreaterThan(80_000_000L);
    }

    @Test
    void replaces_a_truncated_copy() throws Exception {
        // given a copy cut short, as by a crash mid-copy without the atomic move
        Path dir = models.resolve("truncated");
        Files.createDirectories(dir);
        Files.write(dir.resolve(OnnxFileEmbeddingModel.MODEL), new byte[] {1, 2, 3});

        // when
        Path copy = OnnxFileEmbeddingModel.extracted(dir);

        // then
        assertThat(Files.size(copy)).isEqualTo(Files.size(models.resolve(OnnxFileEmbeddingModel.MODEL)));
        try (var files = Files.list(dir)) {
            assertThat(files).as("no partial file left").hasSize(1);
        }
    }
}
