package org.postwise.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.postwise.retrieval.KnownWords;
import org.postwise.retrieval.PassageIndex;
import org.postwise.retrieval.RetrievalFixtures;

class AskerCountryTest {

    private final PassageIndex index = RetrievalFixtures.index();
    private final AskerCountry shipped = AskerCountry.load();

    private Optional<String> countryOf(AskerCountry places, String question) {
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
    void no_place_of_one_word_reads_like_another_english_word() {
        // given every English word as the index reads it ("main" for "Maine", "cork" for a bottle's)
        var english = new HashMap<List<String>, Set<String>>();
        KnownWords.english().forEach(w -> english.computeIfAbsent(index.words(w), k -> new HashSet<>()).add(w));
        // when
        var oneWord = shipped.phrases().stream().filter(p -> index.words(p).size() == 1).toList();
        // then such a place is written after "in" instead ("nhs", itself in the word list, reads as nothing else)
        assertThat(oneWord).isNotEmpty();
        assertThat(oneWord).filteredOn(p -> english.getOrDefault(index.words(p), Set.of()).stream()
                .anyMatch(w -> !w.equals(p))).isEmpty();
    }

    @Test
    void names_the_place_of_work_not_a_patients_nationality() {
        // when
        var country = countryOf(shipped, "A Filipino nurse in Manchester: an Indian patient's family asked to add me");
        // then
        assertThat(country).contains("GB");
    }

    @Test
    void names_no_country_for_a_place_where_a_relative_lives() {
        // when
        var country = countryOf(shipped,
                "Carer in a care home: a resident's daughter lives in Australia and wants photos of her mum");
        // then
        assertThat(country).isEmpty();
    }

    @Test
    void names_no_country_for_a_place_where_someone_elses_family_is() {
        // when
        var country = countryOf(shipped, "A resident asked me to film him so he can send it to his grandkids in Canada");
        // then
        assertThat(country).isEmpty();
    }

    @Test
    void names_the_askers_place_beside_a_place_where_a_relative_is() {
        // when
        var country = countryOf(shipped, "Nurse in Melbourne here, a patient's son who moved to Ontario messaged me");
        // then
        assertThat(country).contains("AU");
    }

    @Test
    void names_the_country_of_a_nurse_who_says_where_she_lives() {
        // when
        var country = countryOf(shipped, "I'm a nurse who lives in Perth, can I post about my shifts?");
        // then
        assertThat(country).contains("AU");
    }

    @Test
    void names_no_country_for_a_place_where_a_friend_who_moved_lives() {
        // when
        var country = countryOf(shipped, "A friend who moved to Canada keeps asking me for medical advice on WhatsApp");
        // then
        assertThat(country).isEmpty();
    }

    @Test
    void names_no_country_for_a_relatives_place_that_holds_a_shorter_place() {
        // when ("south wales" inside "new south wales" is not read again on its own)
        var country = countryOf(shipped, "Her son lives in New South Wales and keeps messaging me on Facebook");
        // then
        assertThat(country).isEmpty();
    }

    @Test
    void names_the_country_of_a_ward_sister_who_says_where_she_works() {
        // when
        var country = countryOf(shipped, "I'm a ward sister in Glasgow, can I post our team photo?");
        // then
        assertThat(country).contains("GB");
    }

    @Test
    void names_the_country_the_asker_says_they_live_in() {
        // when
        var country = countryOf(shipped, "I live in Australia and work as a nurse, can I post my shifts on TikTok?");
        // then
        assertThat(country).contains("AU");
    }

    @Test
    void names_no_country_for_a_place_name_after_from() {
        // when ("from Sydney" is a person as often as a city)
        var country = countryOf(shipped, "I got a friend request from Sydney, a former patient, should I accept?");
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
