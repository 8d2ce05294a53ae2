package org.postwise.retrieval;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.Passage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link PassageIndex} from passages. Only passages whose embedded text is not already in the
 * {@link PassageEmbeddingStore} are sent to the embedding model, so rebuilding an unchanged knowledge base
 * embeds nothing.
 */
public final class PassageIndexBuilder {

    private static final Logger log = LoggerFactory.getLogger(PassageIndexBuilder.class);
    // the model is fastest on moderate batches; one huge batch holds every tensor in memory at once
    private static final int BATCH = 32;

    private final EmbeddingModel model;
    private final String modelId;
    private final PassageEmbeddingStore store;

    public PassageIndexBuilder(EmbeddingModel model, String modelId, PassageEmbeddingStore store) {
        this.model = Objects.requireNonNull(model, "model");
        this.modelId = Objects.requireNonNull(modelId, "modelId");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** What a build did. */
    public record Build(PassageIndex index, int embedded, int reused) {
    }

    public Build build(List<KnowledgeDocument> documents) {
        Objects.requireNonNull(documents, "documents");
        List<Passage> passages = documents.stream().flatMap(d -> d.passages().stream()).toList();
        var hashes = new ArrayList<String>(passages.size());
        var missing = new LinkedHashMap<String, String>();
        for (Passage p : passages) {
            String text = embeddingText(p);
            String hash = sha256(modelId + "\n" + text);
            hashes.add(hash);
            if (store.get(hash).isEmpty()) {
                missing.putIfAbsent(hash, text);
            }
        }
        embedMissing(missing);
        var vectors = new ArrayList<float[]>(passages.size());
        for (String hash : hashes) {
            vectors.add(store.get(hash).orElseThrow(() -> new IllegalStateException("embedding lost: " + hash)));
        }
        int dimension = vectors.isEmpty() ? model.dimension() : vectors.get(0).length;
        var lexicalBodies = passages.stream().map(PassageIndexBuilder::lexicalText).toList();
        var index = new PassageIndex(version(passages), documents, passages, new LexicalIndex(lexicalBodies),
                new DenseIndex(vectors, dimension));
        int reused = passages.size() - missing.size();
        log.debug("built index {}: {} passages, {} embedded, {} reused", index.version(), passages.size(),
                missing.size(), reused);
        return new Build(index, missing.size(), reused);
    }

    private void embedMissing(LinkedHashMap<String, String> missing) {
        var keys = new ArrayList<>(missing.keySet());
        for (int from = 0; from < keys.size(); from += BATCH) {
            var batch = keys.subList(from, Math.min(keys.size(), from + BATCH));
            var segments = batch.stream().map(k -> TextSegment.from(missing.get(k))).toList();
            var embeddings = model.embedAll(segments).content();
            var out = new LinkedHashMap<String, float[]>();
            for (int i = 0; i < batch.size(); i++) {
                out.put(batch.get(i), DenseIndex.normalize(embeddings.get(i).vector()));
            }
            store.putAll(out);
        }
    }

    /** The text the dense model sees: title and section give a short passage its context. */
    static String embeddingText(Passage p) {
        return p.documentTitle() + ". " + p.section() + ". " + p.text();
    }

    /** The text BM25 sees. */
    static String lexicalText(Passage p) {
        return p.documentTitle() + " " + p.section() + " " + p.text();
    }

    private String version(List<Passage> passages) {
        var digest = digest();
        digest.update(modelId.getBytes(StandardCharsets.UTF_8));
        for (Passage p : passages) {
            for (String part : new String[] {p.id(), p.documentTitle(), p.section(), p.text(),
                    p.source().citation(), String.valueOf(p.source().doi()), String.valueOf(p.source().url())}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
