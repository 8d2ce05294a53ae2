package org.postwise.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps the real model and counts the texts it is asked to embed. */
final class CountingEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel delegate;
    final AtomicInteger embedded = new AtomicInteger();

    CountingEmbeddingModel(EmbeddingModel delegate) {
        this.delegate = delegate;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        embedded.addAndGet(segments.size());
        return delegate.embedAll(segments);
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }
}
