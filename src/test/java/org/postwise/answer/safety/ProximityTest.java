package org.postwise.answer.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProximityTest {

    private final Proximity patientBefore = new Proximity(Pattern.compile("\\bpatient\\b"), 20, 0);

    @Test
    void finds_a_cue_in_the_characters_before_the_match() {
        // given
        String text = "the patient MRN 1234567";
        // when / then
        assertThat(patientBefore.precedes(text, text.indexOf("MRN"))).isTrue();
    }

    @Test
    void does_not_find_a_cue_beyond_the_window() {
        // given
        String text = "the patient had a long stay and then MRN 1234567";
        // when / then
        assertThat(patientBefore.precedes(text, text.indexOf("MRN"))).isFalse();
    }

    @Test
    void treats_an_offset_past_the_end_of_the_text_as_the_end() {
        // given an offset a caller computed past a match at the very end of the text
        String text = "shows the patient DOB 7/2/49";
        // when / then
        assertThat(patientBefore.precedes(text, text.indexOf("DOB") + 16)).isTrue();
    }
}
