package org.postwise;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.postwise.admin.AuditLog;
import org.postwise.admin.IndexReloader;
import org.postwise.admin.JdbcAuditLog;
import org.postwise.admin.JdbcUsageLog;
import org.postwise.admin.KnowledgeBuild;
import org.postwise.admin.KnowledgeReloader;
import org.postwise.admin.KnowledgeWatcher;
import org.postwise.answer.AnswerService;
import org.postwise.answer.GroundedAnswerService;
import org.postwise.answer.StopWordLanguageCheck;
import org.postwise.answer.LiveTemplates;
import org.postwise.answer.TemplateKind;
import org.postwise.answer.safety.CompositeQuestionGuard;
import org.postwise.answer.safety.PatientIdentifierGuard;
import org.postwise.answer.safety.PromptInjectionGuard;
import org.postwise.chat.AccessPolicy;
import org.postwise.chat.AdminCommands;
import org.postwise.chat.ChatCommands;
import org.postwise.chat.discord.DiscordBot;
import org.postwise.config.DiscordConfig;
import org.postwise.config.PostwiseConfig;
import org.postwise.config.TipsConfig;
import org.postwise.feedback.FeedbackStore;
import org.postwise.feedback.FeedbackStoreException;
import org.postwise.feedback.JdbcFeedbackStore;
import org.postwise.knowledge.FileKnowledgeLoader;
import org.postwise.knowledge.PassageChunker;
import org.postwise.retrieval.CachingQueryEmbedder;
import org.postwise.retrieval.FilePassageEmbeddingStore;
import org.postwise.retrieval.HybridPassageRetriever;
import org.postwise.retrieval.InMemoryPassageEmbeddingStore;
import org.postwise.retrieval.KnownWords;
import org.postwise.retrieval.LiveIndex;
import org.postwise.retrieval.PassageEmbeddingStore;
import org.postwise.retrieval.PassageIndexBuilder;
import org.postwise.retrieval.SignalCoverageJudge;
import org.postwise.storage.Database;
import org.postwise.storage.StorageException;
import org.postwise.tips.ConsoleTipPublisher;
import org.postwise.tips.JdbcTipLedger;
import org.postwise.tips.TipCatalog;
import org.postwise.tips.TipCommands;
import org.postwise.tips.TipPublisher;
import org.postwise.tips.TipRenderer;
import org.postwise.tips.WeeklyTips;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: reads the configuration's files, builds every component with plain constructor
 * injection, and hands out the few objects transports need.
 */
public final class Postwise {

    private static final Logger log = LoggerFactory.getLogger(Postwise.class);
    /** Identifies the embedding model in stored embeddings; change it with the model. */
    public static final String MODEL_ID = "all-minilm-l6-v2";

    private final PostwiseConfig config;
    private final LiveIndex index;
    private final LiveTemplates templates;
    private final AnswerService answers;
    private final KnowledgeBuild knowledgeBuild;
    private final List<String> problems;
    private final Startup startup;
    private final Clock clock = Clock.systemUTC();
    private Database database;
    private ChatCommands commands;
    private KnowledgeReloader reloader;

    /** How start-up went, for the benchmark and the logs. */
    public record Startup(Duration took, int documents, int passages, int embedded, int reused) {
    }

    private Postwise(PostwiseConfig config, LiveIndex index, LiveTemplates templates, AnswerService answers,
                     KnowledgeBuild knowledgeBuild, List<String> problems, Startup startup) {
        this.config = config;
        this.index = index;
        this.templates = templates;
        this.answers = answers;
        this.knowledgeBuild = knowledgeBuild;
        this.problems = List.copyOf(problems);
        this.startup = startup;
    }

    /**
     * Loads templates and knowledge and builds the index. Bad knowledge files are reported in
     * {@link #problems()} and left out; bad templates, or no usable knowledge at all, stop start-up with a
     * {@link StartupException} that says what to fix.
     */
    public static Postwise start(PostwiseConfig config) {
        return start(config, new AllMiniLmL6V2EmbeddingModel());
    }

    /** As {@link #start(PostwiseConfig)}, with a given embedding model (tests share one across starts). */
    public static Postwise start(PostwiseConfig config, EmbeddingModel model) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(model, "model");
        long t0 = System.nanoTime();
        var k = config.knowledge();
        for (var dir : List.of(k.seeds(), k.knowledge(), k.prompts())) {
            if (!Files.isDirectory(dir)) {
                throw new StartupException("no directory " + dir + " (set POSTWISE_HOME or --home to the folder "
                        + "that holds seeds/, knowledge/ and prompts/)");
            }
        }
        PassageEmbeddingStore store = config.dataDir() == null ? new InMemoryPassageEmbeddingStore()
                : new FilePassageEmbeddingStore(config.dataDir().resolve("embeddings").resolve(MODEL_ID + ".bin"),
                        MODEL_ID, model.dimension());
        var knowledgeBuild = new KnowledgeBuild(new FileKnowledgeLoader(k, new PassageChunker()), k.prompts(),
                new PassageIndexBuilder(model, MODEL_ID, store, KnownWords.fromTokenizer(KnownWords.MINILM_TOKENIZER)));
        // at start-up a bad knowledge file is left out and reported; a reload would refuse to swap instead
        var prepared = knowledgeBuild.prepare(true);
        if (prepared.templates() == null) {
            throw new StartupException("the answer templates have problems:\n" + String.join("\n", prepared.problems()));
        }
        if (prepared.build() == null) {
            throw new StartupException("no usable knowledge in " + k.seeds() + " or " + k.knowledge());
        }
        // each transport shows these to its admins; the log keeps them for long-running processes
        prepared.problems().forEach(p -> log.info("knowledge file left out: {}", p));
        var build = prepared.build();
        var index = new LiveIndex(build.index());
        var templates = new LiveTemplates(prepared.templates());
        var guard = new CompositeQuestionGuard(List.of(new PatientIdentifierGuard(), new PromptInjectionGuard()));
        var retriever = new HybridPassageRetriever(index,
                new CachingQueryEmbedder(model, config.queryPrefix(), 10_000),
                new SignalCoverageJudge(config.retrieval()), config.retrieval());
        var answers = new GroundedAnswerService(guard, retriever, index, templates, config.answer(),
                new StopWordLanguageCheck(), answerIds());
        var startup = new Startup(Duration.ofNanos(System.nanoTime() - t0), prepared.knowledge().documents().size(),
                build.index().size(), build.embedded(), build.reused());
        log.info("index {} ready: {} documents, {} passages ({} embedded, {} reused) in {} ms",
                build.index().version(), startup.documents(), startup.passages(), startup.embedded(),
                startup.reused(), startup.took().toMillis());
        return new Postwise(config, index, templates, answers, knowledgeBuild, prepared.problems(), startup);
    }

    /** Short random answer ids: unique enough to find an answer in logs, and never derived from user text. */
    static Supplier<String> answerIds() {
        return () -> HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    public PostwiseConfig config() {
        return config;
    }

    public LiveIndex index() {
        return index;
    }

    public AnswerService answers() {
        return answers;
    }

    /** The chat commands, recording usage in the database (opened on first use). */
    public synchronized ChatCommands commands() {
        if (commands == null) {
            commands = new ChatCommands(answers, index,
                    new JdbcUsageLog(database(), clock, config.admin().questionRetention()));
        }
        return commands;
    }

    /** Knowledge files that were left out at start-up, each with its path and line. */
    public List<String> problems() {
        return problems;
    }

    public Startup startup() {
        return startup;
    }

    /** Reloads the knowledge base into this running instance, audited in the database. */
    public synchronized KnowledgeReloader reloader() {
        if (reloader == null) {
            reloader = new IndexReloader(knowledgeBuild, index, templates, new JdbcAuditLog(database()), clock);
        }
        return reloader;
    }

    /** A check-only reloader that needs no database: for the command line's {@code reload}. */
    public KnowledgeReloader checker() {
        return new IndexReloader(knowledgeBuild, index, templates, AuditLog.NONE, clock);
    }

    /**
     * Starts reloading on file changes when {@code POSTWISE_WATCH} is on (the caller closes it); empty
     * otherwise.
     */
    public Optional<KnowledgeWatcher> startWatching() {
        if (!config.admin().watch()) {
            return Optional.empty();
        }
        var scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "postwise-reload-debounce");
            t.setDaemon(true);
            return t;
        });
        var watcher = new KnowledgeWatcher(reloader(), scheduler, config.admin().watchDebounce());
        var k = config.knowledge();
        try {
            watcher.start(List.of(k.seeds(), k.knowledge(), k.prompts()));
        } catch (IOException e) {
            throw new StartupException("cannot watch the knowledge folders: " + e.getMessage());
        }
        log.info("watching {} for changes", k.home());
        return Optional.of(watcher);
    }

    /** The admin commands under {@code access}. */
    public AdminCommands admin(AccessPolicy access) {
        return new AdminCommands(reloader(), new JdbcAuditLog(database()),
                new JdbcUsageLog(database(), clock, config.admin().questionRetention()), access, clock);
    }

    /**
     * Postwise's database, opened on first use: answering questions needs none, so {@code ask} and
     * {@code batch} never touch it.
     */
    public synchronized Database database() {
        if (database == null) {
            try {
                database = Database.open(config.storage());
            } catch (StorageException e) {
                throw new StartupException(e.getMessage() + " (check POSTWISE_DB_URL or the data directory)");
            }
        }
        return database;
    }

    // ---- the weekly tip (issue 4) ---------------------------------------------------------------------------

    /**
     * The weekly tip on {@code tips}' schedule, posting through {@code publisher}, with its ledger and audit trail in
     * Postwise's database. Tips and {@code prompts/tip.md} are read from the live index and templates at every post,
     * so a reload applies to the next tip.
     */
    public WeeklyTips weeklyTips(TipsConfig tips,
                                                   TipPublisher publisher) {
        Objects.requireNonNull(tips, "tips");
        Objects.requireNonNull(publisher, "publisher");
        try {
            return new WeeklyTips(new TipCatalog(index),
                    new TipRenderer(
                            () -> templates.current().get(TemplateKind.TIP),
                            TipRenderer.DISCORD_CONTENT_LIMIT),
                    new JdbcTipLedger(database()), publisher, tips, instanceId(),
                    new JdbcAuditLog(database()));
        } catch (StorageException e) {
            throw new StartupException(e.getMessage() + " (check POSTWISE_DB_URL or the data directory)");
        }
    }

    /**
     * The weekly tip's commands for the console chat and the command line: the person at the console is trusted,
     * and posts go to the console, recorded in the ledger under the channel {@code console}.
     */
    public TipCommands consoleTips(TipsConfig tips, PrintStream out) {
        var weekly = weeklyTips(tips.withChannels(List.of(ConsoleTipPublisher.CHANNEL)),
                new ConsoleTipPublisher(out));
        return new TipCommands(weekly, AccessPolicy.LOCAL_ONLY, new JdbcAuditLog(database()), clock,
                id -> id);
    }

    /** Names this process in the tip ledger's {@code claimed_by}: host, process id and a random suffix. */
    static String instanceId() {
        String host = Objects.requireNonNullElse(System.getenv("HOSTNAME"), "host");
        String id = host + ":" + ProcessHandle.current().pid() + ":"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 4);
        return id.length() > 100 ? id.substring(id.length() - 100) : id;
    }

    /**
     * The Discord bot with the weekly tip on {@code tips}' schedule: posts go to the configured channels, and the
     * team's {@code /tip} actions are checked against the communications roles of {@code discord}.
     */
    public DiscordBot discordBot(DiscordConfig discord, TipsConfig tips) {
        Objects.requireNonNull(tips, "tips");
        var access = new AccessPolicy(discord.adminRoleIds(),
                discord.adminUserIds().stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet()),
                discord.commsRoleIds());
        FeedbackStore feedback;
        try {
            feedback = new JdbcFeedbackStore(database());
        } catch (FeedbackStoreException e) {
            throw new StartupException(e.getMessage());
        }
        var audit = new JdbcAuditLog(database());
        return DiscordBot.create(commands(), admin(access), discord, feedback,
                publisher -> new TipCommands(weeklyTips(tips, publisher), access, audit, clock,
                        id -> "channel " + id));
    }

    /** The Discord bot over these commands, not yet connected, with feedback in Postwise's database. */
    public DiscordBot discordBot(DiscordConfig discord) {
        FeedbackStore feedback;
        try {
            feedback = new JdbcFeedbackStore(database());
        } catch (FeedbackStoreException e) {
            throw new StartupException(e.getMessage());
        }
        var access = new AccessPolicy(discord.adminRoleIds(),
                discord.adminUserIds().stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet()),
                discord.commsRoleIds());
        return DiscordBot.create(commands(), admin(access), discord, feedback);
    }
}
