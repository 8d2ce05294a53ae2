package org.postwise.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/** The real in-process embedding model, loaded once for all tests in the JVM (it takes about a second). */
public final class SharedModel {

    private static volatile EmbeddingModel model;

    private SharedModel() {
    }

    public static EmbeddingModel get() {
        if (model == null) {
            synchronized (SharedModel.class) {
                if (model == null) {
                    model = new BgeSmallEnV15QuantizedEmbeddingModel();
                }
            }
        }
        return model;
    }
}
