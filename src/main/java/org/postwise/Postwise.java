package org.postwise;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.langchain4j.model.embedding.EmbeddingModel;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
import org.postwise.admin.QueuedUsageLog;
import org.postwise.admin.UsageLog;
import org.postwise.admin.UsageRecordingAnswerService;
import org.postwise.answer.AnswerComposer;
import org.postwise.answer.AnswerService;
import org.postwise.answer.AskerCountry;
import org.postwise.answer.ExtractiveComposer;
import org.postwise.answer.GlossaryGloss;
import org.postwise.answer.GroundedAnswerService;
import org.postwise.answer.Question;
import org.postwise.answer.SourceCatalog;
import org.postwise.answer.StopWordLanguageCheck;
import org.postwise.answer.TemplateKind;
import org.postwise.answer.TemplateSet;
import org.postwise.answer.generation.CircuitBreakingLanguageModel;
import org.postwise.answer.generation.CondensingAnswerService;
import org.postwise.answer.generation.LanguageModel;
import org.postwise.answer.generation.LanguageModelComposer;
import org.postwise.answer.generation.StreamingLanguageModel;
import org.postwise.answer.safety.AttackExemplars;
import org.postwise.answer.safety.CompositeQuestionGuard;
import org.postwise.answer.safety.ExemplarThresholds;
import org.postwise.answer.safety.NearestExemplarGuard;
import org.postwise.answer.safety.PatientIdentifierGuard;
import org.postwise.answer.safety.PromptInjectionGuard;
import org.postwise.answer.safety.QuestionGuard;
import org.postwise.answer.safety.StoredQuestionRedactor;
import org.postwise.audit.AuditLog;
import org.postwise.audit.JdbcAuditLog;
import org.postwise.chat.ChatCommands;
import org.postwise.chat.ConversationMemory;
import org.postwise.chat.RateLimiter;
import org.postwise.chat.console.ConsoleChat;
import org.postwise.chat.discord.AnswerLayout;
import org.postwise.chat.discord.AskCommand;
import org.postwise.chat.discord.AuditCommand;
import org.postwise.chat.discord.ButtonHandler;
import org.postwise.chat.discord.ButtonListener;
import org.postwise.chat.discord.DeferredReplies;
import org.postwise.chat.discord.DiscordBot;
import org.postwise.chat.discord.DiscordClient;
import org.postwise.chat.discord.DiscordMeters;
import org.postwise.chat.discord.DiscordTipPublisher;
import org.postwise.chat.discord.DraftPace;
import org.postwise.chat.discord.ErrorReporter;
import org.postwise.chat.discord.HelpCommand;
import org.postwise.chat.discord.MessageListener;
import org.postwise.chat.discord.QuestionHandler;
import org.postwise.chat.discord.ReloadCommand;
import org.postwise.chat.discord.ReportingExecutor;
import org.postwise.chat.discord.SlashCommandListener;
import org.postwise.chat.discord.SourcesCommand;
import org.postwise.chat.discord.StatsCommand;
import org.postwise.chat.discord.TipCommand;
import org.postwise.config.DiscordConfig;
import org.postwise.config.HttpConfig;
import org.postwise.config.ModelConfig;
import org.postwise.config.PostwiseConfig;
import org.postwise.config.StartupException;
import org.postwise.config.StorageConfig;
import org.postwise.config.TipsConfig;
import org.postwise.feedback.JdbcFeedbackStore;
import org.postwise.feedback.JdbcRecentAnswers;
import org.postwise.knowledge.FileKnowledgeLoader;
import org.postwise.knowledge.PassageChunker;
import org.postwise.ops.CacheMeters;
import org.postwise.ops.MeteredAnswerService;
import org.postwise.ops.MeteredReloader;
import org.postwise.ops.OpsHttpServer;
import org.postwise.ops.ReadinessCheck;
import org.postwise.retrieval.CachingQueryEmbedder;
import org.postwise.retrieval.FilePassageEmbeddingStore;
import org.postwise.retrieval.HybridPassageRetriever;
import org.postwise.retrieval.KnownWords;
import org.postwise.retrieval.OnnxFileEmbeddingModel;
import org.postwise.retrieval.PassageIndex;
import org.postwise.retrieval.PassageIndexBuilder;
import org.postwise.retrieval.SignalCoverageJudge;
import org.postwise.storage.Database;
import org.postwise.storage.StorageException;
import org.postwise.tips.ConsoleTipPublisher;
import org.postwise.tips.JdbcTipLedger;
import org.postwise.tips.SlotState;
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
 * database and builds that transport's graph: its executors, handlers, listeners, the weekly tip's scheduler and,
 * when configured, the health and metrics endpoint, over one reloader, so the watcher and the admins'
 * {@code /reload} never run two reloads at once.
 *
 * <p>What a transport opens (the database pool, the usage writer, the endpoint, the bot) is closed by
 * {@link #close}, last opened first: the bot stops taking questions, then the usage queue is written out, then
 * the pool closes.
 */
public final class Postwise implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Postwise.class);
    /** Identifies the embedding model in stored embeddings; change it with the model. */
    public static final String MODEL_ID = "all-minilm-l6-v2";

    /** Discord conversations (threads, direct-message channels) remembered, and questions kept of each. */
    private static final int CONVERSATIONS = 10_000;
    private static final int QUESTIONS_PER_CONVERSATION = Question.EARLIER_KEPT;
    private static final Duration CONVERSATION_IDLE = Duration.ofHours(24);
    /** How long answers are kept in the database for the buttons under them. */
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
    /** The patient-identifier guard of the pipeline: Discord runs it before deferring a reply. */
    private final QuestionGuard identifiers;
    private final SourceCatalog sources;
    private final List<String> problems;
    private final Startup startup;
    private final PrometheusMeterRegistry meters;
    private final StoredQuestionRedactor redactor = new StoredQuestionRedactor();
    /** What the transports opened, closed last first. */
    private final Deque<AutoCloseable> resources = new ArrayDeque<>();
    private Optional<OpsHttpServer> http = Optional.empty();
    private boolean closed;

    /** How start-up went, for the benchmark and the logs. */
    public record Startup(Duration took, int documents, int passages, int embedded, int reused) {
    }

    private Postwise(PostwiseConfig config, Clock clock, AtomicReference<PassageIndex> index,
                     AtomicReference<TemplateSet> templates, KnowledgeBuild knowledgeBuild, AnswerService answers,
                     List<String> problems, Startup startup, PrometheusMeterRegistry meters,
                     QuestionGuard identifiers) {
        this.config = config;
        this.clock = clock;
        this.index = index;
        this.templates = templates;
        this.knowledgeBuild = knowledgeBuild;
        this.answers = answers;
        this.identifiers = identifiers;
        this.sources = new SourceCatalog(index::get);
        this.problems = List.copyOf(problems);
        this.startup = startup;
        this.meters = meters;
    }

    /**
     * Loads templates and knowledge and builds the index. Bad knowledge files are reported in
     * {@link #problems()} and left out; bad templates, or no usable knowledge at all, stop start-up with a
     * {@link StartupException} that says what to fix.
     */
    public static Postwise start(PostwiseConfig config) {
        int cores = Runtime.getRuntime().availableProcessors();
        var embedding = new ThreadPoolExecutor(cores, cores, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                daemon("postwise-embed"));
        embedding.allowCoreThreadTimeOut(true); // idle between reloads
        EmbeddingModel model;
        try {
            model = OnnxFileEmbeddingModel.load(config.embedding().modelDir(), config.embedding().threads(), embedding);
        } catch (RuntimeException e) {
            throw new StartupException(e.getMessage() + " (check POSTWISE_DATA_DIR)");
        }
        return start(config, model, Clock.systemUTC());
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
        var indexBuilder = new PassageIndexBuilder(model, MODEL_ID, store,
                KnownWords.shipped());
        var knowledgeBuild = new KnowledgeBuild(new FileKnowledgeLoader(k, new PassageChunker()), k.prompts(),
                indexBuilder);
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
        var embedder = new CachingQueryEmbedder(model, config.queryPrefix(), QUERY_EMBEDDINGS);
        var language = new StopWordLanguageCheck();
        // exemplars are embedded as questions are, and kept in the store by content
        var exemplars = AttackExemplars.bundled(texts -> indexBuilder.vectorsFor(texts.stream()
                .map(embedder::modelText).toList()));
        log.debug("guard exemplars ready: {}", exemplars);
        var guard = new CompositeQuestionGuard(List.of(identifiers, new PromptInjectionGuard(),
                new NearestExemplarGuard(embedder, exemplars, ExemplarThresholds.STANDARD,
                        q -> language.otherLanguage(q).isEmpty())));
        var retriever = new HybridPassageRetriever(index::get, embedder, new SignalCoverageJudge(config.retrieval()),
                config.retrieval());
        var places = AskerCountry.load();
        var extractive = new ExtractiveComposer(config.answer());
        // with a language model: it writes the answers (checked by code) and condenses follow-ups
        Optional<LanguageModel> writer = config.model().map(m -> languageModel(m, clock));
        AnswerComposer composer = writer.<AnswerComposer>map(m -> new LanguageModelComposer(extractive, m,
                config.answer())).orElse(extractive);
        var grounded = new GroundedAnswerService(guard, retriever, index::get, templates::get, config.answer(),
                composer, places, language, new GlossaryGloss(), identifiers, randomIds());
        AnswerService answers = writer.<AnswerService>map(m -> new CondensingAnswerService(grounded, m, guard,
                language, templates::get, config.answer())).orElse(grounded);
        var startup = new Startup(Duration.ofNanos(System.nanoTime() - t0), prepared.knowledge().documents().size(),
                build.index().size(), build.embedded(), build.reused());
        log.info("index {} ready: {} documents, {} passages ({} embedded, {} reused) in {} ms",
                build.index().version(), startup.documents(), startup.passages(), startup.embedded(),
                startup.reused(), startup.took().toMillis());
        var meters = meters(index);
        CacheMeters.register(meters, "answers", grounded, GroundedAnswerService::cacheStats);
        CacheMeters.register(meters, "query-embeddings", embedder, CachingQueryEmbedder::cacheStats);
        return new Postwise(config, clock, index, templates, knowledgeBuild, answers, prepared.problems(), startup,
                meters, identifiers);
    }

    /** The process's metrics: the JVM's, and the index in service; each transport adds its own. */
    private static PrometheusMeterRegistry meters(AtomicReference<PassageIndex> index) {
        var meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new ClassLoaderMetrics().bindTo(meters);
        new JvmMemoryMetrics().bindTo(meters);
        new JvmGcMetrics().bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new ProcessorMetrics().bindTo(meters);
        new UptimeMetrics().bindTo(meters);
        Gauge.builder("postwise.index.passages", index, i -> i.get().size())
                .description("Passages in the index in service").register(meters);
        return meters;
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

    /** The port of the health and metrics endpoint, while a transport runs one. */
    public synchronized Optional<Integer> httpPort() {
        return http.map(OpsHttpServer::port);
    }

    /**
     * A reloader that records nothing in the audit trail, so it needs no database: for the command line's
     * {@code reload} check and the benchmark.
     */
    public KnowledgeReloader unauditedReloader() {
        return new IndexReloader(knowledgeBuild, index, templates, AuditLog.NONE, clock);
    }

    // ---- the console ----------------------------------------------------------------------------------------

    /** As {@link #consoleChat(TipsConfig, HttpConfig, BufferedReader, PrintStream)}, with no endpoint. */
    public ConsoleChat consoleChat(TipsConfig tips, BufferedReader in, PrintStream out) {
        return consoleChat(tips, HttpConfig.off(), in, out);
    }

    /**
     * The console chat, whose person is trusted as an admin and as the communications team: usage, audit trail
     * and tip ledger in the database, tips posted to the console, and the health and metrics endpoint when
     * {@code http} has a port. With {@code POSTWISE_WATCH} on, the knowledge folders are watched from now on.
     */
    public synchronized ConsoleChat consoleChat(TipsConfig tips, HttpConfig http, BufferedReader in, PrintStream out) {
        Database db = openDatabase();
        var audit = new JdbcAuditLog(db);
        var usage = usageLog(db);
        var reloader = reloader(audit);
        watch(reloader);
        var admin = new AdminCommands(reloader, audit, usage, AccessPolicy.LOCAL_ONLY, clock);
        var tipCommands = consoleTips(db, audit, tips, out);
        serve(http, List.of(indexReady(), new ReadinessCheck("database", db::reachable)));
        var conversation = new ConversationMemory(1, QUESTIONS_PER_CONVERSATION, CONVERSATION_IDLE,
                Ticker.systemTicker());
        return new ConsoleChat(chat(usage), conversation, admin, tipCommands, in, out);
    }

    /**
     * The weekly tip's commands for the command line: posts go to the console, recorded in the ledger under the
     * channel {@code console}.
     */
    public synchronized TipCommands consoleTips(TipsConfig tips, PrintStream out) {
        Database db = openDatabase();
        return consoleTips(db, new JdbcAuditLog(db), tips, out);
    }

    private TipCommands consoleTips(Database db, AuditLog audit, TipsConfig tips, PrintStream out) {
        var weekly = weeklyTips(db, audit, tips.withChannels(List.of(ConsoleTipPublisher.CHANNEL)),
                new ConsoleTipPublisher(out));
        return new TipCommands(weekly, AccessPolicy.LOCAL_ONLY, audit, clock, UnaryOperator.identity());
    }

    /**
     * The chat commands exactly as the console and Discord get them (usage recorded through the queue into the
     * database at {@code storage}, metered), for the benchmark of the user's path.
     */
    public synchronized ChatCommands recordingChat(StorageConfig storage) {
        return chat(usageLog(openDatabase(storage)));
    }

    // ---- Discord --------------------------------------------------------------------------------------------

    /**
     * The Discord bot, not yet connected: every slash command, the message and button listeners over one work
     * pool, and the weekly tip on {@code tips}' schedule. Admins and the communications team are the ids and roles
     * of {@code discord}. With {@code POSTWISE_WATCH} on, the knowledge folders are watched from now on.
     */
    public DiscordBot discordBot(DiscordConfig discord, TipsConfig tips) {
        return discordBot(discord, tips, HttpConfig.off());
    }

    /** As {@link #discordBot(DiscordConfig, TipsConfig)}, with the health and metrics endpoint of {@code http}. */
    public DiscordBot discordBot(DiscordConfig discord, TipsConfig tips, HttpConfig http) {
        return discordBot(discord, tips, http,
                Executors.newSingleThreadScheduledExecutor(daemon("postwise-weekly-tip")));
    }

    /**
     * As {@link #discordBot(DiscordConfig, TipsConfig)}, with the weekly tip run on {@code tipTimer}, which the bot
     * shuts down when it closes: tests pass one they can wait on.
     */
    public DiscordBot discordBot(DiscordConfig discord, TipsConfig tips, ScheduledExecutorService tipTimer) {
        return discordBot(discord, tips, HttpConfig.off(), tipTimer);
    }

    /**
     * The bot, with the weekly tip on {@code tipTimer} and the health and metrics endpoint of {@code http} (ready
     * once the index is loaded, the database answers and the gateway is connected). {@link #close} closes the bot.
     */
    public synchronized DiscordBot discordBot(DiscordConfig discord, TipsConfig tips, HttpConfig http,
                                              ScheduledExecutorService tipTimer) {
        Objects.requireNonNull(discord, "discord");
        Objects.requireNonNull(tips, "tips");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(tipTimer, "tipTimer");
        Database db = openDatabase();
        var audit = new JdbcAuditLog(db);
        var usage = usageLog(db);
        var feedback = new JdbcFeedbackStore(db);
        var access = new AccessPolicy(discord.adminRoleIds(),
                discord.adminUserIds().stream().map(String::valueOf).collect(Collectors.toSet()),
                discord.commsRoleIds());
        var reloader = reloader(audit);
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
        var recent = new JdbcRecentAnswers(db, clock, RECENT_ANSWERS_KEPT, redactor);
        FunctionCounter.builder("postwise.recent.answers.failed.writes", recent, JdbcRecentAnswers::failedWrites)
                .description("Answers not kept for their buttons because the database refused them")
                .register(meters);
        var questions = new QuestionHandler(chat, RateLimiter.perMinute(discord.questionsPerMinute(), ticker),
                new ConversationMemory(CONVERSATIONS, QUESTIONS_PER_CONVERSATION, CONVERSATION_IDLE, ticker),
                recent, layout, errors);
        var commands = new SlashCommandListener(List.of(
                new AskCommand(questions, identifiers),
                new SourcesCommand(chat, layout),
                new HelpCommand(chat, layout),
                new TipCommand(tipCommands, layout),
                new ReloadCommand(admin, layout),
                new AuditCommand(admin, layout),
                new StatsCommand(admin, layout)), replies, errors);
        var bot = new DiscordBot(discord, client, commands,
                new MessageListener(questions, work, errors, drafts),
                new ButtonListener(new ButtonHandler(feedback, recent, layout, errors, clock), replies, errors),
                new TipScheduler(weekly, tipTimer, clock),
                List.of(pool, tipTimer), DISCORD_READY_TIMEOUT, new DiscordMeters(meters));
        serve(http, List.of(indexReady(), new ReadinessCheck("database", db::reachable),
                new ReadinessCheck("discord", bot::connected)));
        resources.push(bot);
        return bot;
    }

    // ---- shared parts ---------------------------------------------------------------------------------------

    /**
     * The chat commands over the answer service, recording each question's outcome in {@code usage}, timed and
     * counted by outcome in the metrics.
     */
    private ChatCommands chat(UsageLog usage) {
        return new ChatCommands(new MeteredAnswerService(new UsageRecordingAnswerService(answers, usage), meters),
                sources);
    }

    /**
     * The usage log of a long-running transport: questions queue in memory and are written in batches by a flusher
     * thread, off the answer path; closing Postwise writes what is left.
     */
    private QueuedUsageLog usageLog(Database db) {
        var store = new JdbcUsageLog(db, clock, config.admin().questionRetention(), redactor);
        var flusher = Executors.newSingleThreadScheduledExecutor(daemon("postwise-usage-writer"));
        resources.push(flusher::shutdownNow);
        var usage = new QueuedUsageLog(store, clock, flusher, QueuedUsageLog.DEFAULT_INTERVAL,
                QueuedUsageLog.DEFAULT_CAPACITY, QueuedUsageLog.DEFAULT_BATCH);
        resources.push(usage);
        FunctionCounter.builder("postwise.usage.rows", usage, u -> u.counts().written()).tag("result", "written")
                .description("Usage rows (one per question) by what became of them").register(meters);
        FunctionCounter.builder("postwise.usage.rows", usage, u -> u.counts().lostQueueFull())
                .tag("result", "lost_queue_full").register(meters);
        FunctionCounter.builder("postwise.usage.rows", usage, u -> u.counts().lostDatabase())
                .tag("result", "lost_database").register(meters);
        Gauge.builder("postwise.usage.queue", usage, u -> u.counts().pending())
                .description("Usage rows waiting to be written").register(meters);
        return usage;
    }

    /** The reloader of a long-running transport: audited, one at a time, counted in the metrics. */
    private KnowledgeReloader reloader(AuditLog audit) {
        return new MeteredReloader(new IndexReloader(knowledgeBuild, index, templates, audit, clock), meters);
    }

    private ReadinessCheck indexReady() {
        return new ReadinessCheck("index", () -> index.get() != null && index.get().size() > 0);
    }

    /** Starts the health and metrics endpoint when {@code http} has a port. */
    private void serve(HttpConfig http, List<ReadinessCheck> checks) {
        if (http.port().isEmpty()) {
            return;
        }
        if (this.http.isPresent()) {
            throw new IllegalStateException("the health and metrics endpoint is already running");
        }
        try {
            var server = OpsHttpServer.start(http.host(), http.port().get(), meters, checks,
                    Executors.newSingleThreadExecutor(daemon("postwise-http")));
            resources.push(server);
            this.http = Optional.of(server);
        } catch (IOException | RuntimeException e) {
            throw new StartupException("cannot serve health and metrics on " + http.host() + ":" + http.port().get()
                    + ": " + e.getMessage() + " (set POSTWISE_HTTP_PORT to a free port, or to off)");
        }
    }

    /**
     * The weekly tip on {@code tips}' schedule, posting through {@code publisher}, with its ledger in the database.
     * Tips and {@code prompts/tip.md} are read from the index and templates in service at every post, so a reload
     * applies to the next tip.
     */
    private WeeklyTips weeklyTips(Database db, AuditLog audit, TipsConfig tips, TipPublisher publisher) {
        try {
            var ledger = new JdbcTipLedger(db);
            for (SlotState state : SlotState.values()) {
                // a strong reference: a gauge holds its object weakly, and the console's tips come and go with the
                // command, so a collected ledger turned these gauges into NaN
                Gauge.builder("postwise.tip.slots", ledger, l -> l.countByState().get(state))
                        .strongReference(true)
                        .tag("state", state.code())
                        .description("Weekly-tip slots in the ledger by state").register(meters);
            }
            return new WeeklyTips(new TipCatalog(index::get),
                    new TipRenderer(() -> templates.get().get(TemplateKind.TIP), TipRenderer.DISCORD_CONTENT_LIMIT),
                    ledger, publisher, tips, instanceId(config.host()), audit);
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
        return openDatabase(config.storage());
    }

    private Database openDatabase(StorageConfig storage) {
        if (closed) {
            throw new IllegalStateException("Postwise is closed");
        }
        try {
            Database db = Database.open(storage, Optional.of(meters));
            resources.push(db);
            return db;
        } catch (StorageException e) {
            throw new StartupException(e.getMessage() + " (check POSTWISE_DB_URL or the data directory)");
        }
    }

    /**
     * Closes what the transports opened, last opened first: the bot (its work in hand finishes), the endpoint, the
     * usage log (what is queued is written), its writer thread, the database pool. Idempotent; safe to call from a
     * shutdown hook.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        while (!resources.isEmpty()) {
            AutoCloseable resource = resources.pop();
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("closing {} failed: {}", resource, e.toString());
            }
        }
        http = Optional.empty();
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
