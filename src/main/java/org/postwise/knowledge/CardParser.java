package org.postwise.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses a guideline card: Markdown with front matter naming its id, title, topic, sources and tags.
 *
 * <pre>
 * ---
 * id: blogs
 * title: Blogs in health care
 * topic: categories of social media
 * sources:
 *   - doi: 10.2196/jmir.2912
 *   - url: https://www.example.org/guidance
 *     title: Some professional guidance
 *     citation: Example Body, Guidance on X (2024)
 * tags: [blog, wordpress]
 * ---
 * What the evidence says.
 *
 * ## What to do
 * - Bullet one.
 * </pre>
 *
 * <p>A DOI source that matches a loaded seed inherits the seed's title and citation (the card may override
 * either); any other source must give both. The text before the first {@code ## } heading is the
 * "Summary" section, each {@code ## Heading} starts a section; Markdown is flattened to plain text and
 * each section is chunked. The "What to do" section is also kept as the document's guidance, one entry
 * per bullet (or per sentence when it has no bullets). Every problem carries its real line in the file,
 * and all front-matter problems are reported together so an author can fix them in one go.
 */
public final class CardParser {

    private static final Logger log = LoggerFactory.getLogger(CardParser.class);

    /** The front-matter keys a card may use. */
    public static final List<String> KEYS = List.of("id", "title", "topic", "sources", "tags");

    private static final List<String> REQUIRED_SCALARS = List.of("id", "title", "topic");
    private static final List<String> SOURCE_KEYS = List.of("doi", "url", "title", "citation");
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern DOI_PREFIX = Pattern.compile("(?i)^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern ID_LINE = Pattern.compile("^id\\s*:.*");
    private static final String SUMMARY = "Summary";
    private static final String WHAT_TO_DO = "what to do";

    private final PassageChunker chunker;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Map<String, SourceRef> seedsByDoi;

    /**
     * @param chunker     chunks each section into passages
     * @param seedSources the sources of the loaded seed papers, matched by DOI (case-insensitive)
     */
    public CardParser(PassageChunker chunker, List<SourceRef> seedSources) {
        this.chunker = Objects.requireNonNull(chunker, "chunker");
        Map<String, SourceRef> byDoi = new LinkedHashMap<>();
        for (SourceRef seed : Objects.requireNonNull(seedSources, "seedSources")) {
            if (seed.doi() != null) {
                byDoi.putIfAbsent(seed.doi().toLowerCase(Locale.ROOT), seed);
            }
        }
        this.seedsByDoi = Map.copyOf(byDoi);
    }

    /**
     * Parses one card.
     *
     * @param path  the file, for problems and the document's path
     * @param lines the file's lines, line 1 first
     * @param kind  {@link DocumentKind#CARD} or {@link DocumentKind#TIP}
     * @return the card, or every problem found in it, each at its line
     */
    public ReadOutcome parse(Path path, List<String> lines, DocumentKind kind) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(kind, "kind");
        if (kind != DocumentKind.CARD && kind != DocumentKind.TIP) {
            throw new IllegalArgumentException("a card is of kind CARD or TIP, not " + kind);
        }
        FrontMatter frontMatter;
        try {
            frontMatter = FrontMatter.read(lines);
        } catch (KnowledgeFormatException e) {
            return ReadOutcome.failed(e.toProblem(path));
        }
        List<FrontMatter.LineProblem> problems = new ArrayList<>(frontMatter.problems());
        Header header = header(frontMatter, problems);
        if (!problems.isEmpty()) {
            return failed(path, problems);
        }
        List<String> body = lines.subList(frontMatter.endLine(), lines.size());
        Body parsed = body(MarkdownBlocks.read(body));
        if (parsed.sections().isEmpty()) {
            return ReadOutcome.failed(new KnowledgeProblem(path, frontMatter.endLine(),
                    "card has no text after the front matter that ends on this line"));
        }
        List<Passage> passages = passages(header, kind, parsed.sections());
        log.debug("Parsed card {} from {}: {} passages, {} guidance lines", header.id(), path, passages.size(),
                parsed.guidance().size());
        return ReadOutcome.of(new KnowledgeDocument(header.id(), kind, path, header.title(), header.topic(),
                header.tags(), header.sources(), parsed.guidance(), passages));
    }

    /** The 1-based line of the {@code id:} key in the front matter of {@code lines}, or 0 when it has none. */
    static int idLine(List<String> lines) {
        if (!FrontMatter.startsFrontMatter(lines)) {
            return 0;
        }
        for (int i = 1; i < lines.size() && !lines.get(i).strip().equals(FrontMatter.DELIMITER); i++) {
            if (ID_LINE.matcher(lines.get(i)).matches()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static ReadOutcome failed(Path path, List<FrontMatter.LineProblem> problems) {
        return ReadOutcome.failed(problems.stream()
                .sorted(Comparator.comparingInt(FrontMatter.LineProblem::line))
                .map(p -> new KnowledgeProblem(path, p.line(), p.message()))
                .toList());
    }

    private Header header(FrontMatter frontMatter, List<FrontMatter.LineProblem> problems) {
        Map<String, FrontMatter.Value> values = frontMatter.values();
        Set<String> explained = new LinkedHashSet<>();
        for (FrontMatter.Value value : values.values()) {
            if (!KEYS.contains(value.key())) {
                String meant = likelyMeant(value.key(), values.keySet());
                // a misspelt required key is one mistake: report it here, not again as missing
                if (meant != null) {
                    explained.add(meant);
                }
                problems.add(new FrontMatter.LineProblem(value.line(), "unknown key '" + value.key()
                        + "'; expected one of " + String.join(", ", KEYS)
                        + (meant == null ? "" : " (did you mean '" + meant + "'?)")));
            }
        }
        List<FrontMatter.LineProblem> alreadyReported = new ArrayList<>();
        Map<String, String> scalars = new LinkedHashMap<>();
        for (String key : REQUIRED_SCALARS) {
            scalars.put(key, requiredScalar(values.get(key), key, explained.contains(key) ? alreadyReported : problems));
        }
        String id = scalars.get("id");
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(new FrontMatter.LineProblem(values.get("id").line(),
                    "id '" + id + "' may only use lower-case letters, digits and '-'"));
        }
        List<SourceRef> sources = sources(values.get("sources"), explained.contains("sources") ? alreadyReported : problems);
        List<String> tags = tags(values.get("tags"), problems);
        return new Header(id, scalars.get("title"), scalars.get("topic"), sources, tags);
    }

    /** The known key, not given in the card, that {@code key} is a small misspelling of; or {@code null}. */
    private static String likelyMeant(String key, Set<String> given) {
        String lower = key.toLowerCase(Locale.ROOT);
        return KEYS.stream()
                .filter(known -> !given.contains(known))
                .filter(known -> editDistance(lower, known) <= 2)
                .findFirst()
                .orElse(null);
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String requiredScalar(FrontMatter.Value value, String key, List<FrontMatter.LineProblem> problems) {
        if (value == null) {
            problems.add(new FrontMatter.LineProblem(1, "missing required key '" + key + "'"));
            return null;
        }
        if (value.isList() && !value.items().isEmpty()) {
            problems.add(new FrontMatter.LineProblem(value.line(), "'" + key + "' must be a single value, not a list"));
            return null;
        }
        if (value.isList() || value.scalar().isBlank()) {
            problems.add(new FrontMatter.LineProblem(value.line(), "'" + key + "' is empty"));
            return null;
        }
        return value.scalar();
    }

    private List<SourceRef> sources(FrontMatter.Value value, List<FrontMatter.LineProblem> problems) {
        if (value == null) {
            problems.add(new FrontMatter.LineProblem(1, "missing required key 'sources'"));
            return List.of();
        }
        if (!value.isList() || value.items().isEmpty()) {
            problems.add(new FrontMatter.LineProblem(value.line(),
                    "'sources' needs at least one '- doi: …' or '- url: …' entry"));
            return List.of();
        }
        List<SourceRef> sources = new ArrayList<>();
        for (FrontMatter.Item item : value.items()) {
            SourceRef source = source(item, problems);
            if (source != null) {
                sources.add(source);
            }
        }
        return sources;
    }

    private SourceRef source(FrontMatter.Item item, List<FrontMatter.LineProblem> problems) {
        if (item.scalar() != null) {
            problems.add(new FrontMatter.LineProblem(item.line(), "a source must start with 'doi:' or 'url:'"));
            return null;
        }
        int before = problems.size();
        for (FrontMatter.Field field : item.fields().values()) {
            if (!SOURCE_KEYS.contains(field.key())) {
                problems.add(new FrontMatter.LineProblem(field.line(), "unknown source key '" + field.key()
                        + "'; expected one of " + String.join(", ", SOURCE_KEYS)));
            }
        }
        String doi = fieldValue(item, "doi");
        String url = fieldValue(item, "url");
        String title = fieldValue(item, "title");
        String citation = fieldValue(item, "citation");
        if (doi == null && url == null) {
            problems.add(new FrontMatter.LineProblem(item.line(), "a source needs 'doi:' or 'url:'"));
            return null;
        }
        if (doi != null) {
            doi = DOI_PREFIX.matcher(doi).replaceFirst("").replaceFirst("\\.$", "");
            if (!DOI.matcher(doi).matches()) {
                problems.add(new FrontMatter.LineProblem(item.fields().get("doi").line(),
                        "'" + doi + "' is not a DOI; expected the form 10.1234/abc"));
            }
        }
        if (url != null && !URL.matcher(url).matches()) {
            problems.add(new FrontMatter.LineProblem(item.fields().get("url").line(),
                    "'" + url + "' is not a web address; expected http:// or https://"));
        }
        if (problems.size() > before) {
            return null;
        }
        SourceRef seed = doi == null ? null : seedsByDoi.get(doi.toLowerCase(Locale.ROOT));
        if (seed != null) {
            return new SourceRef(title != null ? title : seed.title(), citation != null ? citation : seed.citation(),
                    seed.doi(), url);
        }
        if (title == null || citation == null) {
            problems.add(new FrontMatter.LineProblem(item.line(), "unknown source '" + (doi != null ? doi : url)
                    + "' (not a loaded seed paper): give title and citation"));
            return null;
        }
        return new SourceRef(title, citation, doi, url);
    }

    private static String fieldValue(FrontMatter.Item item, String key) {
        FrontMatter.Field field = item.fields().get(key);
        return field == null || field.value().isBlank() ? null : field.value().strip();
    }

    private static List<String> tags(FrontMatter.Value value, List<FrontMatter.LineProblem> problems) {
        if (value == null) {
            return List.of();
        }
        List<String> raw = new ArrayList<>();
        if (value.isList()) {
            for (FrontMatter.Item item : value.items()) {
                if (item.scalar() == null) {
                    problems.add(new FrontMatter.LineProblem(item.line(), "a tag is a word or phrase, not 'key: value'"));
                } else {
                    raw.add(item.scalar());
                }
            }
        } else {
            // "tags: blog, wordpress" is read as the list it was meant to be
            raw.addAll(List.of(value.scalar().split(",")));
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : raw) {
            String t = tag.strip().toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) {
                tags.add(t);
            }
        }
        return List.copyOf(tags);
    }

    private Body body(List<MarkdownBlocks.Block> blocks) {
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        List<String> guidance = new ArrayList<>();
        String section = SUMMARY;
        for (MarkdownBlocks.Block block : blocks) {
            if (block instanceof MarkdownBlocks.Heading heading) {
                if (heading.level() == 2) {
                    section = heading.text().replaceFirst("[:.]$", "").strip();
                    continue;
                }
                if (heading.level() == 1) {
                    // a repeated card title; the front matter already names the card
                    continue;
                }
            }
            boolean bullet = block instanceof MarkdownBlocks.Bullet;
            String text = bullet ? MarkdownBlocks.asSentence(block.text()) : block.text();
            StringBuilder sectionText = sections.computeIfAbsent(section, s -> new StringBuilder());
            sectionText.append(sectionText.length() == 0 ? "" : "\n\n").append(text);
            if (section.equalsIgnoreCase(WHAT_TO_DO) && !(block instanceof MarkdownBlocks.Heading)) {
                guidance.addAll(bullet ? List.of(block.text()) : splitter.split(block.text()));
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        sections.forEach((name, text) -> texts.put(name, text.toString()));
        return new Body(texts, guidance);
    }

    private List<Passage> passages(Header header, DocumentKind kind, Map<String, String> sections) {
        List<Passage> passages = new ArrayList<>();
        SourceRef source = header.sources().get(0);
        sections.forEach((section, text) -> {
            for (String chunk : chunker.chunk(text)) {
                passages.add(new Passage(header.id() + "#" + (passages.size() + 1), header.id(), header.title(), kind,
                        source, section, chunk));
            }
        });
        return passages;
    }

    /** The checked front matter. */
    private record Header(String id, String title, String topic, List<SourceRef> sources, List<String> tags) {
    }

    /** The card's text by section, and its "What to do" lines. */
    private record Body(Map<String, String> sections, List<String> guidance) {
    }
}
