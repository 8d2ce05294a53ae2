package org.postwise.retrieval;

import java.util.Objects;
import org.postwise.knowledge.Passage;

/**
 * A passage with the evidence for its rank.
 *
 * @param passage the passage
 * @param score   fused score (higher is better)
 * @param dense   cosine similarity between question and passage
 * @param lexical BM25 score, 0 when the passage holds none of the question's terms (under RRF fusion, also when it
 *                is not among the best lexical hits)
 */
public record ScoredPassage(Passage passage, double score, double dense, double lexical) {

    public ScoredPassage {
        Objects.requireNonNull(passage, "passage");
    }
}
