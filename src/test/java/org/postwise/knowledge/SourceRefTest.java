package org.postwise.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceRefTest {

    private static final SourceRef HIPAA = new SourceRef("45 CFR 164.514", "HIPAA Privacy Rule", null,
            "https://www.ecfr.gov/", Set.of("US"));

    @Test
    void rejects_a_jurisdiction_that_is_no_country_code() {
        // given a code written as a word, in lower case
        // when / then
        assertThatThrownBy(() -> new SourceRef("t", "c", null, "https://example.org", Set.of("usa")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("jurisdiction 'usa' is not an ISO 3166 two-letter country code in upper case, such as US"
                        + " or GB");
    }

    @Test
    void a_countrys_law_applies_to_an_asker_who_works_there() {
        // given HIPAA, a US rule
        // when
        boolean applies = HIPAA.appliesIn(Optional.of("US"));
        // then
        assertThat(applies).isTrue();
    }

    @Test
    void a_countrys_law_does_not_apply_to_an_asker_who_works_elsewhere() {
        // given HIPAA, a US rule
        // when
        boolean applies = HIPAA.appliesIn(Optional.of("IE"));
        // then
        assertThat(applies).isFalse();
    }

    @Test
    void a_countrys_law_applies_when_the_askers_country_is_unknown() {
        // given HIPAA, a US rule
        // when
        boolean applies = HIPAA.appliesIn(Optional.empty());
        // then
        assertThat(applies).isTrue();
    }

    @Test
    void guidance_without_a_jurisdiction_applies_anywhere() {
        // given Postwise's own advice, which names no country
        // when
        boolean applies = SourceRef.OWN_ADVICE.appliesIn(Optional.of("IE"));
        // then
        assertThat(applies).isTrue();
    }

    @Test
    void what_rests_on_a_foreign_law_and_on_guidance_for_anyone_bears_on_any_asker() {
        // given a sentence citing HIPAA and Postwise's own advice
        var works = List.of(HIPAA, SourceRef.OWN_ADVICE);
        // when
        boolean applies = SourceRef.anyAppliesIn(works, Optional.of("IE"));
        // then
        assertThat(applies).isTrue();
    }

    @Test
    void what_rests_only_on_a_foreign_law_does_not_bear_on_an_asker_elsewhere() {
        // when
        boolean applies = SourceRef.anyAppliesIn(List.of(HIPAA), Optional.of("IE"));
        // then
        assertThat(applies).isFalse();
    }
}
