package org.postwise.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardParserTest {

    private static final Path FILE = Path.of("knowledge", "blogs.md");
    private static final SourceRef GRAJALES = new SourceRef(
            "Social media: a review and tutorial of applications in medicine and health care",
            "Grajales et al., J Med Internet Res 2014", "10.2196/jmir.2912", null);
    private static final SourceRef GUIDANCE = new SourceRef("Some professional guidance",
            "Example Body, Guidance on X (2024)", null, "https://www.example.org/guidance");

    private static final String VALID_CARD = """
            ---
            id: blogs
            title: "Blogs in health care"
            topic: categories of social media
            questions:
              - Can I blog about my shifts?
              - is a blog about rounds ok
            sources:
              - key: review
                doi: 10.2196/jmir.2912
              - key: body
                url: https://www.example.org/guidance
                title: Some professional guidance
                citation: 'Example Body, Guidance on X (2024)'
            tags: [Blog, wordpress, "clinical rounds"]
            ---
            Blogs let **clinicians** share _cases_ with `peers` [@review]. See [the guidance](https://example.org) [@body].

            ## What to do
            - Remove anything that identifies a patient [@body]
            - Say who you are.
              Disclose conflicts too.

            ## Any other heading
            More prose here.
            """;

    private static final Path SHARED_FILE = Path.of("knowledge", "sources.yaml");
    private static final String SHARED = """
            ---
            sources:
              - key: body
                url: https://www.example.org/guidance
                title: Some professional guidance
                citation: 'Example Body, Guidance on X (2024)'
              - key: other
                url: https://www.example.org/other
                title: Other guidance
                citation: Other Body (2020)
            """;
    private static final Path CUES_FILE = Path.of("knowledge", "cues.yaml");
    private static final String SHARED_CUES = """
            ---
            # cue sets that several cards name
            cues:
              relatives: [Son, next of kin]
              targeted: [death threats]
            """;
    private static final SourceRef OTHER = new SourceRef("Other guidance", "Other Body (2020)", null,
            "https://www.example.org/other");
    private static final String BODY_SOURCE = """
              - key: body
                url: https://www.example.org/guidance
                title: Some professional guidance
                citation: 'Example Body, Guidance on X (2024)'
            """;

    /** The valid card citing 'body' by its key alone. */
    private static final String CARD_CITING_BODY = VALID_CARD.replace(BODY_SOURCE, "  - key: body\n");

    private final CardParser parser = new CardParser(new PassageChunker(), List.of(GRAJALES));

    @Test
    void reads_the_front_matter_of_a_valid_card() {
        // when
        KnowledgeDocument card = parse(VALID_CARD);
        // then
        assertThat(card.id()).isEqualTo("blogs");
        assertThat(card.kind()).isEqualTo(DocumentKind.CARD);
        assertThat(card.title()).isEqualTo("Blogs in health care");
        assertThat(card.topic()).isEqualTo("categories of social media");
        assertThat(card.tags()).containsExactly("blog", "wordpress", "clinical rounds");
        assertThat(card.questions()).containsExactly("Can I blog about my shifts?", "is a blog about rounds ok");
        assertThat(card.sources()).containsExactly(GRAJALES, GUIDANCE);
    }

    @Test
    void reads_the_body_into_plain_text_passages_by_section() {
        // when
        KnowledgeDocument card = parse(VALID_CARD);
        // then
        assertThat(card.passages()).extracting(Passage::section).containsExactly(
                "Summary", "Summary", "What to do", "What to do", "Any other heading");
        assertThat(card.passages().get(0).text()).isEqualTo("Blogs let clinicians share cases with peers.");
        assertThat(card.passages().get(0).id()).isEqualTo("blogs#1");
        assertThat(card.passages().get(0).documentTitle()).isEqualTo("Blogs in health care");
    }

    @Test
    void cites_a_passage_of_a_multi_source_card_to_the_source_its_marker_names() {
        // when
        KnowledgeDocument card = parse(VALID_CARD);
        // then
        assertThat(card.passages().get(0).sources()).containsExactly(GRAJALES);
        assertThat(card.passages().get(1).text()).isEqualTo("See the guidance.");
        assertThat(card.passages().get(1).sources()).containsExactly(GUIDANCE);
    }

    @Test
    void cites_unmarked_text_as_postwises_own_advice() {
        // when
        KnowledgeDocument card = parse(VALID_CARD);
        // then
        Passage lastSection = card.passages().get(4);
        assertThat(lastSection.text()).isEqualTo("More prose here.");
        assertThat(lastSection.sources()).containsExactly(SourceRef.OWN_ADVICE);
    }

    @Test
    void reads_what_to_do_as_guidance_one_action_per_bullet_with_its_bodies() {
        // when
        KnowledgeDocument card = parse(VALID_CARD);
        // then
        assertThat(card.guidance()).containsExactly(
                new Guidance("Remove anything that identifies a patient", List.of(GUIDANCE)),
                new Guidance("Say who you are. Disclose conflicts too.", List.of(SourceRef.OWN_ADVICE)));
    }

    @Test
    void reads_the_sub_case_cues_of_a_bullet_that_ends_with_a_when_marker() {
        // given
        String card = VALID_CARD.replace("- Remove anything that identifies a patient [@body]",
                "- Remove anything that identifies a patient [@body] [when: Manager; my staff ; already posted]");
        // when
        KnowledgeDocument parsed = parse(card);
        // then
        assertThat(parsed.guidance().get(0)).isEqualTo(new Guidance("Remove anything that identifies a patient",
                List.of(GUIDANCE), List.of("manager", "my staff", "already posted")));
        assertThat(parsed.guidance().get(1).subCase()).isFalse();
    }

    @Test
    void reads_the_cues_of_the_sub_cases_a_bullet_does_not_fit_from_an_unless_marker() {
        // given
        String card = VALID_CARD.replace("- Remove anything that identifies a patient [@body]",
                "- Remove anything that identifies a patient [@body] [unless: Already; unfriended ]");
        // when
        KnowledgeDocument parsed = parse(card);
        // then
        assertThat(parsed.guidance().get(0)).isEqualTo(new Guidance("Remove anything that identifies a patient",
                List.of(GUIDANCE), List.of(), List.of("already", "unfriended")));
    }

    @Test
    void reads_a_named_cue_set_wherever_a_marker_names_it() {
        // given
        String card = withFrontMatter("cues:\n  managers: [As a manager, my staff]")
                .replace("- Remove anything that identifies a patient [@body]",
                        "- Remove anything that identifies a patient [@body] [unless: {managers}; already]")
                .replace("- Say who you are.", "- Say who you are. [unless: { managers }]");
        // when
        KnowledgeDocument parsed = parse(card);
        // then
        assertThat(parsed.guidance()).extracting(Guidance::unless).containsExactly(
                List.of("as a manager", "my staff", "already"), List.of("as a manager", "my staff"));
    }

    @Test
    void a_cue_set_name_in_double_braces_is_a_problem_at_the_bullet_line() {
        // given
        String card = withFrontMatter("cues:\n  managers: [as a manager]")
                .replace("- Remove anything that identifies a patient [@body]",
                        "- Remove anything that identifies a patient [@body] [unless: {{managers}}]");
        // when / then
        assertOneProblem(card, 22, "cue '{{managers}}' is neither a cue nor one cue set's name in braces",
                "its sets are managers");
    }

    @Test
    void a_cue_set_name_with_one_stray_brace_is_a_problem_at_the_bullet_line() {
        // given
        String card = withFrontMatter("cues:\n  managers: [as a manager]")
                .replace("- Remove anything that identifies a patient [@body]",
                        "- Remove anything that identifies a patient [@body] [unless: {managers]");
        // when / then
        assertOneProblem(card, 22, "cue '{managers' is neither a cue nor one cue set's name in braces");
    }

    @Test
    void a_cue_set_the_front_matter_does_not_define_is_a_problem_at_the_bullet_line() {
        // given
        String card = withFrontMatter("cues:\n  managers: [as a manager]")
                .replace("- Remove anything that identifies a patient [@body]",
                        "- Remove anything that identifies a patient [@body] [unless: {manager}]");
        // when / then
        assertOneProblem(card, 22, "cue set '{manager}' is not defined", "its sets are managers");
    }

    @Test
    void a_cue_set_without_cues_is_a_problem_at_its_line() {
        // given
        String card = withFrontMatter("cues:\n  managers: []");
        // when / then
        assertOneProblem(card, 17, "cue set 'managers' names no cue");
    }

    @Test
    void cues_that_are_not_named_lists_are_a_problem_at_their_line() {
        // given
        String card = withFrontMatter("cues: [as a manager]");
        // when / then
        assertOneProblem(card, 16, "'cues' must name lists of cues");
    }

    @Test
    void keeps_the_unless_marker_out_of_the_text_users_see() {
        // given
        String card = VALID_CARD.replace("- Remove anything that identifies a patient [@body]",
                "- Remove anything that identifies a patient. [@body] [when: manager] [unless: already]");
        // when / then
        assertThat(parse(card).passages()).extracting(Passage::text)
                .noneMatch(t -> t.contains("unless") || t.contains("when"));
    }

    @Test
    void reads_the_cues_of_a_where_to_ask_for_help_bullet_from_the_markers_after_it() {
        // given
        String card = VALID_CARD.replace("## Any other heading\nMore prose here.",
                "## Where to ask for help\n- Ask the NMC's employer link service. [when: nmc; in the uk]");
        // when
        KnowledgeDocument parsed = parse(card);
        // then
        assertThat(parsed.marked()).containsExactly(new MarkedSentence("Ask the NMC's employer link service.",
                List.of("nmc", "in the uk"), List.of()));
    }

    @Test
    void reads_the_cues_of_a_prose_sentence_from_the_markers_after_it() {
        // given
        String card = VALID_CARD.replace("More prose here.",
                "Requests are common [@review]. [when: my blog] [unless: Already] More prose here.");
        // when
        KnowledgeDocument parsed = parse(card);
        // then
        assertThat(parsed.marked()).containsExactly(
                new MarkedSentence("Requests are common.", List.of("my blog"), List.of("already")));
    }

    @Test
    void keeps_a_prose_sentence_cited_to_the_marker_after_its_run_when_a_sub_case_marker_follows_it() {
        // given
        String card = VALID_CARD.replace("More prose here.",
                "Requests are common. Most are declined [@review]. [unless: already] More prose here.");
        // when
        KnowledgeDocument parsed = parse(card);
        // then
        assertThat(parsed.passages()).filteredOn(p -> p.text().contains("Requests are common"))
                .singleElement().satisfies(p -> {
                    assertThat(p.sources()).containsExactly(GRAJALES);
                    assertThat(p.text()).isEqualTo("Requests are common. Most are declined.");
                });
    }

    @Test
    void keeps_the_when_marker_out_of_the_text_users_see() {
        // given
        String card = VALID_CARD.replace("- Remove anything that identifies a patient [@body]",
                "- Remove anything that identifies a patient. [@body] [when: manager]");
        // when / then
        assertThat(parse(card).passages()).extracting(Passage::text).noneMatch(t -> t.contains("when"));
    }

    @Test
    void a_prose_marker_naming_only_an_undefined_cue_set_is_a_problem_at_its_line() {
        // given
        String card = VALID_CARD.replace("More prose here.", "More prose here. [unless: {managers}]");
        // when / then
        assertOneProblem(card, 25, "cue set '{managers}' is not defined");
    }

    @Test
    void a_prose_marker_before_the_full_stop_is_a_problem_at_its_line() {
        // given
        String card = VALID_CARD.replace("More prose here.", "More prose here [when: manager].");
        // when / then
        assertOneProblem(card, 25, "goes right after the sentence it is for");
    }

    @Test
    void a_when_marker_without_cues_is_a_problem_at_its_line() {
        // given
        String card = VALID_CARD.replace("- Remove anything that identifies a patient [@body]",
                "- Remove anything that identifies a patient [@body] [when: ; ]");
        // when / then
        assertOneProblem(card, 20, "needs at least one cue");
    }

    @Test
    void reads_the_askers_a_card_fits_from_its_when_and_unless_conditions() {
        // given
        String card = withFrontMatter("""
                cues:
                  relatives: [Son, daughter]
                when:
                  - "{relatives} & patient; pt"
                unless:
                  - my preceptor; my attending
                """);
        // when
        AskerCues askers = parse(card).askers();
        // then
        assertThat(askers.when()).containsExactly(
                new AskerCues.Condition(List.of(List.of("son", "daughter"), List.of("patient", "pt"))));
        assertThat(askers.unless()).containsExactly(
                new AskerCues.Condition(List.of(List.of("my preceptor", "my attending"))));
    }

    @Test
    void reads_the_only_askers_a_card_fits_from_its_only_conditions() {
        // given
        String card = withFrontMatter("""
                cues:
                  died: [died, passed away]
                only:
                  - "{died}"
                """);
        // when
        AskerCues askers = parse(card).askers();
        // then
        assertThat(askers.only()).containsExactly(new AskerCues.Condition(List.of(List.of("died", "passed away"))));
    }

    @Test
    void a_card_without_conditions_names_no_askers() {
        // when / then
        assertThat(parse(VALID_CARD).askers()).isEqualTo(AskerCues.NONE);
    }

    @Test
    void a_condition_with_a_cue_set_name_in_double_braces_is_a_problem_at_its_line() {
        // given
        String card = withFrontMatter("""
                cues:
                  relatives: [son]
                when:
                  - "{{relatives}} & patient"
                """);
        // when / then
        assertOneProblem(card, 19, "cue '{{relatives}}' is neither a cue nor one cue set's name in braces");
    }

    @Test
    void a_condition_naming_an_undefined_cue_set_is_a_problem_at_its_line() {
        // given
        String card = withFrontMatter("""
                when:
                  - "{relatives} & patient"
                """);
        // when / then
        assertOneProblem(card, 17, "cue set '{relatives}' is not defined");
    }

    @Test
    void an_unquoted_cue_set_as_a_condition_is_a_problem_at_its_line() {
        // given
        String card = withFrontMatter("""
                cues:
                  relatives: [son]
                unless:
                  - {relatives}
                """);
        // when / then
        assertOneProblem(card, 19, "quote one that starts with a cue set");
    }

    @Test
    void a_condition_with_an_empty_group_is_a_problem_at_its_line() {
        // given
        String card = withFrontMatter("""
                when:
                  - "son & "
                """);
        // when / then
        assertOneProblem(card, 17, "names no cue");
    }

    @Test
    void a_trailing_ampersand_is_an_empty_group_and_a_problem_at_its_line() {
        // given an unquoted condition, whose trailing space YAML drops
        String card = withFrontMatter("""
                when:
                  - son &
                """);
        // when / then
        assertOneProblem(card, 17, "names no cue");
    }

    @Test
    void a_bracket_in_a_condition_is_a_problem_at_its_line() {
        // given
        String card = withFrontMatter("""
                unless:
                  - "son]; daughter"
                """);
        // when / then
        assertOneProblem(card, 17, "leave out '[' and ']'");
    }

    @Test
    void an_unquoted_condition_starting_with_a_cue_set_gets_a_hint_to_quote_it() {
        // given
        String card = withFrontMatter("""
                cues:
                  relatives: [son]
                when:
                  - {relatives} & patient
                """);
        // when / then
        assertOneProblem(card, 19, "not valid YAML", "quote a list item that starts with '{'");
    }

    @Test
    void conditions_that_are_not_a_list_are_a_problem_at_their_key() {
        // given
        String card = withFrontMatter("when: {son: daughter}");
        // when / then
        assertOneProblem(card, 16, "'when' must be a list of conditions");
    }

    @Test
    void never_packs_sentences_of_different_sources_into_one_passage() {
        // when
        KnowledgeDocument card = parse(VALID_CARD);
        // then
        assertThat(card.passages()).allSatisfy(p -> assertThat(p.sources()).hasSize(1));
        assertThat(card.passages().get(2).text()).isEqualTo("Remove anything that identifies a patient.");
        assertThat(card.passages().get(3).text()).isEqualTo("Say who you are. Disclose conflicts too.");
    }

    @Test
    void leaves_html_comments_out_of_the_passages() {
        // given
        String card = VALID_CARD.replace("## Any other heading\nMore prose here.",
                "## Any other heading\n<!-- checked on 2026-11-30 against the body's page -->\nMore prose here.");
        // when / then
        assertThat(parse(card).passages()).extracting(Passage::text).noneMatch(t -> t.contains("checked"));
    }

    @Test
    void reads_a_heading_underlined_with_dashes_as_a_section() {
        // given
        String card = VALID_CARD.replace("## Any other heading", "Any other heading\n-----------------");
        // when / then
        assertThat(parse(card).passages().get(4).section()).isEqualTo("Any other heading");
    }

    @Test
    void a_marker_naming_no_source_is_a_problem_at_its_line() {
        // given a marker on line 16 with a key the card does not have
        String card = VALID_CARD.replace("[@body].\n", "[@bodyy].\n");
        // when
        List<KnowledgeProblem> problems = problems(card);
        // then
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(17);
            assertThat(p.message()).contains("[@bodyy]", "review, body");
        });
    }

    @Test
    void a_source_key_used_twice_is_a_problem_at_its_line() {
        // given
        String card = VALID_CARD.replace("key: body", "key: review");
        // when
        List<KnowledgeProblem> problems = problems(card);
        // then
        assertThat(problems).first().satisfies(p -> {
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).contains("source key 'review' is used twice");
        });
    }

    @Test
    void a_card_without_questions_still_loads() {
        // given
        String card = VALID_CARD.replace("questions:\n  - Can I blog about my shifts?\n  - is a blog about rounds ok\n", "");
        // when / then
        assertThat(parse(card).questions()).isEmpty();
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
                Text [@1].
                """;
        // when
        SourceRef source = parse(card).primarySource();
        // then
        assertThat(source).isEqualTo(new SourceRef("A shorter title", "Grajales et al., J Med Internet Res 2014",
                "10.2196/jmir.2912", null));
        assertThat(source.link()).isEqualTo("https://doi.org/10.2196/jmir.2912");
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
        assertThat(problems).extracting(KnowledgeProblem::line).containsExactly(7, 8);
        assertThat(problems.get(0).message()).contains("unknown source '10.1000/unknown'", "give title and citation");
        assertThat(problems.get(0).path()).isEqualTo(FILE);
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
        // when / then
        assertThat(problems(card)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("missing required key 'topic'");
        });
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
        // when / then the typo is reported once, not again as a missing title
        assertThat(problems(card)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("unknown key 'tittle'; expected one of id, title, topic, questions, "
                    + "sources, tags, cues, when, unless, only (did you mean 'title'?)");
        });
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
        // when / then
        assertThat(problems(card)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).isEqualTo(
                    "unknown key 'author'; expected one of id, title, topic, questions, sources, tags, cues, when, unless, only");
        });
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
        // when / then
        assertOneProblem(card, 1, "not closed");
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
        // when / then
        assertOneProblem(card, 4, "'Blogs Card'");
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
        // when / then
        assertOneProblem(card, 7, "no text");
    }

    @Test
    void empty_sources_are_a_problem_at_their_line() {
        // given a source list with no entries on line 5
        String card = """
                ---
                id: blogs
                title: Blogs
                topic: t
                sources: []
                ---
                Text.
                """;
        // when / then
        assertThat(problems(card)).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(5));
    }

    @Test
    void a_line_that_is_not_yaml_is_a_problem_at_its_line() {
        // given a line that is not YAML on line 6
        String card = """
                ---
                id: blogs
                title: Blogs
                topic: t
                sources:
                this is not: yaml: at all
                ---
                Text.
                """;
        // when / then
        assertOneProblem(card, 6, "not valid YAML");
    }

    @Test
    void a_key_given_twice_is_a_problem_at_its_second_line() {
        // given
        String card = VALID_CARD.replace("topic: categories of social media\n",
                "topic: categories of social media\ntopic: again\n");
        // when / then
        assertOneProblem(card, 5, "given twice", "first at line 4");
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
                Check your settings. Assume everything is public [@1].
                """;
        // when
        KnowledgeDocument tip = parser.parse(FILE, card.lines().toList(), DocumentKind.TIP).document().orElseThrow();
        // then
        assertThat(tip.kind()).isEqualTo(DocumentKind.TIP);
        assertThat(tip.title()).isEqualTo("Tip: it's public");
        assertThat(tip.tags()).containsExactly("privacy", "settings");
        assertThat(tip.guidance()).containsExactly(new Guidance("Check your settings.", List.of(GRAJALES)),
                new Guidance("Assume everything is public.", List.of(GRAJALES)));
        assertThat(tip.passages().get(0).kind()).isEqualTo(DocumentKind.TIP);
        assertThat(tip.passages().get(0).section()).isEqualTo("What to do");
    }

    @Test
    void reads_a_scope_card_without_sources() {
        // given
        String card = """
                ---
                id: scope-tech-support
                title: Passwords and devices
                topic: out of scope
                questions:
                  - How do I reset my password?
                ---
                Ask the IT service desk.
                """;
        // when
        KnowledgeDocument scope = parser.parse(FILE, card.lines().toList(), DocumentKind.SCOPE).document()
                .orElseThrow();
        // then
        assertThat(scope.isMaterial()).isFalse();
        assertThat(scope.questions()).containsExactly("How do I reset my password?");
        assertThat(scope.passages()).extracting(Passage::text).containsExactly("Ask the IT service desk.");
    }

    @Test
    void reads_an_about_card_without_sources_as_a_reply_that_is_not_material() {
        // given
        String card = """
                ---
                id: about-what-postwise-is
                title: What Postwise is
                topic: about Postwise
                questions:
                  - What are you?
                ---
                Postwise is a program, not a person.
                """;
        // when
        KnowledgeDocument about = parser.parse(FILE, card.lines().toList(), DocumentKind.ABOUT).document()
                .orElseThrow();
        // then
        assertThat(about.kind()).isEqualTo(DocumentKind.ABOUT);
        assertThat(about.isMaterial()).isFalse();
        assertThat(about.passages()).extracting(Passage::text).containsExactly("Postwise is a program, not a person.");
    }

    @Test
    void a_card_without_what_to_do_has_no_guidance() {
        // given
        String card = VALID_CARD.replace("## What to do", "## Evidence");
        // when / then
        assertThat(parse(card).guidance()).isEmpty();
    }

    @Test
    void finds_the_id_line_for_duplicate_reports() {
        // when / then
        assertThat(CardParser.idLine(VALID_CARD.lines().toList())).isEqualTo(2);
        assertThat(CardParser.idLine(List.of("# Not a card"))).isZero();
    }

    @Test
    void refuses_kinds_that_are_not_cards() {
        // when / then
        assertThatThrownBy(() -> parser.parse(FILE, VALID_CARD.lines().toList(), DocumentKind.POLICY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** {@link #VALID_CARD} with {@code lines} added at the end of its front matter. */
    private static String withFrontMatter(String lines) {
        String tags = "tags: [Blog, wordpress, \"clinical rounds\"]";
        return VALID_CARD.replace(tags, tags + "\n" + lines);
    }

    @Test
    void reads_the_countries_whose_law_a_source_is() {
        // given
        String card = VALID_CARD.replace("    citation: 'Example Body, Guidance on X (2024)'\n",
                "    citation: 'Example Body, Guidance on X (2024)'\n    jurisdiction: gb, IE\n");
        // when
        KnowledgeDocument parsed = parse(card);
        // then
        assertThat(parsed.passages().get(1).sources()).singleElement()
                .satisfies(source -> assertThat(source.jurisdictions()).containsExactlyInAnyOrder("GB", "IE"));
        assertThat(parsed.passages().get(0).sources()).singleElement()
                .satisfies(source -> assertThat(source.jurisdictions()).isEmpty());
    }

    @Test
    void reads_a_list_of_jurisdictions_as_tags_are_written() {
        // given
        String card = VALID_CARD.replace("    citation: 'Example Body, Guidance on X (2024)'\n",
                "    citation: 'Example Body, Guidance on X (2024)'\n    jurisdiction: [GB, ie]\n");
        // when
        KnowledgeDocument parsed = parse(card);
        // then
        assertThat(parsed.passages().get(1).sources()).singleElement()
                .satisfies(source -> assertThat(source.jurisdictions()).containsExactlyInAnyOrder("GB", "IE"));
    }

    @Test
    void a_jurisdiction_that_is_no_country_code_is_a_problem_at_its_line() {
        // given
        String card = VALID_CARD.replace("    citation: 'Example Body, Guidance on X (2024)'\n",
                "    citation: 'Example Body, Guidance on X (2024)'\n    jurisdiction: USA\n");
        // when / then
        assertOneProblem(card, 15, "jurisdiction 'USA' is not a country code", "such as US or GB");
    }

    /** {@code card} fails with one problem, at {@code line}, whose message contains every one of {@code parts}. */
    private void assertOneProblem(String card, int line, String... parts) {
        assertThat(problems(card)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains(parts);
        });
    }

    @Test
    void reads_the_shared_sources_by_key_in_file_order() {
        // when
        CardParser.SharedSources shared = parser.readSharedSources(SHARED_FILE, SHARED.lines().toList());
        // then
        assertThat(shared.problems()).isEmpty();
        assertThat(shared.sources()).containsExactly(entry("body", GUIDANCE), entry("other", OTHER));
    }

    @Test
    void leaves_out_a_shared_source_without_a_key_with_a_problem_at_its_line() {
        // given
        String file = SHARED + """
                  - url: https://www.example.org/third
                    title: Third guidance
                    citation: Third Body (2021)
                """;
        // when
        CardParser.SharedSources shared = parser.readSharedSources(SHARED_FILE, file.lines().toList());
        // then
        assertThat(shared.sources()).containsOnlyKeys("body", "other");
        assertThat(shared.problems()).extracting(KnowledgeProblem::line, KnowledgeProblem::message)
                .containsExactly(tuple(11, "a shared source needs a 'key:', the name cards cite it by"));
    }

    @Test
    void a_shared_sources_file_that_is_not_valid_yaml_is_a_problem_at_its_line() {
        // when
        CardParser.SharedSources shared = parser.readSharedSources(SHARED_FILE,
                List.of("---", "sources:", "  - key: body", "    url: [unclosed"));
        // then
        assertThat(shared.sources()).isEmpty();
        assertThat(shared.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("the file is not valid YAML");
        });
    }

    @Test
    void cites_a_shared_source_that_the_card_names_by_key_alone() {
        // given
        CardParser withShared = sharedParser();
        assertThat(VALID_CARD).contains(BODY_SOURCE);
        // when
        ReadOutcome outcome = withShared.parse(FILE, CARD_CITING_BODY.lines().toList(), DocumentKind.CARD);
        // then
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.document().orElseThrow().sources()).containsExactly(GRAJALES, GUIDANCE);
        assertThat(outcome.document().orElseThrow().guidance().get(0).sources()).containsExactly(GUIDANCE);
    }

    @Test
    void a_key_alone_that_no_shared_source_has_is_a_problem_at_its_line() {
        // given
        String card = VALID_CARD.replace(BODY_SOURCE, "  - key: body\n  - key: ana\n");
        // when
        ReadOutcome outcome = sharedParser().parse(FILE, card.lines().toList(), DocumentKind.CARD);
        // then
        assertThat(outcome.problems()).extracting(KnowledgeProblem::line, KnowledgeProblem::message)
                .containsExactly(tuple(12, "source 'ana' has no 'doi:' or 'url:', and knowledge/sources.yaml has no"
                        + " source with that key"));
    }

    @Test
    void a_card_giving_a_shared_key_a_work_of_its_own_is_a_problem_at_the_key() {
        // when: the card defines 'body' itself although the shared sources define it
        ReadOutcome outcome = sharedParser().parse(FILE, VALID_CARD.lines().toList(), DocumentKind.CARD);
        // then
        assertThat(outcome.problems()).extracting(KnowledgeProblem::line, KnowledgeProblem::message)
                .containsExactly(tuple(11, "source key 'body' is a shared source of knowledge/sources.yaml: cite it"
                        + " as '- key: body' alone, or give this source a key of its own"));
    }

    @Test
    void a_shared_source_cited_with_fields_of_its_own_is_a_problem_at_its_line() {
        // given
        String card = VALID_CARD.replace(BODY_SOURCE, "  - key: body\n    jurisdiction: US\n");
        // when
        ReadOutcome outcome = sharedParser().parse(FILE, card.lines().toList(), DocumentKind.CARD);
        // then
        assertThat(outcome.problems()).extracting(KnowledgeProblem::line, KnowledgeProblem::message)
                .containsExactly(tuple(11, "shared source 'body' is cited by its key alone; change its jurisdiction"
                        + " in knowledge/sources.yaml"));
    }

    @Test
    void reads_a_shared_sources_file_that_ends_with_a_closing_delimiter() {
        // when: an editor used to cards closes the list with '---'
        CardParser.SharedSources shared = parser.readSharedSources(SHARED_FILE, (SHARED + "---\n\n").lines().toList());
        // then
        assertThat(shared.problems()).isEmpty();
        assertThat(shared.sources()).containsOnlyKeys("body", "other");
    }

    @Test
    void text_after_the_closing_delimiter_of_the_shared_sources_is_a_problem_at_its_line() {
        // when
        CardParser.SharedSources shared = parser.readSharedSources(SHARED_FILE,
                (SHARED + "---\nsources:\n").lines().toList());
        // then
        assertThat(shared.readable()).isFalse();
        assertThat(shared.problems()).extracting(KnowledgeProblem::line).containsExactly(12);
    }

    @Test
    void a_shared_source_without_doi_or_url_is_a_problem_about_the_entry_itself() {
        // when
        CardParser.SharedSources shared = parser.readSharedSources(SHARED_FILE,
                (SHARED + "  - key: third\n").lines().toList());
        // then
        assertThat(shared.sources()).containsOnlyKeys("body", "other");
        assertThat(shared.broken()).containsExactly("third");
        assertThat(shared.problems()).extracting(KnowledgeProblem::line, KnowledgeProblem::message)
                .containsExactly(tuple(11, "a shared source needs 'doi:' or 'url:'"));
    }

    @Test
    void tells_a_card_citing_a_broken_shared_entry_that_the_entry_has_a_problem() {
        // given a shared file whose 'body' entry lacks its citation
        CardParser withShared = parserSharing(
                SHARED.replace("    citation: 'Example Body, Guidance on X (2024)'\n", "").lines().toList());
        // when
        ReadOutcome outcome = withShared.parse(FILE, CARD_CITING_BODY.lines().toList(), DocumentKind.CARD);
        // then
        assertThat(outcome.problems()).extracting(KnowledgeProblem::line, KnowledgeProblem::message)
                .containsExactly(tuple(11, "source 'body' has no 'doi:' or 'url:', and its entry in"
                        + " knowledge/sources.yaml has a problem (see that file)"));
    }

    @Test
    void tells_a_card_citing_a_shared_key_that_the_shared_sources_file_could_not_be_read() {
        // given a shared file that is not valid YAML
        CardParser withShared = parserSharing(List.of("---", "sources:", "  - key: body", "    url: [unclosed"));
        // when
        ReadOutcome outcome = withShared.parse(FILE, CARD_CITING_BODY.lines().toList(), DocumentKind.CARD);
        // then
        assertThat(outcome.problems()).extracting(KnowledgeProblem::message)
                .containsExactly("source 'body' has no 'doi:' or 'url:', and knowledge/sources.yaml, which would give"
                        + " it, could not be read (see its problem)");
    }

    @Test
    void reads_the_shared_cue_sets_by_name_lower_cased() {
        // when
        CardParser.SharedCues shared = parser.readSharedCues(CUES_FILE, SHARED_CUES.lines().toList());
        // then
        assertThat(shared.problems()).isEmpty();
        assertThat(shared.sets()).containsExactly(entry("relatives", List.of("son", "next of kin")),
                entry("targeted", List.of("death threats")));
    }

    @Test
    void a_condition_names_a_shared_cue_set_the_card_does_not_define() {
        // given
        String card = withFrontMatter("""
                unless:
                  - "{relatives} & patient"
                """);
        // when
        ReadOutcome outcome = parseBesideCues(SHARED_CUES.lines().toList(), card);
        // then
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.document().orElseThrow().askers().unless()).containsExactly(
                new AskerCues.Condition(List.of(List.of("son", "next of kin"), List.of("patient"))));
    }

    @Test
    void a_marker_names_a_shared_cue_set_beside_a_set_of_the_card() {
        // given
        String card = withFrontMatter("cues:\n  managers: [as a manager]")
                .replace("- Remove anything that identifies a patient [@body]",
                        "- Remove anything that identifies a patient [@body] [when: {targeted}; {managers}]");
        // when
        ReadOutcome outcome = parseBesideCues(SHARED_CUES.lines().toList(), card);
        // then
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.document().orElseThrow().guidance().get(0).when())
                .containsExactly("death threats", "as a manager");
    }

    @Test
    void a_card_defining_a_set_named_as_a_shared_one_is_a_problem_at_the_set() {
        // given
        String card = withFrontMatter("cues:\n  relatives: [daughter]");
        // when
        ReadOutcome outcome = parseBesideCues(SHARED_CUES.lines().toList(), card);
        // then
        assertThat(outcome.problems()).extracting(KnowledgeProblem::line, KnowledgeProblem::message)
                .containsExactly(tuple(17, "cue set 'relatives' is defined in knowledge/cues.yaml: name it as"
                        + " {relatives} without defining it here, or give this card's set another name"));
    }

    @Test
    void a_cue_set_neither_the_card_nor_the_shared_file_defines_is_a_problem_naming_both() {
        // given
        String card = withFrontMatter("""
                when:
                  - "{seniors} & patient"
                """);
        // when
        ReadOutcome outcome = parseBesideCues(SHARED_CUES.lines().toList(), card);
        // then
        assertThat(outcome.problems()).extracting(KnowledgeProblem::line, KnowledgeProblem::message)
                .containsExactly(tuple(17, "cue set '{seniors}' is not defined under 'cues:' in the front matter"
                        + " or in knowledge/cues.yaml"));
    }

    @Test
    void a_shared_cue_set_without_cues_is_left_out_with_a_problem_at_its_line() {
        // when
        CardParser.SharedCues shared = parser.readSharedCues(CUES_FILE,
                (SHARED_CUES + "  seniors: []\n").lines().toList());
        // then
        assertThat(shared.sets()).containsOnlyKeys("relatives", "targeted");
        assertThat(shared.broken()).containsExactly("seniors");
        assertThat(shared.problems()).extracting(KnowledgeProblem::line, KnowledgeProblem::message)
                .containsExactly(tuple(6, "cue set 'seniors' names no cue"));
    }

    @Test
    void tells_a_card_naming_a_broken_shared_cue_set_that_the_set_has_a_problem() {
        // given
        String card = withFrontMatter("""
                only:
                  - "{seniors}"
                """);
        // when
        ReadOutcome outcome = parseBesideCues((SHARED_CUES + "  seniors: []\n").lines().toList(), card);
        // then
        assertThat(outcome.problems()).extracting(KnowledgeProblem::message)
                .containsExactly("cue set '{seniors}' of knowledge/cues.yaml has a problem (see that file)");
    }

    @Test
    void tells_a_card_naming_a_shared_cue_set_that_the_shared_cues_file_could_not_be_read() {
        // given
        String card = withFrontMatter("""
                unless:
                  - "{relatives} & patient"
                """);
        // when
        ReadOutcome outcome = parseBesideCues(List.of("---", "cues:", "  relatives: [unclosed"), card);
        // then
        assertThat(outcome.problems()).extracting(KnowledgeProblem::message)
                .containsExactly("cue set '{relatives}' is not defined under 'cues:' in the front matter and"
                        + " knowledge/cues.yaml, which could define it, could not be read (see its problem)");
    }

    @Test
    void a_key_other_than_cues_in_the_shared_cues_file_is_a_problem_at_its_line() {
        // when
        CardParser.SharedCues shared = parser.readSharedCues(CUES_FILE,
                (SHARED_CUES + "when:\n  - \"{relatives}\"\n").lines().toList());
        // then
        assertThat(shared.sets()).containsOnlyKeys("relatives", "targeted");
        assertThat(shared.problems()).extracting(KnowledgeProblem::line, KnowledgeProblem::message)
                .containsExactly(tuple(6, "unknown key 'when'; the shared cues file holds only 'cues'"));
    }

    @Test
    void tells_a_card_naming_a_shared_cue_set_that_the_shared_cues_file_names_no_sets() {
        // given a shared file whose 'cues' is a list, not named sets
        String card = withFrontMatter("""
                unless:
                  - "{relatives} & patient"
                """);
        // when
        ReadOutcome outcome = parseBesideCues(List.of("---", "cues: [son, daughter]"), card);
        // then
        assertThat(outcome.problems()).extracting(KnowledgeProblem::message)
                .containsExactly("cue set '{relatives}' is not defined under 'cues:' in the front matter and"
                        + " knowledge/cues.yaml, which could define it, could not be read (see its problem)");
    }

    @Test
    void tells_a_card_naming_a_shared_cue_set_with_a_capitalised_name_that_the_set_has_a_problem() {
        // given a shared set whose name breaks the lower-case rule
        String card = withFrontMatter("""
                unless:
                  - "{relatives} & patient"
                """);
        // when
        ReadOutcome outcome = parseBesideCues(List.of("---", "cues:", "  Relatives: [son]"), card);
        // then
        assertThat(outcome.problems()).extracting(KnowledgeProblem::message)
                .containsExactly("cue set '{relatives}' of knowledge/cues.yaml has a problem (see that file)");
    }

    @Test
    void text_after_the_closing_delimiter_of_the_shared_cues_names_what_the_file_holds() {
        // when
        CardParser.SharedCues shared = parser.readSharedCues(CUES_FILE,
                (SHARED_CUES + "---\ncues:\n").lines().toList());
        // then
        assertThat(shared.readable()).isFalse();
        assertThat(shared.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).endsWith("the file holds one mapping of cue sets"));
    }

    /** {@code card} parsed beside a shared cues file of {@code cuesFile}'s lines, without shared sources. */
    private ReadOutcome parseBesideCues(List<String> cuesFile, String card) {
        return new CardParser(new PassageChunker(), List.of(GRAJALES), CardParser.SharedSources.NONE,
                parser.readSharedCues(CUES_FILE, cuesFile)).parse(FILE, card.lines().toList(), DocumentKind.CARD);
    }

    private CardParser sharedParser() {
        return parserSharing(SHARED.lines().toList());
    }

    /** A parser whose shared sources are what {@code sharedFile}'s lines give. */
    private CardParser parserSharing(List<String> sharedFile) {
        return new CardParser(new PassageChunker(), List.of(GRAJALES),
                parser.readSharedSources(SHARED_FILE, sharedFile));
    }

    private KnowledgeDocument parse(String card) {
        ReadOutcome outcome = parser.parse(FILE, card.lines().toList(), DocumentKind.CARD);
        return outcome.document().orElseThrow(() -> new AssertionError("problems: " + outcome.problems()));
    }

    private List<KnowledgeProblem> problems(String card) {
        ReadOutcome outcome = parser.parse(FILE, card.lines().toList(), DocumentKind.CARD);
        assertThat(outcome.document()).as("expected problems but got a document").isEmpty();
        return outcome.problems();
    }
}
