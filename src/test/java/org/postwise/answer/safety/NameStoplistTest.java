package org.postwise.answer.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NameStoplistTest {

    private final NameStoplist stoplist = NameStoplist.STANDARD;

    @ParameterizedTest
    @CsvSource({
        "John Smith, 2",
        "Yesterday John Smith, 2",
        "Last Tuesday, 0",
        "John Q. Public, 2",
        "Facebook Live, 1",
        "Privacy Week, 0"})
    void counts_name_words_after_leading_stopwords(String phrase, int expected) {
        // when / then
        assertEquals(expected, stoplist.nameWords(phrase));
    }

    @Test
    void knows_sentence_starters_platforms_and_titles_in_any_case() {
        // when / then
        assertTrue(stoplist.contains("Yesterday"));
        assertTrue(stoplist.contains("FACEBOOK"));
        assertTrue(stoplist.contains("Dr"));
        assertFalse(stoplist.contains("Okafor"));
        assertTrue(stoplist.startsWithStopword("Privacy Week"));
        assertFalse(stoplist.startsWithStopword("Maria Lopez"));
    }

    @Test
    void tolerates_duplicate_words_and_rejects_null() {
        // given / when
        var custom = new NameStoplist(List.of("Monday", "monday"));

        // then
        assertTrue(custom.contains("MONDAY"));
        assertThrows(NullPointerException.class, () -> new NameStoplist(null));
    }
}
