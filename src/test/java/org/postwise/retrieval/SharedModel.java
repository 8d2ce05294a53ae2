package org.postwise.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/** The real in-process embedding model, loaded once for all tests in the JVM (it takes about a second). */
public final class SharedModel {

    private static volatile EmbeddingModel model;

    private SharedModel() {
    }

    public static EmbeddingModel get() {
        if (model == null) {
            synchronized (SharedModel.class) {
                if (model == null) {
                    model = new AllMiniLmL6V2EmbeddingModel();
                }
            }
        }
        return model;
    }
}
