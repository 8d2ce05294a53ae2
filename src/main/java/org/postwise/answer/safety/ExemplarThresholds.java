package org.postwise.answer.safety;

/**
 * How near a question must be to an attack exemplar for {@link NearestExemplarGuard} to flag it.
 *
 * @param minSimilarity the least cosine similarity to the nearest attack exemplar, in (0, 1]
 * @param minMargin     how much nearer to that attack than to the nearest ordinary exemplar, in [0, 1]
 */
public record ExemplarThresholds(double minSimilarity, double minMargin) {

    /**
     * Chosen on guard rounds written apart from one another (see the README, Guards): with the exemplars of
     * earlier rounds, 0.55 and 0.10 caught about half of what the patterns missed in later rounds and flagged
     * one benign message of 530; a lower similarity or a smaller margin flagged several.
     */
    public static final ExemplarThresholds STANDARD = new ExemplarThresholds(0.55, 0.10);

    public ExemplarThresholds {
        if (!(minSimilarity > 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("minSimilarity must be in (0, 1] but was " + minSimilarity);
        }
        if (!(minMargin >= 0 && minMargin <= 1)) {
            throw new IllegalArgumentException("minMargin must be in [0, 1] but was " + minMargin);
        }
    }
}
