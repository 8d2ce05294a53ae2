package org.postwise.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingQueryEmbedderTest {

    /** Records what it is asked to embed. */
    private static final class RecordingModel implements EmbeddingModel {
        final List<String> seen = new ArrayList<>();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            segments.forEach(s -> seen.add(s.text()));
            return Response.from(segments.stream().map(s -> Embedding.from(new float[] {3, 4})).toList());
        }
    }

    @Test
    void embeds_each_normalised_question_once_with_the_prefix() {
        var model = new RecordingModel();
        var embedder = new CachingQueryEmbedder(model, "query: ", 100);
        // when the same question comes in three spellings
        float[] v = embedder.embed("Can I blog?");
        embedder.embed("  can i BLOG ");
        embedder.embed("can i blog");
        // then the model ran once, on the normalised text with the prefix, and the vector is unit length
        assertThat(model.seen).containsExactly("query: can i blog");
        assertThat(v).containsExactly(0.6f, 0.8f);
    }

    @Test
    void embeds_a_question_of_punctuation_alone_as_typed() {
        var model = new RecordingModel();
        var embedder = new CachingQueryEmbedder(model, "", 100);
        // when a user sends only a question mark, or only dots
        embedder.embed("?");
        embedder.embed(" ... ");
        // then the model gets the punctuation, not a blank text it would refuse
        assertThat(model.seen).containsExactly("?", "...");
    }

    @Test
    void rejects_a_negative_cache_size() {
        assertThatThrownBy(() -> new CachingQueryEmbedder(new RecordingModel(), "", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximumSize");
    }
}
