package org.postwise.answer.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpacedCharactersTest {

    @Test
    void joins_a_run_of_spaced_characters_that_holds_digits() {
        // when / then
        assertThat(SpacedCharacters.joined("hospital no. M T 7 7 2 0 1 9 posted")).isEqualTo("hospital no. MT772019 posted");
    }

    @Test
    void leaves_spaced_initials_and_short_lists_alone() {
        // given runs without four digits
        String text = "J R R Tolkien, or options a b c d e, or bays 1 2 3";
        // when / then
        assertThat(SpacedCharacters.present(text)).isFalse();
        assertThat(SpacedCharacters.joined(text)).isEqualTo(text);
    }
}
