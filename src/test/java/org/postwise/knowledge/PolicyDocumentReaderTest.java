package org.postwise.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(doc.id()).isEqualTo("social-media");
        assertThat(doc.kind()).isEqualTo(DocumentKind.POLICY);
        assertThat(doc.title()).isEqualTo("Social Media");
        assertThat(doc.primarySource())
                .isEqualTo(new SourceRef("Social Media", "St. Example Hospital policy: Social Media.txt", null, null));
        assertThat(doc.passages()).hasSize(1);
        Passage passage = doc.passages().get(0);
        assertThat(passage.id()).isEqualTo("social-media#1");
        assertThat(passage.section()).isEqualTo("Policy");
        assertThat(passage.text()).isEqualTo("Staff may not post patient images. Ask Communications first.");
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
        assertThat(doc.title()).isEqualTo("Social media policy");
        assertThat(doc.passages().stream().map(Passage::section).toList())
                .containsExactly("Social media policy", "Patient privacy");
        assertThat(doc.passages().get(0).text()).isEqualTo("Applies to all staff.");
        assertThat(doc.passages().get(1).text()).isEqualTo("Never post images of patients. Use the consent form.");
        assertThat(doc.guidance()).isEmpty();
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
        assertThat(doc.title()).isEqualTo("Posting guide");
        String text = doc.passages().stream().map(Passage::text).reduce("", String::concat);
        assertThat(text).isEqualTo("Guide Be kind online Report abuse.");
        for (String furniture : List.of("Intranet", "Menu", "alert", "color", "Copyright")) {
            assertThat(text).as(furniture).doesNotContain(furniture);
        }
    }

    @Test
    void titles_html_without_title_element_by_its_first_heading() throws IOException {
        // given
        Path file = write("untitled.htm", "<body><h1>Main rules</h1><p>Text.</p></body>");

        // when / then
        assertThat(read(file).title()).isEqualTo("Main rules");
    }

    @Test
    void reads_the_text_of_a_real_pdf() throws IOException {
        // given a one-page PDF made with PDFBox
        Path file = dir.resolve("photo-policy.pdf");
        Files.write(file, pdf("Never photograph patients without consent."));

        // when
        KnowledgeDocument doc = read(file);

        // then
        assertThat(doc.title()).isEqualTo("photo-policy");
        assertThat(doc.passages().get(0).section()).isEqualTo("Policy");
        assertThat(doc.passages().get(0).text()).isEqualTo("Never photograph patients without consent.");
        assertThat(doc.primarySource().citation()).isEqualTo("St. Example Hospital policy: photo-policy.pdf");
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
        assertThat(outcome.document()).isEmpty();
        KnowledgeProblem problem = outcome.problems().get(0);
        assertThat(problem.path()).isEqualTo(file);
        assertThat(problem.line()).isEqualTo(0);
        assertThat(problem.message()).startsWith("cannot read PDF");
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
        assertThat(outcome.problems().get(0).message()).as(outcome.problems().toString()).contains("no text");
    }

    @Test
    void text_that_is_not_utf8_is_a_problem_at_its_line() {
        // given Latin-1 bytes on line 2
        byte[] latin1 = "First line.\nCaf\u00e9 policy.\n".getBytes(StandardCharsets.ISO_8859_1);

        // when
        ReadOutcome outcome = reader.read(dir.resolve("latin1.txt"), latin1);

        // then
        assertThat(outcome.problems().get(0).line()).isEqualTo(2);
        assertThat(outcome.problems().get(0).message()).contains("UTF-8");
    }

    @Test
    void empty_files_and_unsupported_types_are_problems() throws IOException {
        // given / when
        ReadOutcome empty = reader.read(write("empty.txt", "  \n"));
        ReadOutcome docx = reader.read(write("policy.docx", "x"));
        ReadOutcome missing = reader.read(dir.resolve("missing.txt"));

        // then
        assertThat(empty.problems().get(0).message()).isEqualTo("file is empty");
        assertThat(docx.problems().get(0).message())
                .isEqualTo("unsupported file type, expected .md, .txt, .html or .pdf");
        assertThat(missing.problems().get(0).message()).startsWith("cannot read file");
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
