package org.postwise.knowledge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Parses a guideline card: YAML front matter (read by snakeyaml-engine) and a Markdown body (read by
 * commonmark-java).
 *
 * <pre>
 * ---
 * id: friend-request-from-patient
 * title: A patient sends you a friend request
 * topic: contact with patients
 * questions:
 *   - Can I accept a friend request from a patient?
 *   - a patient added me on facebook, what do I do
 * sources:
 *   - key: farnan
 *     doi: 10.7326/0003-4819-158-8-201304160-00100
 *     title: "Online Medical Professionalism: Patient and Public Relationships"
 *     citation: Farnan et al., Ann Intern Med 2013
 *   - key: grajales
 *     doi: 10.2196/jmir.2912
 * tags: [friend request, boundaries]
 * cues:
 *   accepted: [already accepted, unfriend, months ago]
 *   relatives: [daughter, husband, family]
 * unless:
 *   - "{relatives} & patient"
 * ---
 * The ACP and FSMB paper advises clinicians not to "friend" patients [@farnan]. A short, kind answer helps.
 *
 * ## What to do
 * - Decline the request and point the patient to the clinic's channels [@farnan]. [unless: {accepted}]
 * - Remove or restrict a connection you accepted. [when: {accepted}; on my page]
 * </pre>
 *
 * <p>A DOI source that matches a loaded seed inherits the seed's title and citation (the card may override
 * either); any other source must give both. A source's {@code key} is what the body's markers name (a source
 * without one is keyed by its position, 1 first). A source that several cards cite is written once, in
 * {@code knowledge/sources.yaml} ({@link #readSharedSources}), and a card cites it by its key alone
 * ({@code - key: ana}); a card may not give a shared key a source of its own, so one key means one work everywhere.
 * Markers cite the sentences since the previous marker of the same
 * paragraph (see {@link CitationMarkers}); unmarked sentences and "What to do" bullets are the card's own words
 * and cite {@link SourceRef#OWN_ADVICE}. Passages never mix sentences of different sources.
 *
 * <p>The text before the first {@code ## } heading is the "Summary" section; each {@code ## Heading} starts a
 * section. The "What to do" bullets (or sentences, when it has none) are the card's {@link Guidance}; their
 * {@code [when: …]} and {@code [unless: …]} markers are read by {@link SubCaseMarker}, a cue {@code {name}} standing
 * for the front matter's cue set of that name, or for the shared one of {@code knowledge/cues.yaml}
 * ({@link #readSharedCues}); a sentence of the prose, or a "Where to ask for help" bullet, may end with the same
 * markers (a contact only some askers have: {@code [when: {uk}]}). The front matter's {@code when:}
 * and {@code unless:} name the askers the whole card fits better or worse, and {@code only:} the askers outside which
 * it fits worse ({@link AskerCues}): each item a condition, its groups joined by {@code &}, each group's cues by
 * {@code ;}. Every problem carries its line in the file, and all front-matter problems are reported together.
 */
public final class CardParser {

    private static final Logger log = LoggerFactory.getLogger(CardParser.class);

    /** The file, directly under {@code knowledge/}, of the sources that several cards cite. */
    public static final String SHARED_SOURCES_FILE = "sources.yaml";
    private static final String SHARED_SOURCES = "knowledge/" + SHARED_SOURCES_FILE;

    /** The file, directly under {@code knowledge/}, of the cue sets that several cards name. */
    public static final String SHARED_CUES_FILE = "cues.yaml";
    private static final String SHARED_CUES = "knowledge/" + SHARED_CUES_FILE;

    /** The front-matter keys a card may use. */
    public static final List<String> KEYS = List.of("id", "title", "topic", "questions", "sources", "tags",
            "cues", "when", "unless", "only");

    private static final List<String> REQUIRED_SCALARS = List.of("id", "title", "topic");
    private static final List<String> SOURCE_KEYS = List.of("key", "doi", "url", "title", "citation",
            "jurisdiction");
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
    private final SharedSources shared;
    private final SharedCues sharedCues;

    /**
     * A parser for a knowledge base without shared sources.
     *
     * @param chunker     chunks each run of sentences into passages
     * @param seedSources the sources of the loaded seed papers, matched by DOI (case-insensitive)
     */
    public CardParser(PassageChunker chunker, List<SourceRef> seedSources) {
        this(chunker, seedSources, SharedSources.NONE);
    }

    /**
     * @param chunker       chunks each run of sentences into passages
     * @param seedSources   the sources of the loaded seed papers, matched by DOI (case-insensitive)
     * @param sharedSources what {@link #readSharedSources} read from {@code knowledge/sources.yaml}, whose sources
     *                      cards cite by key alone
     */
    public CardParser(PassageChunker chunker, List<SourceRef> seedSources, SharedSources sharedSources) {
        this(chunker, seedSources, sharedSources, SharedCues.NONE);
    }

    /**
     * @param chunker       chunks each run of sentences into passages
     * @param seedSources   the sources of the loaded seed papers, matched by DOI (case-insensitive)
     * @param sharedSources what {@link #readSharedSources} read from {@code knowledge/sources.yaml}, whose sources
     *                      cards cite by key alone
     * @param sharedCues    what {@link #readSharedCues} read from {@code knowledge/cues.yaml}, whose cue sets cards
     *                      name as {@code {name}} without defining them
     */
    public CardParser(PassageChunker chunker, List<SourceRef> seedSources, SharedSources sharedSources,
                      SharedCues sharedCues) {
        this.shared = Objects.requireNonNull(sharedSources, "sharedSources");
        this.sharedCues = Objects.requireNonNull(sharedCues, "sharedCues");
        this.chunker = Objects.requireNonNull(chunker, "chunker");
        Map<String, SourceRef> byDoi = new LinkedHashMap<>();
        for (SourceRef seed : Objects.requireNonNull(seedSources, "seedSources")) {
            if (seed.doi() != null) {
                byDoi.putIfAbsent(seed.doi().toLowerCase(Locale.ROOT), seed);
            }
        }
        this.seedsByDoi = Map.copyOf(byDoi);
    }

    /** A problem at a line of the file. */
    private record LineProblem(int line, String message) {
    }

    /**
     * Parses one card.
     *
     * @param path  the file, for problems and the document's path
     * @param lines the file's lines, line 1 first
     * @param kind  {@link DocumentKind#CARD}, {@link DocumentKind#TIP}, {@link DocumentKind#SCOPE} or
     *              {@link DocumentKind#ABOUT} (the last two need no sources: their text is Postwise's own reply)
     * @return the card, or every problem found in it, each at its line
     */
    public ReadOutcome parse(Path path, List<String> lines, DocumentKind kind) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(kind, "kind");
        if (kind != DocumentKind.CARD && kind != DocumentKind.TIP && kind != DocumentKind.SCOPE
                && kind != DocumentKind.ABOUT) {
            throw new IllegalArgumentException("a card is of kind CARD, TIP, SCOPE or ABOUT, not " + kind);
        }
        FrontMatter frontMatter;
        try {
            frontMatter = FrontMatter.read(lines);
        } catch (KnowledgeFormatException e) {
            return ReadOutcome.failed(e.toProblem(path));
        }
        var problems = new ArrayList<LineProblem>();
        Header header = header(frontMatter, kind != DocumentKind.SCOPE && kind != DocumentKind.ABOUT, problems);
        if (!problems.isEmpty()) {
            return failed(path, problems);
        }
        List<String> body = lines.subList(frontMatter.endLine(), lines.size());
        Body parsed = body(MarkdownBody.read(body, frontMatter.endLine() + 1), header, problems);
        if (!problems.isEmpty()) {
            return failed(path, problems);
        }
        if (parsed.sections().isEmpty()) {
            return ReadOutcome.failed(new KnowledgeProblem(path, frontMatter.endLine(),
                    "card has no text after the front matter that ends on this line"));
        }
        List<Passage> passages = passages(header, kind, parsed.sections());
        log.debug("Parsed card {} from {}: {} passages, {} guidance lines", header.id(), path, passages.size(),
                parsed.guidance().size());
        List<SourceRef> sources = header.sources().isEmpty() ? List.of(SourceRef.OWN_ADVICE)
                : List.copyOf(header.sources().values());
        return ReadOutcome.of(new KnowledgeDocument(header.id(), kind, path, header.title(), header.topic(),
                header.tags(), header.questions(), sources, parsed.guidance(), passages, parsed.marked(),
                header.askers()));
    }

    /**
     * The sources that several cards cite, read from {@code knowledge/sources.yaml}: a {@code ---} line, then one
     * {@code sources:} list written as a card's, each entry with its {@code key}. A bad entry is a problem at its line
     * and is left out; the others are still read, so only the cards citing the bad one fail.
     *
     * @param path  the file, for problems
     * @param lines the file's lines, line 1 first
     * @return the shared sources by key, in file order, and the problems found
     */
    public SharedSources readSharedSources(Path path, List<String> lines) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(lines, "lines");
        FrontMatter file;
        try {
            file = FrontMatter.readWhole(lines, "one list of sources");
        } catch (KnowledgeFormatException e) {
            return SharedSources.unreadable(e.toProblem(path));
        }
        var problems = new ArrayList<LineProblem>();
        FrontMatter.Entry list = onlyKey(file, "sources", "the shared sources file", problems);
        Map<String, SourceRef> sources = sources(list, true, problems);
        // the keys of entries left out, so that a card citing one is told the entry is broken, not missing
        var broken = new LinkedHashSet<String>();
        if (list != null) {
            for (Node item : FrontMatter.sequence(list.value()).orElse(List.of())) {
                FrontMatter.mapping(item).orElse(List.of()).stream()
                        .filter(field -> field.key().equals("key"))
                        .flatMap(field -> FrontMatter.scalar(field.value()).stream())
                        .map(key -> key.strip().toLowerCase(Locale.ROOT))
                        .filter(key -> !sources.containsKey(key))
                        .forEach(broken::add);
            }
        }
        return new SharedSources(sources, broken, true, atLines(path, problems));
    }

    /**
     * The sources of {@code knowledge/sources.yaml}.
     *
     * @param sources  by key, in file order
     * @param broken   the keys of entries left out for a problem, which cards citing them are told about
     * @param readable whether the file could be read at all (when not, every key a card cites alone fails)
     * @param problems each at its line; the entries they are about are left out of {@code sources}
     */
    public record SharedSources(Map<String, SourceRef> sources, Set<String> broken, boolean readable,
                                List<KnowledgeProblem> problems) {

        /** No shared sources: a knowledge base without the file. */
        public static final SharedSources NONE = new SharedSources(Map.of(), Set.of(), true, List.of());

        public SharedSources {
            sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
            broken = Set.copyOf(broken);
            problems = List.copyOf(problems);
        }

        /** A file that could not be read (bad YAML, not UTF-8, unreadable): its one problem, and no sources. */
        public static SharedSources unreadable(KnowledgeProblem problem) {
            return new SharedSources(Map.of(), Set.of(), false, List.of(problem));
        }
    }

    /**
     * The cue sets that several cards name, read from {@code knowledge/cues.yaml}: a {@code ---} line, then one
     * {@code cues:} mapping written as a card's ({@code cues: {targeted: [death threats, my home address]}}). A card
     * names a shared set as {@code {targeted}} in its markers and conditions, as if it defined it, and may not define
     * a set of the same name itself, so one name means one list of cues everywhere. A bad set is a problem at its line
     * and is left out; the others are still read, so only the cards naming the bad one fail.
     *
     * @param path  the file, for problems
     * @param lines the file's lines, line 1 first
     * @return the shared cue sets by name, in file order, and the problems found
     */
    public SharedCues readSharedCues(Path path, List<String> lines) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(lines, "lines");
        FrontMatter file;
        try {
            file = FrontMatter.readWhole(lines, "one mapping of cue sets");
        } catch (KnowledgeFormatException e) {
            return SharedCues.unreadable(e.toProblem(path));
        }
        var problems = new ArrayList<LineProblem>();
        FrontMatter.Entry entry = onlyKey(file, "cues", "the shared cues file", problems);
        if (entry == null || FrontMatter.mapping(entry.value()).isEmpty()) {
            // nothing in the file can be read as sets, so every card naming one is told the file is the problem
            problems.add(new LineProblem(entry == null ? 1 : entry.line(), (entry == null ? "missing key 'cues'"
                    : "'cues' must name lists of cues") + ", e.g. 'cues: {managers: [as a manager, my staff]}'"));
            return new SharedCues(Map.of(), Set.of(), false, atLines(path, problems));
        }
        Map<String, List<String>> sets = cueSets(entry, problems);
        // the names of sets left out, so that a card naming one is told the set is broken, not missing; lower-cased,
        // as cards' names are read
        var broken = new LinkedHashSet<String>();
        FrontMatter.mapping(entry.value()).orElse(List.of()).stream()
                .map(FrontMatter.Entry::key)
                .filter(name -> !sets.containsKey(name))
                .map(name -> name.toLowerCase(Locale.ROOT))
                .forEach(broken::add);
        return new SharedCues(sets, broken, true, atLines(path, problems));
    }

    /** A shared file's one {@code key} (or {@code null}), every other key a problem at its line. */
    private static FrontMatter.Entry onlyKey(FrontMatter file, String key, String what, List<LineProblem> problems) {
        for (FrontMatter.Entry entry : file.entries().values()) {
            if (!entry.key().equals(key)) {
                problems.add(new LineProblem(entry.line(), "unknown key '" + entry.key() + "'; " + what
                        + " holds only '" + key + "'"));
            }
        }
        return file.entries().get(key);
    }

    /**
     * The cue sets of {@code knowledge/cues.yaml}.
     *
     * @param sets     by name, in file order, each set's cues lower-cased as a card's are
     * @param broken   the names of sets left out for a problem, which cards naming them are told about
     * @param readable whether the file could be read as cue sets at all (when not, every card naming a set it does
     *                 not define itself is told so)
     * @param problems each at its line; the sets they are about are left out of {@code sets}
     */
    public record SharedCues(Map<String, List<String>> sets, Set<String> broken, boolean readable,
                             List<KnowledgeProblem> problems) {

        /** No shared cue sets: a knowledge base without the file. */
        public static final SharedCues NONE = new SharedCues(Map.of(), Set.of(), true, List.of());

        public SharedCues {
            Objects.requireNonNull(sets, "sets");
            var copied = new LinkedHashMap<String, List<String>>();
            sets.forEach((name, cues) -> copied.put(name, List.copyOf(cues)));
            sets = Collections.unmodifiableMap(copied);
            broken = Set.copyOf(Objects.requireNonNull(broken, "broken"));
            problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        }

        /** A file that could not be read (bad YAML, not UTF-8, unreadable): its one problem, and no sets. */
        public static SharedCues unreadable(KnowledgeProblem problem) {
            return new SharedCues(Map.of(), Set.of(), false, List.of(problem));
        }
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

    private static ReadOutcome failed(Path path, List<LineProblem> problems) {
        return ReadOutcome.failed(atLines(path, problems));
    }

    /** The problems of the file at {@code path}, in line order. */
    private static List<KnowledgeProblem> atLines(Path path, List<LineProblem> problems) {
        return problems.stream()
                .sorted(Comparator.comparingInt(LineProblem::line))
                .map(p -> new KnowledgeProblem(path, p.line(), p.message()))
                .toList();
    }

    private Header header(FrontMatter frontMatter, boolean needsSources, List<LineProblem> problems) {
        Map<String, FrontMatter.Entry> entries = frontMatter.entries();
        Set<String> explained = new LinkedHashSet<>();
        for (FrontMatter.Entry entry : entries.values()) {
            if (!KEYS.contains(entry.key())) {
                String meant = likelyMeant(entry.key(), entries.keySet());
                // a misspelt required key is one mistake: report it here, not again as missing
                if (meant != null) {
                    explained.add(meant);
                }
                problems.add(new LineProblem(entry.line(), "unknown key '" + entry.key()
                        + "'; expected one of " + String.join(", ", KEYS)
                        + (meant == null ? "" : " (did you mean '" + meant + "'?)")));
            }
        }
        List<LineProblem> alreadyReported = new ArrayList<>();
        Map<String, String> scalars = new LinkedHashMap<>();
        for (String key : REQUIRED_SCALARS) {
            scalars.put(key, requiredScalar(entries.get(key), key, explained.contains(key) ? alreadyReported : problems));
        }
        String id = scalars.get("id");
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(new LineProblem(entries.get("id").line(),
                    "id '" + id + "' may only use lower-case letters, digits and '-'"));
        }
        Map<String, SourceRef> sources = needsSources || entries.containsKey("sources")
                ? sources(entries.get("sources"), false, explained.contains("sources") ? alreadyReported : problems)
                : Map.of();
        List<String> tags = phrases(entries.get("tags"), "tag", true, problems);
        List<String> questions = phrases(entries.get("questions"), "question", false, problems);
        Map<String, List<String>> cueSets = withSharedCues(cueSets(entries.get("cues"), problems), entries.get("cues"),
                problems);
        var askers = new AskerCues(conditions(entries.get("when"), cueSets, problems),
                conditions(entries.get("unless"), cueSets, problems),
                conditions(entries.get("only"), cueSets, problems));
        return new Header(id, scalars.get("title"), scalars.get("topic"), sources, tags, questions, cueSets, askers);
    }

    /**
     * The conditions of a card's {@code when:}, {@code unless:} or {@code only:}: a list of strings, each a condition
     * whose groups are joined by {@code &} and whose cues (or {@code {set}}s) within a group by {@code ;}, as a
     * marker's are.
     */
    private List<AskerCues.Condition> conditions(FrontMatter.Entry entry, Map<String, List<String>> sets,
                                                        List<LineProblem> problems) {
        if (entry == null) {
            return List.of();
        }
        String example = "e.g. '" + entry.key() + ": [\"{relatives} & patient\", my preceptor; my instructor]'";
        Optional<List<Node>> items = FrontMatter.sequence(entry.value());
        if (items.isEmpty()) {
            problems.add(new LineProblem(entry.line(), "'" + entry.key() + "' must be a list of conditions, "
                    + example));
            return List.of();
        }
        var out = new ArrayList<AskerCues.Condition>();
        for (Node item : items.get()) {
            int line = FrontMatter.line(item);
            Optional<String> text = FrontMatter.scalar(item);
            if (text.isEmpty()) {
                // an unquoted "{relatives}" is a YAML mapping, not text
                problems.add(new LineProblem(line, "a condition is text, its cues joined by ';' and its groups by "
                        + "'&'; quote one that starts with a cue set, " + example));
                continue;
            }
            if (text.get().contains("[") || text.get().contains("]")) {
                // a bracket would end the marker the group is read as, and silently drop the cues after it
                problems.add(new LineProblem(line, "a condition names cues, not markers: leave out '[' and ']' in '"
                        + text.get().strip() + "'"));
                continue;
            }
            var groups = new ArrayList<List<String>>();
            boolean usable = true;
            // -1 keeps a trailing empty group ("son &"), which is reported, not read as "son" alone
            for (String group : text.get().split("&", -1)) {
                SubCaseMarker.Read read = SubCaseMarker.read("[when: " + group + "]", sets);
                for (String unknown : read.unknownSets()) {
                    problems.add(new LineProblem(line, unknownSetProblem(unknown, sets)));
                    usable = false;
                }
                if (read.cues().isEmpty()) {
                    if (read.unknownSets().isEmpty()) {
                        problems.add(new LineProblem(line, "a group of the condition '" + text.get().strip()
                                + "' names no cue"));
                    }
                    usable = false;
                } else {
                    groups.add(read.cues());
                }
            }
            if (usable) {
                out.add(new AskerCues.Condition(groups));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The named lists of sub-case cues that several "What to do" markers share ({@code cues: {name: [cue, …]}}),
     * their cues lower-cased as markers' are.
     */
    private static Map<String, List<String>> cueSets(FrontMatter.Entry entry, List<LineProblem> problems) {
        if (entry == null) {
            return Map.of();
        }
        Optional<List<FrontMatter.Entry>> sets = FrontMatter.mapping(entry.value());
        if (sets.isEmpty()) {
            problems.add(new LineProblem(entry.line(),
                    "'cues' must name lists of cues, e.g. 'cues: {managers: [as a manager, my staff]}'"));
            return Map.of();
        }
        var out = new LinkedHashMap<String, List<String>>();
        for (FrontMatter.Entry set : sets.get()) {
            if (!ID.matcher(set.key()).matches()) {
                problems.add(new LineProblem(set.line(),
                        "cue set '" + set.key() + "' may only use lower-case letters, digits and '-'"));
                continue;
            }
            List<String> cues = phrases(set, "cue", false, problems).stream()
                    .map(c -> c.toLowerCase(Locale.ROOT)).distinct().toList();
            if (cues.isEmpty()) {
                problems.add(new LineProblem(set.line(), "cue set '" + set.key() + "' names no cue"));
            } else if (out.putIfAbsent(set.key(), cues) != null) {
                problems.add(new LineProblem(set.line(), "cue set '" + set.key() + "' is defined twice"));
            }
        }
        // file order, not Map.copyOf's: the shared file's sets are listed and checked in the order they are written
        return Collections.unmodifiableMap(out);
    }

    /**
     * The card's own cue sets with the shared ones of {@code knowledge/cues.yaml}; a card's set named as a shared one
     * is a problem, as a card's source keyed as a shared one is.
     */
    private Map<String, List<String>> withSharedCues(Map<String, List<String>> own, FrontMatter.Entry entry,
                                                     List<LineProblem> problems) {
        if (sharedCues.sets().isEmpty() && sharedCues.broken().isEmpty()) {
            return own;
        }
        var out = new LinkedHashMap<>(sharedCues.sets());
        for (FrontMatter.Entry set : entry == null ? List.<FrontMatter.Entry>of()
                : FrontMatter.mapping(entry.value()).orElse(List.of())) {
            if (sharedCues.sets().containsKey(set.key()) || sharedCues.broken().contains(set.key())) {
                problems.add(new LineProblem(set.line(), "cue set '" + set.key() + "' is defined in " + SHARED_CUES
                        + ": name it as {" + set.key() + "} without defining it here, or give this card's set "
                        + "another name"));
            }
        }
        own.forEach(out::putIfAbsent);
        return Collections.unmodifiableMap(out);
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

    private static String requiredScalar(FrontMatter.Entry entry, String key, List<LineProblem> problems) {
        if (entry == null) {
            problems.add(new LineProblem(1, "missing required key '" + key + "'"));
            return null;
        }
        Optional<String> scalar = FrontMatter.scalar(entry.value());
        if (scalar.isEmpty()) {
            problems.add(new LineProblem(entry.line(), "'" + key + "' must be a single value, not a list or map"));
            return null;
        }
        if (scalar.get().isBlank()) {
            problems.add(new LineProblem(entry.line(), "'" + key + "' is empty"));
            return null;
        }
        return scalar.get().strip();
    }

    /**
     * The sources by key, in front-matter order (a source without a key is keyed by its position, except in the
     * shared sources file, where {@code keyed} asks every source for its key).
     */
    private Map<String, SourceRef> sources(FrontMatter.Entry entry, boolean keyed, List<LineProblem> problems) {
        if (entry == null) {
            problems.add(new LineProblem(1, "missing required key 'sources'"));
            return Map.of();
        }
        List<Node> items = FrontMatter.sequence(entry.value()).orElse(List.of());
        if (items.isEmpty()) {
            problems.add(new LineProblem(entry.line(), "'sources' needs at least one '- doi: …' or '- url: …' entry"));
            return Map.of();
        }
        var sources = new LinkedHashMap<String, SourceRef>();
        var keyLines = new LinkedHashMap<String, Integer>();
        for (Node item : items) {
            source(item, keyed, problems).ifPresent(read -> {
                if (keyed && read.key() == null) {
                    problems.add(new LineProblem(FrontMatter.line(item),
                            "a shared source needs a 'key:', the name cards cite it by"));
                    return;
                }
                String key = read.key() != null ? read.key() : String.valueOf(sources.size() + 1);
                Integer first = keyLines.putIfAbsent(key, FrontMatter.line(item));
                if (first != null) {
                    problems.add(new LineProblem(FrontMatter.line(item),
                            "source key '" + key + "' is used twice (first at line " + first + ")"));
                } else {
                    sources.put(key, read.source());
                }
            });
        }
        return sources;
    }

    private record KeyedSource(String key, SourceRef source) {
    }

    private Optional<KeyedSource> source(Node item, boolean inSharedFile, List<LineProblem> problems) {
        int line = FrontMatter.line(item);
        Optional<List<FrontMatter.Entry>> fields = FrontMatter.mapping(item);
        if (fields.isEmpty()) {
            problems.add(new LineProblem(line, "a source must start with 'doi:' or 'url:'"));
            return Optional.empty();
        }
        int before = problems.size();
        var values = new LinkedHashMap<String, FrontMatter.Entry>();
        for (FrontMatter.Entry field : fields.get()) {
            if (!SOURCE_KEYS.contains(field.key())) {
                problems.add(new LineProblem(field.line(), "unknown source key '" + field.key()
                        + "'; expected one of " + String.join(", ", SOURCE_KEYS)));
            } else if (field.key().equals("jurisdiction") && FrontMatter.sequence(field.value()).isPresent()) {
                values.put(field.key(), field); // a list of codes, as tags are written: read below
            } else if (FrontMatter.scalar(field.value()).isEmpty()) {
                problems.add(new LineProblem(field.line(), "source '" + field.key() + "' must be a single value"));
            } else {
                values.put(field.key(), field);
            }
        }
        String key = fieldValue(values, "key");
        String doi = fieldValue(values, "doi");
        String url = fieldValue(values, "url");
        String title = fieldValue(values, "title");
        String citation = fieldValue(values, "citation");
        if (key != null) {
            key = key.toLowerCase(Locale.ROOT);
            if (!ID.matcher(key).matches() || key.equals(CitationMarkers.OWN_WORDS)) {
                problems.add(new LineProblem(values.get("key").line(), "source key '" + key
                        + "' may only use lower-case letters, digits and '-', and 'postwise' is reserved"));
            }
        }
        if (doi == null && url == null) {
            if (inSharedFile || key == null) {
                problems.add(new LineProblem(line, inSharedFile ? "a shared source needs 'doi:' or 'url:'"
                        : "a source needs 'doi:' or 'url:'"));
                return Optional.empty();
            }
            return problems.size() > before ? Optional.empty() : sharedSource(key, values, line, problems);
        }
        if (key != null && shared.sources().containsKey(key)) {
            problems.add(new LineProblem(values.get("key").line(), "source key '" + key + "' is a shared source of "
                    + SHARED_SOURCES + ": cite it as '- key: " + key
                    + "' alone, or give this source a key of its own"));
            return Optional.empty();
        }
        if (doi != null) {
            doi = DOI_PREFIX.matcher(doi).replaceFirst("").replaceFirst("\\.$", "");
            if (!DOI.matcher(doi).matches()) {
                problems.add(new LineProblem(values.get("doi").line(),
                        "'" + doi + "' is not a DOI; expected the form 10.1234/abc"));
            }
        }
        if (url != null && !URL.matcher(url).matches()) {
            problems.add(new LineProblem(values.get("url").line(),
                    "'" + url + "' is not a web address; expected http:// or https://"));
        }
        Set<String> jurisdictions = jurisdictions(values.get("jurisdiction"), problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        SourceRef seed = doi == null ? null : seedsByDoi.get(doi.toLowerCase(Locale.ROOT));
        if (seed != null) {
            return Optional.of(new KeyedSource(key, new SourceRef(title != null ? title : seed.title(),
                    citation != null ? citation : seed.citation(), seed.doi(), url, jurisdictions)));
        }
        if (title == null || citation == null) {
            problems.add(new LineProblem(line, "unknown source '" + (doi != null ? doi : url)
                    + "' (not a loaded seed paper): give title and citation"));
            return Optional.empty();
        }
        return Optional.of(new KeyedSource(key, new SourceRef(title, citation, doi, url, jurisdictions)));
    }

    /** A source written as its key alone ({@code - key: ana}): the shared source of that key. */
    private Optional<KeyedSource> sharedSource(String key, Map<String, FrontMatter.Entry> values, int line,
                                               List<LineProblem> problems) {
        SourceRef source = shared.sources().get(key);
        if (source == null) {
            String why = !shared.readable()
                    ? SHARED_SOURCES + ", which would give it, could not be read (see its problem)"
                    : shared.broken().contains(key)
                    ? "its entry in " + SHARED_SOURCES + " has a problem (see that file)"
                    : SHARED_SOURCES + " has no source with that key";
            problems.add(new LineProblem(line, "source '" + key + "' has no 'doi:' or 'url:', and " + why));
            return Optional.empty();
        }
        if (values.size() > 1) {
            problems.add(new LineProblem(line, "shared source '" + key + "' is cited by its key alone; change its "
                    + String.join(", ", values.keySet().stream().filter(k -> !k.equals("key")).toList())
                    + " in " + SHARED_SOURCES));
            return Optional.empty();
        }
        return Optional.of(new KeyedSource(key, source));
    }

    /**
     * A source's {@code jurisdiction:}: the countries whose law or regulator it is, as ISO 3166 two-letter codes
     * separated by commas or in a list ({@code US}, {@code GB, IE}, {@code [GB, IE]}); none when the field is absent.
     */
    private static Set<String> jurisdictions(FrontMatter.Entry field, List<LineProblem> problems) {
        if (field == null) {
            return Set.of();
        }
        List<String> written = FrontMatter.sequence(field.value())
                .map(items -> items.stream().map(item -> FrontMatter.scalar(item).orElse("")).toList())
                .orElseGet(() -> List.of(FrontMatter.scalar(field.value()).orElse("").split(",")));
        var codes = new LinkedHashSet<String>();
        for (String code : written) {
            String c = code.strip().toUpperCase(Locale.ROOT);
            if (!SourceRef.isCountry(c)) {
                problems.add(new LineProblem(field.line(), "jurisdiction '" + code.strip()
                        + "' is not a country code; expected ISO 3166 two-letter codes separated by commas,"
                        + " such as US or GB, IE"));
                return Set.of();
            }
            codes.add(c);
        }
        return codes;
    }

    private static String fieldValue(Map<String, FrontMatter.Entry> values, String key) {
        FrontMatter.Entry field = values.get(key);
        if (field == null) {
            return null;
        }
        String value = FrontMatter.scalar(field.value()).orElse("").strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * A list of short texts ({@code tags}, {@code questions}); {@code commaList} reads "a, b" as two items, the
     * way tags were meant.
     */
    private static List<String> phrases(FrontMatter.Entry entry, String what, boolean commaList,
                                        List<LineProblem> problems) {
        if (entry == null) {
            return List.of();
        }
        List<String> raw = new ArrayList<>();
        Optional<List<Node>> items = FrontMatter.sequence(entry.value());
        if (items.isPresent()) {
            for (Node item : items.get()) {
                Optional<String> text = FrontMatter.scalar(item);
                if (text.isEmpty()) {
                    problems.add(new LineProblem(FrontMatter.line(item),
                            "a " + what + " is a word, phrase or sentence, not 'key: value' or a list"));
                } else {
                    raw.add(text.get());
                }
            }
        } else {
            Optional<String> scalar = FrontMatter.scalar(entry.value());
            if (scalar.isEmpty()) {
                problems.add(new LineProblem(entry.line(), "'" + entry.key() + "' must be a list"));
            } else if (commaList) {
                raw.addAll(List.of(scalar.get().split(",")));
            } else if (!scalar.get().isBlank()) {
                raw.add(scalar.get());
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String text : raw) {
            String t = text.strip().replaceAll("\\s+", " ");
            if (!t.isEmpty()) {
                out.add(commaList ? t.toLowerCase(Locale.ROOT) : t);
            }
        }
        return List.copyOf(out);
    }

    /** One sentence of a section, with what it cites. */
    private record Sentence(String text, List<SourceRef> sources) {
    }

    private Body body(List<MarkdownBody.Block> blocks, Header header, List<LineProblem> problems) {
        Map<String, List<Sentence>> sections = new LinkedHashMap<>();
        List<Guidance> guidance = new ArrayList<>();
        List<MarkedSentence> marked = new ArrayList<>();
        String section = SUMMARY;
        for (MarkdownBody.Block block : blocks) {
            if (block instanceof MarkdownBody.Heading heading) {
                if (heading.level() == 2) {
                    section = CitationMarkers.strip(heading.text()).replaceFirst("[:.]$", "").strip();
                }
                // a level-1 heading repeats the card's title, which the front matter already names
                continue;
            }
            boolean item = block instanceof MarkdownBody.Item;
            boolean whatToDo = section.equalsIgnoreCase(WHAT_TO_DO);
            SubCaseMarker.Read read = SubCaseMarker.read(block.text(), header.cueSets());
            unknownSets(read, header, block.line(), problems);
            if (read.marked() && whatToDo && !item) {
                problems.add(new LineProblem(block.line(), "a [when: …] or [unless: …] marker belongs at the end of a "
                        + "'## What to do' bullet or of a sentence of the card's prose"));
            } else if (read.emptyMarker()) {
                problems.add(new LineProblem(block.line(),
                        "a [when: …] or [unless: …] marker needs at least one cue, "
                                + "e.g. [when: manager; my staff]"));
            }
            String blockText = read.text();
            List<CitationMarkers.Cited> cited = item
                    ? List.of(CitationMarkers.bullet(MarkdownBody.asSentence(blockText)))
                    : CitationMarkers.sentences(blockText, splitter);
            if (read.marked() && !whatToDo) {
                marked.addAll(markedSentences(block, read, cited, header, problems));
            }
            List<Sentence> sentences = sections.computeIfAbsent(section, s -> new ArrayList<>());
            for (CitationMarkers.Cited c : cited) {
                List<SourceRef> sources = resolve(c, header, block.line(), problems);
                if (c.text().isEmpty()) {
                    continue;
                }
                sentences.add(new Sentence(c.text(), sources));
                if (whatToDo) {
                    guidance.add(new Guidance(item ? CitationMarkers.strip(blockText) : c.text(), sources,
                            read.cues(), read.unless()));
                }
            }
        }
        sections.values().removeIf(List::isEmpty);
        return new Body(sections, guidance, marked);
    }

    private void unknownSets(SubCaseMarker.Read read, Header header, int line, List<LineProblem> problems) {
        read.unknownSets().forEach(name -> problems.add(new LineProblem(line,
                unknownSetProblem(name, header.cueSets()))));
    }

    /**
     * The problem with a {@code {name}} cue that neither the card's cue {@code sets} nor {@code knowledge/cues.yaml}
     * defines (or whose shared set is broken, or whose shared file could not be read), or with a cue holding a stray
     * brace; with the names of the sets the card itself defines, the shared ones left out.
     */
    private String unknownSetProblem(String name, Map<String, List<String>> sets) {
        var own = new TreeSet<>(sets.keySet());
        own.removeAll(sharedCues.sets().keySet());
        String defined = own.isEmpty() ? "" : "; its sets are " + String.join(", ", own);
        if (name.indexOf('{') >= 0 || name.indexOf('}') >= 0) {
            return "cue '" + name + "' is neither a cue nor one cue set's name in braces, e.g. {managers}" + defined;
        }
        if (sharedCues.broken().contains(name)) {
            return "cue set '{" + name + "}' of " + SHARED_CUES + " has a problem (see that file)";
        }
        return "cue set '{" + name + "}' is not defined under 'cues:' in the front matter"
                + (sharedCues.readable() ? " or in " + SHARED_CUES
                : " and " + SHARED_CUES + ", which could define it, could not be read (see its problem)") + defined;
    }

    /**
     * The prose sentences a block's markers end: a bullet's markers ({@code read}) are for the bullet; a paragraph's
     * run of markers is for the sentence just before it, found among the paragraph's sentences by its text. A marker
     * left without cues (empty, or naming only an undefined cue set) is already a problem and marks nothing.
     */
    private List<MarkedSentence> markedSentences(MarkdownBody.Block block, SubCaseMarker.Read read,
                                                 List<CitationMarkers.Cited> cited, Header header,
                                                 List<LineProblem> problems) {
        var out = new ArrayList<MarkedSentence>();
        if (block instanceof MarkdownBody.Item) {
            cited.stream().filter(c -> !c.text().isEmpty()).findFirst()
                    .ifPresent(c -> addMarked(out, c.text(), read));
            return out;
        }
        int next = 0;
        for (SubCaseMarker.Segment segment : SubCaseMarker.segments(block.text(), header.cueSets())) {
            List<CitationMarkers.Cited> before = CitationMarkers.sentences(segment.before(), splitter);
            String sentence = before.isEmpty() ? "" : before.get(before.size() - 1).text();
            int at = -1;
            for (int i = next; i < cited.size() && !sentence.isEmpty(); i++) {
                if (cited.get(i).text().equals(sentence)) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                problems.add(new LineProblem(block.line(), "a [when: …] or [unless: …] marker in a paragraph goes "
                        + "right after the sentence it is for (after its [@source] and full stop)"));
                continue;
            }
            addMarked(out, sentence, segment.read());
            next = at + 1;
        }
        return out;
    }

    private static void addMarked(List<MarkedSentence> out, String sentence, SubCaseMarker.Read read) {
        if (!read.cues().isEmpty() || !read.unless().isEmpty()) {
            out.add(new MarkedSentence(sentence, read.cues(), read.unless()));
        }
    }

    /** The sources a run's keys name, or {@link SourceRef#OWN_ADVICE} for the card's own words. */
    private static List<SourceRef> resolve(CitationMarkers.Cited cited, Header header, int line,
                                           List<LineProblem> problems) {
        if (cited.ownWords()) {
            return List.of(SourceRef.OWN_ADVICE);
        }
        var sources = new ArrayList<SourceRef>();
        for (String key : cited.keys()) {
            SourceRef source = header.sources().get(key);
            if (source == null) {
                problems.add(new LineProblem(line, "citation [@" + key + "] names no source of this card; its keys are "
                        + String.join(", ", header.sources().keySet())));
            } else {
                sources.add(source);
            }
        }
        return sources.isEmpty() ? List.of(SourceRef.OWN_ADVICE) : sources;
    }

    private List<Passage> passages(Header header, DocumentKind kind, Map<String, List<Sentence>> sections) {
        List<Passage> passages = new ArrayList<>();
        sections.forEach((section, sentences) -> {
            // consecutive sentences with the same sources are packed together; a passage never mixes sources
            int from = 0;
            while (from < sentences.size()) {
                List<SourceRef> sources = sentences.get(from).sources();
                int to = from;
                while (to < sentences.size() && sentences.get(to).sources().equals(sources)) {
                    to++;
                }
                List<String> run = sentences.subList(from, to).stream().map(Sentence::text).toList();
                for (String chunk : chunker.pack(run)) {
                    passages.add(new Passage(header.id() + "#" + (passages.size() + 1), header.id(), header.title(),
                            kind, sources, section, chunk));
                }
                from = to;
            }
        });
        return passages;
    }

    /** The checked front matter. */
    private record Header(String id, String title, String topic, Map<String, SourceRef> sources, List<String> tags,
                          List<String> questions, Map<String, List<String>> cueSets, AskerCues askers) {
    }

    /** The card's sentences by section, and its "What to do" actions. */
    private record Body(Map<String, List<Sentence>> sections, List<Guidance> guidance,
                        List<MarkedSentence> marked) {
    }
}
