package org.postwise.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postwise.answer.safety.StoredQuestionRedactor;
import org.postwise.config.StorageConfig;

/**
 * Postwise's database: a HikariCP connection pool over one JDBC URL, its schema brought up to date by Flyway
 * when it opens. Connections stay open in the pool, so a write costs a statement, not a connection (an H2 file
 * in auto-server mode takes tens of milliseconds to open). Callers take a connection per unit of work and
 * close it, which returns it to the pool; they never share transaction state.
 *
 * <p>The schema is the migrations under {@code org/postwise/storage/migration} (plain SQL that H2 and
 * PostgreSQL both run) and {@link RedactStoredQuestions}. A database made before migrations existed (tables
 * created by the components themselves) is adopted: its tables are left as they are and the later
 * migrations run on them.
 */
public final class Database implements AutoCloseable {

    /** Where the SQL migrations are, on the class path. */
    static final String MIGRATIONS = "classpath:org/postwise/storage/migration";

    private final StorageConfig config;
    private final HikariDataSource pool;

    private Database(StorageConfig config, HikariDataSource pool) {
        this.config = config;
        this.pool = pool;
    }

    /**
     * An H2 in-memory database vanishes when its last connection closes; it is kept for the life of the process,
     * whatever the pool does with its connections.
     */
    static String effectiveUrl(String url) {
        if (url.startsWith("jdbc:h2:mem:") && !url.toUpperCase(Locale.ROOT).contains("DB_CLOSE_DELAY")) {
            return url + ";DB_CLOSE_DELAY=-1";
        }
        return url;
    }

    /**
     * Opens the pool, checks that the database answers and migrates its schema; throws {@link StorageException}
     * saying why not.
     */
    public static Database open(StorageConfig config) {
        return open(config, Optional.empty());
    }

    /** As {@link #open(StorageConfig)}, with the pool's own figures (connections in use, waits) in {@code meters}. */
    public static Database open(StorageConfig config, Optional<MeterRegistry> meters) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(meters, "meters");
        var hikari = new HikariConfig();
        hikari.setPoolName("postwise-db");
        hikari.setJdbcUrl(effectiveUrl(config.jdbcUrl()));
        if (!config.user().isEmpty()) {
            hikari.setUsername(config.user());
            hikari.setPassword(config.password());
        }
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setMinimumIdle(1);
        // a database that is down fails a write in two seconds; the answer has already gone out
        hikari.setConnectionTimeout(2_000);
        hikari.setValidationTimeout(1_000);
        // fail at once when the database cannot be reached on start, with the driver's reason
        hikari.setInitializationFailTimeout(1);
        meters.ifPresent(hikari::setMetricRegistry);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException | IllegalStateException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            // drivers often repeat the URL in their message: redact it there too
            throw new StorageException("cannot open database " + redacted(config.jdbcUrl()) + ": "
                    + redacted(String.valueOf(cause.getMessage())));
        } catch (RuntimeException e) {
            throw new StorageException("cannot open database " + redacted(config.jdbcUrl()) + ": "
                    + redacted(String.valueOf(e.getMessage())));
        }
        var db = new Database(config, pool);
        try {
            db.migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return db;
    }

    private void migrate() {
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations(MIGRATIONS)
                    .javaMigrations(new RedactStoredQuestions(new StoredQuestionRedactor()))
                    // a database from before migrations: adopt it, then run every migration (V1 creates only
                    // what is missing)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StorageException("cannot migrate the schema of " + redacted(config.jdbcUrl()) + ": "
                    + redacted(String.valueOf(e.getMessage())), e);
        }
    }

    /** A connection from the pool; closing it returns it. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Whether the database answers now, within a second (for readiness checks). */
    public boolean reachable() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** True for H2, whose SQL dialect differs from PostgreSQL's in a few upsert details. */
    public boolean isH2() {
        return config.jdbcUrl().startsWith("jdbc:h2:");
    }

    public StorageConfig config() {
        return config;
    }

    /** Closes the pool and its connections; an H2 file database is then closed too. */
    @Override
    public void close() {
        pool.close();
    }

    /** The URL without credentials that some drivers accept inline. */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^;&\\s]*", "$1***");
    }
}
