package org.postwise.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The same rules as shared/eval/score.py, on a hand-checked example. */
class EvalScorerTest {

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode node(String s) {
        try {
            return json.readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void scores_ranks_citations_abstention_and_flags_like_score_py() {
        var questions = List.of(
                node("{\"id\":\"q1\",\"expect\":{\"answerable\":true,\"doi\":[\"10.1/A\"],\"terms\":[\"blog\"]}}"),
                node("{\"id\":\"q2\",\"expect\":{\"answerable\":true,\"doi\":[\"10.1/a\"],\"terms\":[\"wiki\"]}}"),
                node("{\"id\":\"q3\",\"expect\":{\"answerable\":false}}"),
                node("{\"id\":\"q4\",\"expect\":{\"flags\":[\"phi\"],\"noflags\":[\"injection\"]}}"));
        Map<String, JsonNode> answers = Map.of(
                // match at rank 1 (DOI compared case-insensitively), cited by citation
                "q1", node("{\"answered\":true,\"answer\":\"says [1] Smith 2014\",\"sources\":["
                        + "{\"doi\":\"10.1/a\",\"citation\":\"Smith 2014\",\"text\":\"A Blog post\"}]}"),
                // match only at rank 2 (the first source has the wrong DOI), and no citation in the text
                "q2", node("{\"answered\":true,\"answer\":\"uncited\",\"sources\":["
                        + "{\"doi\":\"10.9/x\",\"text\":\"wiki\"},{\"doi\":\"10.1/a\",\"title\":\"Wikis\",\"text\":\"x\"}]}"),
                "q3", node("{\"answered\":false,\"answer\":\"no\",\"sources\":[]}"),
                "q4", node("{\"answered\":false,\"flags\":[\"phi\"]}"));
        // when
        var report = new EvalScorer().score(questions, answers);
        // then
        var m = report.metrics();
        assertThat(m.get("hit1")).isCloseTo(0.5, within(1e-9));
        assertThat(m.get("hit3")).isCloseTo(1.0, within(1e-9));
        assertThat(m.get("mrr")).isCloseTo(0.75, within(1e-9));
        assertThat(m.get("coverage")).isCloseTo(1.0, within(1e-9));
        assertThat(m.get("cited")).isCloseTo(0.5, within(1e-9));
        assertThat(m.get("abstain")).isCloseTo(1.0, within(1e-9));
        assertThat(m.get("flags")).isCloseTo(1.0, within(1e-9));
        assertThat(report.misses()).containsExactly("q2: answer carries no citation of its sources");
        assertThat(report.summary()).startsWith("hit1=0.50 hit3=1.00 mrr=0.75");
    }

    @Test
    void counts_a_missing_answer_and_a_match_beyond_the_fifth_source_as_misses() {
        var questions = List.of(
                node("{\"id\":\"q1\",\"expect\":{\"answerable\":true,\"doi\":[\"d\"],\"terms\":[\"t\"]}}"),
                node("{\"id\":\"q2\",\"expect\":{\"answerable\":false}}"));
        var sources = "{\"doi\":\"x\",\"text\":\"t\"},".repeat(5) + "{\"doi\":\"d\",\"text\":\"t\"}";
        var report = new EvalScorer().score(questions, Map.of(
                "q1", node("{\"answered\":false,\"sources\":[" + sources + "]}")));
        assertThat(report.metrics().get("hit3")).isZero();
        assertThat(report.metrics().get("abstain")).isZero();
        assertThat(report.misses()).contains("q1: no matching source in the top 5", "q2: no answer",
                "q1: abstained on an answerable question");
    }

    @Test
    void scores_how_often_a_labelled_card_answers_first() {
        // given two stories labelled with the cards that answer them, one answered first from such a card
        var questions = List.of(
                node("{\"id\":\"n1\",\"should_answer\":true,\"cards\":[\"relatives\",\"tips\"]}"),
                node("{\"id\":\"n2\",\"should_answer\":true,\"cards\":[\"relatives\"]}"));
        Map<String, JsonNode> answers = Map.of(
                "n1", node("{\"answered\":true,\"answer\":\"a\",\"sources\":[{\"title\":\"A relative writes\"},"
                        + "{\"title\":\"A patient writes\"}]}"),
                "n2", node("{\"answered\":true,\"answer\":\"a\",\"sources\":[{\"title\":\"A patient writes\"}]}"));
        // when
        var report = new EvalScorer().score(questions, answers,
                Map.of("A relative writes", "relatives", "A patient writes", "patients"));
        // then
        assertThat(report.metrics().get("card_first")).isCloseTo(0.5, within(1e-9));
        assertThat(report.misses()).containsExactly("n2: first card patients, labelled relatives");
    }
}
