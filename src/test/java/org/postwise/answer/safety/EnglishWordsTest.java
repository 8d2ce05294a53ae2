package org.postwise.answer.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishWordsTest {

    private final EnglishWords words = EnglishWords.STANDARD;

    @Test
    void knows_ordinary_and_health_care_words_in_any_case() {
        // when / then
        assertThat(words.contains("keeps")).isTrue();
        assertThat(words.contains("Discharged")).isTrue();
        assertThat(words.contains("postop")).isTrue();
        assertThat(words.contains("whatsapp")).isTrue();
    }

    @Test
    void does_not_know_given_names_or_surnames() {
        // when / then
        assertThat(words.contains("gerald")).isFalse();
        assertThat(words.contains("okonjo")).isFalse();
        assertThat(words.contains("mccann")).isFalse();
    }

    @Test
    void skips_the_list_s_comment_lines() {
        // then the header's words are not entries, and the list is the size SCOWL's lower-case words make it
        assertThat(words.contains("# Lower-case English words")).isFalse();
        assertThat(words.size()).isGreaterThan(60_000);
    }
}
