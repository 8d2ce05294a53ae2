package org.postwise.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals("grajales-2014", doc.id());
        assertEquals(DocumentKind.SEED, doc.kind());
        assertEquals("Social media: a review and tutorial of applications in medicine and health care", doc.title());
        SourceRef source = doc.primarySource();
        assertEquals("10.2196/jmir.2912", source.doi());
        assertEquals("Grajales et al., J Med Internet Res 2014", source.citation());
        assertEquals(doc.title(), source.title());
        assertTrue(doc.passages().stream().noneMatch(p -> p.text().contains(doc.title())));
    }

    @Test
    void reads_title_doi_citation_and_id_of_the_george_page() throws IOException {
        // given the saved PubMed page of George et al. 2013, whose abstract has no labelled parts
        // when it is cleaned
        KnowledgeDocument doc = clean(GEORGE);

        // then
        assertEquals("george-2013", doc.id());
        assertEquals("Dangers and opportunities for social media in medicine", doc.title());
        assertEquals("10.1097/GRF.0b013e318297dc38", doc.primarySource().doi());
        assertEquals("George et al., Clin Obstet Gynecol 2013", doc.primarySource().citation());
        assertEquals(List.of("Abstract", "References"), sections(doc));
        assertTrue(passagesIn(doc, "Abstract").get(0).text().startsWith("Health professionals have begun"));
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
                    assertFalse(passage.text().contains(chrome), () -> page + ": '" + chrome + "' in " + passage);
                }
                assertEquals(doc.id(), passage.documentId());
                assertEquals(doc.primarySource(), passage.source());
                assertTrue(passage.text().length() <= PassageChunker.DEFAULT_MAX_CHARS
                        || passage.section().equals("References"), () -> "too long: " + passage);
            }
        }
        KnowledgeDocument grajales = clean(GRAJALES);
        assertEquals(List.of("Abstract: Background", "Abstract: Objective", "Abstract: Methods", "Abstract: Results",
                "Abstract: Conclusions", "Keywords", "Conflict of interest", "Figure 1", "Figure 2", "Figure 3",
                "Figure 4", "Figure 5", "Figure 6", "References"), sections(grajales));
        assertEquals("blogging; social media; social network.", passagesIn(grajales, "Keywords").get(0).text());
        assertTrue(passagesIn(grajales, "Abstract: Background").get(0).text().startsWith("Social media are dynamic"));
        assertTrue(passagesIn(grajales, "Conflict of interest").get(0).text()
                .startsWith("Conflicts of Interest: One of the authors (GE) is editor"));
    }

    @Test
    void numbers_passages_from_one_in_document_order() throws IOException {
        // given / when
        KnowledgeDocument doc = clean(GRAJALES);

        // then
        for (int i = 0; i < doc.passages().size(); i++) {
            assertEquals("grajales-2014#" + (i + 1), doc.passages().get(i).id());
        }
    }

    @Test
    void keeps_one_passage_per_reference_without_link_chrome_or_numbering() throws IOException {
        // given / when
        List<Passage> references = passagesIn(clean(GRAJALES), "References");

        // then
        assertEquals(5, references.size());
        assertEquals("Mrazek D. Mayo Clinic Depression blog. [2013-10-27]. "
                + "http://web.archive.org/web/20120816023110/http://www.mayoclinic.com/heal....",
                references.get(0).text());
        assertTrue(references.get(1).text().endsWith("doi: 10.2196/jmir.1157. http://www.jmir.org/2009/1/e11/"),
                references.get(1).text());
        assertTrue(references.get(2).text().endsWith("doi: 10.1016/j.amepre.2011.02.006."));
        assertTrue(references.get(4).text().endsWith("Healthc Q. 2010 Sep;13 Spec No:8–15."));
        assertEquals(5, passagesIn(clean(GEORGE), "References").size());
    }

    @Test
    void keeps_each_figure_caption_once_with_its_label() throws IOException {
        // given / when
        KnowledgeDocument doc = clean(GRAJALES);

        // then
        List<Passage> figure2 = passagesIn(doc, "Figure 2");
        assertEquals(1, figure2.size());
        assertEquals("Figure 2: The HealthSeeker Diabetes Education App on Facebook.", figure2.get(0).text());
        assertEquals("Figure 6: An avatar inside a virtual operating room in Second Life.",
                passagesIn(doc, "Figure 6").get(0).text());
        assertTrue(doc.passages().stream().noneMatch(p -> p.text().matches("Figure \\d+")));
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
        assertEquals("king-2019", doc.id());
        assertEquals("King, J Med Ethics 2019", doc.primarySource().citation());
        assertEquals("10.1136/medethics-2018-105000", doc.primarySource().doi());
        assertEquals(List.of("Abstract: Background", "Abstract: Conclusions", "Keywords", "References"),
                sections(doc));
        assertEquals(List.of("Ref one. BMJ. 2010.", "Ref two."),
                passagesIn(doc, "References").stream().map(Passage::text).toList());
        assertTrue(doc.passages().stream().noneMatch(p -> p.text().contains("Facebook")
                || p.text().contains("citing") || p.text().contains("Social Media*")));
    }

    @Test
    void page_without_doi_is_a_problem_for_the_whole_file() {
        // given a page without a DOI line
        List<String> page = List.of("Some title", "", "Abstract", "", "Text.");

        // when
        ReadOutcome outcome = cleaner.clean(Path.of("nodoi.txt"), page);

        // then
        assertTrue(outcome.document().isEmpty());
        KnowledgeProblem problem = outcome.problems().get(0);
        assertEquals(Path.of("nodoi.txt"), problem.path());
        assertEquals(0, problem.line());
        assertTrue(problem.message().contains("DOI"), problem.message());
    }

    @Test
    void page_without_title_is_a_problem_where_the_title_was_expected() {
        // given a DOI line (line 2) followed straight by the abstract
        List<String> page = List.of(". 2014 Feb 11;16(2):e13.", "doi: 10.2196/jmir.2912.", "", "Abstract", "Text.");

        // when
        ReadOutcome outcome = cleaner.clean(Path.of("notitle.txt"), page);

        // then
        KnowledgeProblem problem = outcome.problems().get(0);
        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("title"), problem.message());
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
