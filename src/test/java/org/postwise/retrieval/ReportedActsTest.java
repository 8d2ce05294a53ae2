package org.postwise.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportedActsTest {

    private final PassageIndex index = RetrievalFixtures.index();

    private List<String> read(String question) {
        return ReportedActs.withStages(question, index.words(question), index::words);
    }

    @Test
    void reads_an_act_the_asker_reports_as_already_done() {
        // given
        String question = "I accepted a friend request from a patient last week, what now?";
        // when
        List<String> words = read(question);
        // then: the question's own words, then the act as a stage cue reads it, the asker who acted first
        assertThat(words).startsWith(index.words(question).toArray(String[]::new));
        assertThat(words.subList(index.words(question).size(), words.size()))
                .containsExactly(ReportedActs.SEPARATOR, index.words("i").get(0), index.words("already").get(0),
                        index.words("accepted").get(0));
    }

    @Test
    void matches_a_stage_cue_for_an_act_told_in_the_past_tense() {
        // when / then
        assertThat(PassageIndex.names(read("I replied to a bad review and named the patient's medication"),
                List.of(index.words("already replied")))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            We've just posted the photo on the ward's page    | already posted
            I accidentally accepted her request               | already accepted
            Ive accepted his request                          | already accepted
            I just accidentally posted it to my story         | already posted
            I started a TikTok account about nursing school   | already started
            I made a YouTube channel for my physio exercises  | already made
            """)
    void reads_an_act_told_in_the_perfect_or_with_adverbs_before_it(String question, String stage) {
        // when / then
        assertThat(PassageIndex.names(read(question), List.of(index.words(stage)))).isTrue();
    }

    @Test
    void names_the_asker_as_the_one_who_acted() {
        // when / then: a cue for the asker's own act matches what the asker reports
        assertThat(PassageIndex.names(read("I accidentally posted a photo of a scan to my story"),
                List.of(index.words("i already posted")))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Posted a selfie in scrubs and only just noticed a patient list behind me",
            "posted a vent on reddit about a family on my unit, what now?",
            "Rough night shift. Tweeted about a sad case and a coworker recognised it"})
    void reads_an_act_told_without_a_subject_at_the_start_of_a_sentence_as_the_askers(String question) {
        // when / then
        assertThat(PassageIndex.names(read(question), List.of(index.words("i already posted"),
                index.words("i already tweeted")))).isTrue();
    }

    @Test
    void names_no_asker_when_someone_else_has_already_acted() {
        // when / then: the question's own "already posted" is someone else's act, not the asker's
        assertThat(PassageIndex.names(read("My coworker has already posted a photo of a scan, should I report it?"),
                List.of(index.words("i already posted")))).isFalse();
    }

    @Test
    void keeps_the_questions_own_cues_matching_across_the_act() {
        // when / then: "accidentally accepted" is still read where the question says it
        assertThat(PassageIndex.names(read("I accidentally accepted her request"),
                List.of(index.words("accidentally accepted")))).isTrue();
    }

    @Test
    void reads_each_act_behind_its_own_separator() {
        // when
        List<String> words = read("I accepted his request and then I posted a photo of us");
        // then
        assertThat(words.stream().filter(ReportedActs.SEPARATOR::equals)).hasSize(2);
        assertThat(PassageIndex.names(words, List.of(index.words("accepted already")))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "What if I posted a photo of the ward, would that be a problem?",
            "Should I have accepted her friend request?",
            "My colleague posted a photo of a patient's chart",
            "She accepted my follow request on Instagram",
            "A patient I looked after sent me a friend request",
            "Can I accept a friend request from a patient?",
            "I post a lot of nursing memes, is that ok?",
            "Let's say I accepted a friend request from a patient. Would I be in trouble?",
            "Suppose we posted the photo, who could see it?",
            "Once I've accepted her request, can she see my photos?",
            "A patient messaged me: \"I accepted your friend request\" but I never sent one",
            "I started a new job at the hospital and want to start a nursing TikTok",
            "Posted by a colleague on our unit page: a photo of the team. Is that ok?",
            "Shared governance meetings are moving to Facebook Live, can patients watch?",
            "Recorded lectures from our course are on YouTube, can I post clips?"})
    void reads_no_act_when_the_asker_has_not_done_one(String question) {
        // when / then
        assertThat(read(question)).isEqualTo(index.words(question));
    }
}
