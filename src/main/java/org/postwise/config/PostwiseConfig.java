package org.postwise.config;

import static org.postwise.config.Environment.get;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * All of Postwise's settings, read once at start-up from environment variables (and the command line's
 * {@code --home}/{@code --data} options, which win). Components receive only the narrow record they need.
 *
 * @param knowledge where the knowledge base lives
 * @param dataDir   where Postwise keeps derived data (stored embeddings, the default H2 database)
 * @param retrieval retrieval and abstention settings
 * @param answer    answer composition settings
 * @param queryPrefix instruction prepended to questions before embedding them
 * @param storage   where the database is (feedback, tip ledger, audit, statistics)
 * @param admin     reload, audit and statistics settings
 * @param host      this machine's name ({@code HOSTNAME}): with the process id it tells Postwise processes apart
 *                  in the tip ledger
 * @param embedding how the in-process embedding model runs
 * @param model     the language model that writes answers, when one is configured ({@code POSTWISE_MODEL})
 */
public record PostwiseConfig(KnowledgeConfig knowledge, Path dataDir, RetrievalConfig retrieval,
                             AnswerConfig answer, String queryPrefix,
                             StorageConfig storage, AdminConfig admin, String host, EmbeddingConfig embedding,
                             Optional<ModelConfig> model) {

    /** The environment variables Postwise reads, with what they mean; printed by {@code help}. */
    public static final Map<String, String> VARIABLES = new java.util.LinkedHashMap<>() {{
            put("POSTWISE_HOME", "directory with seeds/, knowledge/ and prompts/ (default: the working directory)");
            put("POSTWISE_DATA_DIR", "directory for stored embeddings (default: <home>/data)");
            put("POSTWISE_HELP_CONTACT", "who staff should ask for help (default: " + AnswerConfig.DEFAULT_HELP + ")");
            put("POSTWISE_INSTITUTION", "institution name used to cite its own policy files (default: Your institution)");
            put("POSTWISE_DISCLAIMER", "the line under every answer");
            put("POSTWISE_MAX_QUESTION_CHARS", "longest question accepted (default: 1000)");
            put("POSTWISE_ANSWER_CACHE_SIZE", "answers kept in the cache, 0 to turn it off (default: 10000)");
            put("POSTWISE_FUSION", "how lexical and dense rankings are fused: convex or rrf (default: convex)");
            put("POSTWISE_DB_URL", "JDBC URL of the database for feedback, tips, audit and statistics "
                    + "(default: an H2 file <data>/postwise.mv.db; PostgreSQL by jdbc:postgresql://...)");
            put("POSTWISE_DB_USER", "database user, with POSTWISE_DB_URL");
            put("POSTWISE_DB_PASSWORD", "database password, with POSTWISE_DB_URL");
            put("POSTWISE_DB_POOL_SIZE", "database connections kept open at most (default: "
                    + StorageConfig.DEFAULT_POOL_SIZE + ")");
            put("POSTWISE_QUESTION_RETENTION_DAYS", "days questions are kept for /stats (default: 90)");
            put("POSTWISE_WATCH", "true to reload automatically when knowledge files change (default: false)");
            put("POSTWISE_DENSE_WEIGHT", "weight of the dense score in convex fusion, 0 to 1 (default: 0.8)");
            put("HOSTNAME", "this machine's name, to tell Postwise processes apart in the tip ledger (default: host)");
            put("POSTWISE_ONNX_THREADS", "threads ONNX Runtime uses for one embedding (default: "
                    + EmbeddingConfig.DEFAULT_THREADS + ")");
        }};

    /** all-MiniLM-L6-v2 embeds questions and passages alike, with no instruction prefix. */
    public static final String DEFAULT_QUERY_PREFIX = "";

    public PostwiseConfig {
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(retrieval, "retrieval");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(queryPrefix, "queryPrefix");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(model, "model");
    }

    /**
     * Reads settings from {@code env} (environment variables, or the same names given on the command line).
     * Throws {@link ConfigException} naming the variable when a value is malformed.
     */
    public static PostwiseConfig from(Map<String, String> env, Path workingDir) {
        Objects.requireNonNull(env, "env");
        Path home = get(env, "POSTWISE_HOME").map(workingDir::resolve).orElse(workingDir).normalize();
        Path data = get(env, "POSTWISE_DATA_DIR").map(workingDir::resolve).orElse(home.resolve("data"));
        var defaults = AnswerConfig.defaults();
        AnswerConfig answer;
        try {
            answer = new AnswerConfig(
                    get(env, "POSTWISE_HELP_CONTACT").orElse(defaults.helpContact()),
                    get(env, "POSTWISE_DISCLAIMER").orElse(defaults.disclaimer()),
                    intValue(env, "POSTWISE_MAX_QUESTION_CHARS", defaults.maxQuestionChars()),
                    defaults.maxSources(), defaults.maxSentences(), defaults.maxGuidance(),
                    intValue(env, "POSTWISE_ANSWER_CACHE_SIZE", (int) defaults.answerCacheSize()));
        } catch (IllegalArgumentException e) {
            // AnswerConfig's own checks say what is wrong; report them as a configuration error
            throw new ConfigException("invalid setting: " + e.getMessage());
        }
        var knowledge = new KnowledgeConfig(home, get(env, "POSTWISE_INSTITUTION").orElse("Your institution"));
        RetrievalConfig retrieval;
        try {
            var d = RetrievalConfig.DEFAULTS;
            retrieval = d.withFusion(get(env, "POSTWISE_FUSION").map(RetrievalConfig.Fusion::parse).orElse(d.fusion()),
                    doubleValue(env, "POSTWISE_DENSE_WEIGHT", d.denseWeight()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("invalid setting: " + e.getMessage());
        }
        StorageConfig storage;
        try {
            storage = StorageConfig.from(env, data);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("POSTWISE_DB_URL: " + e.getMessage());
        }
        AdminConfig admin;
        try {
            admin = new AdminConfig(
                    java.time.Duration.ofDays(intValue(env, "POSTWISE_QUESTION_RETENTION_DAYS",
                            (int) AdminConfig.DEFAULTS.questionRetention().toDays())),
                    booleanValue(env, "POSTWISE_WATCH", AdminConfig.DEFAULTS.watch()),
                    AdminConfig.DEFAULTS.watchDebounce());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("invalid setting: POSTWISE_QUESTION_RETENTION_DAYS: " + e.getMessage());
        }
        int threads = intValue(env, "POSTWISE_ONNX_THREADS", EmbeddingConfig.DEFAULT_THREADS);
        if (threads < 1 || threads > 64) {
            throw new ConfigException("POSTWISE_ONNX_THREADS must be between 1 and 64 but was " + threads);
        }
        return new PostwiseConfig(knowledge, data, retrieval, answer, DEFAULT_QUERY_PREFIX, storage, admin,
                get(env, "HOSTNAME").orElse("host"), new EmbeddingConfig(data.resolve("models"), threads),
                ModelConfig.from(env));
    }

    private static boolean booleanValue(Map<String, String> env, String name, boolean fallback) {
        var raw = get(env, name);
        if (raw.isEmpty()) {
            return fallback;
        }
        return switch (raw.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new ConfigException(name + " must be true or false but was '" + raw.get() + "'");
        };
    }

    private static double doubleValue(Map<String, String> env, String name, double fallback) {
        var raw = get(env, name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return Double.parseDouble(raw.get());
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a number but was '" + raw.get() + "'");
        }
    }

    private static int intValue(Map<String, String> env, String name, int fallback) {
        var raw = get(env, name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.get());
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a whole number but was '" + raw.get() + "'");
        }
    }
}
