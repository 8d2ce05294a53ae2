package org.postwise.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StopWordLanguageCheckTest {

    private final StopWordLanguageCheck check = new StopWordLanguageCheck();

    @Test
    void takes_an_english_question_for_english() {
        // when
        var language = check.otherLanguage("Can I accept a friend request from a patient on Facebook?");
        // then
        assertThat(language).isEmpty();
    }

    @Test
    void recognises_a_french_question() {
        // when
        var language = check.otherLanguage(
                "Est-ce que je peux accepter une demande d'ami d'un de mes patients sur Facebook ?");
        // then
        assertThat(language).contains("French");
    }

    @Test
    void recognises_a_spanish_question() {
        // when
        var language = check.otherLanguage("¿Puedo publicar una foto de mi turno en el hospital con mis compañeros?");
        // then
        assertThat(language).contains("Spanish");
    }

    @Test
    void recognises_a_question_in_another_script() {
        // when
        var language = check.otherLanguage("Можно ли добавить пациента в друзья в социальной сети?");
        // then
        assertThat(language).isPresent();
    }

    @Test
    void keeps_an_english_question_that_quotes_a_foreign_phrase_english() {
        // when
        var language = check.otherLanguage("My patient wrote 'merci pour tout' on my Instagram post, can I reply?");
        // then
        assertThat(language).isEmpty();
    }
}
