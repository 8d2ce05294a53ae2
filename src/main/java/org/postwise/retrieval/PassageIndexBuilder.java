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
import java.util.Set;
import java.util.TreeSet;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.Passage;
import org.postwise.knowledge.SentenceSplitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link PassageIndex} from documents: passages, the cards' situation keys (titles and
 * {@code questions:}), the statements answers may quote, and the spelling vocabulary. Only texts whose
 * embedding is not already in the {@link PassageEmbeddingStore} are sent to the embedding model, so rebuilding
 * an unchanged knowledge base embeds nothing.
 */
public final class PassageIndexBuilder {

    private static final Logger log = LoggerFactory.getLogger(PassageIndexBuilder.class);
    // the model is fastest on moderate batches; one huge batch holds every tensor in memory at once
    private static final int BATCH = 32;

    private final EmbeddingModel model;
    private final String modelId;
    private final PassageEmbeddingStore store;
    private final Set<String> knownWords;
    private final StatementExtractor statements = new StatementExtractor(new SentenceSplitter());

    /** A builder whose spelling correction knows only the material's own words. */
    public PassageIndexBuilder(EmbeddingModel model, String modelId, PassageEmbeddingStore store) {
        this(model, modelId, store, Set.of());
    }

    /**
     * @param knownWords lower-case English words that are spelt right although the material may not use them
     *                   (see {@link KnownWords}); the spelling correction leaves them alone
     */
    public PassageIndexBuilder(EmbeddingModel model, String modelId, PassageEmbeddingStore store,
                               Set<String> knownWords) {
        this.model = Objects.requireNonNull(model, "model");
        this.modelId = Objects.requireNonNull(modelId, "modelId");
        this.store = Objects.requireNonNull(store, "store");
        this.knownWords = Set.copyOf(knownWords);
    }

    /** What a build did: the index, and how many texts were embedded or found in the store. */
    public record Build(PassageIndex index, int embedded, int reused) {
    }

    public Build build(List<KnowledgeDocument> documents) {
        Objects.requireNonNull(documents, "documents");
        // scope cards are found by their situation keys only: their text is a reply, never evidence
        List<Passage> passages = documents.stream().filter(KnowledgeDocument::isMaterial)
                .flatMap(d -> d.passages().stream()).toList();
        var keys = new ArrayList<SituationIndex.Key>();
        for (KnowledgeDocument d : documents) {
            if (d.isCard() || !d.isMaterial()) {
                keys.add(new SituationIndex.Key(d.id(), d.title(), d.isMaterial()));
                d.questions().forEach(q -> keys.add(new SituationIndex.Key(d.id(), q, d.isMaterial())));
            }
        }
        List<Statement> quotable = documents.stream().filter(KnowledgeDocument::isMaterial)
                .flatMap(d -> statements.extract(d).stream()).toList();

        var texts = new ArrayList<String>();
        passages.forEach(p -> texts.add(embeddingText(p)));
        keys.forEach(k -> texts.add(k.text()));
        quotable.forEach(st -> texts.add(st.text()));
        var embedded = new Embedded(texts);

        int dimension = embedded.vectors.isEmpty() ? model.dimension() : embedded.vectors.get(0).length;
        int from = 0;
        var passageVectors = embedded.vectors.subList(from, from += passages.size());
        var keyVectors = embedded.vectors.subList(from, from += keys.size());
        var statementVectors = embedded.vectors.subList(from, from += quotable.size());

        var lexicalBodies = passages.stream().map(PassageIndexBuilder::lexicalText).toList();
        var situations = new SituationIndex(keys, new DenseIndex(keyVectors, dimension));
        var vocabulary = new ArrayList<String>(lexicalBodies);
        keys.forEach(k -> vocabulary.add(k.text()));
        documents.forEach(d -> vocabulary.addAll(d.tags()));
        var spelling = new SpellingCorrector(SpellingCorrector.words(vocabulary), knownWords);
        var index = new PassageIndex(version(documents, passages, keys, quotable), documents, passages,
                new LexicalIndex(lexicalBodies), new DenseIndex(passageVectors, dimension), situations, quotable,
                new DenseIndex(statementVectors, dimension), spelling);
        log.debug("built index {}: {} passages, {} situation keys, {} statements; {} texts embedded, {} reused",
                index.version(), passages.size(), keys.size(), quotable.size(), embedded.missing, embedded.reused);
        return new Build(index, embedded.missing, embedded.reused);
    }

    /** Vectors for texts, from the store where it has them and from the model for the rest. */
    private final class Embedded {
        private final List<float[]> vectors = new ArrayList<>();
        private final int missing;
        private final int reused;

        Embedded(List<String> texts) {
            var hashes = new ArrayList<String>(texts.size());
            var toEmbed = new LinkedHashMap<String, String>();
            for (String text : texts) {
                String hash = sha256(modelId + "\n" + text);
                hashes.add(hash);
                if (store.get(hash).isEmpty()) {
                    toEmbed.putIfAbsent(hash, text);
                }
            }
            embedMissing(toEmbed);
            for (String hash : hashes) {
                vectors.add(store.get(hash).orElseThrow(() -> new IllegalStateException("embedding lost: " + hash)));
            }
            this.missing = toEmbed.size();
            this.reused = new java.util.HashSet<>(hashes).size() - missing;
        }
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

    /**
     * Unit-length vectors for {@code texts}, in order, from the store where it has them and from the model for
     * the rest, which the store then keeps: for texts embedded once and used for the life of the process, such
     * as a guard's exemplars.
     */
    public List<float[]> vectorsFor(List<String> texts) {
        return List.copyOf(new Embedded(List.copyOf(texts)).vectors);
    }

    /** The text the dense model sees: title and section give a short passage its context. */
    static String embeddingText(Passage p) {
        return p.documentTitle() + ". " + p.section() + ". " + p.text();
    }

    /** The text BM25 sees. */
    static String lexicalText(Passage p) {
        return p.documentTitle() + " " + p.section() + " " + p.text();
    }

    private String version(List<KnowledgeDocument> documents, List<Passage> passages,
                           List<SituationIndex.Key> keys, List<Statement> quotable) {
        var digest = digest();
        update(digest, modelId);
        for (Passage p : passages) {
            update(digest, p.id(), p.documentTitle(), p.section(), p.text());
            // a source's jurisdictions decide for whom its passages and statements are quoted
            // and its title is shown in answers, so a changed title must not leave cached answers with the old one
            p.sources().forEach(s -> update(digest, s.title(), s.citation(), String.valueOf(s.doi()),
                    String.valueOf(s.url()), new TreeSet<>(s.jurisdictions()).toString()));
        }
        keys.forEach(k -> update(digest, k.documentId(), k.text()));
        for (Statement st : quotable) {
            update(digest, st.kind().name(), st.text());
            st.sources().forEach(s -> update(digest, s.citation()));
            // an action's sub-case cues decide whether it is quoted, so answers cached under a version must not
            // outlive a change to them
            st.when().forEach(cue -> update(digest, "when", cue));
            st.unless().forEach(cue -> update(digest, "unless", cue));
        }
        documents.forEach(d -> {
            update(digest, d.id(), d.kind().name(), d.topic(), String.join(",", d.tags()));
            // a card's asker conditions decide which card answers, so they are part of the version too
            d.askers().when().forEach(c -> update(digest, "card when", c.groups().toString()));
            d.askers().unless().forEach(c -> update(digest, "card unless", c.groups().toString()));
            d.askers().only().forEach(c -> update(digest, "card only", c.groups().toString()));
        });
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    private static void update(MessageDigest digest, String... parts) {
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
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
