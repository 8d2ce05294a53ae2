package org.postwise.knowledge;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.postwise.config.KnowledgeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the knowledge base from the file system: the seed papers in {@code seeds/} first (so cards can
 * cite them by DOI alone), then every file under {@code knowledge/}, recursively and in path order so
 * that ids and problems come out the same on every run.
 *
 * <p>{@code knowledge/sources.yaml}, when there is one, is read next: the sources that several cards cite, which a
 * card names by key alone ({@link CardParser#readSharedSources}). Its problems are reported like a card's; a
 * knowledge base without it simply has no shared sources. {@code knowledge/cues.yaml} likewise holds the cue sets
 * that several cards name ({@link CardParser#readSharedCues}).
 *
 * <p>In {@code knowledge/}, a {@code .md} file whose first line is {@code ---} is a guideline card
 * ({@link DocumentKind#TIP} under {@code tips/}, {@link DocumentKind#SCOPE} under {@code scope/},
 * {@link DocumentKind#ABOUT} under {@code about/}), any other {@code .md}, {@code .txt}, {@code .html},
 * {@code .htm} or {@code .pdf} is a policy file. Hidden files and README.md files are skipped. Each bad
 * file (unsupported type, over 5 MB, not UTF-8, malformed, duplicate id) becomes one or more
 * {@link KnowledgeProblem}s and the others still load; a missing directory is a problem too. Only
 * programmer errors throw.
 */
public final class FileKnowledgeLoader implements KnowledgeLoader {

    private static final Logger log = LoggerFactory.getLogger(FileKnowledgeLoader.class);

    /** Larger files are almost certainly not hand-written knowledge and would slow every start. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private static final String TIPS_DIRECTORY = "tips";
    private static final String SCOPE_DIRECTORY = "scope";
    private static final String ABOUT_DIRECTORY = "about";

    private final KnowledgeConfig config;
    private final PassageChunker chunker;
    private final SeedPageCleaner seedCleaner;
    private final PolicyDocumentReader policyReader;

    public FileKnowledgeLoader(KnowledgeConfig config, PassageChunker chunker) {
        this.config = Objects.requireNonNull(config, "config");
        this.chunker = Objects.requireNonNull(chunker, "chunker");
        this.seedCleaner = new SeedPageCleaner(chunker);
        this.policyReader = new PolicyDocumentReader(chunker, config.institutionName());
    }

    @Override
    public KnowledgeBase load() {
        Load load = new Load();
        for (Path file : files(config.seeds(), load)) {
            load.add(file, readSafely(file, () -> readSeed(file)));
        }
        List<SourceRef> seedSources = load.documents.stream()
                .filter(d -> d.kind() == DocumentKind.SEED)
                .map(KnowledgeDocument::primarySource)
                .toList();
        Path sharedFile = config.knowledge().resolve(CardParser.SHARED_SOURCES_FILE);
        CardParser reader = new CardParser(chunker, seedSources);
        CardParser.SharedSources shared = readShared(sharedFile, CardParser.SharedSources.NONE,
                reader::readSharedSources, CardParser.SharedSources::unreadable);
        load.problems.addAll(shared.problems());
        Path cuesFile = config.knowledge().resolve(CardParser.SHARED_CUES_FILE);
        CardParser.SharedCues sharedCues = readShared(cuesFile, CardParser.SharedCues.NONE,
                reader::readSharedCues, CardParser.SharedCues::unreadable);
        load.problems.addAll(sharedCues.problems());
        CardParser cardParser = new CardParser(chunker, seedSources, shared, sharedCues);
        for (Path file : files(config.knowledge(), load)) {
            if (file.equals(sharedFile) || file.equals(cuesFile)) {
                continue;
            }
            FileRead read = readSafely(file, () -> readKnowledge(file, cardParser));
            load.add(file, read);
        }
        KnowledgeBase base = new KnowledgeBase(load.documents, load.problems);
        log.info("Loaded {} knowledge documents ({} passages) from {}; {} problems", base.documents().size(),
                base.passages().size(), config.home(), base.problems().size());
        base.problems().forEach(p -> log.debug("Knowledge problem: {}", p));
        return base;
    }

    /**
     * The regular files under {@code directory} in path order, without hidden files and READMEs. Symbolic links are
     * followed: deployments often mount the folders as links (a Kubernetes ConfigMap, a shared checkout), and
     * without following them a linked {@code seeds/} read as empty, losing every paper and the cards citing them.
     * A link that loops back, or a folder that cannot be read, is a problem of its own; the rest is still read.
     */
    private static List<Path> files(Path directory, Load load) {
        if (!Files.isDirectory(directory)) {
            load.problems.add(new KnowledgeProblem(directory, 0, "directory not found"));
            return List.of();
        }
        var files = new ArrayList<Path>();
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return isHidden(directory.relativize(dir))
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !isHidden(directory.relativize(file))
                                    && !file.getFileName().toString().equalsIgnoreCase("README.md")) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            load.problems.add(new KnowledgeProblem(file, 0, e instanceof FileSystemLoopException
                                    ? "symbolic link loops back to a folder above it; left out"
                                    : "cannot read: " + e.getMessage()));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            load.problems.add(new KnowledgeProblem(directory, 0, "cannot list directory: " + e.getMessage()));
            return List.of();
        }
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A shared file ({@code sources.yaml}, {@code cues.yaml}) read by {@code read}, or {@code none} when there is no
     * such file. A file that cannot be read is its problem ({@code unreadable}), not an exception, as for any other
     * knowledge file: each card naming one of its keys then fails with that reason.
     */
    private static <T> T readShared(Path file, T none, BiFunction<Path, List<String>, T> read,
                                    Function<KnowledgeProblem, T> unreadable) {
        if (!Files.exists(file)) {
            return none;
        }
        try {
            return read.apply(file, StrictUtf8.lines(text(file)));
        } catch (KnowledgeFormatException e) {
            return unreadable.apply(e.toProblem(file));
        } catch (IOException e) {
            return unreadable.apply(new KnowledgeProblem(file, 0, "cannot read file: " + e));
        } catch (RuntimeException e) {
            // a parser bug must not take the whole knowledge base down, as for any other file
            log.warn("Unexpected failure reading {}", file, e);
            return unreadable.apply(new KnowledgeProblem(file, 0, "could not be read ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        }
    }

    private FileRead readSeed(Path file) throws KnowledgeFormatException, IOException {
        String extension = PolicyDocumentReader.extension(file.getFileName().toString());
        return switch (extension) {
            case "txt" -> new FileRead(seedCleaner.clean(file, StrictUtf8.lines(text(file))), 0);
            case "html", "htm" -> new FileRead(
                    seedCleaner.clean(file, StrictUtf8.lines(HtmlText.keepingPageFurniture(text(file)).text())), 0);
            default -> throw new KnowledgeFormatException(0, "unsupported seed file type, expected .txt or .html");
        };
    }

    private FileRead readKnowledge(Path file, CardParser cardParser) throws KnowledgeFormatException, IOException {
        String fileName = file.getFileName().toString();
        if (!PolicyDocumentReader.supports(fileName)) {
            throw new KnowledgeFormatException(0, "unsupported file type, expected .md, .txt, .html or .pdf");
        }
        byte[] content = content(file);
        if (PolicyDocumentReader.extension(fileName).equals("md")) {
            List<String> lines = StrictUtf8.lines(StrictUtf8.decode(content));
            if (FrontMatter.startsFrontMatter(lines)) {
                DocumentKind kind = switch (subdirectory(file)) {
                    case TIPS_DIRECTORY -> DocumentKind.TIP;
                    case SCOPE_DIRECTORY -> DocumentKind.SCOPE;
                    case ABOUT_DIRECTORY -> DocumentKind.ABOUT;
                    default -> DocumentKind.CARD;
                };
                return new FileRead(cardParser.parse(file, lines, kind), CardParser.idLine(lines));
            }
        }
        return new FileRead(policyReader.read(file, content), 0);
    }

    /** The first folder under {@code knowledge/} that holds {@code file}, or {@code ""}. */
    private String subdirectory(Path file) {
        Path relative = config.knowledge().relativize(file);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    }

    private static String text(Path file) throws KnowledgeFormatException, IOException {
        return StrictUtf8.decode(content(file));
    }

    private static byte[] content(Path file) throws KnowledgeFormatException, IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new KnowledgeFormatException(0, String.format(Locale.ROOT,
                    "file is %.1f MB, more than the 5 MB limit; split it or leave it out", size / 1024.0 / 1024.0));
        }
        return Files.readAllBytes(file);
    }

    /** Runs one file's read so that nothing about that file can stop the others. */
    private static FileRead readSafely(Path file, FileReading reading) {
        try {
            return reading.read();
        } catch (KnowledgeFormatException e) {
            return new FileRead(ReadOutcome.failed(e.toProblem(file)), 0);
        } catch (IOException e) {
            return new FileRead(ReadOutcome.failed(new KnowledgeProblem(file, 0, "cannot read file: " + e)), 0);
        } catch (RuntimeException e) {
            // a parser bug must not take the whole knowledge base down; the stack trace is for developers
            log.warn("Unexpected failure reading {}", file, e);
            return new FileRead(ReadOutcome.failed(
                    new KnowledgeProblem(file, 0, "could not be read (" + e.getClass().getSimpleName() + ": "
                            + e.getMessage() + ")")), 0);
        }
    }

    /** A file's read, and the line its id was given on (0 when it has no id line), for duplicate ids. */
    private record FileRead(ReadOutcome outcome, int idLine) {
    }

    @FunctionalInterface
    private interface FileReading {
        FileRead read() throws KnowledgeFormatException, IOException;
    }

    /** What has been loaded so far; refuses a second document with an id already used. */
    private static final class Load {
        private final List<KnowledgeDocument> documents = new ArrayList<>();
        private final List<KnowledgeProblem> problems = new ArrayList<>();
        private final Map<String, Path> pathsById = new HashMap<>();

        void add(Path file, FileRead read) {
            problems.addAll(read.outcome().problems());
            read.outcome().document().ifPresent(document -> {
                Path first = pathsById.putIfAbsent(document.id(), file);
                if (first != null) {
                    problems.add(new KnowledgeProblem(file, read.idLine(),
                            "duplicate id '" + document.id() + "', already used by " + first));
                } else {
                    documents.add(document);
                    log.debug("Loaded {} {} from {}", document.kind(), document.id(), file);
                }
            });
        }
    }
}
