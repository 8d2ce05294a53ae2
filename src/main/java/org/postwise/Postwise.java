package org.postwise;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.postwise.access.AccessPolicy;
import org.postwise.admin.AdminCommands;
import org.postwise.admin.IndexReloader;
import org.postwise.admin.JdbcUsageLog;
import org.postwise.admin.KnowledgeBuild;
import org.postwise.admin.KnowledgeReloader;
import org.postwise.admin.KnowledgeWatcher;
import org.postwise.admin.UsageLog;
import org.postwise.admin.UsageRecordingAnswerService;
import org.postwise.answer.AnswerComposer;
import org.postwise.answer.AnswerService;
import org.postwise.answer.ExtractiveComposer;
import org.postwise.answer.GroundedAnswerService;
import org.postwise.answer.SourceCatalog;
import org.postwise.answer.StopWordLanguageCheck;
import org.postwise.answer.TemplateKind;
import org.postwise.answer.TemplateSet;
import org.postwise.answer.generation.CircuitBreakingLanguageModel;
import org.postwise.answer.generation.CondensingAnswerService;
import org.postwise.answer.generation.LanguageModel;
import org.postwise.answer.generation.LanguageModelComposer;
import org.postwise.answer.generation.StreamingLanguageModel;
import org.postwise.answer.safety.CompositeQuestionGuard;
import org.postwise.answer.safety.PatientIdentifierGuard;
import org.postwise.answer.safety.PromptInjectionGuard;
import org.postwise.audit.AuditLog;
import org.postwise.audit.JdbcAuditLog;
import org.postwise.chat.ChatCommands;
import org.postwise.chat.RateLimiter;
import org.postwise.chat.console.ConsoleChat;
import org.postwise.chat.discord.AnswerLayout;
import org.postwise.chat.discord.AskCommand;
import org.postwise.chat.discord.AuditCommand;
import org.postwise.chat.discord.ButtonHandler;
import org.postwise.chat.discord.ButtonListener;
import org.postwise.chat.discord.ConversationMemory;
import org.postwise.chat.discord.DeferredReplies;
import org.postwise.chat.discord.DiscordBot;
import org.postwise.chat.discord.DiscordClient;
import org.postwise.chat.discord.DiscordTipPublisher;
import org.postwise.chat.discord.DraftPace;
import org.postwise.chat.discord.ErrorReporter;
import org.postwise.chat.discord.HelpCommand;
import org.postwise.chat.discord.MessageListener;
import org.postwise.chat.discord.QuestionHandler;
import org.postwise.chat.discord.RecentAnswers;
import org.postwise.chat.discord.ReloadCommand;
import org.postwise.chat.discord.ReportingExecutor;
import org.postwise.chat.discord.SlashCommandListener;
import org.postwise.chat.discord.SourcesCommand;
import org.postwise.chat.discord.StatsCommand;
import org.postwise.chat.discord.TipCommand;
import org.postwise.config.DiscordConfig;
import org.postwise.config.ModelConfig;
import org.postwise.config.PostwiseConfig;
import org.postwise.config.StartupException;
import org.postwise.config.TipsConfig;
import org.postwise.feedback.FeedbackStoreException;
import org.postwise.feedback.JdbcFeedbackStore;
import org.postwise.knowledge.FileKnowledgeLoader;
import org.postwise.knowledge.PassageChunker;
import org.postwise.retrieval.CachingQueryEmbedder;
import org.postwise.retrieval.FilePassageEmbeddingStore;
import org.postwise.retrieval.HybridPassageRetriever;
import org.postwise.retrieval.KnownWords;
import org.postwise.retrieval.PassageIndex;
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
import org.postwise.tips.TipScheduler;
import org.postwise.tips.WeeklyTips;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the only place that builds Postwise's components, all with plain constructors.
 *
 * <p>{@link #start} reads the knowledge base and builds the answer pipeline, which needs no database, so
 * {@code ask}, {@code batch}, {@code eval} and the reload check never open one. Each long-running transport is
 * built whole by one method ({@link #consoleChat}, {@link #consoleTips}, {@link #discordBot}), which opens the
 * database and builds that transport's graph: its executors, handlers, listeners and the weekly tip's scheduler,
 * over one reloader, so the watcher and the admins' {@code /reload} never run two reloads at once.
 */
public final class Postwise {

    private static final Logger log = LoggerFactory.getLogger(Postwise.class);
    /** Identifies the embedding model in stored embeddings; change it with the model. */
    public static final String MODEL_ID = "all-minilm-l6-v2";

    /** Discord conversations (threads, direct-message channels) remembered, and questions kept of each. */
    private static final int CONVERSATIONS = 10_000;
    private static final int QUESTIONS_PER_CONVERSATION = 6;
    private static final Duration CONVERSATION_IDLE = Duration.ofHours(24);
    /** Answers remembered for the buttons under them. */
    private static final int RECENT_ANSWERS = 5_000;
    private static final Duration RECENT_ANSWERS_KEPT = Duration.ofHours(24);
    private static final int DISCORD_THREADS = 4;
    private static final Duration DISCORD_READY_TIMEOUT = Duration.ofSeconds(60);
    /** How long one tip post may take before it counts as failed and is retried under the same nonce. */
    private static final Duration TIP_POST_TIMEOUT = Duration.ofSeconds(30);
    /** Question embeddings kept in memory. */
    private static final int QUERY_EMBEDDINGS = 10_000;

    private final PostwiseConfig config;
    private final Clock clock;
    private final AtomicReference<PassageIndex> index;
    private final AtomicReference<TemplateSet> templates;
    private final KnowledgeBuild knowledgeBuild;
    private final AnswerService answers;
    private final SourceCatalog sources;
    private final List<String> problems;
    private final Startup startup;

    /** How start-up went, for the benchmark and the logs. */
    public record Startup(Duration took, int documents, int passages, int embedded, int reused) {
    }

    private Postwise(PostwiseConfig config, Clock clock, AtomicReference<PassageIndex> index,
                     AtomicReference<TemplateSet> templates, KnowledgeBuild knowledgeBuild, AnswerService answers,
                     List<String> problems, Startup startup) {
        this.config = config;
        this.clock = clock;
        this.index = index;
        this.templates = templates;
        this.knowledgeBuild = knowledgeBuild;
        this.answers = answers;
        this.sources = new SourceCatalog(index::get);
        this.problems = List.copyOf(problems);
        this.startup = startup;
    }

    /**
     * Loads templates and knowledge and builds the index. Bad knowledge files are reported in
     * {@link #problems()} and left out; bad templates, or no usable knowledge at all, stop start-up with a
     * {@link StartupException} that says what to fix.
     */
    public static Postwise start(PostwiseConfig config) {
        return start(config, new AllMiniLmL6V2EmbeddingModel(), Clock.systemUTC());
    }

    /** As {@link #start(PostwiseConfig)}, with a given embedding model (tests share one) and clock. */
    public static Postwise start(PostwiseConfig config, EmbeddingModel model, Clock clock) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(clock, "clock");
        long t0 = System.nanoTime();
        var k = config.knowledge();
        for (var dir : List.of(k.seeds(), k.knowledge(), k.prompts())) {
            if (!Files.isDirectory(dir)) {
                throw new StartupException("no directory " + dir + " (set POSTWISE_HOME or --home to the folder "
                        + "that holds seeds/, knowledge/ and prompts/)");
            }
        }
        var store = new FilePassageEmbeddingStore(config.dataDir().resolve("embeddings").resolve(MODEL_ID + ".bin"),
                MODEL_ID, model.dimension());
        var knowledgeBuild = new KnowledgeBuild(new FileKnowledgeLoader(k, new PassageChunker()), k.prompts(),
                new PassageIndexBuilder(model, MODEL_ID, store, KnownWords.fromTokenizer(KnownWords.MINILM_TOKENIZER)));
        // at start-up a bad knowledge file is left out and reported; a reload would refuse to swap instead
        var prepared = knowledgeBuild.prepare(true);
        if (prepared.templates() == null) {
            throw new StartupException("the answer templates have problems:\n"
                    + String.join("\n", prepared.problems()));
        }
        if (prepared.build() == null) {
            throw new StartupException("no usable knowledge in " + k.seeds() + " or " + k.knowledge());
        }
        // each transport shows these to its admins; the log keeps them for long-running processes
        prepared.problems().forEach(p -> log.info("knowledge file left out: {}", p));
        var build = prepared.build();
        var index = new AtomicReference<>(build.index());
        var templates = new AtomicReference<>(prepared.templates());
        var identifiers = new PatientIdentifierGuard();
        var guard = new CompositeQuestionGuard(List.of(identifiers, new PromptInjectionGuard()));
        var retriever = new HybridPassageRetriever(index::get,
                new CachingQueryEmbedder(model, config.queryPrefix(), QUERY_EMBEDDINGS),
                new SignalCoverageJudge(config.retrieval()), config.retrieval());
        var extractive = new ExtractiveComposer(config.answer());
        var language = new StopWordLanguageCheck();
        // with a language model: it writes the answers (checked by code) and condenses follow-ups
        Optional<LanguageModel> writer = config.model().map(m -> languageModel(m, clock));
        AnswerComposer composer = writer.<AnswerComposer>map(m -> new LanguageModelComposer(extractive, m,
                config.answer())).orElse(extractive);
        var grounded = new GroundedAnswerService(guard, retriever, index::get, templates::get, config.answer(),
                composer, language, identifiers, randomIds());
        AnswerService answers = writer.<AnswerService>map(m -> new CondensingAnswerService(grounded, m, guard,
                language, templates::get, config.answer())).orElse(grounded);
        var startup = new Startup(Duration.ofNanos(System.nanoTime() - t0), prepared.knowledge().documents().size(),
                build.index().size(), build.embedded(), build.reused());
        log.info("index {} ready: {} documents, {} passages ({} embedded, {} reused) in {} ms",
                build.index().version(), startup.documents(), startup.passages(), startup.embedded(),
                startup.reused(), startup.took().toMillis());
        return new Postwise(config, clock, index, templates, knowledgeBuild, answers, prepared.problems(), startup);
    }

    public PostwiseConfig config() {
        return config;
    }

    /**
     * The language model {@code config} names, held to its timeouts and retries and behind a circuit breaker on
     * {@code clock}. Its timer and HTTP threads are daemons: they never keep the process alive.
     */
    private static LanguageModel languageModel(ModelConfig config, Clock clock) {
        var timer = Executors.newSingleThreadScheduledExecutor(daemon("postwise-model-timer"));
        var http = Executors.newCachedThreadPool(daemon("postwise-model-http"));
        log.info("answers are written by language model {} ({} at {})", config.model(), config.provider(),
                config.baseUrl());
        return new CircuitBreakingLanguageModel(StreamingLanguageModel.connect(config, timer, http),
                config.breakerWait(), clock, System::nanoTime);
    }

    /** The index in service now. */
    public PassageIndex index() {
        return index.get();
    }

    /** Answers questions; records nothing, so it needs no database. */
    public AnswerService answers() {
        return answers;
    }

    /** Knowledge files that were left out at start-up, each with its path and line. */
    public List<String> problems() {
        return problems;
    }

    public Startup startup() {
        return startup;
    }

    /**
     * A reloader that records nothing in the audit trail, so it needs no database: for the command line's
     * {@code reload} check and the benchmark.
     */
    public KnowledgeReloader unauditedReloader() {
        return new IndexReloader(knowledgeBuild, index, templates, AuditLog.NONE, clock);
    }

    // ---- the console ----------------------------------------------------------------------------------------

    /**
     * The console chat, whose person is trusted as an admin and as the communications team: usage, audit trail
     * and tip ledger in the database, tips posted to the console. With {@code POSTWISE_WATCH} on, the knowledge
     * folders are watched from now on.
     */
    public ConsoleChat consoleChat(TipsConfig tips, BufferedReader in, PrintStream out) {
        Database db = openDatabase();
        var audit = new JdbcAuditLog(db);
        var usage = new JdbcUsageLog(db, clock, config.admin().questionRetention());
        var reloader = new IndexReloader(knowledgeBuild, index, templates, audit, clock);
        watch(reloader);
        var admin = new AdminCommands(reloader, audit, usage, AccessPolicy.LOCAL_ONLY, clock);
        return new ConsoleChat(chat(usage), admin, consoleTips(db, audit, tips, out), in, out);
    }

    /**
     * The weekly tip's commands for the command line: posts go to the console, recorded in the ledger under the
     * channel {@code console}.
     */
    public TipCommands consoleTips(TipsConfig tips, PrintStream out) {
        Database db = openDatabase();
        return consoleTips(db, new JdbcAuditLog(db), tips, out);
    }

    private TipCommands consoleTips(Database db, AuditLog audit, TipsConfig tips, PrintStream out) {
        var weekly = weeklyTips(db, audit, tips.withChannels(List.of(ConsoleTipPublisher.CHANNEL)),
                new ConsoleTipPublisher(out));
        return new TipCommands(weekly, AccessPolicy.LOCAL_ONLY, audit, clock, UnaryOperator.identity());
    }

    // ---- Discord --------------------------------------------------------------------------------------------

    /**
     * The Discord bot, not yet connected: every slash command, the message and button listeners over one work
     * pool, and the weekly tip on {@code tips}' schedule. Admins and the communications team are the ids and roles
     * of {@code discord}. With {@code POSTWISE_WATCH} on, the knowledge folders are watched from now on.
     */
    public DiscordBot discordBot(DiscordConfig discord, TipsConfig tips) {
        return discordBot(discord, tips, Executors.newSingleThreadScheduledExecutor(daemon("postwise-weekly-tip")));
    }

    /**
     * As {@link #discordBot(DiscordConfig, TipsConfig)}, with the weekly tip run on {@code tipTimer}, which the bot
     * shuts down when it closes: tests pass one they can wait on.
     */
    public DiscordBot discordBot(DiscordConfig discord, TipsConfig tips, ScheduledExecutorService tipTimer) {
        Objects.requireNonNull(discord, "discord");
        Objects.requireNonNull(tips, "tips");
        Objects.requireNonNull(tipTimer, "tipTimer");
        Database db = openDatabase();
        var audit = new JdbcAuditLog(db);
        var usage = new JdbcUsageLog(db, clock, config.admin().questionRetention());
        JdbcFeedbackStore feedback;
        try {
            feedback = new JdbcFeedbackStore(db);
        } catch (FeedbackStoreException e) {
            throw new StartupException(e.getMessage());
        }
        var access = new AccessPolicy(discord.adminRoleIds(),
                discord.adminUserIds().stream().map(String::valueOf).collect(Collectors.toSet()),
                discord.commsRoleIds());
        var reloader = new IndexReloader(knowledgeBuild, index, templates, audit, clock);
        watch(reloader);
        var admin = new AdminCommands(reloader, audit, usage, access, clock);
        var chat = chat(usage);

        var client = new DiscordClient();
        var weekly = weeklyTips(db, audit, tips, new DiscordTipPublisher(client, TIP_POST_TIMEOUT));
        var tipCommands = new TipCommands(weekly, access, audit, clock, id -> "channel " + id);
        ExecutorService pool = Executors.newFixedThreadPool(DISCORD_THREADS, daemon("postwise-discord"));

        Ticker ticker = Ticker.systemTicker();
        var layout = new AnswerLayout(chat::sourceLinks);
        var errors = new ErrorReporter(randomIds(), layout);
        var work = new ReportingExecutor(pool, errors);
        // with a language model, answers show as they are written: drafts edit the message about once a second
        Optional<DraftPace> drafts = config.model().map(m -> new DraftPace(layout, ticker, DraftPace.DEFAULT_INTERVAL));
        var replies = new DeferredReplies(work, errors, drafts);
        var recent = new RecentAnswers(RECENT_ANSWERS, RECENT_ANSWERS_KEPT, ticker);
        var questions = new QuestionHandler(chat, RateLimiter.perMinute(discord.questionsPerMinute(), ticker),
                new ConversationMemory(CONVERSATIONS, QUESTIONS_PER_CONVERSATION, CONVERSATION_IDLE, ticker),
                recent, layout, errors);
        var commands = new SlashCommandListener(List.of(
                new AskCommand(questions),
                new SourcesCommand(chat, layout),
                new HelpCommand(chat, layout),
                new TipCommand(tipCommands, layout),
                new ReloadCommand(admin, layout),
                new AuditCommand(admin, layout),
                new StatsCommand(admin, layout)), replies, errors);
        return new DiscordBot(discord, client, commands,
                new MessageListener(questions, work, errors, drafts),
                new ButtonListener(new ButtonHandler(feedback, recent, layout, errors, clock), replies, errors),
                new TipScheduler(weekly, tipTimer, clock),
                List.of(pool, tipTimer), DISCORD_READY_TIMEOUT);
    }

    // ---- shared parts ---------------------------------------------------------------------------------------

    /** The chat commands over the answer service, recording each question's outcome in {@code usage}. */
    private ChatCommands chat(UsageLog usage) {
        return new ChatCommands(new UsageRecordingAnswerService(answers, usage), sources);
    }

    /**
     * The weekly tip on {@code tips}' schedule, posting through {@code publisher}, with its ledger in the database.
     * Tips and {@code prompts/tip.md} are read from the index and templates in service at every post, so a reload
     * applies to the next tip.
     */
    private WeeklyTips weeklyTips(Database db, AuditLog audit, TipsConfig tips, TipPublisher publisher) {
        try {
            return new WeeklyTips(new TipCatalog(index::get),
                    new TipRenderer(() -> templates.get().get(TemplateKind.TIP), TipRenderer.DISCORD_CONTENT_LIMIT),
                    new JdbcTipLedger(db), publisher, tips, instanceId(config.host()), audit);
        } catch (StorageException e) {
            throw new StartupException(e.getMessage() + " (check POSTWISE_DB_URL or the data directory)");
        }
    }

    /**
     * Starts reloading on file changes when {@code POSTWISE_WATCH} is on. The watcher runs for the rest of the
     * process on daemon threads, so nothing needs to close it.
     */
    private void watch(KnowledgeReloader reloader) {
        if (!config.admin().watch()) {
            return;
        }
        var debounce = Executors.newSingleThreadScheduledExecutor(daemon("postwise-reload-debounce"));
        var watcher = new KnowledgeWatcher(reloader, debounce, config.admin().watchDebounce());
        var k = config.knowledge();
        try {
            watcher.start(List.of(k.seeds(), k.knowledge(), k.prompts()));
        } catch (IOException e) {
            throw new StartupException("cannot watch the knowledge folders: " + e.getMessage());
        }
        log.info("watching {} for changes", k.home());
    }

    /** Postwise's database, opened by the transports that keep records; {@code ask} and {@code batch} never do. */
    private Database openDatabase() {
        try {
            return Database.open(config.storage());
        } catch (StorageException e) {
            throw new StartupException(e.getMessage() + " (check POSTWISE_DB_URL or the data directory)");
        }
    }

    /** Short random ids for answers and errors: unique enough to find one in the logs, never derived from user text. */
    private static Supplier<String> randomIds() {
        return () -> HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    /** Names this process in the tip ledger's {@code claimed_by}: host, process id and a random suffix. */
    private static String instanceId(String host) {
        String id = host + ":" + ProcessHandle.current().pid() + ":"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 4);
        return id.length() > 100 ? id.substring(id.length() - 100) : id;
    }

    /** Daemon threads named {@code name-1}, {@code name-2}, ...: they never keep the process alive. */
    private static ThreadFactory daemon(String name) {
        var count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
