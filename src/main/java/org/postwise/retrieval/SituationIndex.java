package org.postwise.retrieval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The situations the cards are about, as retrieval keys of their own: each card's title and each of its
 * {@code questions:}, searchable lexically (BM25) and densely. A staff question that is worded like one of a
 * card's questions leads to that card even when the card's prose uses other words.
 *
 * <p>The scope cards' keys (what Postwise declines) are searched apart from the guideline cards' keys, with a
 * lexical index of their own: adding ways to ask about a lawsuit must not change which guideline card answers a
 * question about a post, as a shared index would through its term statistics and its best score.
 */
final class SituationIndex {

    /**
     * One key: a card's title or one of its questions.
     *
     * @param material false for a scope card's key
     */
    record Key(String documentId, String text, boolean material) {
        Key {
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * How well a question meets one card's situation.
     *
     * @param dense   best cosine similarity between the question and one of the card's keys
     * @param lexical best BM25 score of one of the card's keys, divided by the best score of any key of its group
     *                (guideline cards, or scope cards)
     */
    record Match(double dense, double lexical) {
    }

    private final List<Key> keys;
    private final Group material;
    private final Group scope;
    private final DenseIndex dense;

    /** Keys of one group, with a lexical index of their own and each key's position in {@link #keys}. */
    private record Group(LexicalIndex lexical, int[] positions) {
        static Group of(List<Key> keys, boolean material) {
            int[] positions = IntStream.range(0, keys.size()).filter(i -> keys.get(i).material() == material)
                    .toArray();
            return new Group(new LexicalIndex(IntStream.of(positions).mapToObj(i -> keys.get(i).text()).toList()),
                    positions);
        }
    }

    /** @param dense the keys' embeddings, in the order of {@code keys} */
    SituationIndex(List<Key> keys, DenseIndex dense) {
        this.keys = List.copyOf(keys);
        this.dense = Objects.requireNonNull(dense, "dense");
        this.material = Group.of(this.keys, true);
        this.scope = Group.of(this.keys, false);
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
        var lexicalByKey = new double[keys.size()];
        for (Group group : List.of(material, scope)) {
            var hits = group.lexical().search(terms, group.positions().length);
            double best = hits.isEmpty() ? 1 : hits.get(0).score();
            hits.forEach(h -> lexicalByKey[group.positions()[h.ordinal()]] = h.score() / best);
        }
        for (int i = 0; i < keys.size(); i++) {
            var m = new Match(similarity[i], lexicalByKey[i]);
            byDocument.merge(keys.get(i).documentId(), m,
                    (a, b) -> new Match(Math.max(a.dense(), b.dense()), Math.max(a.lexical(), b.lexical())));
        }
        return byDocument;
    }
}
