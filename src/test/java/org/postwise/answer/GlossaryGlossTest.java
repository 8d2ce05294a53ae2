package org.postwise.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlossaryGlossTest {

    private final GlossaryGloss gloss = new GlossaryGloss();

    @Test
    void reads_a_french_question_as_english_words_in_its_order() {
        // when
        var reading = gloss.gloss("Puis-je accepter la demande d'ami Facebook d'un patient ?");
        // then
        assertThat(reading).contains(new QuestionGloss.Reading("French", "can accept friend request facebook patient"));
    }

    @Test
    void reads_a_german_question_from_the_german_glossary() {
        // when
        var reading = gloss.gloss("Darf ich die Freundschaftsanfrage einer Patientin annehmen?");
        // then
        assertThat(reading).contains(new QuestionGloss.Reading("German", "can friend request patient accept"));
    }

    @Test
    void reads_a_known_phrase_as_one_before_its_words() {
        // when
        var reading = gloss.gloss("¿Puedo aceptar la solicitud de amistad de un paciente en Facebook?");
        // then
        assertThat(reading).hasValueSatisfying(r -> assertThat(r.english()).contains("friend request")
                .doesNotContain("friendship"));
    }

    @Test
    void reads_a_word_the_same_with_or_without_its_accents() {
        // when
        var accented = gloss.gloss("Une photo de patient publiée sur Instagram par une collègue");
        var plain = gloss.gloss("Une photo de patient publiee sur Instagram par une collegue");
        // then
        assertThat(accented).map(QuestionGloss.Reading::english).contains("photo patient posted instagram colleague");
        assertThat(plain).isEqualTo(accented);
    }

    @Test
    void leaves_names_and_other_unknown_words_out_of_the_reading() {
        // when
        var reading = gloss.gloss("Mon patient Jean-Pierre Dupont m'a envoyé une demande d'ami sur Facebook, "
                + "puis-je accepter ?");
        // then
        assertThat(reading).hasValueSatisfying(r -> assertThat(r.english()).contains("friend request")
                .doesNotContainIgnoringCase("jean").doesNotContainIgnoringCase("pierre")
                .doesNotContainIgnoringCase("dupont"));
    }

    @Test
    void reads_nothing_when_too_few_of_the_words_are_known() {
        // when
        var reading = gloss.gloss("Mon voisin Jean-Claude joue du saxophone jusqu'à minuit");
        // then
        assertThat(reading).isEmpty();
    }
}
