package org.postwise.answer.safety;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.postwise.retrieval.DenseIndex;
import org.postwise.retrieval.QueryEmbedder;

/**
 * Flags {@link QuestionGuard#INJECTION} when a question means what a known attack means, in words the pattern
 * guard has no rule for: its embedding is at least {@link ExemplarThresholds#minSimilarity()} similar to some
 * attack exemplar, and nearer to that attack than to every ordinary exemplar by at least
 * {@link ExemplarThresholds#minMargin()}. The ordinary exemplars are staff questions that share an attack's
 * words, questions with and without patient details and pasted material, so a question about ignoring trolls
 * or a pasted policy finds its own kind first.
 *
 * <p>The embedding model reads English, so a question in another language passes untouched (the pattern
 * guard reads twenty languages, and such a question gets a reply saying Postwise answers in English). The
 * whole question is compared, not its sentences one by one: split, pasted e-mails and chat logs matched
 * attacks by a sentence of ordinary text far too often. The question's vector comes from the same caching
 * {@link QueryEmbedder} retrieval uses, so retrieval reuses it unless its spelling correction changed a word.
 */
public final class NearestExemplarGuard implements QuestionGuard {

    /** The kind this guard reports. */
    public static final String KIND = "close to a known attack";

    private final QueryEmbedder embedder;
    private final AttackExemplars exemplars;
    private final ExemplarThresholds thresholds;
    private final Predicate<String> readsAsEnglish;
    private final DenseIndex attacks;
    private final DenseIndex ordinary;

    /**
     * @param embedder       embeds the question (unit length, the exemplars' space)
     * @param exemplars      the attack and ordinary exemplars' vectors
     * @param thresholds     how close to an attack, and how much closer than to ordinary questions
     * @param readsAsEnglish whether a question is written in English, which the embedding model reads
     */
    public NearestExemplarGuard(QueryEmbedder embedder, AttackExemplars exemplars, ExemplarThresholds thresholds,
                                Predicate<String> readsAsEnglish) {
        this.embedder = Objects.requireNonNull(embedder, "embedder must not be null");
        this.exemplars = Objects.requireNonNull(exemplars, "exemplars must not be null");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds must not be null");
        this.readsAsEnglish = Objects.requireNonNull(readsAsEnglish, "readsAsEnglish must not be null");
        this.attacks = new DenseIndex(exemplars.attacks(), exemplars.dimension());
        this.ordinary = new DenseIndex(exemplars.ordinary(), exemplars.dimension());
    }

    /**
     * {@inheritDoc}
     *
     * @throws NullPointerException if {@code question} is {@code null}
     */
    @Override
    public GuardVerdict inspect(String question) {
        Objects.requireNonNull(question, "question must not be null");
        if (question.isBlank() || !readsAsEnglish.test(question)) {
            return GuardVerdict.CLEAN;
        }
        float[] v = embedder.embed(question);
        if (v.length != exemplars.dimension()) {
            throw new IllegalStateException("the question's embedding has " + v.length + " dimensions but the "
                    + "exemplars' have " + exemplars.dimension() + ": embed both with the same model");
        }
        double attack = nearest(v, attacks);
        if (attack < thresholds.minSimilarity()) {
            return GuardVerdict.CLEAN;
        }
        return attack - nearest(v, ordinary) >= thresholds.minMargin()
                ? new GuardVerdict(Set.of(INJECTION), List.of(KIND)) : GuardVerdict.CLEAN;
    }

    /** The highest cosine similarity between {@code v} and any of the exemplars in {@code index}. */
    private static double nearest(float[] v, DenseIndex index) {
        return Arrays.stream(index.similarities(v)).max().orElse(-1);
    }

    /** Names the guard and its thresholds; a guard has no question text to show. */
    @Override
    public String toString() {
        return "NearestExemplarGuard" + thresholds + ", " + exemplars;
    }
}
