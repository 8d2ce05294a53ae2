package org.postwise.tips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postwise.storage.Database;

/** The ledger's SQL, in H2's own mode and in its PostgreSQL mode. */
class JdbcTipLedgerTest {

    private static final Instant T0 = Instant.parse("2025-03-03T14:00:00Z");
    private static final Slot SLOT = new Slot(new Week(2025, 10), "123");

    @ParameterizedTest(name = "PostgreSQL mode: {0}")
    @ValueSource(booleans = {false, true})
    void creates_its_schema_idempotently_and_keeps_one_row_per_slot(boolean postgres) {
        // given
        Database db = TipFixtures.database(postgres);
        var ledger = new JdbcTipLedger(db);
        new JdbcTipLedger(db); // a second process starting over the same database

        // when two inserts race for one slot
        boolean first = ledger.insert(SlotRecord.fresh(SLOT, T0, SlotState.CLAIMED, "tip-a", "a", T0, null));
        boolean second = new JdbcTipLedger(db).insert(SlotRecord.fresh(SLOT, T0, SlotState.CLAIMED, "tip-b", "b", T0, null));

        // then the unique key lets one through
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(ledger.find(SLOT)).hasValueSatisfying(r -> {
            assertThat(r.tipId()).isEqualTo("tip-a");
            assertThat(r.claimedBy()).isEqualTo("a");
            assertThat(r.claimedAt()).isEqualTo(T0);
            assertThat(r.postedAt()).isNull();
            assertThat(r.nonce()).isEqualTo(SLOT.nonce());
            assertThat(r.attempts()).isEqualTo(1);
        });
    }

    @ParameterizedTest(name = "PostgreSQL mode: {0}")
    @ValueSource(booleans = {false, true})
    void updates_are_compare_and_set_on_the_row_version(boolean postgres) {
        // given a claimed slot
        var ledger = new JdbcTipLedger(TipFixtures.database(postgres));
        var claimed = SlotRecord.fresh(SLOT, T0, SlotState.CLAIMED, "tip-a", "a", T0, null);
        ledger.insert(claimed);

        // when two instances try to move it on from the same version
        var posted = claimed.posted("m1", T0.plusSeconds(1));
        boolean won = ledger.replace(claimed, posted);
        boolean lost = ledger.replace(claimed, claimed.failed("late", T0.plusSeconds(2)));

        // then only the first applies
        assertThat(won).isTrue();
        assertThat(lost).isFalse();
        assertThat(ledger.find(SLOT)).contains(posted);
        assertThatThrownBy(() -> ledger.replace(claimed, claimed)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "PostgreSQL mode: {0}")
    @ValueSource(booleans = {false, true})
    void lists_a_channel_oldest_first_and_recent_slots_newest_first(boolean postgres) {
        // given
        var ledger = new JdbcTipLedger(TipFixtures.database(postgres));
        for (int w = 1; w <= 5; w++) {
            Instant due = T0.plusSeconds(604_800L * w);
            ledger.insert(SlotRecord.fresh(new Slot(new Week(2025, 10 + w), "123"), due, SlotState.MISSED, null, "a",
                    due, "down"));
            ledger.insert(SlotRecord.fresh(new Slot(new Week(2025, 10 + w), "456"), due, SlotState.SKIPPED, null, "a",
                    due, null));
        }

        // then
        assertThat(ledger.channel("123")).extracting(r -> r.slot().week().number()).containsExactly(11, 12, 13, 14, 15);
        assertThat(ledger.recent(3)).extracting(r -> r.slot().toString())
                .containsExactly("2025-W15 in 123", "2025-W15 in 456", "2025-W14 in 123");
        assertThat(ledger.recent(3).get(0).note()).isEqualTo("down");
    }

    @ParameterizedTest(name = "PostgreSQL mode: {0}")
    @ValueSource(booleans = {false, true})
    void a_channel_keeps_the_date_it_was_first_scheduled(boolean postgres) {
        var ledger = new JdbcTipLedger(TipFixtures.database(postgres));
        assertThat(ledger.channelSince("123")).isEmpty();
        ledger.startChannel("123", T0);
        ledger.startChannel("123", T0.plusSeconds(3600));
        assertThat(ledger.channelSince("123")).contains(T0);
    }

    @ParameterizedTest(name = "PostgreSQL mode: {0}")
    @ValueSource(booleans = {false, true})
    void a_long_note_is_cut_to_fit_the_column(boolean postgres) {
        var ledger = new JdbcTipLedger(TipFixtures.database(postgres));
        var row = SlotRecord.fresh(SLOT, T0, SlotState.FAILED, null, "a", T0, "x".repeat(5000));
        assertThat(ledger.insert(row)).isTrue();
        assertThat(ledger.find(SLOT).orElseThrow().note()).hasSize(SlotRecord.MAX_NOTE).endsWith("…");
    }
}
