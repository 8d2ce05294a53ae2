package org.postwise.retrieval;

import java.util.ArrayList;
import java.util.List;
import org.postwise.knowledge.KnowledgeDocument;

/**
 * Indexes and rankings for tests of later pipeline stages. Builds real indexes with a tiny deterministic
 * stand-in embedding (these tests exercise composition, not embedding quality).
 */
public final class RetrievalFixtures {

    private RetrievalFixtures() {
    }

    public static PassageIndex index() {
        return index("v1");
    }

    /** An index over the test cards; {@code salt} changes its version. */
    public static PassageIndex index(String salt) {
        var docs = new ArrayList<>(TestDocuments.socialMediaCards());
        docs.add(TestDocuments.card("salt-" + salt.replace(' ', '-'), "Salt " + salt, List.of(), "Version " + salt + "."));
        return new PassageIndexBuilder(new HashingEmbeddingModel(), "hash", new InMemoryPassageEmbeddingStore())
                .build(docs).index();
    }

    /**
     * An index over the test cards with one more card ranked first: a card {@code id} titled {@code title} whose one
     * passage is {@code text} (citing the test review).
     */
    public static PassageIndex indexWithFirst(String id, String title, String text) {
        var docs = new ArrayList<>(List.of(TestDocuments.card(id, title, List.of(), text)));
        docs.addAll(TestDocuments.socialMediaCards());
        return new PassageIndexBuilder(new HashingEmbeddingModel(), "hash", new InMemoryPassageEmbeddingStore())
                .build(docs).index();
    }

    /**
     * What a retriever would return for {@code question}: the index's passages in order with falling scores, its
     * documents in the order of their first passage, and the question's (stand-in) embedding.
     */
    public static Retrieval retrieval(PassageIndex index, String question, boolean covered) {
        return retrieval(index, question, new Coverage(covered, 0.8, 0.9, false, 0.7, "test"));
    }

    public static Retrieval retrieval(PassageIndex index, String question, Coverage coverage) {
        var ranked = ranked(index);
        var documents = new java.util.LinkedHashMap<String, ScoredDocument>();
        for (ScoredPassage sp : ranked) {
            index.document(sp.passage().documentId()).ifPresent(d ->
                    documents.putIfAbsent(d.id(), new ScoredDocument(d, sp.score(), 0)));
        }
        return new Retrieval(ranked, List.copyOf(documents.values()), coverage, index, index.analyze(question),
                embed(question), index.words(question));
    }

    /** The stand-in embedding of {@code text}, unit length, as the indexes of these fixtures hold them. */
    public static float[] embed(String text) {
        return DenseIndex.normalize(new HashingEmbeddingModel().embed(text).content().vector());
    }

    /** An index over {@code documents}, with the stand-in embedding. */
    public static PassageIndex index(List<KnowledgeDocument> documents) {
        return new PassageIndexBuilder(new HashingEmbeddingModel(), "hash", new InMemoryPassageEmbeddingStore())
                .build(documents).index();
    }

    /** An index over {@code documents} whose spelling correction also knows the shipped English words. */
    public static PassageIndex indexWithEnglishWords(List<KnowledgeDocument> documents) {
        return new PassageIndexBuilder(new HashingEmbeddingModel(), "hash", new InMemoryPassageEmbeddingStore(),
                KnownWords.shipped()).build(documents).index();
    }

    /** The index's passages in order, with falling scores, as a retriever would rank them. */
    public static List<ScoredPassage> ranked(PassageIndex index) {
        var out = new ArrayList<ScoredPassage>();
        for (int i = 0; i < index.passages().size(); i++) {
            out.add(new ScoredPassage(index.passages().get(i), 1.0 / (i + 1), 0.8, 1.0));
        }
        return out;
    }
}
