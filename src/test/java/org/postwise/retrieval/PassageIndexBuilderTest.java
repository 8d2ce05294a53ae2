package org.postwise.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageIndexBuilderTest {

    @TempDir
    Path dir;

    @Test
    void rebuilding_an_unchanged_knowledge_base_embeds_nothing_even_after_a_restart() {
        // given a first build that stored its embeddings on disk
        var model = new CountingEmbeddingModel(SharedModel.get());
        Path file = dir.resolve("emb.bin");
        var first = new PassageIndexBuilder(model, "test-model", new FilePassageEmbeddingStore(file, "test-model", model.dimension()))
                .build(TestDocuments.socialMediaCards());
        // (passages, the cards' titles as situation keys, and the statements answers may quote)
        assertThat(first.embedded()).isGreaterThan(first.index().size());
        // when a new process builds from the same files
        var second = new PassageIndexBuilder(model, "test-model", new FilePassageEmbeddingStore(file, "test-model", model.dimension()))
                .build(TestDocuments.socialMediaCards());
        // then
        assertThat(second.embedded()).isZero();
        assertThat(second.reused()).isEqualTo(first.embedded());
        assertThat(model.embedded.get()).isEqualTo(first.embedded());
        assertThat(second.index().version()).isEqualTo(first.index().version());
    }

    @Test
    void embeds_only_the_changed_passage_and_changes_the_version() {
        // given
        var model = new CountingEmbeddingModel(SharedModel.get());
        var builder = new PassageIndexBuilder(model, "test-model", new InMemoryPassageEmbeddingStore());
        var before = builder.build(TestDocuments.socialMediaCards());
        var docs = new ArrayList<>(TestDocuments.socialMediaCards());
        docs.set(3, TestDocuments.card("wikis", "Wikis such as Wikipedia", List.of(),
                "Wikis such as Wikipedia are written by volunteers; check health articles against sources."));
        // when
        var after = builder.build(docs);
        // then the passage and the one statement it holds are embedded, nothing else
        assertThat(after.embedded()).isEqualTo(2);
        assertThat(after.index().version()).isNotEqualTo(before.index().version());
    }
}
