package org.postwise.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.langchain4j.data.document.BlankDocumentException;
import dev.langchain4j.data.document.DocumentParser;
import dev.langchain4j.data.document.parser.TextDocumentParser;
import dev.langchain4j.data.document.parser.apache.pdfbox.ApachePdfBoxDocumentParser;

/**
 * Reads an institution's own policy file: Markdown without front matter, plain text, HTML or PDF.
 *
 * <p>Text files go through langchain4j's {@link TextDocumentParser}, PDFs through its PDFBox parser,
 * HTML through jsoup (body text only, without scripts, styles, navigation, header and footer). The title
 * is the first {@code # } heading of Markdown, the {@code <title>} or first {@code <h1>} of HTML, else
 * the file name without extension. In Markdown every heading names the section below it; text without a
 * heading is section "Policy". Every passage cites
 * {@code new SourceRef(title, institutionName + " policy: " + fileName, null, null)}.
 *
 * <p>A file that cannot be read (corrupt PDF, a PDF that is only scanned images, not UTF-8, empty) is a
 * {@link KnowledgeProblem} in the outcome; no exception escapes for file content.
 */
public final class PolicyDocumentReader {

    private static final Logger log = LoggerFactory.getLogger(PolicyDocumentReader.class);

    /** The section of text that has no heading above it. */
    public static final String DEFAULT_SECTION = "Policy";

    private final PassageChunker chunker;
    private final String institutionName;
    private final DocumentParser textParser = new TextDocumentParser(StandardCharsets.UTF_8);
    private final DocumentParser pdfParser = new ApachePdfBoxDocumentParser();

    /**
     * @param chunker         chunks each section into passages
     * @param institutionName the institution's name, used in citations ("St. Example policy: social.pdf")
     */
    public PolicyDocumentReader(PassageChunker chunker, String institutionName) {
        this.chunker = Objects.requireNonNull(chunker, "chunker");
        Objects.requireNonNull(institutionName, "institutionName");
        if (institutionName.isBlank()) {
            throw new IllegalArgumentException("institutionName must not be blank");
        }
        this.institutionName = institutionName.strip();
    }

    /** Whether this reader handles files with the name {@code fileName} (.md, .txt, .html, .htm, .pdf). */
    public static boolean supports(String fileName) {
        return switch (extension(fileName)) {
            case "md", "txt", "html", "htm", "pdf" -> true;
            default -> false;
        };
    }

    /** Reads the policy file at {@code path}. */
    public ReadOutcome read(Path path) {
        Objects.requireNonNull(path, "path");
        try {
            return read(path, Files.readAllBytes(path));
        } catch (IOException e) {
            return ReadOutcome.failed(new KnowledgeProblem(path, 0, "cannot read file: " + e.getMessage()));
        }
    }

    /**
     * Reads a policy file's content.
     *
     * @param path    the file; its name gives the format, the fallback title and the citation
     * @param content the file's bytes
     */
    public ReadOutcome read(Path path, byte[] content) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        String fileName = path.getFileName().toString();
        try {
            Sections sections = switch (extension(fileName)) {
                case "md" -> markdown(parseText(content));
                case "txt" -> plain(parseText(content), "");
                case "html", "htm" -> html(StrictUtf8.decode(content));
                case "pdf" -> plain(parsePdf(content), "");
                default -> throw new KnowledgeFormatException(0,
                        "unsupported file type, expected .md, .txt, .html or .pdf");
            };
            return ReadOutcome.of(document(path, fileName, sections));
        } catch (KnowledgeFormatException e) {
            return ReadOutcome.failed(e.toProblem(path));
        }
    }

    private String parseText(byte[] content) throws KnowledgeFormatException {
        // checked first: the text parser would silently replace bad bytes
        StrictUtf8.decode(content);
        try {
            return stripByteOrderMark(textParser.parse(new ByteArrayInputStream(content)).text());
        } catch (BlankDocumentException e) {
            throw new KnowledgeFormatException(0, "file is empty");
        }
    }

    private String parsePdf(byte[] content) throws KnowledgeFormatException {
        try {
            return pdfParser.parse(new ByteArrayInputStream(content)).text();
        } catch (BlankDocumentException e) {
            throw new KnowledgeFormatException(0,
                    "PDF has no text to read (is it a scan?); add a text version of it");
        } catch (RuntimeException e) {
            log.debug("PDFBox could not read a PDF", e);
            throw new KnowledgeFormatException(0, "cannot read PDF, is it damaged? (" + rootMessage(e) + ")");
        }
    }

    private static Sections markdown(String text) {
        String title = "";
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        String section = DEFAULT_SECTION;
        for (MarkdownBody.Block block : MarkdownBody.read(StrictUtf8.lines(text), 1)) {
            if (block instanceof MarkdownBody.Heading heading) {
                if (title.isEmpty() && heading.level() == 1) {
                    title = heading.text();
                }
                section = heading.text();
                continue;
            }
            String sentence = block instanceof MarkdownBody.Item ? MarkdownBody.asSentence(block.text())
                    : block.text();
            StringBuilder sectionText = sections.computeIfAbsent(section, s -> new StringBuilder());
            sectionText.append(sectionText.length() == 0 ? "" : "\n\n").append(sentence);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        sections.forEach((name, sectionText) -> texts.put(name, sectionText.toString()));
        return new Sections(title, texts);
    }

    private static Sections html(String html) {
        HtmlText page = HtmlText.of(html);
        return plain(page.text(), page.title());
    }

    private static Sections plain(String text, String title) {
        return new Sections(title, text.isBlank() ? Map.of() : Map.of(DEFAULT_SECTION, text));
    }

    private KnowledgeDocument document(Path path, String fileName, Sections sections)
            throws KnowledgeFormatException {
        String title = sections.title().isBlank() ? baseName(fileName) : sections.title().strip();
        String id = slug(baseName(fileName));
        if (id.isEmpty()) {
            throw new KnowledgeFormatException(0, "file name gives no usable id; use letters or digits");
        }
        SourceRef source = new SourceRef(title, institutionName + " policy: " + fileName, null, null);
        List<Passage> passages = new ArrayList<>();
        sections.texts().forEach((section, text) -> {
            for (String chunk : chunker.chunk(text)) {
                passages.add(new Passage(id + "#" + (passages.size() + 1), id, title, DocumentKind.POLICY, source,
                        section, chunk));
            }
        });
        if (passages.isEmpty()) {
            throw new KnowledgeFormatException(0, "file has no text");
        }
        log.debug("Read policy {} from {}: {} passages", id, path, passages.size());
        return new KnowledgeDocument(id, DocumentKind.POLICY, path, title, "", List.of(), List.of(), List.of(source), List.of(),
                passages);
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }

    /** A policy's id: its file name without extension, lower case, other characters as '-'. */
    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** A file's title ({@code ""} when it has none) and its text by section. */
    private record Sections(String title, Map<String, String> texts) {
    }
}
