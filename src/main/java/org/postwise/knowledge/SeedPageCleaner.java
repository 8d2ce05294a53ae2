package org.postwise.knowledge;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a PubMed abstract page saved as text (as a browser's "save as text" or copy-paste gives it) into a
 * clean {@link DocumentKind#SEED} document.
 *
 * <p>The page chrome is dropped by its markers, not by position, so any PubMed page cleans the same way:
 * the US-government banner, "Affiliations", the lone "Review" label, "PubMed Disclaimer", the link lists
 * ("Similar articles", "Cited by", "Comment in", "Publication types", "MeSH terms", …), duplicated
 * "Figure N" lines and the " - DOI - PMC - PubMed" link tails of references. What is kept becomes
 * passages named by section: the abstract's labelled parts ("Abstract: Results"), "Keywords",
 * "Conflict of interest", one passage per figure caption ("Figure 2") and one per reference
 * ("References").
 *
 * <p>The header gives the metadata: the DOI line ({@code doi: 10.2196/jmir.2912.}), the journal
 * citation line before it (for the year), the title after it, and the authors line
 * ({@code Francisco Jose Grajales 3rd et al. J Med Internet Res. .}) for the first author's family name
 * and the journal. The document id is {@code familyname-year}, the short citation
 * "Grajales et al., J Med Internet Res 2014".
 */
public final class SeedPageCleaner {

    private static final Logger log = LoggerFactory.getLogger(SeedPageCleaner.class);

    // The US-government banner and NCBI navigation at the top of every page.
    private static final Set<String> CHROME_LINES = Set.of(
            "skip to main page content", "u.s. flag", "dot gov", "https", "review", "the site is secure.",
            "here's how you know", "here’s how you know", "no abstract available", "free pmc article",
            "free article");
    private static final List<String> CHROME_PREFIXES = List.of(
            "an official website of the united states government", "the .gov means it", "official websites use .gov",
            "federal government websites often end in", "the https:// ensures", "secure .gov websites use https",
            "access keys ncbi homepage");

    private static final Set<String> ABSTRACT_HEADINGS = Set.of("abstract");
    private static final Set<String> CONFLICT_HEADINGS = Set.of(
            "conflict of interest statement", "conflict of interest statements", "conflict of interest",
            "conflicts of interest", "competing interests", "declaration of competing interest");
    private static final Set<String> FIGURE_HEADINGS = Set.of("figures", "tables", "figures and tables");
    private static final Set<String> REFERENCE_HEADINGS = Set.of("references");
    private static final Set<String> KEYWORD_HEADINGS = Set.of("keywords", "key words");
    // Headings of link lists and other page furniture: they and everything up to the next heading go.
    private static final Set<String> DROPPED_HEADINGS = Set.of(
            "pubmed disclaimer", "affiliations", "similar articles", "cited by", "comment in", "comment on",
            "publication types", "mesh terms", "substances", "grants and funding", "linkout - more resources",
            "related information", "full text links", "full text sources", "supplementary info",
            "associated data", "erratum in", "update of", "update in", "retraction in", "expression of concern in",
            "actions", "cite", "share", "page navigation", "other literature sources", "research materials",
            "miscellaneous", "medical", "molecular biology databases", "personal name as subject");

    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("\\h+");
    private static final Pattern DOI_LINE = Pattern.compile("(?i)^doi:\\s*(10\\.\\S+?)\\.?(?:\\s+.*)?$");
    private static final Pattern AFTER_DOI_METADATA = Pattern.compile(
            "(?i)^(?:doi:|epub\\b|ecollection\\b|pmid:|pmcid:|print\\b|collection\\b|free (?:pmc )?article).*");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d{2}|20\\d{2})\\b");
    private static final Pattern MANY_AUTHORS = Pattern.compile("^(.+?)\\s+et al\\.\\s*(.*)$");
    private static final Pattern ONE_AUTHOR = Pattern.compile("^([^.]+?)\\.\\s+(\\S.*)$");
    private static final Pattern NAME_SUFFIX = Pattern.compile("(?i)^(?:jr|sr|ii|iii|iv|\\d+(?:st|nd|rd|th))\\.?,?$");
    private static final Pattern ABSTRACT_LABEL = Pattern.compile("^(\\p{Lu}[\\p{L}]*(?:[ /-][\\p{L}]+){0,4}):\\s*(.*)$");
    private static final Pattern KEYWORDS_LINE = Pattern.compile("(?i)^key ?words?:\\s*(.*)$");
    private static final Pattern FIGURE_LABEL = Pattern.compile("(?i)^(figure|fig\\.?|table)\\s+(\\d+[a-z]?)\\.?$");
    private static final Pattern REFERENCE_NUMBER = Pattern.compile("^\\d+\\.\\s+");
    private static final Pattern REFERENCE_LINKS = Pattern.compile(
            "(?:\\s+-\\s+(?:DOI|PMC|PubMed|Free PMC article|Free article|Google Scholar|CAS|Europe PMC))+\\s*$");

    private final PassageChunker chunker;

    public SeedPageCleaner(PassageChunker chunker) {
        this.chunker = Objects.requireNonNull(chunker, "chunker");
    }

    /**
     * Cleans one saved page.
     *
     * @param path  the file, for problems and the document's path
     * @param lines the page's lines, line 1 first
     * @return the seed document, or the problem that kept it out (no DOI, no title, no authors, no text)
     */
    public ReadOutcome clean(Path path, List<String> lines) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(lines, "lines");
        try {
            return ReadOutcome.of(read(path, withoutChrome(lines)));
        } catch (KnowledgeFormatException e) {
            return ReadOutcome.failed(e.toProblem(path));
        }
    }

    private KnowledgeDocument read(Path path, List<String> lines) throws KnowledgeFormatException {
        int doiIndex = indexOfDoi(lines);
        String doi = matchedDoi(lines.get(doiIndex));
        int titleIndex = indexOfTitle(lines, doiIndex);
        String title = lines.get(titleIndex);
        int bodyIndex = indexOfFirstHeading(lines, titleIndex + 1);
        Authors authors = authors(lines, titleIndex, bodyIndex, title);
        String year = year(lines, doiIndex, authors);
        String journal = !authors.journal().isEmpty() ? authors.journal() : journalOfCitationLine(lines, doiIndex);

        String id = slug(authors.familyName()) + (year.isEmpty() ? "" : "-" + year);
        SourceRef source = new SourceRef(title, citation(authors, journal, year), doi, null);
        List<Part> parts = body(lines, bodyIndex);
        if (parts.isEmpty()) {
            throw new KnowledgeFormatException(bodyIndex + 1,
                    "no abstract, keywords, figures or references found after the title");
        }
        List<Passage> passages = passages(id, title, source, parts);
        log.debug("Cleaned seed page {} into {} ({} passages)", path, id, passages.size());
        return new KnowledgeDocument(id, DocumentKind.SEED, path, title, "", List.of(), List.of(), List.of(source),
                List.of(), passages);
    }

    /**
     * The lines, stripped, with banner lines blanked (kept as blank so line numbers stay right). Saved
     * pages use no-break spaces ("George\u00A0et al."), so every horizontal space becomes a plain one.
     */
    private static List<String> withoutChrome(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        for (String line : lines) {
            String s = HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip();
            kept.add(isChrome(s) ? "" : s);
        }
        return kept;
    }

    private static boolean isChrome(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return CHROME_LINES.contains(lower) || CHROME_PREFIXES.stream().anyMatch(lower::startsWith);
    }

    private static int indexOfDoi(List<String> lines) throws KnowledgeFormatException {
        for (int i = 0; i < lines.size(); i++) {
            if (DOI_LINE.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        throw new KnowledgeFormatException(0, "no DOI line ('doi: 10.…') found; is this a saved PubMed page?");
    }

    private static String matchedDoi(String line) {
        Matcher m = DOI_LINE.matcher(line);
        if (!m.matches()) {
            throw new IllegalStateException("not a DOI line: " + line);
        }
        return m.group(1);
    }

    /** The title is the first line after the DOI and its metadata block (Epub, PMID, …). */
    private static int indexOfTitle(List<String> lines, int doiIndex) throws KnowledgeFormatException {
        for (int i = doiIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || AFTER_DOI_METADATA.matcher(line).matches()) {
                continue;
            }
            if (headingOf(line) != null) {
                break;
            }
            return i;
        }
        throw new KnowledgeFormatException(Math.min(doiIndex + 2, lines.size()),
                "no title found after the DOI line " + (doiIndex + 1));
    }

    private static int indexOfFirstHeading(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (headingOf(lines.get(i)) != null && !DROPPED_HEADINGS.contains(lines.get(i).toLowerCase(Locale.ROOT))
                    || KEYWORDS_LINE.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return lines.size();
    }

    /** The authors line sits between the title (and its duplicate) and the abstract. */
    private static Authors authors(List<String> lines, int titleIndex, int bodyIndex, String title)
            throws KnowledgeFormatException {
        String fallback = null;
        for (int i = titleIndex + 1; i < bodyIndex; i++) {
            String line = lines.get(i);
            if (line.isEmpty() || line.equals(title) || headingOf(line) != null) {
                continue;
            }
            Matcher many = MANY_AUTHORS.matcher(line);
            if (many.matches()) {
                return new Authors(familyName(many.group(1)), true, journalOf(many.group(2)), many.group(2));
            }
            if (fallback == null) {
                fallback = line;
            }
        }
        if (fallback != null) {
            Matcher one = ONE_AUTHOR.matcher(fallback);
            if (one.matches()) {
                return new Authors(familyName(one.group(1)), false, journalOf(one.group(2)), one.group(2));
            }
        }
        throw new KnowledgeFormatException(titleIndex + 2,
                "no authors line ('First Author et al. Journal.') found after the title");
    }

    /** "Francisco Jose Grajales 3rd" → "Grajales": the last name word that is not a suffix. */
    private static String familyName(String author) throws KnowledgeFormatException {
        String[] words = author.strip().split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            if (!NAME_SUFFIX.matcher(words[i]).matches()) {
                return words[i].replaceAll("[,.]+$", "");
            }
        }
        throw new KnowledgeFormatException(0, "cannot tell the first author's family name in '" + author + "'");
    }

    /** "J Med Internet Res. ." → "J Med Internet Res" (NLM journal abbreviations carry no periods). */
    private static String journalOf(String rest) {
        int period = rest.indexOf('.');
        return (period < 0 ? rest : rest.substring(0, period)).strip();
    }

    /** "J Med Internet Res. 2014 Feb 11;16(2):e13." → "J Med Internet Res"; ". 2014 …" → "". */
    private static String journalOfCitationLine(List<String> lines, int doiIndex) {
        String line = citationLine(lines, doiIndex);
        return line == null ? "" : journalOf(line);
    }

    /** The year comes from the journal citation line just above the DOI, else from the authors line. */
    private static String year(List<String> lines, int doiIndex, Authors authors) {
        String line = citationLine(lines, doiIndex);
        Matcher m = YEAR.matcher(line == null ? authors.rest() : line);
        return m.find() ? m.group(1) : "";
    }

    private static String citationLine(List<String> lines, int doiIndex) {
        for (int i = doiIndex - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (!line.isEmpty()) {
                return YEAR.matcher(line).find() ? line : null;
            }
        }
        return null;
    }

    private static String citation(Authors authors, String journal, String year) {
        String where = (journal + " " + year).strip();
        return authors.familyName() + (authors.many() ? " et al." : "") + (where.isEmpty() ? "" : ", " + where);
    }

    private static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static Mode headingOf(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (ABSTRACT_HEADINGS.contains(lower)) {
            return Mode.ABSTRACT;
        }
        if (CONFLICT_HEADINGS.contains(lower)) {
            return Mode.CONFLICT;
        }
        if (FIGURE_HEADINGS.contains(lower)) {
            return Mode.FIGURES;
        }
        if (REFERENCE_HEADINGS.contains(lower)) {
            return Mode.REFERENCES;
        }
        if (KEYWORD_HEADINGS.contains(lower)) {
            return Mode.KEYWORDS;
        }
        if (DROPPED_HEADINGS.contains(lower)) {
            return Mode.DROP;
        }
        return null;
    }

    /** Walks the body, section by section, collecting the parts worth keeping. */
    private static List<Part> body(List<String> lines, int from) {
        List<Part> parts = new ArrayList<>();
        Mode mode = Mode.DROP;
        String abstractSection = "Abstract";
        String figure = null;
        StringBuilder caption = new StringBuilder();
        StringBuilder reference = new StringBuilder();
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            Mode heading = headingOf(line);
            Matcher keywords = KEYWORDS_LINE.matcher(line);
            if (heading != null || keywords.matches() && mode != Mode.REFERENCES) {
                addFigure(parts, figure, caption);
                figure = null;
                addReference(parts, reference);
                if (heading == null) {
                    addPart(parts, "Keywords", keywords.group(1), false);
                    mode = Mode.DROP;
                } else {
                    mode = heading;
                }
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            Matcher figureLabel = FIGURE_LABEL.matcher(line);
            switch (mode) {
                case DROP -> { }
                case ABSTRACT -> {
                    Matcher label = ABSTRACT_LABEL.matcher(line);
                    if (label.matches() && label.group(1).length() <= 40) {
                        abstractSection = "Abstract: " + label.group(1);
                        addPart(parts, abstractSection, label.group(2), false);
                    } else if (!figureLabel.matches()) {
                        addPart(parts, abstractSection, line, false);
                    }
                }
                case CONFLICT -> {
                    if (!figureLabel.matches()) {
                        addPart(parts, "Conflict of interest", line, false);
                    }
                }
                case KEYWORDS -> addPart(parts, "Keywords", line, false);
                case FIGURES -> {
                    if (figureLabel.matches()) {
                        String label = figureName(figureLabel);
                        if (!label.equals(figure)) {
                            // a new figure; the duplicated "Figure N" line PubMed prints is skipped
                            addFigure(parts, figure, caption);
                            figure = label;
                        }
                    } else if (figure != null) {
                        caption.append(caption.length() == 0 ? "" : " ").append(line);
                    }
                }
                case REFERENCES -> {
                    if (REFERENCE_NUMBER.matcher(line).find()) {
                        addReference(parts, reference);
                    }
                    reference.append(reference.length() == 0 ? "" : " ").append(line);
                }
            }
        }
        addFigure(parts, figure, caption);
        addReference(parts, reference);
        return parts;
    }

    private static String figureName(Matcher figureLabel) {
        String kind = figureLabel.group(1).toLowerCase(Locale.ROOT).startsWith("t") ? "Table" : "Figure";
        return kind + " " + figureLabel.group(2);
    }

    private static void addFigure(List<Part> parts, String figure, StringBuilder caption) {
        if (figure != null && caption.length() > 0) {
            parts.add(new Part(figure, figure + ": " + caption, false));
        }
        caption.setLength(0);
    }

    private static void addReference(List<Part> parts, StringBuilder reference) {
        String text = REFERENCE_LINKS.matcher(REFERENCE_NUMBER.matcher(reference.toString().strip()).replaceFirst(""))
                .replaceFirst("").strip();
        if (!text.isEmpty()) {
            parts.add(new Part("References", text, true));
        }
        reference.setLength(0);
    }

    /** Adds prose to a section; consecutive prose of the same section is one part, chunked together. */
    private static void addPart(List<Part> parts, String section, String text, boolean whole) {
        String s = text.strip();
        if (s.isEmpty()) {
            return;
        }
        if (!whole && !parts.isEmpty()) {
            Part last = parts.get(parts.size() - 1);
            if (!last.whole() && last.section().equals(section)) {
                parts.set(parts.size() - 1, new Part(section, last.text() + "\n\n" + s, false));
                return;
            }
        }
        parts.add(new Part(section, s, whole));
    }

    private List<Passage> passages(String id, String title, SourceRef source, List<Part> parts) {
        List<Passage> passages = new ArrayList<>();
        for (Part part : parts) {
            List<String> texts = part.whole() ? List.of(part.text()) : chunker.chunk(part.text());
            for (String text : texts) {
                passages.add(new Passage(id + "#" + (passages.size() + 1), id, title, DocumentKind.SEED, source,
                        part.section(), text));
            }
        }
        return passages;
    }

    private enum Mode { ABSTRACT, CONFLICT, FIGURES, REFERENCES, KEYWORDS, DROP }

    /** A stretch of kept text; {@code whole} parts (references) become one passage each, unchunked. */
    private record Part(String section, String text, boolean whole) {
    }

    /** What the authors line says. */
    private record Authors(String familyName, boolean many, String journal, String rest) {
    }
}
