package org.postwise.config;

import static org.postwise.config.Environment.get;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where Postwise's database is.
 *
 * @param jdbcUrl  JDBC URL ({@code jdbc:h2:...}, {@code jdbc:postgresql://...})
 * @param user     user name, or {@code ""}
 * @param password password, or {@code ""}; never printed, see {@link #toString()}
 * @param poolSize connections kept open at most
 */
public record StorageConfig(String jdbcUrl, String user, String password, int poolSize) {

    /** Connections kept open when {@code POSTWISE_DB_POOL_SIZE} is not set: a few writes a second need no more. */
    public static final int DEFAULT_POOL_SIZE = 4;

    public StorageConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("a database URL must start with 'jdbc:' but was '" + jdbcUrl + "'");
        }
        if (poolSize < 1 || poolSize > 100) {
            throw new IllegalArgumentException("the pool size must be between 1 and 100 but was " + poolSize);
        }
    }

    /** With the default pool size. */
    public StorageConfig(String jdbcUrl, String user, String password) {
        this(jdbcUrl, user, password, DEFAULT_POOL_SIZE);
    }

    /**
     * {@code POSTWISE_DB_URL} (with {@code POSTWISE_DB_USER}, {@code POSTWISE_DB_PASSWORD}), else an H2 file
     * {@code <dataDir>/postwise.mv.db} that several local processes can open at once (H2's auto-server mode).
     */
    public static StorageConfig from(Map<String, String> env, Path dataDir) {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(dataDir, "dataDir");
        String url = get(env, "POSTWISE_DB_URL").orElseGet(() ->
                "jdbc:h2:file:" + dataDir.resolve("postwise").toAbsolutePath() + ";AUTO_SERVER=TRUE");
        int pool = DEFAULT_POOL_SIZE;
        var rawPool = get(env, "POSTWISE_DB_POOL_SIZE");
        if (rawPool.isPresent()) {
            try {
                pool = Integer.parseInt(rawPool.get());
            } catch (NumberFormatException e) {
                throw new ConfigException("POSTWISE_DB_POOL_SIZE must be a whole number but was '" + rawPool.get()
                        + "'");
            }
            if (pool < 1 || pool > 100) {
                throw new ConfigException("POSTWISE_DB_POOL_SIZE must be between 1 and 100 but was " + pool);
            }
        }
        return new StorageConfig(url, env.getOrDefault("POSTWISE_DB_USER", ""),
                env.getOrDefault("POSTWISE_DB_PASSWORD", ""), pool);
    }

    /** The settings with the password hidden: safe to log. */
    @Override
    public String toString() {
        return "StorageConfig[jdbcUrl=" + jdbcUrl.replaceAll("(?i)(password=)[^;&\\s]*", "$1***") + ", user=" + user
                + ", password=" + (password.isEmpty() ? "(none)" : "(hidden)") + ", poolSize=" + poolSize + "]";
    }

    /** A private in-memory H2 database, for tests. */
    public static StorageConfig inMemory(String name) {
        return new StorageConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "", "");
    }
}
