package org.postwise.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TipRotationTest {

    private static Tip tip(String id) {
        return Tip.of(TipFixtures.tip(id)).orElseThrow();
    }

    private static SlotRecord row(int week, String tipId, SlotState state) {
        Instant due = Instant.parse("2025-01-06T14:00:00Z").plusSeconds(604_800L * week);
        var fresh = SlotRecord.fresh(new Slot(new Week(2025, 2 + week), "c"), due, state, tipId, "a", due, null);
        return state == SlotState.POSTED ? fresh.posted("m" + week, due) : fresh;
    }

    @Test
    void never_posted_tips_come_first_by_id_then_the_least_recently_posted() {
        var tips = List.of(tip("tip-c"), tip("tip-a"), tip("tip-d"), tip("tip-b"));
        var history = List.of(row(0, "tip-b", SlotState.POSTED), row(1, "tip-a", SlotState.POSTED));

        assertThat(TipRotation.order(tips, history)).extracting(Tip::id)
                .containsExactly("tip-c", "tip-d", "tip-b", "tip-a");
    }

    @Test
    void a_claim_in_flight_counts_as_a_use_and_failed_or_skipped_slots_do_not() {
        var tips = List.of(tip("tip-a"), tip("tip-b"), tip("tip-c"));
        var history = List.of(row(0, "tip-a", SlotState.CLAIMED), row(1, "tip-b", SlotState.FAILED),
                row(2, "tip-c", SlotState.SKIPPED));

        assertThat(TipRotation.order(tips, history)).extracting(Tip::id).containsExactly("tip-b", "tip-c", "tip-a");
    }

    @Test
    void a_tip_posted_twice_is_placed_by_its_latest_post() {
        var tips = List.of(tip("tip-a"), tip("tip-b"));
        var history = List.of(row(0, "tip-a", SlotState.POSTED), row(1, "tip-b", SlotState.POSTED),
                row(2, "tip-a", SlotState.POSTED));

        assertThat(TipRotation.order(tips, history)).extracting(Tip::id).containsExactly("tip-b", "tip-a");
    }
}
