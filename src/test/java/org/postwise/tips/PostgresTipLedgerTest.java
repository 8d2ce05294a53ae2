package org.postwise.tips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postwise.tips.TipFixtures.CHANNEL;
import static org.postwise.tips.TipFixtures.liveIndex;
import static org.postwise.tips.TipFixtures.mondayNineNewYork;
import static org.postwise.tips.TipFixtures.weeklyTips;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postwise.config.StorageConfig;
import org.postwise.storage.Database;
import org.postwise.testing.MutableClock;

/**
 * The tip ledger on a real PostgreSQL server: the schema, the unique key that makes two racing instances post
 * once, and compare-and-set updates. Runs with {@code mvn -Ppostgres test} against {@code POSTWISE_TEST_PG_URL}
 * ({@code .ci/run} starts a throwaway server); each run works in a schema of its own.
 */
@Tag("postgres")
class PostgresTipLedgerTest {

    private static final Instant T0 = Instant.parse("2025-03-03T14:00:00Z");
    private static Database db;

    @BeforeAll
    static void freshSchema() throws SQLException {
        String url = System.getenv("POSTWISE_TEST_PG_URL");
        assertThat(url).as("POSTWISE_TEST_PG_URL must name a PostgreSQL server (see .ci/run)").isNotBlank();
        String schema = "pw_tips_" + Long.toHexString(System.nanoTime());
        try (var c = DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        db = Database.open(new StorageConfig(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, "", ""));
        assertThat(db.isH2()).isFalse();
    }

    @Test
    void the_schema_is_created_idempotently_and_keeps_one_row_per_slot() {
        var ledger = new JdbcTipLedger(db);
        new JdbcTipLedger(db);
        var slot = new Slot(new Week(2025, 10), "schema-test");

        boolean first = ledger.insert(SlotRecord.fresh(slot, T0, SlotState.CLAIMED, "tip-a", "a", T0, null));
        boolean second = ledger.insert(SlotRecord.fresh(slot, T0, SlotState.CLAIMED, "tip-b", "b", T0, null));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        var claimed = ledger.find(slot).orElseThrow();
        assertThat(claimed.claimedAt()).isEqualTo(T0);
        assertThat(ledger.replace(claimed, claimed.posted("m1", T0.plusSeconds(1)))).isTrue();
        assertThat(ledger.replace(claimed, claimed.failed("late", T0.plusSeconds(2)))).isFalse();
        assertThat(ledger.find(slot).orElseThrow().state()).isEqualTo(SlotState.POSTED);
        assertThat(ledger.recent(1)).isNotEmpty();
    }

    @Test
    void two_instances_racing_for_one_slot_post_once() throws Exception {
        var clock = new MutableClock(T0);
        var publisher = new FakeTipPublisher(clock);
        var index = liveIndex("tip-a", "tip-b");
        var a = weeklyTips(index, new JdbcTipLedger(db), publisher, mondayNineNewYork(), "a");
        var b = weeklyTips(index, new JdbcTipLedger(db), publisher, mondayNineNewYork(), "b");
        a.startChannels(T0.minusSeconds(60));
        List<SlotOutcome> all = TipFixtures.race(a, b, TipFixtures.mondaysAtNine(java.time.LocalDate.of(2025, 3, 3), 10));
        assertThat(publisher.calls()).hasSize(10);
        assertThat(publisher.messages(CHANNEL)).hasSize(10);
        assertThat(all.stream().filter(o -> o.result() == SlotOutcome.Result.POSTED)).hasSize(10);
    }
}
