package org.postwise.retrieval;

import java.util.ArrayList;
import java.util.List;

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

    /** The index's passages in order, with falling scores, as a retriever would rank them. */
    public static List<ScoredPassage> ranked(PassageIndex index) {
        var out = new ArrayList<ScoredPassage>();
        for (int i = 0; i < index.passages().size(); i++) {
            out.add(new ScoredPassage(index.passages().get(i), 1.0 / (i + 1), 0.8, 1.0));
        }
        return out;
    }
}
