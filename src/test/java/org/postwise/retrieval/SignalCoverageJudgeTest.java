package org.postwise.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postwise.config.RetrievalConfig;

class SignalCoverageJudgeTest {

    private final PassageIndex index = RetrievalFixtures.index();
    private final RetrievalConfig config = RetrievalConfig.DEFAULTS;
    private final SignalCoverageJudge judge = new SignalCoverageJudge(config);

    /** The fixture passages ranked in order, all with the given similarity to the question. */
    private List<ScoredPassage> rankedWithSimilarity(double dense) {
        var out = new ArrayList<ScoredPassage>();
        for (var sp : RetrievalFixtures.ranked(index)) {
            out.add(new ScoredPassage(sp.passage(), sp.score(), dense, sp.lexical()));
        }
        return out;
    }

    @Test
    void answers_on_strong_similarity_even_without_shared_words() {
        var c = judge.judge(index.analyze("befriending someone I treat"), rankedWithSimilarity(config.strongDense()), 0, index);
        assertThat(c.covered()).isTrue();
        assertThat(c.reason()).isEqualTo("strong similarity");
    }

    @Test
    void abstains_on_weak_similarity_even_when_words_match() {
        var c = judge.judge(index.analyze("mashup HealthMap"), rankedWithSimilarity(config.minDense() - 0.01), 0, index);
        assertThat(c.covered()).isFalse();
        assertThat(c.reason()).isEqualTo("weak similarity");
        assertThat(c.termCoverage()).isEqualTo(1.0);
    }

    @Test
    void in_between_answers_only_when_the_distinctive_words_are_in_the_passages() {
        double middle = (config.minDense() + config.strongDense()) / 2;
        var found = judge.judge(index.analyze("HealthMap mashup outbreaks"), rankedWithSimilarity(middle), 0, index);
        var missing = judge.judge(index.analyze("ibuprofen dosage for adults"), rankedWithSimilarity(middle), 0, index);
        assertThat(found.covered()).isTrue();
        assertThat(missing.covered()).isFalse();
        assertThat(missing.reason()).isEqualTo("terms missing");
    }

    @Test
    void in_between_answers_when_the_question_names_a_topic_tag_of_a_card_found() {
        // given a similarity in between, "encyclopedia", a tag of the wikis card, in the question, and a question
        // as close to a card's own questions as a topic match needs
        double middle = (config.minDense() + config.strongDense()) / 2;
        var ranked = rankedWithSimilarity(middle);
        var terms = index.analyze("can volunteers edit an online encyclopedia about rare diseases and dosing");
        // when
        var c = judge.judge(terms, ranked, config.topicSituation(), index);
        // then the distinctive words are mostly missing, but the topic is the card's
        assertThat(c.termCoverage()).isLessThan(config.minTermCoverage());
        assertThat(c.topicMatch()).isTrue();
        assertThat(c.covered()).isTrue();
        assertThat(c.reason()).isEqualTo("topic matched");
    }

    @Test
    void a_topic_tag_never_rescues_a_weak_similarity() {
        // given a tag of the wikis card in the question, but a passage similarity below the floor
        var terms = index.analyze("can volunteers edit an online encyclopedia about rare diseases and dosing");
        // when
        var c = judge.judge(terms, rankedWithSimilarity(config.minDense() - 0.01), config.strongSituation() - 0.01,
                index);
        // then
        assertThat(c.covered()).isFalse();
        assertThat(c.reason()).isEqualTo("weak similarity");
    }

    @Test
    void abstains_when_a_topic_tag_is_the_only_signal_and_the_question_is_far_from_every_cards_questions() {
        // given a similarity in between and a tag of the wikis card in the question, but no card's own question
        // near it: one shared word is then a chance overlap
        double middle = (config.minDense() + config.strongDense()) / 2;
        var terms = index.analyze("can volunteers edit an online encyclopedia about rare diseases and dosing");
        // when
        var c = judge.judge(terms, rankedWithSimilarity(middle), config.topicSituation() - 0.01, index);
        // then
        assertThat(c.topicMatch()).isTrue();
        assertThat(c.covered()).isFalse();
        assertThat(c.reason()).isEqualTo("topic far from every situation");
    }

    @Test
    void weighs_rare_words_above_common_ones() {
        // "healthmap" occurs in one passage, "social" in none but is common English; coverage is by IDF
        double rare = SignalCoverageJudge.termCoverage(List.of("healthmap", "zzzunknown"), RetrievalFixtures.ranked(index), index);
        assertThat(rare).isGreaterThan(0.0).isLessThan(1.0);
        assertThat(SignalCoverageJudge.termCoverage(List.of("healthmap"), RetrievalFixtures.ranked(index), index))
                .isEqualTo(1.0);
    }

    @Test
    void answers_when_the_question_is_close_to_a_cards_own_question() {
        // given a weak passage similarity and unknown words, but a question close to a card's own questions
        var terms = index.analyze("can i befriend somebody i look after");
        // when
        var c = judge.judge(terms, rankedWithSimilarity(config.minDense() - 0.01), config.strongSituation(), index);
        // then
        assertThat(c.covered()).isTrue();
        assertThat(c.reason()).isEqualTo("situation matched");
    }

    @Test
    void abstains_with_an_empty_ranking() {
        assertThat(judge.judge(List.of("blog"), List.of(), 0, index).covered()).isFalse();
    }
}
