package org.postwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.postwise.Postwise;
import org.postwise.access.Caller;
import org.postwise.admin.ReloadReport;
import org.postwise.answer.Answer;
import org.postwise.config.ConfigException;
import org.postwise.config.DiscordConfig;
import org.postwise.config.HttpConfig;
import org.postwise.config.ModelConfig;
import org.postwise.config.PostwiseConfig;
import org.postwise.config.Settings;
import org.postwise.config.StartupException;
import org.postwise.config.TipsConfig;
import org.postwise.eval.EvalScorer;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.tips.TipCommands;

/**
 * The command line: {@code chat}, {@code ask}, {@code batch}, {@code eval}, {@code discord}, {@code reload},
 * {@code tips}, {@code bench}, {@code help}, {@code --version}. Every failure a user can cause ends in a one-line
 * message and a non-zero exit code, never a stack trace. Settings come from the config file and the environment
 * ({@link Settings}); the long-running commands close what they opened on exit, Ctrl+C and SIGTERM included.
 */
public final class CommandLineApp {

    /** Exit codes. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int CANNOT_START = 3;

    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Path workingDir;
    private final ObjectMapper json = new ObjectMapper();
    /** The settings in effect for this run: the config file's, overridden by the environment's. */
    private Map<String, String> settings = Map.of();

    public CommandLineApp(InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env,
                          Path workingDir) {
        this.stdin = Objects.requireNonNull(stdin, "stdin");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.env = Objects.requireNonNull(env, "env");
        this.workingDir = Objects.requireNonNull(workingDir, "workingDir");
    }

    public int run(String... args) {
        try {
            Arguments a = Arguments.parse(args);
            if (a.flag("version") || a.command().equals("version")) {
                out.println("postwise " + Version.current());
                return OK;
            }
            if (a.flag("help") || a.command().equals("help")) {
                out.println(usage());
                return OK;
            }
            settings = Settings.resolve(env, workingDir, Optional.ofNullable(a.options().get("config")));
            return switch (a.command()) {
                case "chat" -> chat(a);
                case "ask" -> ask(a);
                case "batch" -> batch(a);
                case "eval" -> eval(a);
                case "discord" -> discord(a);
                case "bench" -> bench(a);
                case "reload" -> reloadCheck(a);
                case "tips" -> tips(a);
                default -> throw new UsageException("unknown command '" + a.command() + "'");
            };
        } catch (UsageException e) {
            err.println("postwise: " + e.getMessage());
            err.println("Run 'java -jar target/postwise.jar help' for usage.");
            return USAGE;
        } catch (ConfigException | StartupException e) {
            err.println("postwise: cannot start: " + e.getMessage());
            return CANNOT_START;
        } catch (IOException | UncheckedIOException e) {
            err.println("postwise: " + e.getMessage());
            return FAILED;
        }
    }

    private Postwise start(Arguments a) {
        var withOptions = new HashMap<>(settings);
        if (a.options().containsKey("home")) {
            withOptions.put("POSTWISE_HOME", a.options().get("home"));
        }
        if (a.options().containsKey("data")) {
            withOptions.put("POSTWISE_DATA_DIR", a.options().get("data"));
        }
        Postwise postwise = Postwise.start(PostwiseConfig.from(withOptions, workingDir));
        postwise.problems().forEach(p -> err.println("postwise: warning: left out " + p));
        return postwise;
    }

    /** A piece of work that may fail as a command fails. */
    private interface Work {
        void run(Postwise postwise) throws IOException;
    }

    /**
     * Runs {@code work} on {@code postwise} and closes it afterwards, also when the process is stopped meanwhile
     * (Ctrl+C, SIGTERM): the usage queue is written and the database closed either way.
     */
    private static void closing(Postwise postwise, Work work) throws IOException {
        Thread hook = new Thread(postwise::close, "postwise-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (postwise) {
            work.run(postwise);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook closes it
            }
        }
    }

    private int chat(Arguments a) throws IOException {
        noPositional(a, "chat");
        var tipsConfig = TipsConfig.from(settings); // a malformed setting fails before loading
        var http = HttpConfig.from(settings, Optional.empty());
        closing(start(a), postwise -> {
            var chat = postwise.consoleChat(tipsConfig, http, reader(stdin), out);
            postwise.httpPort().ifPresent(port -> err.println("postwise: health and metrics on http://"
                    + http.host() + ":" + port + "/"));
            chat.run();
        });
        return OK;
    }

    private int discord(Arguments a) throws IOException {
        noPositional(a, "discord");
        var discord = DiscordConfig.from(settings); // a missing token fails before loading
        var tipsConfig = TipsConfig.from(settings);
        var http = HttpConfig.from(settings, Optional.of(HttpConfig.DEFAULT_BOT_PORT));
        closing(start(a), postwise -> {
            var bot = postwise.discordBot(discord, tipsConfig, http);
            postwise.httpPort().ifPresent(port -> out.println("Health and metrics on http://" + http.host() + ":"
                    + port + "/ (/healthz, /readyz, /metrics)."));
            bot.run(out);
        });
        return OK;
    }

    private int ask(Arguments a) {
        String question = String.join(" ", a.positional());
        if (question.isBlank()) {
            throw new UsageException("ask needs a question: ask [--json] \"QUESTION\"");
        }
        try (Postwise postwise = start(a)) {
            Answer answer = postwise.answers().answer(question);
            if (a.flag("json")) {
                out.println(json.writeValueAsString(new BatchRunner(postwise.answers(), json)
                        .toJson(json.getNodeFactory().textNode("ask"), question, answer)));
            } else {
                out.println(answer.text());
            }
            return OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int batch(Arguments a) throws IOException {
        noPositional(a, "batch");
        String in = a.options().get("in");
        try (BufferedReader reader = in == null ? reader(stdin) : open(in); Postwise postwise = start(a)) {
            var result = new BatchRunner(postwise.answers(), json).run(reader, in == null ? "stdin" : in, out);
            result.problems().forEach(p -> err.println("postwise: " + p));
            return result.problems().isEmpty() ? OK : FAILED;
        }
    }

    private int eval(Arguments a) throws IOException {
        if (a.options().containsKey("redteam")) {
            noPositional(a, "eval --redteam DIR");
            return new RedTeamRun(json, out).run(workingDir.resolve(a.options().get("redteam")), () -> start(a));
        }
        if (a.positional().size() != 1) {
            throw new UsageException("eval needs one question file: eval FILE");
        }
        String file = a.positional().get(0);
        List<JsonNode> questions;
        try (BufferedReader reader = open(file)) {
            questions = QuestionLines.read(reader, file, json,
                    q -> q.path("expect").isObject() || q.path("should_answer").isBoolean(),
                    "{\"id\", \"question\", \"expect\": {...}} or {\"id\", \"question\", \"should_answer\": true|false}",
                    false);
        }
        Map<String, JsonNode> answers = new HashMap<>();
        Map<String, String> cardByTitle = new HashMap<>();
        try (Postwise postwise = start(a)) {
            postwise.index().documents().stream().filter(KnowledgeDocument::isCard)
                    .forEach(d -> cardByTitle.putIfAbsent(d.title(), d.id()));
            var runner = new BatchRunner(postwise.answers(), json);
            for (JsonNode q : questions) {
                answers.put(q.get("id").asText(), runner.toJson(q.get("id"), q.get("question").asText(),
                        postwise.answers().answer(QuestionLines.question(q))));
            }
        }
        var report = new EvalScorer().score(questions, answers, cardByTitle);
        report.misses().forEach(m -> out.println("  " + m));
        out.println("questions=" + questions.size() + " " + report.summary());
        return OK;
    }

    /** Validates and builds everything, reports, swaps nothing: for admins before reloading the live bot. */
    private int reloadCheck(Arguments a) {
        noPositional(a, "reload");
        try (Postwise postwise = start(a)) {
            ReloadReport report = postwise.unauditedReloader().check("cli");
            out.println(report.toText());
            return report.ok() ? OK : FAILED;
        }
    }

    /** {@code tips preview|post|history}: the weekly tip at the console, posting to the console. */
    private int tips(Arguments a) {
        if (a.positional().size() != 1 || !List.of("preview", "post", "history").contains(a.positional().get(0))) {
            throw new UsageException("tips needs one of: tips preview | tips post | tips history");
        }
        var config = TipsConfig.from(settings); // a malformed setting fails before loading
        try (Postwise postwise = start(a)) {
            var tips = postwise.consoleTips(config, out);
            // the person running the command line runs the process: trusted like the console
            var me = new Caller("cli", Set.of(), true);
            out.println(TipCommands.safely(() -> switch (a.positional().get(0)) {
                case "preview" -> tips.preview(me, Optional.empty());
                case "post" -> tips.post(me);
                default -> tips.history(me, TipCommands.DEFAULT_HISTORY);
            }));
        }
        return OK;
    }

    private int bench(Arguments a) throws IOException {
        noPositional(a, "bench");
        long t0 = System.nanoTime();
        try (Postwise postwise = start(a)) {
            new LatencyBenchmark(out).run(postwise, t0, 30);
            new LatencyBenchmark(out).userPath(postwise, 60);
            new LatencyBenchmark(out).guards(200);
            new LatencyBenchmark(out).reloads(postwise.config(), 5);
            new ModelBenchmark(out).grounding(postwise, 500);
            new ModelBenchmark(out).firstEdit(postwise, LatencyBenchmark.QUESTIONS, 2);
        }
        return OK;
    }

    private BufferedReader open(String file) throws IOException {
        Path path = workingDir.resolve(file);
        try {
            return Files.newBufferedReader(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + path);
        }
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static void noPositional(Arguments a, String command) {
        if (!a.positional().isEmpty()) {
            throw new UsageException(command + " takes no arguments but got '" + a.positional().get(0) + "'");
        }
    }

    static String usage() {
        var vars = new StringBuilder();
        for (var variables : List.of(Settings.VARIABLES, PostwiseConfig.VARIABLES, ModelConfig.VARIABLES,
                HttpConfig.VARIABLES, TipsConfig.VARIABLES, DiscordConfig.VARIABLES)) {
            variables.forEach((k, v) -> vars.append(String.format("  %-32s %s%n", k, v)));
        }
        return """
                Postwise: grounded, cited guidance on professional social-media use in health care.

                Usage: java -jar target/postwise.jar COMMAND [OPTIONS]

                Commands:
                  chat                      console chat (plain text asks, one conversation; /ask, /new,
                                            /sources, /tips, /reload, /audit, /stats, /help, /quit)
                  ask [--json] "QUESTION"   answer one question
                  batch [--in FILE]         answer JSON lines {"id", "question"} (stdin by default); a
                                            follow-up adds "earlier": [its conversation's questions]
                  eval FILE                 score answers to a question set with expectations
                  eval --redteam DIR        run a red-team folder (phi, clean, inj, benign, odd .jsonl) through
                                            the guards and answers; print the safety table, exit 1 below goals
                  discord                   run the Discord bot (needs DISCORD_TOKEN; the DISCORD_* settings below)
                  reload                    check the knowledge base as a reload would (validate, build,
                                            report; the running bot is not touched)
                  tips preview|post|history the weekly tip at the console: the next tip, post this week's
                                            tip to the console, the ledger's recent slots
                  bench                     print start-up, warm and cached answer latencies, the user's
                                            path (chat commands with the database) beside the answer
                                            service alone, guard latency per question, the grounding check's
                                            cost and the time to a first streamed edit with a fake model
                  help                      this text
                  --version                 the version of this build

                Options (any command):
                  --home DIR     folder with seeds/, knowledge/ and prompts/ (default: working directory)
                  --data DIR     folder for stored embeddings (default: <home>/data)
                  --config FILE  config file (default: POSTWISE_CONFIG, else ./postwise.properties if present)

                Environment:
                %s
                Exit codes: 0 ok, 1 failed (e.g. bad batch lines), 2 usage error, 3 cannot start.""".formatted(vars);
    }
}
