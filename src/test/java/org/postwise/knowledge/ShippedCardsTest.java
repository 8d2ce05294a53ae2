package org.postwise.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postwise.config.KnowledgeConfig;

/** The guideline cards shipped in {@code knowledge/}, as the real loader reads them. */
class ShippedCardsTest {

    private static List<KnowledgeDocument> cards;
    private static List<KnowledgeDocument> documents;

    @BeforeAll
    static void load() {
        KnowledgeBase knowledge = new FileKnowledgeLoader(new KnowledgeConfig(Path.of(""), "Test institution"),
                new PassageChunker()).load();
        assertThat(knowledge.problems()).isEmpty();
        documents = knowledge.documents();
        cards = documents.stream().filter(d -> d.kind() == DocumentKind.CARD).toList();
    }

    @Test
    void every_source_of_a_countrys_law_or_regulator_names_its_jurisdiction() {
        // HIPAA, HHS, the FTC, the NLRB, CMS, the EEOC, the Joint Commission, state laws, the UK's ICO; the Surgeon
        // General's advisory on misinformation is advice for anyone, not law
        var laws = Pattern.compile("HIPAA|\\bHHS\\b|Federal Trade Commission|NLRB|\\bCMS\\b|EEOC|Joint Commission"
                + "|State Legislature|General Assembly|Information Commissioner");
        var sources = documents.stream().flatMap(d -> d.sources().stream())
                .filter(s -> laws.matcher(s.citation()).find() && !s.citation().contains("Surgeon General"))
                .toList();
        assertThat(sources).hasSizeGreaterThanOrEqualTo(30)
                .allSatisfy(s -> assertThat(s.jurisdictions()).as(s.citation()).isNotEmpty());
    }

    @Test
    void every_card_keeps_at_least_two_steps_for_everyone_asking() {
        assertThat(cards).hasSizeGreaterThanOrEqualTo(70).allSatisfy(card ->
                assertThat(card.guidance().stream().filter(g -> !g.subCase()).count()).as(card.id())
                        .isGreaterThanOrEqualTo(2));
    }

    @Test
    void every_card_keeps_a_sentence_of_evidence_for_everyone_asking() {
        // an answer built on a card whose every sentence is for some askers only would show an empty "What the
        // material says" to the rest
        assertThat(cards).allSatisfy(card -> assertThat(card.passages().stream()
                .filter(p -> p.section().equals("Summary"))
                .map(p -> {
                    String rest = p.text();
                    for (MarkedSentence m : card.marked()) {
                        rest = rest.replace(m.text(), "");
                    }
                    return rest;
                }))
                .as(card.id()).anyMatch(rest -> rest.chars().anyMatch(Character::isLetter)));
    }

    @Test
    void every_sub_case_names_its_askers_in_a_few_short_cues() {
        var subCases = cards.stream().flatMap(c -> c.guidance().stream()).filter(Guidance::subCase).toList();
        assertThat(subCases).isNotEmpty().allSatisfy(g -> {
            assertThat(g.when()).as(g.text()).hasSizeBetween(3, 12);
            assertThat(g.when()).as(g.text()).allSatisfy(cue ->
                    assertThat(cue.split(" ")).as(cue).hasSizeBetween(1, 4));
        });
    }

    @Test
    void every_step_left_out_for_some_askers_names_them_in_a_few_short_cues() {
        var limited = cards.stream().flatMap(c -> c.guidance().stream()).filter(g -> !g.unless().isEmpty()).toList();
        assertThat(limited).isNotEmpty().allSatisfy(g -> {
            assertThat(g.unless()).as(g.text()).hasSizeLessThanOrEqualTo(12);
            assertThat(g.unless()).as(g.text()).allSatisfy(cue ->
                    assertThat(cue.split(" ")).as(cue).hasSizeBetween(1, 4));
        });
    }

    @Test
    void no_marker_names_a_stage_by_already_alone() {
        // a question that says the asker did anything reads "already <act>", so "already" alone names every act
        var cues = Stream.concat(
                cards.stream().flatMap(c -> c.guidance().stream()).flatMap(g -> Stream.concat(g.when().stream(),
                        g.unless().stream())),
                cards.stream().flatMap(c -> c.marked().stream()).flatMap(m -> Stream.concat(m.when().stream(),
                        m.unless().stream()))).toList();
        assertThat(cues).isNotEmpty().noneMatch(cue -> cue.strip().equalsIgnoreCase("already"));
    }

    @Test
    void every_marked_sentence_names_its_askers_in_a_few_short_cues() {
        var marked = cards.stream().flatMap(c -> c.marked().stream()).toList();
        assertThat(marked).isNotEmpty().allSatisfy(m -> {
            assertThat(m.when()).as(m.text()).satisfiesAnyOf(
                    when -> assertThat(when).isEmpty(), when -> assertThat(when).hasSizeBetween(3, 12));
            assertThat(m.unless()).as(m.text()).hasSizeLessThanOrEqualTo(12);
            assertThat(m.when()).as(m.text()).allSatisfy(cue ->
                    assertThat(cue.split(" ")).as(cue).hasSizeBetween(1, 4));
            assertThat(m.unless()).as(m.text()).allSatisfy(cue ->
                    assertThat(cue.split(" ")).as(cue).hasSizeBetween(1, 4));
        });
    }

    @Test
    void every_card_condition_names_its_askers_in_short_cues() {
        var conditions = cards.stream().flatMap(c -> Stream.concat(
                Stream.concat(c.askers().when().stream(), c.askers().unless().stream()),
                c.askers().only().stream())).toList();
        assertThat(conditions).isNotEmpty().allSatisfy(c -> assertThat(c.groups()).allSatisfy(group ->
                assertThat(group).allSatisfy(cue -> assertThat(cue.split(" ")).as(cue).hasSizeBetween(1, 4))));
    }
}
