package org.postwise.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postwise.config.KnowledgeConfig;
import org.postwise.knowledge.AskerCues;
import org.postwise.knowledge.DocumentKind;
import org.postwise.knowledge.FileKnowledgeLoader;
import org.postwise.knowledge.Guidance;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.Passage;
import org.postwise.knowledge.PassageChunker;
import org.postwise.knowledge.SourceRef;
import org.postwise.retrieval.RetrievalFixtures;

class KnowledgeBuildTest {

    private static final SourceRef BODY = new SourceRef("Guidance", "Body, 2024", null, "https://example.org/a");
    private static final SourceRef OTHER = new SourceRef("Other", "Other body, 2020", null, "https://example.org/b");

    private static KnowledgeDocument card(List<String> questions, List<SourceRef> sources) {
        return new KnowledgeDocument("card", DocumentKind.CARD, Path.of("knowledge/card.md"), "Card", "topic",
                List.of(), questions, sources, List.of(new Guidance("Act.", List.of(BODY))),
                List.of(new Passage("card#1", "card", "Card", DocumentKind.CARD, BODY, "Summary", "Text.")));
    }

    @Test
    void warns_about_a_card_without_questions_without_refusing_it() {
        // when
        var warnings = KnowledgeBuild.cardWarnings(card(List.of(), List.of(BODY)));
        // then
        assertThat(warnings).singleElement().asString()
                .contains("knowledge/card.md", "card 'card'", "has no 'questions:'");
    }

    @Test
    void warns_about_a_source_no_marker_cites() {
        // when
        var warnings = KnowledgeBuild.cardWarnings(card(List.of("Can I?"), List.of(BODY, OTHER)));
        // then
        assertThat(warnings).singleElement().asString().contains("'Other body, 2020'", "no [@key] marker cites it");
    }

    /** A complete card with {@code guidance} for its "What to do". */
    private static KnowledgeDocument cardWith(Guidance... guidance) {
        var complete = card(List.of("Can I?"), List.of(BODY));
        return new KnowledgeDocument(complete.id(), complete.kind(), complete.path(), complete.title(),
                complete.topic(), complete.tags(), complete.questions(), complete.sources(), List.of(guidance),
                complete.passages());
    }

    @Test
    void warns_about_a_card_whose_every_action_is_for_a_sub_case() {
        // given
        var onlySubCases = cardWith(new Guidance("Act.", List.of(BODY), List.of("manager")));
        // when
        var warnings = KnowledgeBuild.cardWarnings(onlySubCases);
        // then
        assertThat(warnings).singleElement().asString().contains("card 'card'", "marks every", "[when: …]");
    }

    @Test
    void warns_about_a_sub_case_cue_of_only_common_words() {
        // given
        var cued = cardWith(new Guidance("Act.", List.of(BODY)),
                new Guidance("Act later.", List.of(BODY), List.of("in the", "manager")));
        // when
        var warnings = KnowledgeBuild.cueWarnings(RetrievalFixtures.index(List.of(cued)));
        // then
        assertThat(warnings).singleElement().asString().contains("card 'card'", "cue 'in the'", "common words");
    }

    @Test
    void warns_about_a_sub_case_cue_of_a_word_found_in_most_passages() {
        // given a step cued by "text", a word of the card's only passage
        var cued = cardWith(new Guidance("Act.", List.of(BODY)),
                new Guidance("Act later.", List.of(BODY), List.of("text", "manager")));
        // when
        var warnings = KnowledgeBuild.cueWarnings(RetrievalFixtures.index(List.of(cued)));
        // then
        assertThat(warnings).singleElement().asString().contains("card 'card'", "cue 'text'", "is ignored");
    }

    @Test
    void warns_about_an_unless_cue_of_only_common_words() {
        // given
        var cued = cardWith(new Guidance("Act.", List.of(BODY), List.of(), List.of("already", "and so")));
        // when
        var warnings = KnowledgeBuild.cueWarnings(RetrievalFixtures.index(List.of(cued)));
        // then
        assertThat(warnings).singleElement().asString().contains("card 'card'", "[unless: …] cue 'and so'",
                "common words");
    }

    @Test
    void warns_about_a_card_condition_of_only_common_words() {
        // given a card for askers who name "text", a word of its only passage
        var complete = card(List.of("Can I?"), List.of(BODY));
        var conditioned = new KnowledgeDocument(complete.id(), complete.kind(), complete.path(), complete.title(),
                complete.topic(), complete.tags(), complete.questions(), complete.sources(), complete.guidance(),
                complete.passages(), List.of(), new AskerCues(List.of(new AskerCues.Condition(
                        List.of(List.of("text")))), List.of()));
        // when
        var warnings = KnowledgeBuild.cueWarnings(RetrievalFixtures.index(List.of(conditioned)));
        // then
        assertThat(warnings).singleElement().asString().contains("card 'card'", "'when:' condition text",
                "is ignored");
    }

    @Test
    void finds_no_ignored_cue_in_the_shipped_cards() {
        // given the knowledge base in knowledge/, as the real loader reads it
        var shipped = new FileKnowledgeLoader(new KnowledgeConfig(Path.of(""), "Test institution"),
                new PassageChunker()).load();
        var index = RetrievalFixtures.indexWithEnglishWords(shipped.documents());
        // when
        var warnings = KnowledgeBuild.cueWarnings(index);
        // then
        assertThat(warnings).isEmpty();
    }

    @Test
    void has_nothing_to_say_about_a_complete_card() {
        // when / then
        assertThat(KnowledgeBuild.cardWarnings(card(List.of("Can I?"), List.of(BODY)))).isEmpty();
    }
}
