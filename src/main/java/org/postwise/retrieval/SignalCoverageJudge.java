package org.postwise.retrieval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.postwise.config.RetrievalConfig;

/**
 * Judges coverage from two signals that fail in different ways:
 * <ul>
 *   <li>dense similarity of the best passage: robust to paraphrase and typos, but an off-topic question
 *       that shares a domain ("diabetes treatment" against a diabetes app) still scores fairly high;</li>
 *   <li>term coverage: the IDF-weighted share of the question's content terms that occur in the top
 *       passages. Off-topic questions hinge on words the material never uses ("ibuprofen", "weather").</li>
 *   <li>topic match: a content term of the question is one of the topic tags of a top passage's card
 *       ("blog", "colleague", "infodemiology"). Tags are the cards' own keywords, so an unusual wording of
 *       an in-scope question ("a blog about residency") still meets its topic; but one shared word is weak
 *       evidence, so it counts only for a question not far from every card's situation (see below).</li>
 *   <li>situation: similarity with the closest of the cards' own questions, which are worded the way staff
 *       ask; a question close to one of them is covered even when its words are not the material's.</li>
 * </ul>
 * Very low similarity always abstains, very high passage or situation similarity always answers; in between
 * the question's distinctive words must be found in the material, or the question must name a topic of the
 * cards found and be at least {@link RetrievalConfig#topicSituation()} similar to one of the cards' questions.
 */
public final class SignalCoverageJudge implements CoverageJudge {

    /** How many top passages the term coverage looks into: the ones an answer returns as sources. */
    static final int TERM_WINDOW = 5;

    private final RetrievalConfig config;

    public SignalCoverageJudge(RetrievalConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public Coverage judge(List<String> questionTerms, List<ScoredPassage> ranked, double situation,
                          PassageIndex index) {
        if (ranked.isEmpty()) {
            return new Coverage(false, 0, 0, false, situation, "empty index");
        }
        double bestDense = ranked.stream().mapToDouble(ScoredPassage::dense).max().orElse(0);
        if (questionTerms.isEmpty()) {
            return new Coverage(false, bestDense, 0, false, situation, "no content words");
        }
        double termCoverage = termCoverage(questionTerms, ranked, index);
        boolean topicMatch = topicMatch(questionTerms, ranked, index);
        if (situation >= config.strongSituation()) {
            return new Coverage(true, bestDense, termCoverage, topicMatch, situation, "situation matched");
        }
        if (bestDense < config.minDense()) {
            return new Coverage(false, bestDense, termCoverage, topicMatch, situation, "weak similarity");
        }
        if (bestDense >= config.strongDense()) {
            return new Coverage(true, bestDense, termCoverage, topicMatch, situation, "strong similarity");
        }
        if (termCoverage >= config.minTermCoverage()) {
            return new Coverage(true, bestDense, termCoverage, topicMatch, situation, "terms found");
        }
        if (!topicMatch) {
            return new Coverage(false, bestDense, termCoverage, false, situation, "terms missing");
        }
        // a tag word alone, in a question unlike every question the cards are written for, is a chance overlap
        // ("my nursing registration", "the unit's facebook rota"): over 860 labelled questions every such one
        // answered was out of scope
        boolean near = situation >= config.topicSituation();
        return new Coverage(near, bestDense, termCoverage, true, situation,
                near ? "topic matched" : "topic far from every situation");
    }

    static boolean topicMatch(List<String> questionTerms, List<ScoredPassage> ranked, PassageIndex index) {
        return ranked.stream().limit(TERM_WINDOW)
                .map(sp -> index.tagTerms(sp.passage().documentId()))
                .anyMatch(tags -> questionTerms.stream().anyMatch(tags::contains));
    }

    static double termCoverage(List<String> questionTerms, List<ScoredPassage> ranked, PassageIndex index) {
        var lexical = index.lexical();
        var ordinals = ranked.stream().limit(TERM_WINDOW)
                .mapToInt(sp -> index.ordinal(sp.passage().id())).toArray();
        double total = 0;
        double found = 0;
        for (String term : new LinkedHashSet<>(questionTerms)) {
            double w = lexical.idf(term);
            total += w;
            for (int ord : ordinals) {
                if (ord >= 0 && lexical.contains(ord, term)) {
                    found += w;
                    break;
                }
            }
        }
        return total == 0 ? 0 : found / total;
    }
}
