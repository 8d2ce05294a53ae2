package org.postwise.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postwise.knowledge.DocumentKind;
import org.postwise.knowledge.Guidance;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.MarkedSentence;
import org.postwise.knowledge.Passage;
import org.postwise.knowledge.SentenceSplitter;
import org.postwise.knowledge.SourceRef;

class StatementExtractorTest {

    private static final SourceRef BODY = new SourceRef("Guidance", "Body, 2024", null, "https://example.org");
    private final StatementExtractor extractor = new StatementExtractor(new SentenceSplitter());

    private static KnowledgeDocument card(List<Passage> passages, List<Guidance> guidance) {
        return new KnowledgeDocument("card", DocumentKind.CARD, Path.of("card.md"), "Card", "topic", List.of(),
                List.of(), List.of(BODY), guidance, passages);
    }

    private static Passage passage(int n, String section, String text) {
        return new Passage("card#" + n, "card", "Card", DocumentKind.CARD, BODY, section, text);
    }

    @Test
    void quotes_a_sentence_that_leans_on_the_one_before_together_with_it() {
        // given
        var doc = card(List.of(passage(1, "Summary",
                "The review lists ten categories of social media. The same paper treats wikis as one of them.")),
                List.of());
        // when
        var statements = extractor.extract(doc);
        // then
        assertThat(statements).extracting(Statement::text).containsExactly(
                "The review lists ten categories of social media. The same paper treats wikis as one of them.");
    }

    @Test
    void never_quotes_a_passages_leaning_first_sentence_alone() {
        // given
        var doc = card(List.of(passage(1, "Summary", "Then, if the problem stays, report it to the board.")),
                List.of());
        // when
        var statements = extractor.extract(doc);
        // then
        assertThat(statements).isEmpty();
    }

    @Test
    void leaves_captions_and_reference_lists_out_of_the_evidence() {
        // given
        var doc = card(List.of(
                passage(1, "Figure 2", "An avatar inside a virtual operating room in Second Life."),
                passage(2, "References", "Smith J, Jones K. A study of blogs in medicine. J Test 2010;1:1-2.")),
                List.of());
        // when
        var statements = extractor.extract(doc);
        // then
        assertThat(statements).isEmpty();
    }

    @Test
    void leaves_fragments_out() {
        // given
        var doc = card(List.of(passage(1, "Summary", "and others. Friend requests from patients are common.")),
                List.of());
        // when
        var statements = extractor.extract(doc);
        // then
        assertThat(statements).extracting(Statement::text).containsExactly("Friend requests from patients are common.");
    }

    @Test
    void gives_each_action_the_bodies_its_bullet_cites() {
        // given
        var doc = card(List.of(passage(1, "What to do", "Decline the request.")),
                List.of(new Guidance("Decline the request", List.of(BODY))));
        // when
        var statements = extractor.extract(doc);
        // then
        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Statement.Kind.ACTION);
            assertThat(s.text()).isEqualTo("Decline the request.");
            assertThat(s.sources()).containsExactly(BODY);
        });
    }

    @Test
    void gives_a_piece_of_evidence_the_cues_its_card_marks_its_sentence_with() {
        // given
        var doc = new KnowledgeDocument("card", DocumentKind.CARD, Path.of("card.md"), "Card", "topic", List.of(),
                List.of(), List.of(BODY), List.of(), List.of(passage(1, "Summary",
                "Patients often send friend requests to staff. Memorial comments tell everyone who was your patient.")),
                List.of(new MarkedSentence("Memorial comments tell everyone who was your patient.",
                        List.of("memorial"), List.of("my own post"))));
        // when
        var statements = extractor.extract(doc);
        // then
        assertThat(statements).extracting(Statement::text, Statement::when, Statement::unless).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Patients often send friend requests to staff.", List.of(), List.of()),
                org.assertj.core.groups.Tuple.tuple("Memorial comments tell everyone who was your patient.",
                        List.of("memorial"), List.of("my own post")));
    }
    @Test
    void makes_each_contact_of_a_cards_where_to_ask_for_help_section_a_help_statement_with_its_cues() {
        // given
        var doc = new KnowledgeDocument("card", DocumentKind.CARD, Path.of("card.md"), "Card", "topic", List.of(),
                List.of(), List.of(BODY), List.of(), List.of(passage(1, "Where to ask for help",
                "Ask your union or defence organisation for advice. Ask the NMC's employer link service first.")),
                List.of(new MarkedSentence("Ask the NMC's employer link service first.", List.of("nmc"), List.of())));
        // when
        var statements = extractor.extract(doc);
        // then
        assertThat(statements).extracting(Statement::kind, Statement::text, Statement::when).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Statement.Kind.HELP,
                        "Ask your union or defence organisation for advice.", List.of()),
                org.assertj.core.groups.Tuple.tuple(Statement.Kind.HELP,
                        "Ask the NMC's employer link service first.", List.of("nmc")));
    }

    @Test
    void makes_no_help_statement_from_a_published_papers_section_of_that_name() {
        // given a seed paper (not a card) with a section titled like a card's
        var doc = new KnowledgeDocument("seed", DocumentKind.SEED, Path.of("seed.pdf"), "Paper", "topic", List.of(),
                List.of(), List.of(BODY), List.of(), List.of(new Passage("seed#1", "seed", "Paper", DocumentKind.SEED,
                BODY, "Where to ask for help", "Ask your union or defence organisation for advice.")));
        // when
        var statements = extractor.extract(doc);
        // then
        assertThat(statements).isEmpty();
    }
}
