package org.postwise.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import org.postwise.config.StorageConfig;

/**
 * Connections to Postwise's database. Each use takes its own connection (embedded H2 opens them in
 * microseconds, and the volume here is a few writes a minute), so callers never share transaction state.
 */
public final class Database {

    private final StorageConfig config;
    private final String url;

    private Database(StorageConfig config) {
        this.config = config;
        this.url = effectiveUrl(config.jdbcUrl());
    }

    /**
     * An H2 in-memory database vanishes when its last connection closes; with a connection per call that
     * would be after every statement, so it is kept for the life of the process.
     */
    static String effectiveUrl(String url) {
        if (url.startsWith("jdbc:h2:mem:") && !url.toUpperCase(java.util.Locale.ROOT).contains("DB_CLOSE_DELAY")) {
            return url + ";DB_CLOSE_DELAY=-1";
        }
        return url;
    }

    /** Opens the database and checks that it answers; throws {@link StorageException} saying why not. */
    public static Database open(StorageConfig config) {
        Objects.requireNonNull(config, "config");
        var db = new Database(config);
        try (Connection c = db.connection()) {
            if (!c.isValid(5)) {
                throw new StorageException("database " + redacted(config.jdbcUrl()) + " does not answer");
            }
        } catch (SQLException e) {
            // drivers often repeat the URL in their message: redact it there too
            throw new StorageException("cannot open database " + redacted(config.jdbcUrl()) + ": "
                    + redacted(String.valueOf(e.getMessage())));
        }
        return db;
    }

    public Connection connection() throws SQLException {
        return config.user().isEmpty() ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, config.user(), config.password());
    }

    /**
     * Runs idempotent DDL ({@code CREATE TABLE IF NOT EXISTS ...}), one statement per array element, so each
     * component creates its own tables on start.
     */
    public void createIfMissing(String... statements) {
        try (Connection c = connection(); var st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new StorageException("cannot create tables in " + redacted(config.jdbcUrl()) + ": "
                    + redacted(String.valueOf(e.getMessage())));
        }
    }

    /** True for H2, whose SQL dialect differs from PostgreSQL's in a few upsert details. */
    public boolean isH2() {
        return config.jdbcUrl().startsWith("jdbc:h2:");
    }

    public StorageConfig config() {
        return config;
    }

    /** The URL without credentials that some drivers accept inline. */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^;&\\s]*", "$1***");
    }
}
