package org.postwise.answer.generation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.postwise.knowledge.Passage;
import org.postwise.knowledge.SourceRef;
import org.postwise.retrieval.Retrieval;
import org.postwise.retrieval.ScoredDocument;
import org.postwise.retrieval.ScoredPassage;

/**
 * The passages retrieved for one question, numbered from 1 as the language model sees them: the best-ranked
 * passages, then the "What to do" passages of the best-ranked card (and of the second, when it fits nearly as
 * well), so the model has the card's actions to cite. A citation is valid only when it names one of these numbers.
 *
 * @param passages the passages, in order: number {@code n} is {@code passages.get(n - 1)}
 */
public record ModelPassages(List<ScoredPassage> passages) {

    /** The second card's actions come only when its score is this close to the best card's. */
    static final double ACTION_DOCUMENT_GAP = 0.08;
    /** Passages beyond the best-ranked ones, at most: the cards' actions. */
    static final int EXTRA_ACTION_PASSAGES = 3;

    public ModelPassages {
        passages = List.copyOf(passages);
        if (passages.isEmpty()) {
            throw new IllegalArgumentException("a model answer needs at least one passage");
        }
    }

    /** The passages of {@code retrieval} for the model: at most {@code maxSources} best-ranked, then actions. */
    public static ModelPassages of(Retrieval retrieval, int maxSources) {
        return of(retrieval, maxSources, Optional.empty());
    }

    /**
     * As {@link #of(Retrieval, int)}, for an asker who says they work in {@code country}, by the extractive answer's
     * rule: a best-ranked passage of evidence that rests only on another country's law or regulator is left out,
     * unless no evidence would be left; "What to do" passages stay whatever they rest on.
     */
    public static ModelPassages of(Retrieval retrieval, int maxSources, Optional<String> country) {
        Objects.requireNonNull(retrieval, "retrieval");
        Objects.requireNonNull(country, "country");
        var chosen = new LinkedHashMap<String, ScoredPassage>();
        List<ScoredPassage> best = retrieval.passages().stream().limit(maxSources).toList();
        List<ScoredPassage> kept = best.stream()
                .filter(sp -> isAction(sp.passage())
                        || SourceRef.anyAppliesIn(sp.passage().sources(), country))
                .toList();
        boolean evidenceLeft = kept.stream().anyMatch(sp -> !isAction(sp.passage()));
        (evidenceLeft ? kept : best).forEach(sp -> chosen.putIfAbsent(sp.passage().id(), sp));
        List<ScoredDocument> material = retrieval.documents().stream().filter(d -> d.document().isMaterial())
                .limit(2).toList();
        int extra = 0;
        for (int i = 0; i < material.size(); i++) {
            ScoredDocument d = material.get(i);
            if (i > 0 && d.score() < material.get(0).score() - ACTION_DOCUMENT_GAP) {
                break;
            }
            for (Passage p : d.document().passages()) {
                if (extra < EXTRA_ACTION_PASSAGES && isAction(p)
                        && !chosen.containsKey(p.id())) {
                    chosen.put(p.id(), new ScoredPassage(p, d.score(), 0, 0));
                    extra++;
                }
            }
        }
        return new ModelPassages(new ArrayList<>(chosen.values()));
    }

    /** A card's "What to do" passage. */
    private static boolean isAction(Passage p) {
        return p.section().equalsIgnoreCase("what to do");
    }

    public int size() {
        return passages.size();
    }

    /** Passage number {@code n}, from 1. */
    public ScoredPassage number(int n) {
        return passages.get(n - 1);
    }
}
