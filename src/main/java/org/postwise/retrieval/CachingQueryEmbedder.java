package org.postwise.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.Objects;

/**
 * Embeds questions with the in-process model and keeps recent results in a Caffeine cache keyed by the
 * normalised question, since staff ask the same things again and an embedding costs milliseconds.
 * An optional instruction prefix is prepended to questions (some models, such as bge, expect one).
 */
public final class CachingQueryEmbedder implements QueryEmbedder {

    private final EmbeddingModel model;
    private final String prefix;
    private final Cache<String, float[]> cache;

    public CachingQueryEmbedder(EmbeddingModel model, String prefix, long maximumSize) {
        this.model = Objects.requireNonNull(model, "model");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        if (maximumSize < 0) {
            throw new IllegalArgumentException("maximumSize must be >= 0 but was " + maximumSize);
        }
        this.cache = Caffeine.newBuilder().maximumSize(maximumSize).recordStats().build();
    }

    /** The cache's hits, misses and evictions so far (for the metrics). */
    public CacheStats cacheStats() {
        return cache.stats();
    }

    @Override
    public float[] embed(String question) {
        Objects.requireNonNull(question, "question");
        String key = QuestionNormalizer.normalize(question);
        return cache.get(key, k -> DenseIndex.normalize(model.embed(prefix + k).content().vector()));
    }

    /**
     * The text the model embeds for {@code question}: the instruction prefix and the normalised question. Texts
     * embedded elsewhere to be compared with questions (a guard's exemplars) go through it too.
     */
    public String modelText(String question) {
        return prefix + QuestionNormalizer.normalize(question);
    }
}
