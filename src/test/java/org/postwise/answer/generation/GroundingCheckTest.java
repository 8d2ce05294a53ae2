package org.postwise.answer.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroundingCheckTest {

    private static final Set<String> LINKS = Set.of("https://doi.org/10.1000/test.1");
    private final GroundingCheck check = new GroundingCheck();

    @Test
    void keeps_sentences_citing_retrieved_passages_and_reads_the_two_parts() {
        // when
        var result = check.check("""
                **What the material says:**
                1. Patients may see what you post [1]. Boundaries blur online. [2, 3]
                ## What to do
                * Keep accounts separate [passage 4].
                """, 5, LINKS, false);

        // then
        assertThat(result.evidence()).hasSize(1);
        assertThat(result.evidence().get(0).sentences()).containsExactly(
                new GroundingCheck.Sentence("Patients may see what you post.", List.of(1)),
                new GroundingCheck.Sentence("Boundaries blur online.", List.of(2, 3)));
        assertThat(result.guidance().get(0).sentences())
                .containsExactly(new GroundingCheck.Sentence("Keep accounts separate.", List.of(4)));
        assertThat(result.kept()).isEqualTo(3);
        assertThat(result.enough()).isTrue();
    }

    @Test
    void drops_a_sentence_without_a_citation_or_with_any_citation_outside_the_passages() {
        // when
        var result = check.check("""
                WHAT THE MATERIAL SAYS
                - Cited well [2]. Not cited at all. Half right [2, 6]. Zero is no passage [0].
                """, 5, LINKS, false);

        // then
        assertThat(result.evidence().get(0).sentences()).extracting(GroundingCheck.Sentence::text)
                .containsExactly("Cited well.");
        assertThat(result.sentences()).isEqualTo(4);
        assertThat(result.kept()).isEqualTo(1);
        assertThat(result.enough()).as("fewer than half kept").isFalse();
    }

    @Test
    void reads_citation_ranges_and_leaves_abbreviations_inside_their_sentence() {
        // when
        var result = check.check("- Networks, e.g. Facebook and Twitter, vary (Grajales et al. found ten) [1-3].\n",
                5, LINKS, false);

        // then
        assertThat(result.evidence().get(0).sentences()).containsExactly(new GroundingCheck.Sentence(
                "Networks, e.g. Facebook and Twitter, vary (Grajales et al. found ten).", List.of(1, 2, 3)));
    }

    @Test
    void not_covered_and_other_headings_leave_nothing_to_show() {
        // when
        var notCovered = check.check("NOT COVERED", 5, LINKS, false);
        var otherParts = check.check("SOURCES\n- Reviewer et al. [1]\nWHERE TO ASK FOR HELP\n- Ask us [1].\n", 5, LINKS,
                false);

        // then
        assertThat(notCovered.notCovered()).isTrue();
        assertThat(notCovered.enough()).isFalse();
        assertThat(otherParts.evidence()).isEmpty();
        assertThat(otherParts.sentences()).isZero();
    }

    @Test
    void a_partial_text_leaves_out_its_unfinished_sentence() {
        // when the model is in the middle of its second sentence
        var result = check.check("WHAT THE MATERIAL SAYS\n- First point [1]. Second po", 5, LINKS, true);

        // then
        assertThat(result.evidence()).singleElement().extracting(l -> l.sentences().size()).isEqualTo(1);
        assertThat(result.sentences()).isEqualTo(1);
    }

    @Test
    void links_mentions_and_markup_in_a_kept_sentence_are_neutralised() {
        // when
        var result = check.check("- **Note** @here: see https://doi.org/10.1000/test.1 and www.evil.example `now` [1].\n",
                5, LINKS, false);

        // then
        assertThat(result.evidence().get(0).sentences().get(0).text())
                .isEqualTo("Note here: see https://doi.org/10.1000/test.1 and (link removed) now.");
    }
}
