package org.postwise.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class CardParserTest {

    private static final Path FILE = Path.of("knowledge", "blogs.md");
    private static final SourceRef GRAJALES = new SourceRef(
            "Social media: a review and tutorial of applications in medicine and health care",
            "Grajales et al., J Med Internet Res 2014", "10.2196/jmir.2912", null);

    private static final String VALID_CARD = """
            ---
            id: blogs
            title: "Blogs in health care"
            topic: categories of social media
            sources:
              - doi: 10.2196/jmir.2912
              - url: https://www.example.org/guidance
                title: Some professional guidance
                citation: 'Example Body, Guidance on X (2024)'
            tags: [Blog, wordpress, "clinical rounds"]
            ---
            Blogs let **clinicians** share _cases_ with `peers`. See [the review](https://doi.org/10.2196/jmir.2912).

            ## What to do
            - Remove anything that identifies a patient
            - Say who you are.
              Disclose conflicts too.

            ## Any other heading
            More prose here.
            """;

    private final CardParser parser = new CardParser(new PassageChunker(), List.of(GRAJALES));

    @Test
    void parses_a_valid_card_into_sections_guidance_and_passages() {
        // given a card citing a seed by DOI and a web page with its own title and citation
        // when
        KnowledgeDocument card = parse(VALID_CARD);

        // then the front matter is read
        assertEquals("blogs", card.id());
        assertEquals(DocumentKind.CARD, card.kind());
        assertEquals("Blogs in health care", card.title());
        assertEquals("categories of social media", card.topic());
        assertEquals(List.of("blog", "wordpress", "clinical rounds"), card.tags());
        assertEquals(new SourceRef("Some professional guidance", "Example Body, Guidance on X (2024)", null,
                "https://www.example.org/guidance"), card.sources().get(1));
        // and the body becomes plain-text passages by section, citing the first source
        assertEquals(List.of("Summary", "What to do", "Any other heading"),
                card.passages().stream().map(Passage::section).distinct().toList());
        Passage summary = card.passages().get(0);
        assertEquals("Blogs let clinicians share cases with peers. See the review.", summary.text());
        assertEquals("blogs#1", summary.id());
        assertEquals("Blogs in health care", summary.documentTitle());
        assertEquals(GRAJALES, summary.source());
        assertEquals("Remove anything that identifies a patient. Say who you are. Disclose conflicts too.",
                card.passages().get(1).text());
        assertEquals("blogs#3", card.passages().get(2).id());
        // and "What to do" is the guidance, one entry per bullet
        assertEquals(List.of("Remove anything that identifies a patient", "Say who you are. Disclose conflicts too."),
                card.guidance());
    }

    @Test
    void a_seed_doi_inherits_the_seed_title_and_citation_unless_overridden() {
        // given a card that cites the seed by DOI (in another case and as a resolver link) and overrides the title
        String card = """
                ---
                id: seed-card
                title: Seed card
                topic: t
                sources:
                  - doi: https://doi.org/10.2196/JMIR.2912
                    title: A shorter title
                ---
                Text.
                """;

        // when
        SourceRef source = parse(card).primarySource();

        // then
        assertEquals("A shorter title", source.title());
        assertEquals("Grajales et al., J Med Internet Res 2014", source.citation());
        assertEquals("10.2196/jmir.2912", source.doi());
        assertEquals("https://doi.org/10.2196/jmir.2912", source.link());
    }

    @Test
    void an_unknown_source_without_title_and_citation_is_a_problem_at_its_line() {
        // given a DOI that is not a loaded seed (line 7) and a URL without citation (line 8)
        String card = """
                ---
                id: blogs
                title: Blogs
                topic: t
                sources:
                  - doi: 10.2196/jmir.2912
                  - doi: 10.1000/unknown
                  - url: https://example.org/x
                    title: Only a title
                ---
                Text.
                """;

        // when
        List<KnowledgeProblem> problems = problems(card);

        // then
        assertEquals(List.of(7, 8), problems.stream().map(KnowledgeProblem::line).toList());
        assertTrue(problems.get(0).message().contains("unknown source '10.1000/unknown'")
                && problems.get(0).message().contains("give title and citation"), problems.get(0).message());
        assertEquals(FILE, problems.get(0).path());
    }

    @Test
    void a_missing_required_key_is_a_problem_at_the_front_matter() {
        // given a card without a topic
        String card = """
                ---
                id: blogs
                title: Blogs
                sources:
                  - doi: 10.2196/jmir.2912
                ---
                Text.
                """;

        // when
        List<KnowledgeProblem> problems = problems(card);

        // then
        assertEquals(1, problems.size());
        assertEquals(1, problems.get(0).line());
        assertEquals("missing required key 'topic'", problems.get(0).message());
    }

    @Test
    void a_misspelt_key_is_one_problem_at_its_line() {
        // given a misspelt title key on line 3
        String card = """
                ---
                id: blogs
                tittle: Blogs
                topic: t
                sources:
                  - doi: 10.2196/jmir.2912
                ---
                Text.
                """;

        // when
        List<KnowledgeProblem> problems = problems(card);

        // then the typo is reported once, not again as a missing title
        assertEquals(1, problems.size());
        assertEquals(3, problems.get(0).line());
        assertEquals("unknown key 'tittle'; expected one of id, title, topic, sources, tags (did you mean 'title'?)",
                problems.get(0).message());
    }

    @Test
    void an_unknown_key_is_a_problem_at_its_line() {
        // given a complete card with an extra key on line 5
        String card = """
                ---
                id: blogs
                title: Blogs
                topic: t
                author: Someone
                sources:
                  - doi: 10.2196/jmir.2912
                ---
                Text.
                """;

        // when
        List<KnowledgeProblem> problems = problems(card);

        // then
        assertEquals(1, problems.size());
        assertEquals(5, problems.get(0).line());
        assertEquals("unknown key 'author'; expected one of id, title, topic, sources, tags", problems.get(0).message());
    }

    @Test
    void an_unclosed_front_matter_is_a_problem_at_line_one() {
        // given
        String card = """
                ---
                id: blogs
                title: Blogs
                Text without the closing line.
                """;

        // when
        List<KnowledgeProblem> problems = problems(card);

        // then
        assertEquals(1, problems.size());
        assertEquals(1, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("not closed"), problems.get(0).message());
    }

    @Test
    void a_bad_id_is_a_problem_at_its_line() {
        // given an id with capitals and a space, after a blank line and a comment
        String card = """
                ---

                # the id is used in URLs
                id: "Blogs Card"
                title: Blogs
                topic: t
                sources:
                  - doi: 10.2196/jmir.2912
                ---
                Text.
                """;

        // when
        List<KnowledgeProblem> problems = problems(card);

        // then
        assertEquals(1, problems.size());
        assertEquals(4, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("'Blogs Card'"), problems.get(0).message());
    }

    @Test
    void an_empty_body_is_a_problem_at_the_closing_line() {
        // given
        String card = """
                ---
                id: blogs
                title: Blogs
                topic: t
                sources:
                  - doi: 10.2196/jmir.2912
                ---

                """;

        // when
        List<KnowledgeProblem> problems = problems(card);

        // then
        assertEquals(1, problems.size());
        assertEquals(7, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("no text"), problems.get(0).message());
    }

    @Test
    void empty_sources_and_unreadable_lines_are_problems_at_their_lines() {
        // given a source list with no entries (line 5) and a line that is not YAML (line 6)
        String card = """
                ---
                id: blogs
                title: Blogs
                topic: t
                sources: []
                this is not yaml
                ---
                Text.
                """;

        // when
        List<KnowledgeProblem> problems = problems(card);

        // then
        assertEquals(List.of(5, 6), problems.stream().map(KnowledgeProblem::line).toList());
    }

    @Test
    void reads_block_tags_and_sentences_of_unbulleted_guidance_as_a_tip() {
        // given a tip with block-list tags and prose under "What to do"
        String card = """
                ---
                id: week-1
                title: 'Tip: it''s public'
                topic: privacy
                sources:
                  - doi: 10.2196/jmir.2912
                tags:
                  - Privacy
                  - settings
                ---
                ## What to do:
                Check your settings. Assume everything is public.
                """;

        // when
        KnowledgeDocument tip = parser.parse(FILE, card.lines().toList(), DocumentKind.TIP).document().orElseThrow();

        // then
        assertEquals(DocumentKind.TIP, tip.kind());
        assertEquals("Tip: it's public", tip.title());
        assertEquals(List.of("privacy", "settings"), tip.tags());
        assertEquals(List.of("Check your settings.", "Assume everything is public."), tip.guidance());
        assertEquals(DocumentKind.TIP, tip.passages().get(0).kind());
        assertEquals("What to do", tip.passages().get(0).section());
    }

    @Test
    void a_card_without_what_to_do_has_no_guidance() {
        // given
        String card = VALID_CARD.replace("## What to do", "## Evidence");

        // when / then
        assertEquals(List.of(), parse(card).guidance());
        assertNull(parse(card).sources().get(1).doi());
    }

    @Test
    void finds_the_id_line_for_duplicate_reports() {
        // given / when / then
        assertEquals(2, CardParser.idLine(VALID_CARD.lines().toList()));
        assertEquals(0, CardParser.idLine(List.of("# Not a card")));
    }

    @Test
    void refuses_kinds_that_are_not_cards() {
        // given / when / then
        assertThrows(IllegalArgumentException.class,
                () -> parser.parse(FILE, VALID_CARD.lines().toList(), DocumentKind.POLICY));
    }

    private KnowledgeDocument parse(String card) {
        ReadOutcome outcome = parser.parse(FILE, card.lines().toList(), DocumentKind.CARD);
        return outcome.document().orElseThrow(() -> new AssertionError("problems: " + outcome.problems()));
    }

    private List<KnowledgeProblem> problems(String card) {
        ReadOutcome outcome = parser.parse(FILE, card.lines().toList(), DocumentKind.CARD);
        assertTrue(outcome.document().isEmpty(), "expected problems but got a document");
        return outcome.problems();
    }
}
