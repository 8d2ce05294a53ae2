package org.postwise.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpellingCorrectorTest {

    private final SpellingCorrector corrector = new SpellingCorrector(
            SpellingCorrector.words(List.of("Can I accept a friend request from a patient on Facebook?")),
            Set.of("weather"));

    @Test
    void corrects_misspelt_words_from_the_materials_vocabulary() {
        // when
        String corrected = corrector.correct("can i acept a frend reqest from a pateint on facebok");
        // then
        assertThat(corrected).isEqualTo("can i accept a friend request from a patient on facebook");
    }

    @Test
    void leaves_known_english_words_the_material_does_not_use_alone() {
        // when
        String corrected = corrector.correct("What is the weather tomorrow?");
        // then
        assertThat(corrected).isEqualTo("What is the weather tomorrow?");
    }

    @Test
    void leaves_english_words_of_the_shipped_word_list_alone_when_the_material_has_a_near_word() {
        // given: the material says "offered", "flirting" and "teaching"; the question's words are none of them
        var shipped = new SpellingCorrector(
                SpellingCorrector.words(List.of("The clinic offered flirting advice while teaching.")),
                KnownWords.fromWordList(KnownWords.ENGLISH_WORDS));
        // when
        String corrected = shipped.correct("I don't want to offend him after the fainting, and she keeps trashing us");
        // then
        assertThat(corrected).isEqualTo("I don't want to offend him after the fainting, and she keeps trashing us");
    }

    @Test
    void spells_out_chat_shorthand() {
        // when
        String corrected = corrector.correct("can I post pics of a pt on fb");
        // then
        assertThat(corrected).isEqualTo("can I post photos of a patient on Facebook");
    }

    @Test
    void never_changes_words_shorter_than_four_letters() {
        // when ("fro" is one letter from "from", which the material uses)
        String corrected = corrector.correct("fro");
        // then
        assertThat(corrected).isEqualTo("fro");
    }
    @Test
    void spells_out_chat_verbs_instead_of_reading_them_as_a_near_word() {
        // given: "dmed" is one letter from "died", which the material uses
        var material = new SpellingCorrector(
                SpellingCorrector.words(List.of("A patient died. She messaged me.")), Set.of());
        // when
        String corrected = material.correct("a journalist DMed me");
        // then
        assertThat(corrected).isEqualTo("a journalist messaged me");
    }

    @Test
    void gives_a_contraction_typed_without_its_apostrophe_the_apostrophe_back() {
        // given: "dont" is one letter from "done", which the material uses
        var material = new SpellingCorrector(SpellingCorrector.words(List.of("It was done.")), Set.of());
        // when
        String corrected = material.correct("I dont want to reply");
        // then
        assertThat(corrected).isEqualTo("I don't want to reply");
    }

    @Test
    void leaves_the_plural_of_a_word_of_the_material_alone() {
        // given: "cnas" is one letter from "cna", which the material says
        var material = new SpellingCorrector(
                SpellingCorrector.words(List.of("A CNA can help.")), Set.of());
        // when
        String corrected = material.correct("two of our cnas posted");
        // then
        assertThat(corrected).isEqualTo("two of our cnas posted");
    }

    @Test
    void corrects_a_misspelling_whose_stem_is_that_of_its_correction() {
        // given: "privatly" has the stem of the known word "private"; its correction "privately" has it too
        var material = new SpellingCorrector(
                SpellingCorrector.words(List.of("Set the account privately.")), Set.of("private"));
        // when
        String corrected = material.correct("posting privatly");
        // then
        assertThat(corrected).isEqualTo("posting privately");
    }

    @Test
    void corrects_a_misspelling_that_looks_like_the_plural_of_a_known_word() {
        // given: "acess" looks like "aces" and a plural ending, but "aces" is no word of the material
        var material = new SpellingCorrector(
                SpellingCorrector.words(List.of("Who has access to the page?")), Set.of("aces"));
        // when
        String corrected = material.correct("who has acess");
        // then
        assertThat(corrected).isEqualTo("who has access");
    }

    @Test
    void spells_out_the_title_healthcare_assistants_use() {
        // given: "hcas" is one letter from "has", which the material says
        var material = new SpellingCorrector(SpellingCorrector.words(List.of("She has a question.")), Set.of());
        // when
        String corrected = material.correct("two of our HCAs posted");
        // then
        assertThat(corrected).isEqualTo("two of our healthcare assistants posted");
    }

    @Test
    void leaves_a_word_with_the_stem_of_a_known_word_alone() {
        // given: "understaffing" is two letters from "understanding"; "understaffed" is a known word
        var material = new SpellingCorrector(
                SpellingCorrector.words(List.of("Understanding the rules.")), Set.of("understaffed"));
        // when
        String corrected = material.correct("a post about understaffing");
        // then
        assertThat(corrected).isEqualTo("a post about understaffing");
    }
}
