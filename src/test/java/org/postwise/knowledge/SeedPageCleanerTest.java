package org.postwise.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedPageCleanerTest {

    private static final Path GRAJALES = Path.of("seeds", "000_8abc1b9e8d25b4ba.txt");
    private static final Path GEORGE = Path.of("seeds", "002_3d01385bd49c11e3.txt");
    private static final List<String> CHROME = List.of("PubMed Disclaimer", "U.S. flag", "Similar articles",
            "- DOI - PMC", "- PubMed", "Skip to main page content", "Affiliations", "Cited by", "Comment in",
            "Publication types", "Access keys", "The site is secure", ".gov");

    private final SeedPageCleaner cleaner = new SeedPageCleaner(new PassageChunker());

    @Test
    void reads_title_doi_citation_and_id_of_the_grajales_page() throws IOException {
        // given the saved PubMed page of Grajales et al. 2014
        // when it is cleaned
        KnowledgeDocument doc = clean(GRAJALES);

        // then the header metadata is extracted and the title is not duplicated
        assertThat(doc.id()).isEqualTo("grajales-2014");
        assertThat(doc.kind()).isEqualTo(DocumentKind.SEED);
        assertThat(doc.title())
                .isEqualTo("Social media: a review and tutorial of applications in medicine and health care");
        SourceRef source = doc.primarySource();
        assertThat(source.doi()).isEqualTo("10.2196/jmir.2912");
        assertThat(source.citation()).isEqualTo("Grajales et al., J Med Internet Res 2014");
        assertThat(source.title()).isEqualTo(doc.title());
        assertThat(doc.passages()).noneMatch(p -> p.text().contains(doc.title()));
    }

    @Test
    void reads_title_doi_citation_and_id_of_the_george_page() throws IOException {
        // given the saved PubMed page of George et al. 2013, whose abstract has no labelled parts
        // when it is cleaned
        KnowledgeDocument doc = clean(GEORGE);

        // then
        assertThat(doc.id()).isEqualTo("george-2013");
        assertThat(doc.title()).isEqualTo("Dangers and opportunities for social media in medicine");
        assertThat(doc.primarySource().doi()).isEqualTo("10.1097/GRF.0b013e318297dc38");
        assertThat(doc.primarySource().citation()).isEqualTo("George et al., Clin Obstet Gynecol 2013");
        assertThat(sections(doc)).containsExactly("Abstract", "References");
        assertThat(passagesIn(doc, "Abstract").get(0).text()).startsWith("Health professionals have begun");
    }

    @Test
    void strips_pubmed_chrome_and_keeps_sections() throws IOException {
        // given both real seed pages
        for (Path page : List.of(GRAJALES, GEORGE)) {
            // when cleaned
            KnowledgeDocument doc = clean(page);

            // then no chrome survives in any passage, and every passage is well formed
            for (Passage passage : doc.passages()) {
                for (String chrome : CHROME) {
                    assertThat(passage.text()).as(() -> page + ": '" + chrome + "' in " + passage)
                            .doesNotContain(chrome);
                }
                assertThat(passage.documentId()).isEqualTo(doc.id());
                assertThat(passage.source()).isEqualTo(doc.primarySource());
                assertThat(passage.text().length() <= PassageChunker.DEFAULT_MAX_CHARS
                        || passage.section().equals("References")).as(() -> "too long: " + passage).isTrue();
            }
        }
        KnowledgeDocument grajales = clean(GRAJALES);
        assertThat(sections(grajales))
                .containsExactly("Abstract: Background", "Abstract: Objective", "Abstract: Methods", "Abstract: Results",
                "Abstract: Conclusions", "Keywords", "Conflict of interest", "Figure 1", "Figure 2", "Figure 3",
                "Figure 4", "Figure 5", "Figure 6", "References");
        assertThat(passagesIn(grajales, "Keywords").get(0).text()).isEqualTo("blogging; social media; social network.");
        assertThat(passagesIn(grajales, "Abstract: Background").get(0).text()).startsWith("Social media are dynamic");
        assertThat(passagesIn(grajales, "Conflict of interest").get(0).text()
                ).startsWith("Conflicts of Interest: One of the authors (GE) is editor");
    }

    @Test
    void numbers_passages_from_one_in_document_order() throws IOException {
        // given / when
        KnowledgeDocument doc = clean(GRAJALES);

        // then
        for (int i = 0; i < doc.passages().size(); i++) {
            assertThat(doc.passages().get(i).id()).isEqualTo("grajales-2014#" + (i + 1));
        }
    }

    @Test
    void keeps_one_passage_per_reference_without_link_chrome_or_numbering() throws IOException {
        // given / when
        List<Passage> references = passagesIn(clean(GRAJALES), "References");

        // then
        assertThat(references).hasSize(5);
        assertThat(references.get(0).text()).isEqualTo("Mrazek D. Mayo Clinic Depression blog. [2013-10-27]. "
                + "http://web.archive.org/web/20120816023110/http://www.mayoclinic.com/heal....");
        assertThat(references.get(1).text()).endsWith("doi: 10.2196/jmir.1157. http://www.jmir.org/2009/1/e11/");
        assertThat(references.get(2).text()).endsWith("doi: 10.1016/j.amepre.2011.02.006.");
        assertThat(references.get(4).text()).endsWith("Healthc Q. 2010 Sep;13 Spec No:8–15.");
        assertThat(passagesIn(clean(GEORGE), "References")).hasSize(5);
    }

    @Test
    void keeps_each_figure_caption_once_with_its_label() throws IOException {
        // given / when
        KnowledgeDocument doc = clean(GRAJALES);

        // then
        List<Passage> figure2 = passagesIn(doc, "Figure 2");
        assertThat(figure2).hasSize(1);
        assertThat(figure2.get(0).text()).isEqualTo("Figure 2: The HealthSeeker Diabetes Education App on Facebook.");
        assertThat(passagesIn(doc, "Figure 6").get(0).text())
                .isEqualTo("Figure 6: An avatar inside a virtual operating room in Second Life.");
        assertThat(doc.passages()).noneMatch(p -> p.text().matches("Figure \\d+"));
    }

    @Test
    void cleans_other_pubmed_layouts_by_their_markers() {
        // given a page laid out differently: journal before the year, Epub on the DOI line, a single author
        // with a suffix, abstract labels on their own lines, and link lists with content
        List<String> page = List.of(
                "Skip to main page content",
                "U.S. flag",
                "Review",
                "J Med Ethics. 2019 Mar;45(3):150-155.",
                "doi: 10.1136/medethics-2018-105000. Epub 2019 Jan 2.",
                "",
                "Tweeting doctors: a survey",
                "",
                "Affiliations",
                "",
                "Tweeting doctors: a survey",
                "",
                "Martin Luther King Jr. J Med Ethics. 2019 Mar.",
                "",
                "Abstract",
                "",
                "Background:",
                "Doctors tweet. Some of them tweet a lot.",
                "Conclusions:",
                "Be careful, e.g. with patient details.",
                "",
                "Keywords: Twitter; ethics.",
                "",
                "PubMed Disclaimer",
                "",
                "Similar articles",
                "",
                "Doctors on Facebook: another paper.",
                "Smith J, et al. BMJ. 2012.",
                "",
                "Cited by",
                "Some citing paper. Jones A, et al. Lancet. 2020.",
                "",
                "References",
                "",
                "1. Ref one. BMJ. 2010. - DOI - PubMed",
                "2. Ref two. - PMC - PubMed",
                "",
                "Publication types",
                "Review",
                "MeSH terms",
                "Social Media*");

        // when
        ReadOutcome outcome = cleaner.clean(Path.of("other.txt"), page);

        // then
        KnowledgeDocument doc = outcome.document().orElseThrow(() -> new AssertionError(outcome.problems()));
        assertThat(doc.id()).isEqualTo("king-2019");
        assertThat(doc.primarySource().citation()).isEqualTo("King, J Med Ethics 2019");
        assertThat(doc.primarySource().doi()).isEqualTo("10.1136/medethics-2018-105000");
        assertThat(sections(doc))
                .containsExactly("Abstract: Background", "Abstract: Conclusions", "Keywords", "References");
        assertThat(passagesIn(doc, "References").stream().map(Passage::text).toList())
                .containsExactly("Ref one. BMJ. 2010.", "Ref two.");
        assertThat(doc.passages()).noneMatch(p -> p.text().contains("Facebook")
                || p.text().contains("citing") || p.text().contains("Social Media*"));
    }

    @Test
    void page_without_doi_is_a_problem_for_the_whole_file() {
        // given a page without a DOI line
        List<String> page = List.of("Some title", "", "Abstract", "", "Text.");

        // when
        ReadOutcome outcome = cleaner.clean(Path.of("nodoi.txt"), page);

        // then
        assertThat(outcome.document()).isEmpty();
        KnowledgeProblem problem = outcome.problems().get(0);
        assertThat(problem.path()).isEqualTo(Path.of("nodoi.txt"));
        assertThat(problem.line()).isEqualTo(0);
        assertThat(problem.message()).contains("DOI");
    }

    @Test
    void page_without_title_is_a_problem_where_the_title_was_expected() {
        // given a DOI line (line 2) followed straight by the abstract
        List<String> page = List.of(". 2014 Feb 11;16(2):e13.", "doi: 10.2196/jmir.2912.", "", "Abstract", "Text.");

        // when
        ReadOutcome outcome = cleaner.clean(Path.of("notitle.txt"), page);

        // then
        KnowledgeProblem problem = outcome.problems().get(0);
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).contains("title");
    }

    private KnowledgeDocument clean(Path page) throws IOException {
        ReadOutcome outcome = cleaner.clean(page, Files.readAllLines(page, StandardCharsets.UTF_8));
        return outcome.document().orElseThrow(() -> new AssertionError("problems: " + outcome.problems()));
    }

    private static List<String> sections(KnowledgeDocument doc) {
        return doc.passages().stream().map(Passage::section).distinct().toList();
    }

    private static List<Passage> passagesIn(KnowledgeDocument doc, String section) {
        return doc.passages().stream().filter(p -> p.section().equals(section)).toList();
    }
}
