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
 * @param password password, or {@code ""}
 */
public record StorageConfig(String jdbcUrl, String user, String password) {

    public StorageConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("a database URL must start with 'jdbc:' but was '" + jdbcUrl + "'");
        }
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
        return new StorageConfig(url, env.getOrDefault("POSTWISE_DB_USER", ""),
                env.getOrDefault("POSTWISE_DB_PASSWORD", ""));
    }

    /** A private in-memory H2 database, for tests. */
    public static StorageConfig inMemory(String name) {
        return new StorageConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "", "");
    }
}
