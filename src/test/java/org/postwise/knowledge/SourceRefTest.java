package org.postwise.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceRefTest {

    private static final SourceRef HIPAA = new SourceRef("45 CFR 164.514", "HIPAA Privacy Rule", null,
            "https://www.ecfr.gov/", Set.of("US"));

    @Test
    void rejects_a_jurisdiction_that_is_no_country_code() {
        // when / then
        assertThatThrownBy(() -> new SourceRef("t", "c", null, "https://example.org", Set.of("usa")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("jurisdiction 'usa' is not an ISO 3166 two-letter country code in upper case, such as US"
                        + " or GB");
    }

    @Test
    void a_countrys_law_applies_to_an_asker_who_works_there() {
        assertThat(HIPAA.appliesIn(Optional.of("US"))).isTrue();
    }

    @Test
    void a_countrys_law_does_not_apply_to_an_asker_who_works_elsewhere() {
        assertThat(HIPAA.appliesIn(Optional.of("IE"))).isFalse();
    }

    @Test
    void a_countrys_law_applies_when_the_askers_country_is_unknown() {
        assertThat(HIPAA.appliesIn(Optional.empty())).isTrue();
    }

    @Test
    void guidance_without_a_jurisdiction_applies_anywhere() {
        assertThat(SourceRef.OWN_ADVICE.appliesIn(Optional.of("IE"))).isTrue();
    }
}
