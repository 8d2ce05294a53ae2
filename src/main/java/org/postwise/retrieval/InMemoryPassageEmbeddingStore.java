package org.postwise.retrieval;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Embeddings by content hash in memory only: for tests and for runs with no data directory. */
public final class InMemoryPassageEmbeddingStore implements PassageEmbeddingStore {

    private final Map<String, float[]> byHash = new ConcurrentHashMap<>();

    @Override
    public Optional<float[]> get(String contentHash) {
        return Optional.ofNullable(byHash.get(contentHash));
    }

    @Override
    public void putAll(Map<String, float[]> embeddingsByHash) {
        embeddingsByHash.forEach((k, v) -> byHash.putIfAbsent(k, v.clone()));
    }

    @Override
    public int size() {
        return byHash.size();
    }
}
