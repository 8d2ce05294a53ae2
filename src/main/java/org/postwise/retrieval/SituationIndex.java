package org.postwise.retrieval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The situations the cards are about, as retrieval keys of their own: each card's title and each of its
 * {@code questions:}, searchable lexically (BM25) and densely. A staff question that is worded like one of a
 * card's questions leads to that card even when the card's prose uses other words.
 */
final class SituationIndex {

    /** One key: a card's title or one of its questions. */
    record Key(String documentId, String text) {
        Key {
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * How well a question meets one card's situation.
     *
     * @param dense   best cosine similarity between the question and one of the card's keys
     * @param lexical best BM25 score of one of the card's keys, divided by the best score of any key
     */
    record Match(double dense, double lexical) {
    }

    private final List<Key> keys;
    private final LexicalIndex lexical;
    private final DenseIndex dense;

    SituationIndex(List<Key> keys, LexicalIndex lexical, DenseIndex dense) {
        this.keys = List.copyOf(keys);
        this.lexical = Objects.requireNonNull(lexical, "lexical");
        this.dense = Objects.requireNonNull(dense, "dense");
    }

    int size() {
        return keys.size();
    }

    List<Key> keys() {
        return keys;
    }

    /** Every card with a key, and how well the question meets it. */
    Map<String, Match> match(List<String> terms, float[] unitQuestion) {
        var byDocument = new HashMap<String, Match>();
        if (keys.isEmpty()) {
            return byDocument;
        }
        double[] similarity = dense.similarities(unitQuestion);
        var hits = lexical.search(terms, keys.size());
        double best = hits.isEmpty() ? 1 : hits.get(0).score();
        var lexicalByKey = new double[keys.size()];
        hits.forEach(h -> lexicalByKey[h.ordinal()] = h.score() / best);
        for (int i = 0; i < keys.size(); i++) {
            var m = new Match(similarity[i], lexicalByKey[i]);
            byDocument.merge(keys.get(i).documentId(), m,
                    (a, b) -> new Match(Math.max(a.dense(), b.dense()), Math.max(a.lexical(), b.lexical())));
        }
        return byDocument;
    }
}
