package org.postwise.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyDocumentReaderTest {

    private final PolicyDocumentReader reader = new PolicyDocumentReader(new PassageChunker(), "St. Example Hospital");

    @TempDir
    Path dir;

    @Test
    void reads_plain_text_as_one_policy_section_titled_by_file_name() throws IOException {
        // given
        Path file = write("Social Media.txt", "Staff may not post patient images.\n\nAsk Communications first.\n");

        // when
        KnowledgeDocument doc = read(file);

        // then
        assertEquals("social-media", doc.id());
        assertEquals(DocumentKind.POLICY, doc.kind());
        assertEquals("Social Media", doc.title());
        assertEquals(new SourceRef("Social Media", "St. Example Hospital policy: Social Media.txt", null, null),
                doc.primarySource());
        assertEquals(1, doc.passages().size());
        Passage passage = doc.passages().get(0);
        assertEquals("social-media#1", passage.id());
        assertEquals("Policy", passage.section());
        assertEquals("Staff may not post patient images. Ask Communications first.", passage.text());
    }

    @Test
    void reads_markdown_without_front_matter_with_headings_as_sections() throws IOException {
        // given
        Path file = write("policy.md", """
                # Social media policy

                Applies to **all** staff.

                ## Patient privacy
                - Never post images of patients
                - Use [the consent form](https://intranet/consent)
                """);

        // when
        KnowledgeDocument doc = read(file);

        // then
        assertEquals("Social media policy", doc.title());
        assertEquals(List.of("Social media policy", "Patient privacy"),
                doc.passages().stream().map(Passage::section).toList());
        assertEquals("Applies to all staff.", doc.passages().get(0).text());
        assertEquals("Never post images of patients. Use the consent form.", doc.passages().get(1).text());
        assertEquals(List.of(), doc.guidance());
    }

    @Test
    void reads_html_body_text_without_page_furniture() throws IOException {
        // given
        Path file = write("guide.html", """
                <html><head><title>Posting guide</title><style>p { color: red }</style></head>
                <body>
                <header>Intranet home</header><nav><a href="/">Menu</a></nav>
                <h1>Guide</h1>
                <p>Be <b>kind</b> online</p><p>Report abuse.</p>
                <script>alert('x')</script>
                <footer>Copyright</footer>
                </body></html>
                """);

        // when
        KnowledgeDocument doc = read(file);

        // then
        assertEquals("Posting guide", doc.title());
        String text = doc.passages().stream().map(Passage::text).reduce("", String::concat);
        assertEquals("Guide Be kind online Report abuse.", text);
        for (String furniture : List.of("Intranet", "Menu", "alert", "color", "Copyright")) {
            assertFalse(text.contains(furniture), furniture);
        }
    }

    @Test
    void titles_html_without_title_element_by_its_first_heading() throws IOException {
        // given
        Path file = write("untitled.htm", "<body><h1>Main rules</h1><p>Text.</p></body>");

        // when / then
        assertEquals("Main rules", read(file).title());
    }

    @Test
    void reads_the_text_of_a_real_pdf() throws IOException {
        // given a one-page PDF made with PDFBox
        Path file = dir.resolve("photo-policy.pdf");
        Files.write(file, pdf("Never photograph patients without consent."));

        // when
        KnowledgeDocument doc = read(file);

        // then
        assertEquals("photo-policy", doc.title());
        assertEquals("Policy", doc.passages().get(0).section());
        assertEquals("Never photograph patients without consent.", doc.passages().get(0).text());
        assertEquals("St. Example Hospital policy: photo-policy.pdf", doc.primarySource().citation());
    }

    @Test
    void a_corrupt_pdf_is_a_problem_not_an_exception() {
        // given random bytes saved as a PDF
        byte[] noise = new byte[2048];
        new Random(42).nextBytes(noise);
        Path file = dir.resolve("broken.pdf");

        // when
        ReadOutcome outcome = reader.read(file, noise);

        // then
        assertTrue(outcome.document().isEmpty());
        KnowledgeProblem problem = outcome.problems().get(0);
        assertEquals(file, problem.path());
        assertEquals(0, problem.line());
        assertTrue(problem.message().startsWith("cannot read PDF"), problem.message());
    }

    @Test
    void a_pdf_without_text_is_a_problem() throws IOException {
        // given a PDF with one blank page, as a scan without OCR would look
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(out);
        }

        // when
        ReadOutcome outcome = reader.read(dir.resolve("scan.pdf"), out.toByteArray());

        // then
        assertTrue(outcome.problems().get(0).message().contains("no text"), outcome.problems().toString());
    }

    @Test
    void text_that_is_not_utf8_is_a_problem_at_its_line() {
        // given Latin-1 bytes on line 2
        byte[] latin1 = "First line.\nCaf\u00e9 policy.\n".getBytes(StandardCharsets.ISO_8859_1);

        // when
        ReadOutcome outcome = reader.read(dir.resolve("latin1.txt"), latin1);

        // then
        assertEquals(2, outcome.problems().get(0).line());
        assertTrue(outcome.problems().get(0).message().contains("UTF-8"));
    }

    @Test
    void empty_files_and_unsupported_types_are_problems() throws IOException {
        // given / when
        ReadOutcome empty = reader.read(write("empty.txt", "  \n"));
        ReadOutcome docx = reader.read(write("policy.docx", "x"));
        ReadOutcome missing = reader.read(dir.resolve("missing.txt"));

        // then
        assertEquals("file is empty", empty.problems().get(0).message());
        assertEquals("unsupported file type, expected .md, .txt, .html or .pdf", docx.problems().get(0).message());
        assertTrue(missing.problems().get(0).message().startsWith("cannot read file"));
    }

    private KnowledgeDocument read(Path file) {
        ReadOutcome outcome = reader.read(file);
        return outcome.document().orElseThrow(() -> new AssertionError("problems: " + outcome.problems()));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    static byte[] pdf(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
        }
        return out.toByteArray();
    }
}
