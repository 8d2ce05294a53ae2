package org.postwise.retrieval;

import java.util.List;

/**
 * Decides whether retrieved passages cover a question. A single similarity threshold does not separate
 * in-scope from out-of-scope questions, so judges combine signals.
 */
public interface CoverageJudge {

    /**
     * @param questionTerms the question's analysed content terms (stemmed, no stop words)
     * @param ranked        fused ranking, best first
     * @param situation     cosine similarity of the closest situation of a guideline card (0 when none)
     * @param index         the index the ranking came from, for term statistics
     */
    Coverage judge(List<String> questionTerms, List<ScoredPassage> ranked, double situation, PassageIndex index);
}
