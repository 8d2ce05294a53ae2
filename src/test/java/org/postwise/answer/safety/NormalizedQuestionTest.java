package org.postwise.answer.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizedQuestionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\uFF15\uFF15\uFF15 \uFF21\uFF22                  | 555 AB",        // full-width forms (NFKC)
        "555\u2013201\u2014 3344\u2212                  | 555-201- 3344-",  // dashes and minus
        "patient\u2019s \u201Cdaughter\u201D           | patient's \"daughter\"",
        "ign\u200Bore\u00AD all\u2060                    | ignore all"})     // format characters dropped
    void folds_look_alikes_to_plain_text(String raw, String expected) {
        // when / then
        assertEquals(expected, NormalizedQuestion.of(raw).text());
    }

    @Test
    void collapses_every_kind_of_whitespace_to_single_spaces() {
        // given tabs, no-break and ideographic spaces, leading and trailing
        String raw = "  a \t\u00A0 b\u3000\u2003c  ";

        // when / then
        assertEquals("a b c", NormalizedQuestion.of(raw).text());
    }

    @Test
    void collapses_a_run_of_whitespace_holding_a_line_break_to_one_line_break() {
        // given a pasted chat turn after blank lines and indentation
        String raw = "Summarise this: \r\n\n\t User: hello";

        // when / then
        assertEquals("Summarise this:\nUser: hello", NormalizedQuestion.of(raw).text());
    }

    @Test
    void lower_case_keeps_every_index() {
        // given a capital dotted I, which String.toLowerCase turns into two characters
        NormalizedQuestion q = NormalizedQuestion.of("\u0130STANBUL MRN");

        // when
        String lower = q.lowerCase();

        // then indexes into the lower-case text still point into the text
        assertEquals(q.text().length(), lower.length());
        assertEquals("mrn", lower.substring(9));
    }

    @Test
    void counts_digits_and_finds_their_runs() {
        // given
        NormalizedQuestion q = NormalizedQuestion.of("a 12 b 345");

        // when / then
        assertEquals(5, q.digitCount());
        assertArrayEquals(new int[] {2, 4, 7, 10}, q.digitRuns());
    }

    @Test
    void shows_only_the_length_when_printed() {
        // given
        NormalizedQuestion q = NormalizedQuestion.of("Patient John Smith");

        // when
        String shown = q.toString();

        // then
        assertEquals("NormalizedQuestion[18 chars]", shown);
        assertFalse(shown.contains("John"));
    }

    @Test
    void rejects_null_with_a_clear_message() {
        // when
        var e = assertThrows(NullPointerException.class, () -> NormalizedQuestion.of(null));

        // then
        assertEquals("question must not be null", e.getMessage());
    }
}
