package org.postwise.answer.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpelledNumbersTest {

    @Test
    void writes_a_run_of_digit_words_as_figures() {
        // when / then
        assertThat(SpelledNumbers.asFigures("call oh seven seven zero zero, nine zero zero one two three"))
                .isEqualTo("call 07700900123");
    }

    @Test
    void writes_a_doubled_or_tripled_digit_as_it_is_read_out() {
        // when / then
        assertThat(SpelledNumbers.asFigures("ring oh one double four triple seven two one"))
                .isEqualTo("ring 014477721");
    }

    @Test
    void writes_a_year_in_words_as_figures() {
        // when / then
        assertThat(SpelledNumbers.asFigures("born in nineteen fifty-one")).isEqualTo("born in 1951");
    }

    @Test
    void leaves_short_counts_in_words_alone() {
        // given fewer than four digit words in a row
        String text = "one or two patients asked, then three more";

        // when / then
        assertThat(SpelledNumbers.present(text)).isFalse();
        assertThat(SpelledNumbers.asFigures(text)).isEqualTo(text);
    }
}
