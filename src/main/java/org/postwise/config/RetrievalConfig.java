package org.postwise.config;

import java.util.Locale;
import java.util.Objects;

/**
 * How passages are found and when the material is judged not to cover a question. The defaults were
 * chosen by measurement on the development set and on a separate calibration set (see README).
 *
 * @param candidates      passages taken from each of the lexical and dense rankings before fusion
 * @param fusion          how the two rankings are combined
 * @param denseWeight     for {@link Fusion#CONVEX}: weight of the dense score; the lexical one gets the rest
 * @param rrfK            for {@link Fusion#RRF}: the constant k; larger flattens rank differences
 * @param minDense        cosine similarity of the best passage below which a question is never covered
 * @param strongDense     cosine similarity at or above which the dense signal alone is enough
 * @param minTermCoverage share (by IDF weight) of the question's content terms that the best passages must
 *                        contain when the similarity is between {@code minDense} and {@code strongDense}
 * @param situationWeight how much a card's situation score (closeness of the question to its title and
 *                        {@code questions:}) adds to the fused score of its passages
 * @param strongSituation cosine similarity with a card's question at or above which the question is covered
 * @param topicSituation  cosine similarity with a card's question below which a topic tag named by the question no
 *                        longer covers it: a single shared tag word in a question far from every card's situation
 *                        ("my nursing registration", "a colleague under the influence") is chance
 */
public record RetrievalConfig(int candidates, Fusion fusion, double denseWeight, int rrfK, double minDense,
                              double strongDense, double minTermCoverage, double situationWeight,
                              double strongSituation, double topicSituation) {

    /** How the lexical and dense rankings are combined. */
    public enum Fusion {
        /** Weighted sum of the scores, each divided by the best score of its ranking. */
        CONVEX,
        /** Reciprocal rank fusion: each ranking adds {@code 1 / (k + rank)}. */
        RRF;

        public static Fusion parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("fusion must be 'convex' or 'rrf' but was '" + s + "'");
            }
        }
    }

    public static final RetrievalConfig DEFAULTS =
            new RetrievalConfig(30, Fusion.CONVEX, 0.8, 60, 0.36, 0.47, 0.55, 1.2, 0.62, 0.40);

    public RetrievalConfig {
        Objects.requireNonNull(fusion, "fusion");
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be >= 1 but was " + candidates);
        }
        if (!(denseWeight >= 0 && denseWeight <= 1)) {
            throw new IllegalArgumentException("denseWeight must be in [0, 1] but was " + denseWeight);
        }
        if (rrfK < 1) {
            throw new IllegalArgumentException("rrfK must be >= 1 but was " + rrfK);
        }
        if (!(minDense >= -1 && minDense <= strongDense && strongDense <= 1)) {
            throw new IllegalArgumentException(
                    "need -1 <= minDense <= strongDense <= 1 but got " + minDense + ", " + strongDense);
        }
        if (!(minTermCoverage >= 0 && minTermCoverage <= 1)) {
            throw new IllegalArgumentException("minTermCoverage must be in [0, 1] but was " + minTermCoverage);
        }
        if (!(situationWeight >= 0 && situationWeight <= 2)) {
            throw new IllegalArgumentException("situationWeight must be in [0, 2] but was " + situationWeight);
        }
        if (!(strongSituation >= -1 && strongSituation <= 1)) {
            throw new IllegalArgumentException("strongSituation must be in [-1, 1] but was " + strongSituation);
        }
        if (!(topicSituation >= -1 && topicSituation <= strongSituation)) {
            throw new IllegalArgumentException(
                    "need -1 <= topicSituation <= strongSituation but got " + topicSituation + ", " + strongSituation);
        }
    }

    public RetrievalConfig withFusion(Fusion f, double weight) {
        return new RetrievalConfig(candidates, f, weight, rrfK, minDense, strongDense, minTermCoverage,
                situationWeight, strongSituation, topicSituation);
    }
}
