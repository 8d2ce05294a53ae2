package org.postwise.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postwise.config.KnowledgeConfig;

class FileKnowledgeLoaderTest {

    private static final String CARD = """
            ---
            id: %s
            title: Blogs in health care
            topic: categories of social media
            sources:
              - doi: 10.2196/jmir.2912
            ---
            Blogs are web logs.

            ## What to do
            - Keep patients anonymous.
            """;

    @TempDir
    Path home;

    @Test
    void loads_good_files_and_reports_each_bad_file_once_with_path_and_line() throws IOException {
        // given real seeds, good cards and policies, files to skip, and one bad file of each kind
        Path seeds = Files.createDirectories(home.resolve("seeds"));
        Path knowledge = Files.createDirectories(home.resolve("knowledge"));
        Files.createDirectories(knowledge.resolve("tips"));
        Files.createDirectories(knowledge.resolve(".git"));
        Files.copy(Path.of("seeds", "000_8abc1b9e8d25b4ba.txt"), seeds.resolve("000_grajales.txt"));
        Files.copy(Path.of("seeds", "002_3d01385bd49c11e3.txt"), seeds.resolve("002_george.txt"));
        write(seeds.resolve("003_not_pubmed.txt"), "Just some notes.\n");
        write(knowledge.resolve("a-blogs.md"), CARD.formatted("blogs"));
        write(knowledge.resolve("tips/week-1.md"), CARD.formatted("week-1"));
        write(knowledge.resolve("policy.txt"), "Ask before you post.\n");
        Files.write(knowledge.resolve("photo-policy.pdf"), PolicyDocumentReaderTest.pdf("No patient photos."));
        write(knowledge.resolve("README.md"), "How to write cards.\n");
        write(knowledge.resolve(".draft.md"), "not ready");
        write(knowledge.resolve(".git/config"), "[core]");
        write(knowledge.resolve("b-typo.md"), CARD.formatted("typo").replace("topic:", "topik:"));
        write(knowledge.resolve("c-duplicate.md"), "---\n# copy of blogs\n" + CARD.formatted("blogs").substring(4));
        write(knowledge.resolve("diagram.png"), "png");
        Files.write(knowledge.resolve("latin1.txt"), "Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(knowledge.resolve("broken.pdf"), "%PDF-1.7 garbage".getBytes(StandardCharsets.US_ASCII));
        Files.write(knowledge.resolve("huge.txt"), new byte[(int) FileKnowledgeLoader.MAX_FILE_BYTES + 1]);

        // when
        KnowledgeBase base = loader().load();

        // then the good files load, seeds first, the rest in path order
        assertThat(base.documents().stream().map(KnowledgeDocument::id).toList())
                .containsExactly("grajales-2014", "george-2013", "blogs", "photo-policy", "policy", "week-1");
        assertThat(document(base, "week-1").kind()).isEqualTo(DocumentKind.TIP);
        // and a card citing a seed by DOI only carries the seed's citation
        assertThat(document(base, "blogs").primarySource().citation())
                .isEqualTo("Grajales et al., J Med Internet Res 2014");
        assertThat(document(base, "blogs").guidance()).extracting(Guidance::text)
                .containsExactly("Keep patients anonymous.");
        // and each bad file is exactly one problem, located
        Map<String, KnowledgeProblem> problems = base.problems().stream()
                .collect(Collectors.toMap(p -> p.path().getFileName().toString(), Function.identity()));
        assertThat(problems.size()).as(() -> "more than one problem per file: " + base.problems())
                .isEqualTo(base.problems().size());
        assertThat(problems.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().line())))
                .isEqualTo(Map.of("003_not_pubmed.txt", 0, "b-typo.md", 4, "c-duplicate.md", 3, "diagram.png", 0,
                        "latin1.txt", 1, "broken.pdf", 0, "huge.txt", 0));
        assertThat(problems.get("c-duplicate.md").message()).contains("duplicate id 'blogs'");
        assertThat(problems.get("b-typo.md").message()).contains("unknown key 'topik'");
        assertThat(problems.get("diagram.png").message())
                .isEqualTo("unsupported file type, expected .md, .txt, .html or .pdf");
        assertThat(problems.get("huge.txt").message()).contains("5 MB");
        assertThat(problems.get("b-typo.md").path()).isEqualTo(knowledge.resolve("b-typo.md"));
    }

    @Test
    void gives_every_passage_a_unique_one_based_id_within_its_document() throws IOException {
        // given
        Path seeds = Files.createDirectories(home.resolve("seeds"));
        Files.copy(Path.of("seeds", "000_8abc1b9e8d25b4ba.txt"), seeds.resolve("grajales.txt"));
        write(Files.createDirectories(home.resolve("knowledge")).resolve("blogs.md"), CARD.formatted("blogs"));

        // when
        KnowledgeBase base = loader().load();

        // then
        assertThat(base.problems()).isEmpty();
        for (KnowledgeDocument doc : base.documents()) {
            for (int i = 0; i < doc.passages().size(); i++) {
                assertThat(doc.passages().get(i).id()).isEqualTo(doc.id() + "#" + (i + 1));
            }
        }
        assertThat(new HashSet<>(base.passages().stream().map(Passage::id).toList()).size())
                .isEqualTo(base.passages().size());
    }

    @Test
    void reads_seed_pages_saved_as_html() throws IOException {
        // given the Grajales page saved as HTML the way PubMed lays it out: banner and heading (DOI, title,
        // authors) in <header> elements, one paragraph per line, and a script
        List<String> lines = Files.readAllLines(Path.of("seeds", "000_8abc1b9e8d25b4ba.txt"));
        StringBuilder html = new StringBuilder("<html><head><script>var trackingPixel = 1;</script></head><body>");
        for (int i = 0; i < lines.size(); i++) {
            html.append(i == 0 ? "<header>" : "").append(i == 28 ? "</header><main>" : "")
                    .append("<p>").append(lines.get(i).replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        html.append("</main></body></html>");
        write(Files.createDirectories(home.resolve("seeds")).resolve("grajales.html"), html.toString());
        Files.createDirectories(home.resolve("knowledge"));

        // when
        KnowledgeBase base = loader().load();

        // then
        assertThat(base.problems()).isEmpty();
        KnowledgeDocument seed = document(base, "grajales-2014");
        assertThat(seed.primarySource().doi()).isEqualTo("10.2196/jmir.2912");
        assertThat(seed.primarySource().citation()).isEqualTo("Grajales et al., J Med Internet Res 2014");
        assertThat(seed.passages()).anyMatch(p -> p.section().equals("Figure 2"));
        assertThat(seed.passages()).noneMatch(p -> p.text().contains("trackingPixel")
                || p.text().contains("U.S. flag") || p.text().contains("PubMed Disclaimer"));
    }

    @Test
    void reads_seeds_and_cards_through_symbolic_links() throws IOException {
        // given seeds/ and knowledge/tips/ as links to folders elsewhere, as a mounted volume or a shared checkout
        Path papers = Files.createDirectories(home.resolve("mounted").resolve("papers"));
        Files.copy(Path.of("seeds", "000_8abc1b9e8d25b4ba.txt"), papers.resolve("000_grajales.txt"));
        Files.createSymbolicLink(home.resolve("seeds"), papers);
        Path tips = Files.createDirectories(home.resolve("mounted").resolve("tips"));
        write(tips.resolve("week-1.md"), CARD.formatted("week-1"));
        Files.createSymbolicLink(Files.createDirectories(home.resolve("knowledge")).resolve("tips"), tips);

        // when
        KnowledgeBase base = loader().load();

        // then the paper is read, so the tip citing it is too
        assertThat(base.problems()).isEmpty();
        assertThat(base.documents()).extracting(KnowledgeDocument::id).contains("grajales-2014", "week-1");
    }

    @Test
    void reports_a_link_that_loops_back_and_reads_the_rest() throws IOException {
        // given a card and, beside it, a link back to the knowledge folder itself
        Files.createDirectories(home.resolve("seeds"));
        Files.copy(Path.of("seeds", "000_8abc1b9e8d25b4ba.txt"), home.resolve("seeds").resolve("000_grajales.txt"));
        Path knowledge = Files.createDirectories(home.resolve("knowledge"));
        write(knowledge.resolve("blogs.md"), CARD.formatted("blogs"));
        Files.createSymbolicLink(knowledge.resolve("again"), knowledge);

        // when
        KnowledgeBase base = loader().load();

        // then
        assertThat(base.documents()).extracting(KnowledgeDocument::id).containsExactly("grajales-2014", "blogs");
        assertThat(base.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(knowledge.resolve("again"));
            assertThat(p.message()).contains("loops back");
        });
    }

    @Test
    void missing_directories_are_problems_not_exceptions() {
        // given an empty home
        // when
        KnowledgeBase base = loader().load();

        // then
        assertThat(base.documents()).isEmpty();
        assertThat(base.problems().stream().map(KnowledgeProblem::path).toList())
                .containsExactly(home.resolve("seeds"), home.resolve("knowledge"));
        assertThat(base.problems()).allMatch(p -> p.line() == 0 && p.message().contains("directory"));
    }

    @Test
    void a_card_citing_an_unknown_doi_fails_when_the_seed_is_absent() throws IOException {
        // given the card but no seed pages
        Files.createDirectories(home.resolve("seeds"));
        write(Files.createDirectories(home.resolve("knowledge")).resolve("blogs.md"), CARD.formatted("blogs"));

        // when
        KnowledgeBase base = loader().load();

        // then the source line (6) is reported
        assertThat(base.problems()).hasSize(1);
        assertThat(base.problems().get(0).line()).isEqualTo(6);
        assertThat(base.problems().get(0).message()).contains("give title and citation");
    }

    @Test
    void refuses_missing_collaborators() {
        // given / when / then
        assertThatThrownBy(() -> new FileKnowledgeLoader(null, new PassageChunker()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FileKnowledgeLoader(new KnowledgeConfig(home, "St. Example"), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void reads_cards_under_about_as_replies_about_postwise() throws IOException {
        // given
        Files.createDirectories(home.resolve("seeds"));
        Path about = Files.createDirectories(home.resolve("knowledge").resolve("about"));
        write(about.resolve("what-postwise-is.md"), """
                ---
                id: about-what-postwise-is
                title: What Postwise is
                topic: about Postwise
                questions:
                  - What are you?
                ---
                Postwise is a program, not a person.
                """);

        // when
        KnowledgeBase base = loader().load();

        // then
        assertThat(base.problems()).isEmpty();
        assertThat(document(base, "about-what-postwise-is").kind()).isEqualTo(DocumentKind.ABOUT);
        assertThat(document(base, "about-what-postwise-is").isMaterial()).isFalse();
    }

    @Test
    void cites_the_shared_sources_file_for_a_source_a_card_names_by_key_alone() throws IOException {
        // given a shared source and a card citing it by key alone
        cardCitingBodyBeside("""
                ---
                sources:
                  - key: body
                    url: https://www.example.org/guidance
                    title: Some professional guidance
                    citation: Example Body, Guidance on X (2024)
                """);

        // when
        KnowledgeBase base = loader().load();

        // then the card cites the shared source, and the file itself is not read as a policy
        assertThat(base.problems()).isEmpty();
        assertThat(base.documents()).extracting(KnowledgeDocument::id).containsExactly("blogs");
        assertThat(document(base, "blogs").sources()).extracting(SourceRef::citation)
                .containsExactly("Example Body, Guidance on X (2024)");
    }

    @Test
    void reports_a_bad_shared_source_at_its_line_and_the_card_citing_it() throws IOException {
        // given a shared source without a title or citation
        cardCitingBodyBeside("""
                ---
                sources:
                  - key: body
                    url: https://www.example.org/guidance
                """);

        // when
        KnowledgeBase base = loader().load();

        // then
        assertThat(base.documents()).isEmpty();
        assertThat(base.problems()).extracting(p -> p.path().getFileName().toString() + ":" + p.line())
                .containsExactly("sources.yaml:3", "blogs.md:6");
    }

    @Test
    void gives_a_card_the_cues_of_a_set_it_names_from_the_shared_cues_file() throws IOException {
        // given a shared cue set and a card whose step names it
        cardNamingManagersBeside("""
                ---
                cues:
                  managers: [as a manager, My staff]
                """);

        // when
        KnowledgeBase base = loader().load();

        // then the step carries the set's cues, and the file itself is not read as a policy
        assertThat(base.problems()).isEmpty();
        assertThat(base.documents()).extracting(KnowledgeDocument::id).containsExactly("blogs");
        assertThat(document(base, "blogs").guidance()).singleElement()
                .satisfies(step -> assertThat(step.when()).containsExactly("as a manager", "my staff"));
    }

    @Test
    void reports_a_bad_shared_cue_set_at_its_line_and_the_card_naming_it() throws IOException {
        // given a shared cue set without cues
        cardNamingManagersBeside("""
                ---
                cues:
                  managers: []
                """);

        // when
        KnowledgeBase base = loader().load();

        // then
        assertThat(base.documents()).isEmpty();
        assertThat(base.problems()).extracting(p -> p.path().getFileName().toString() + ":" + p.line())
                .containsExactly("cues.yaml:3", "blogs.md:13");
    }

    /** No seeds, the shared cues file {@code sharedCues}, and a card, citing no paper, whose step names {managers}. */
    private void cardNamingManagersBeside(String sharedCues) throws IOException {
        Files.createDirectories(home.resolve("seeds"));
        Path knowledge = Files.createDirectories(home.resolve("knowledge"));
        write(knowledge.resolve("cues.yaml"), sharedCues);
        write(knowledge.resolve("blogs.md"), CARD.formatted("blogs")
                .replace("  - doi: 10.2196/jmir.2912", "  - url: https://www.example.org/guidance\n"
                        + "    title: Some professional guidance\n    citation: Example Body (2024)")
                .replace("- Keep patients anonymous.", "- Keep patients anonymous. [when: {managers}]"));
    }

    /** No seeds, the shared sources file {@code sharedSources}, and a card citing its 'body' by key alone. */
    private void cardCitingBodyBeside(String sharedSources) throws IOException {
        Files.createDirectories(home.resolve("seeds"));
        Path knowledge = Files.createDirectories(home.resolve("knowledge"));
        write(knowledge.resolve("sources.yaml"), sharedSources);
        write(knowledge.resolve("blogs.md"), CARD.formatted("blogs").replace("  - doi: 10.2196/jmir.2912",
                "  - key: body"));
    }

    private FileKnowledgeLoader loader() {
        return new FileKnowledgeLoader(new KnowledgeConfig(home, "St. Example Hospital"), new PassageChunker());
    }

    private static KnowledgeDocument document(KnowledgeBase base, String id) {
        return base.documents().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + id + " in " + base.documents()));
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
