package org.postwise.retrieval;

import java.util.Map;
import java.util.Optional;

/**
 * Passage embeddings kept by content hash, so unchanged passages are never embedded twice, across index
 * builds and across restarts. Implementations are thread-safe.
 */
public interface PassageEmbeddingStore {

    /** The embedding stored for {@code contentHash}, if any. */
    Optional<float[]> get(String contentHash);

    /** Stores embeddings by content hash; existing entries are kept. */
    void putAll(Map<String, float[]> embeddingsByHash);

    /** How many embeddings are stored. */
    int size();
}
