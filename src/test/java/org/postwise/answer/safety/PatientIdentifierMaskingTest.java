package org.postwise.answer.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Warn, and still help": the masked question keeps the situation and loses every identifier. */
class PatientIdentifierMaskingTest {

    private final QuestionMasker masker = new PatientIdentifierGuard();

    @Test
    void masks_every_identifier_of_a_handoff_note() {
        // given
        String question = "Oliver Grant ready for discharge to 18 Willow Crescent, Leeds. Mum Hannah Grant on "
                + "07700 900457, MRN 55102938, admitted 2024-02-11. Can I reply to her Facebook message?";

        // when
        MaskedQuestion masked = masker.mask(question);

        // then
        assertThat(masked.text()).doesNotContain("Oliver", "Grant", "Willow", "Leeds", "Hannah", "07700", "900457",
                "55102938", "2024-02-11");
        assertThat(masked.text()).contains("ready for discharge", "Facebook message");
    }

    @Test
    void masks_the_identifiers_inside_a_patients_quoted_message() {
        // given
        String question = "A patient sent me on Instagram: \"I'm Rosa Delgado, card 4111 1111 1111 1111, "
                + "born 12/03/1961, see www.rosa-d.example.com\" Should I answer there?";

        // when
        MaskedQuestion masked = masker.mask(question);

        // then
        assertThat(masked.text()).doesNotContain("Rosa", "Delgado", "4111", "1961", "rosa-d");
        assertThat(masked.text()).startsWith("A patient sent me on Instagram:").endsWith("Should I answer there?");
    }

    @Test
    void masks_a_phone_number_written_out_in_words() {
        // given
        String question = "A patient's daughter left her mobile in a comment as oh seven seven zero zero, nine zero "
                + "zero, four five seven. Should I hide it?";

        // when
        MaskedQuestion masked = masker.mask(question);

        // then
        assertThat(masked.text()).doesNotContain("seven", "07700", "900457");
        assertThat(masked.text()).contains("left her mobile in a comment", "Should I hide it?");
    }

    @Test
    void names_the_kinds_it_replaced_with_fixed_placeholders() {
        // given
        String question = "Patient Tom Baker emailed me from tom.baker@example.org about his MRI.";

        // when
        MaskedQuestion masked = masker.mask(question);

        // then
        assertThat(masked.text()).isEqualTo("Patient [name] emailed me from [email] about his MRI.");
        assertThat(masked.kinds()).containsExactly(PatientIdentifierGuard.NAME, PatientIdentifierGuard.EMAIL);
    }

    @Test
    void masks_places_and_codes_the_patterns_do_not_list() {
        // given a case presentation with a facility, a city and an alphanumeric reference
        String question = "pt w/ hx of CHF seen at Lakeview Medical in Tacoma on 03/02/2023, ref QX-20931?";

        // when
        MaskedQuestion masked = masker.mask(question);

        // then
        assertThat(masked.text()).doesNotContain("Lakeview", "Tacoma", "03/02/2023", "QX-20931");
        assertThat(masked.text()).contains("CHF");
    }

    @Test
    void leaves_a_question_without_identifiers_as_it_is() {
        // given
        String question = "Can I accept a friend request from a patient on Facebook?";

        // when
        MaskedQuestion masked = masker.mask(question);

        // then
        assertThat(masked.text()).isEqualTo(question);
        assertThat(masked.changed()).isFalse();
    }

    @Test
    void shows_only_length_and_kinds_when_printed() {
        // when
        MaskedQuestion masked = masker.mask("Patient Tom Baker asked me on Twitter.");

        // then
        assertThat(masked.toString()).isEqualTo("MaskedQuestion[" + masked.text().length() + " chars, kinds=["
                + PatientIdentifierGuard.NAME + "]]");
    }

    @Test
    void rejects_null_with_a_clear_message() {
        // when / then
        assertThatThrownBy(() -> masker.mask(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("question must not be null");
    }

    @Test
    void masked_question_copies_its_kinds() {
        // given
        var kinds = new java.util.ArrayList<>(List.of("x"));

        // when
        MaskedQuestion masked = new MaskedQuestion("t", kinds);
        kinds.add("y");

        // then
        assertThat(masked.kinds()).containsExactly("x");
    }
}
