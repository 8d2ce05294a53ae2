package org.postwise.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.postwise.retrieval.PassageIndex;
import org.postwise.retrieval.RetrievalFixtures;

class AskerCountryTest {

    private final PassageIndex index = RetrievalFixtures.index();
    private final AskerCountry shipped = AskerCountry.load();

    private java.util.Optional<String> countryOf(AskerCountry places, String question) {
        return places.of(index.words(question), index::words);
    }

    @Test
    void names_the_country_of_a_place_the_asker_works_in() {
        // when
        var country = countryOf(shipped, "Dentist in Cork here, can we reply to a bad Google review?");
        // then
        assertThat(country).contains("IE");
    }

    @Test
    void reads_a_longer_place_before_the_shorter_one_inside_it() {
        // when ("British Columbia" is Canada, though "British" alone is Britain)
        var country = countryOf(shipped, "I'm a care aide in British Columbia, my manager posts the rota on Facebook");
        // then
        assertThat(country).contains("CA");
    }

    @Test
    void reads_a_us_agency_named_after_another_country_as_the_us() {
        // when
        var country = countryOf(shipped, "I'm a nurse with the Indian Health Service, can I post about my clinic?");
        // then
        assertThat(country).contains("US");
    }

    @Test
    void reads_a_us_region_named_after_another_country_as_the_us() {
        // when
        var country = countryOf(shipped, "ED nurse in New England here, can I post about a snowstorm shift?");
        // then
        assertThat(country).contains("US");
    }

    @Test
    void names_no_country_when_the_question_names_places_of_two() {
        // when
        var country = countryOf(shipped, "UK nurse moving to Ontario next year, will they look at my Instagram?");
        // then
        assertThat(country).isEmpty();
    }

    @Test
    void names_no_country_for_a_place_name_that_is_also_a_persons_without_in_or_from() {
        // when
        var country = countryOf(shipped, "Sydney on our ward keeps posting photos from the staff room");
        // then
        assertThat(country).isEmpty();
    }

    @Test
    void names_the_country_of_a_place_name_that_is_also_a_persons_after_in() {
        // when
        var country = countryOf(shipped, "Nurse in Sydney: can I post photos from the staff room?");
        // then
        assertThat(country).contains("AU");
    }

    @Test
    void names_no_country_when_the_question_names_no_place() {
        // when
        var country = countryOf(shipped, "can I accept a friend request from a patient?");
        // then
        assertThat(country).isEmpty();
    }

    @Test
    void rejects_a_line_whose_code_is_no_country() {
        // when / then
        assertThatThrownBy(() -> AskerCountry.parse(List.of("# places", "XX\tnowhere")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("places.tsv line 2")
                .hasMessageContaining("ISO 3166 two-letter country code");
    }

    @Test
    void rejects_a_country_without_places() {
        // when / then
        assertThatThrownBy(() -> AskerCountry.parse(List.of("NZ\t ; ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("places.tsv line 1: NZ has no places");
    }
}
