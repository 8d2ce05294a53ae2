package org.postwise.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationMarkersTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void cites_every_sentence_of_a_run_to_the_marker_that_ends_it() {
        // given
        String paragraph = "Farnan advises against friending patients. Farnan also warns about texting [@farnan].";
        // when
        var sentences = CitationMarkers.sentences(paragraph, splitter);
        // then
        assertThat(sentences).extracting(CitationMarkers.Cited::keys)
                .containsExactly(List.of("farnan"), List.of("farnan"));
    }

    @Test
    void cites_two_runs_of_one_paragraph_to_their_own_bodies() {
        // given
        String paragraph = "The AMA asks for boundaries [@ama]. The GMC says settings are not a guarantee [@gmc].";
        // when
        var sentences = CitationMarkers.sentences(paragraph, splitter);
        // then
        assertThat(sentences).extracting(CitationMarkers.Cited::keys)
                .containsExactly(List.of("ama"), List.of("gmc"));
    }

    @Test
    void leaves_sentences_after_the_last_marker_as_the_cards_own_words() {
        // given
        String paragraph = "The AMA asks for boundaries [@ama]. A kind word at the next visit helps.";
        // when
        var sentences = CitationMarkers.sentences(paragraph, splitter);
        // then
        assertThat(sentences.get(1).ownWords()).isTrue();
        assertThat(sentences.get(1).text()).isEqualTo("A kind word at the next visit helps.");
    }

    @Test
    void keeps_a_marker_written_after_the_full_stop_with_its_sentence() {
        // given
        String paragraph = "The AMA asks for boundaries. [@ama] Our own tip follows.";
        // when
        var sentences = CitationMarkers.sentences(paragraph, splitter);
        // then
        assertThat(sentences).extracting(CitationMarkers.Cited::text)
                .containsExactly("The AMA asks for boundaries.", "Our own tip follows.");
        assertThat(sentences.get(0).keys()).containsExactly("ama");
    }

    @Test
    void reads_several_keys_in_one_marker() {
        // when
        var bullet = CitationMarkers.bullet("Do not post patient photos [@ana; @ncsbn].");
        // then
        assertThat(bullet.keys()).containsExactly("ana", "ncsbn");
        assertThat(bullet.text()).isEqualTo("Do not post patient photos.");
    }

    @Test
    void reads_the_postwise_key_as_the_cards_own_words() {
        // when
        var sentences = CitationMarkers.sentences("Our framing [@postwise]. The AMA says so [@ama].", splitter);
        // then
        assertThat(sentences.get(0).ownWords()).isTrue();
        assertThat(sentences.get(1).keys()).containsExactly("ama");
    }
}
