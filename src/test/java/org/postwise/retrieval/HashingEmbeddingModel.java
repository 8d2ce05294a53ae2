package org.postwise.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;

/** A deterministic bag-of-words embedding for tests that need an index but not semantic quality. */
final class HashingEmbeddingModel implements EmbeddingModel {

    static final int DIMENSION = 64;

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return Response.from(segments.stream().map(s -> Embedding.from(vector(s.text()))).toList());
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    private static float[] vector(String text) {
        var v = new float[DIMENSION];
        for (String word : text.toLowerCase().split("\\W+")) {
            if (!word.isEmpty()) {
                v[Math.floorMod(word.hashCode(), DIMENSION)] += 1;
            }
        }
        v[0] += 0.01f; // never the zero vector
        return v;
    }
}
