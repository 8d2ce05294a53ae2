package org.postwise.answer.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SearchScopeTest {

    @Test
    void merges_overlapping_windows_around_cues() {
        // given "mrn" at 0 and at 8, windows reaching 5 characters after each
        NormalizedQuestion q = NormalizedQuestion.of("mrn 1 2 mrn 3 4 5 6 7 8");

        // when
        int[] regions = SearchScope.around(0, 5, "mrn").regions(q);

        // then [0, 8) and [8, 16) touch and merge
        assertArrayEquals(new int[] {0, 16}, regions);
    }

    @Test
    void anchored_regions_start_at_each_cue_and_stay_apart() {
        // given
        NormalizedQuestion q = NormalizedQuestion.of("ignore this, ignore that");

        // when
        int[] regions = SearchScope.startingAt(100, "ignore").regions(q);

        // then one region per cue, each running to the end of the text
        assertArrayEquals(new int[] {0, 24, 13, 24}, regions);
    }

    @Test
    void letter_cues_count_only_at_word_starts() {
        // given "pt" inside "accept" and "prompt", and once as a word
        NormalizedQuestion q = NormalizedQuestion.of("accept the prompt, pt Maria");

        // when
        int[] regions = SearchScope.startingAt(2, "pt").regions(q);

        // then only the word counts
        assertArrayEquals(new int[] {19, 21}, regions);
    }

    @Test
    void digit_runs_are_cues() {
        // given
        NormalizedQuestion q = NormalizedQuestion.of("call 555-201 now");

        // when
        int[] regions = SearchScope.aroundDigits(1, 1, 3).regions(q);

        // then the windows around "555" and "201" overlap and merge
        assertArrayEquals(new int[] {4, 13}, regions);
    }

    @Test
    void too_few_digits_leave_nothing_to_search() {
        // given a question with four digits
        NormalizedQuestion q = NormalizedQuestion.of("reviewed in 2014");

        // when / then
        assertEquals(0, SearchScope.aroundDigits(0, 5, 10).regions(q).length);
        assertEquals(2, SearchScope.aroundDigits(0, 5, 4).regions(q).length);
    }

    @Test
    void a_missing_required_word_leaves_nothing_to_search() {
        // given
        NormalizedQuestion q = NormalizedQuestion.of("should I ignore a friend request");

        // when / then
        assertEquals(0, SearchScope.startingAt(50, "ignore").requiring("your", "previous").regions(q).length);
        assertEquals(2, SearchScope.startingAt(50, "ignore").requiring("friend").regions(q).length);
    }

    @Test
    void everywhere_is_the_whole_question() {
        // when / then
        assertArrayEquals(new int[] {0, 5}, SearchScope.everywhere().regions(NormalizedQuestion.of("hello")));
    }

    @Test
    void rejects_upper_case_cues() {
        // when
        var e = assertThrows(IllegalArgumentException.class, () -> SearchScope.around(0, 1, "MRN"));

        // then
        assertTrue(e.getMessage().contains("lower case"), e.getMessage());
    }

    @Test
    void rejects_negative_windows() {
        // when / then
        assertThrows(IllegalArgumentException.class, () -> SearchScope.around(-1, 1, "mrn"));
        assertThrows(IllegalArgumentException.class, () -> SearchScope.aroundDigits(0, 1, -1));
    }

    @Test
    void labelled_pattern_finds_only_matches_inside_its_scope() {
        // given a pattern for four digits, searched only within six characters after "mrn"
        var pattern = new LabelledPattern("medical record number", Pattern.compile("\\d{4}"),
                SearchScope.around(0, 6, "mrn"));

        // when / then
        assertTrue(pattern.foundIn(NormalizedQuestion.of("his mrn 1234")));
        assertFalse(pattern.foundIn(NormalizedQuestion.of("in 2014 the mrn was lost")));
    }

    @Test
    void anchored_pattern_must_match_at_the_cue() {
        // given a pattern anchored at "mrn"
        var pattern = new LabelledPattern("medical record number",
                Pattern.compile("mrn\\s+\\d{4}", Pattern.CASE_INSENSITIVE),
                SearchScope.startingAt(20, "mrn"));

        // when / then
        assertTrue(pattern.foundIn(NormalizedQuestion.of("his MRN 1234")));
        assertFalse(pattern.foundIn(NormalizedQuestion.of("the mrn field 1234")));
    }

    @Test
    void cue_table_finds_every_cue_in_one_pass() {
        // given
        var table = new CueTable(List.of("pt", "patient", "@", "pt"));

        // when
        int[][] found = table.locate("my patient pt. accept @ home");

        // then duplicates collapse, "pt" counts at word starts only, "@" anywhere
        assertEquals(List.of("pt", "patient", "@"), table.cues());
        assertArrayEquals(new int[] {11}, found[0]);
        assertArrayEquals(new int[] {3}, found[1]);
        assertArrayEquals(new int[] {22}, found[2]);
    }
}
