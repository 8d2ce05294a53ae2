package org.postwise.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the in-process embedding model runs.
 *
 * @param modelDir where the model file is copied to be read by ONNX Runtime ({@code <data>/models})
 * @param threads  threads ONNX Runtime uses for one inference ({@code POSTWISE_ONNX_THREADS})
 */
public record EmbeddingConfig(Path modelDir, int threads) {

    /** One thread per inference: a question is a few dozen tokens, and start-up embeds passages in parallel. */
    public static final int DEFAULT_THREADS = 1;

    public EmbeddingConfig {
        Objects.requireNonNull(modelDir, "modelDir");
        if (threads < 1 || threads > 64) {
            throw new IllegalArgumentException("threads must be between 1 and 64 but was " + threads);
        }
    }
}
