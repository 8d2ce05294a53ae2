package org.postwise.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postwise.config.StorageConfig;

class DatabaseTest {

    @Test
    void creates_tables_once_and_keeps_rows_in_a_file_database(@TempDir Path dir) throws SQLException {
        var config = StorageConfig.from(Map.of(), dir);
        var db = Database.open(config);
        db.createIfMissing("CREATE TABLE IF NOT EXISTS t (k VARCHAR(10) PRIMARY KEY)");
        try (var c = db.connection(); var st = c.createStatement()) {
            st.execute("INSERT INTO t VALUES ('a')");
        }
        // when opened again, as by a second process
        var again = Database.open(StorageConfig.from(Map.of(), dir));
        again.createIfMissing("CREATE TABLE IF NOT EXISTS t (k VARCHAR(10) PRIMARY KEY)");
        try (var c = again.connection(); var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        assertThat(config.jdbcUrl()).startsWith("jdbc:h2:file:").contains("AUTO_SERVER=TRUE");
    }

    @Test
    void keeps_an_in_memory_database_between_connections() throws SQLException {
        var db = Database.open(new StorageConfig("jdbc:h2:mem:keep-" + System.nanoTime(), "", ""));
        db.createIfMissing("CREATE TABLE IF NOT EXISTS t (k INT)");
        try (var c = db.connection(); var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM t")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void takes_the_url_from_the_environment(@TempDir Path dir) {
        var config = StorageConfig.from(Map.of("POSTWISE_DB_URL", "jdbc:postgresql://db/pw", "POSTWISE_DB_USER", "pw"),
                dir);
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db/pw");
        assertThat(config.user()).isEqualTo("pw");
    }

    @Test
    void rejects_a_url_that_is_not_jdbc_and_names_an_unreachable_database() {
        assertThatThrownBy(() -> new StorageConfig("postgres://x", "", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start with 'jdbc:'");
        assertThatThrownBy(() -> Database.open(new StorageConfig("jdbc:nosuchdriver:x;password=secret", "", "")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("cannot open database jdbc:nosuchdriver:x;password=***")
                .hasMessageNotContaining("secret");
    }
}
