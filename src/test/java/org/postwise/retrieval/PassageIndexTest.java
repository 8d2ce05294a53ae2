package org.postwise.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postwise.knowledge.AskerCues;
import org.postwise.knowledge.DocumentKind;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.Passage;

class PassageIndexTest {

    private final PassageIndex index = RetrievalFixtures.index();

    @Test
    void reads_every_word_of_a_question_in_order_with_its_small_words_stemmed_as_terms_are() {
        // when
        List<String> words = index.words("I'm the manager who accepted it");
        // then
        assertThat(words).containsExactly("i'm", "the", "manag", "who", "accept", "it");
    }

    @Test
    void reads_a_curly_apostrophe_as_a_straight_one() {
        // when / then
        assertThat(index.words("I’m a manager")).isEqualTo(index.words("I'm a manager"));
    }

    @Test
    void does_not_name_a_cue_whose_words_have_another_word_between_them() {
        // given
        var cue = List.of(index.words("i manage"));
        // when / then
        assertThat(PassageIndex.names(index.words("i told management"), cue)).isFalse();
    }

    @Test
    void does_not_name_a_cue_whose_words_are_in_another_order() {
        // given
        var cue = List.of(index.words("i manage"));
        // when / then
        assertThat(PassageIndex.names(index.words("my manager said i should"), cue)).isFalse();
    }

    @Test
    void a_card_condition_holds_when_the_question_names_a_cue_of_every_group() {
        // given a card for a patient's relatives
        var index = RetrievalFixtures.index(List.of(cardWith(new AskerCues(List.of(new AskerCues.Condition(
                List.of(List.of("daughter", "son"), List.of("patient")))), List.of()))));
        // when / then
        assertThat(index.askerFit("relatives", index.words("My patient's son messaged me"))).isEqualTo(1);
        assertThat(index.askerFit("relatives", index.words("My son messaged me"))).isZero();
    }

    @Test
    void an_unless_condition_lowers_the_fit() {
        // given a card not for requests from an instructor
        var index = RetrievalFixtures.index(List.of(cardWith(new AskerCues(List.of(), List.of(
                new AskerCues.Condition(List.of(List.of("clinical instructor"))))))));
        // when / then
        assertThat(index.askerFit("relatives", index.words("my clinical instructor added me"))).isEqualTo(-1);
    }

    @Test
    void a_question_meeting_both_a_when_and_an_unless_condition_fits_worse() {
        // given a card for relatives, but not for a relative who is also a colleague
        var index = RetrievalFixtures.index(List.of(cardWith(new AskerCues(
                List.of(new AskerCues.Condition(List.of(List.of("son")))),
                List.of(new AskerCues.Condition(List.of(List.of("coworker"))))))));
        // when / then
        assertThat(index.askerFit("relatives", index.words("my coworker's son messaged me"))).isEqualTo(-1);
    }

    @Test
    void a_question_meeting_no_only_condition_fits_worse() {
        // given a card only for a relative who messages
        var index = RetrievalFixtures.index(List.of(cardWith(new AskerCues(List.of(), List.of(),
                List.of(new AskerCues.Condition(List.of(List.of("son", "daughter"))))))));
        // when / then
        assertThat(index.askerFit("relatives", index.words("my coworker messaged me"))).isEqualTo(-1);
    }

    @Test
    void a_question_meeting_an_only_condition_fits_as_its_other_conditions_say() {
        // given a card only for a relative who messages, and better for a patient's relative
        var index = RetrievalFixtures.index(List.of(cardWith(new AskerCues(
                List.of(new AskerCues.Condition(List.of(List.of("son"), List.of("patient")))), List.of(),
                List.of(new AskerCues.Condition(List.of(List.of("son", "daughter"))))))));
        // when / then
        assertThat(index.askerFit("relatives", index.words("my neighbour's son messaged me"))).isZero();
    }

    @Test
    void reads_an_only_condition_made_of_words_found_in_most_passages() {
        // given a card only for questions that name a patient, a word in every passage of the fixture
        var index = RetrievalFixtures.index(List.of(cardWith(new AskerCues(List.of(), List.of(),
                List.of(new AskerCues.Condition(List.of(List.of("patient"))))))));
        // when / then
        assertThat(index.askerFit("relatives", index.words("my patient messaged me"))).isZero();
        assertThat(index.askerFit("relatives", index.words("my neighbour messaged me"))).isEqualTo(-1);
    }

    @Test
    void ignores_a_condition_made_only_of_words_found_in_most_passages() {
        // given a condition whose only cue ("patient") is in every passage of the fixture
        var index = RetrievalFixtures.index(List.of(cardWith(new AskerCues(List.of(new AskerCues.Condition(
                List.of(List.of("patient")))), List.of()))));
        // when / then
        assertThat(index.askerFit("relatives", index.words("my patient messaged me"))).isZero();
    }

    private static KnowledgeDocument cardWith(AskerCues askers) {
        return new KnowledgeDocument("relatives", DocumentKind.CARD, Path.of("knowledge", "relatives.md"),
                "A patient's relative contacts you online", "contact", List.of(), List.of("A patient's son messaged me"),
                List.of(TestDocuments.REVIEW), List.of(), List.of(new Passage("relatives#1", "relatives",
                        "A patient's relative contacts you online", DocumentKind.CARD, TestDocuments.REVIEW, "Summary",
                        "A patient's relative who contacts staff online should be pointed to the ward's line.")),
                List.of(), askers);
    }
}
