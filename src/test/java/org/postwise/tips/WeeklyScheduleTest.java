package org.postwise.tips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.postwise.tips.TipFixtures.NEW_YORK;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {

    @Test
    void weeks_follow_iso_8601_across_year_ends() {
        // 29 December 2025 is a Monday in week 1 of 2026; 1 January 2027 is a Friday in week 53 of 2026
        assertThat(Week.of(LocalDate.of(2025, 12, 29))).isEqualTo(new Week(2026, 1));
        assertThat(Week.of(LocalDate.of(2027, 1, 1))).isEqualTo(new Week(2026, 53));
        assertThat(new Week(2026, 53).next()).isEqualTo(new Week(2027, 1));
        assertThat(new Week(2027, 1).previous()).isEqualTo(new Week(2026, 53));
        assertThat(new Week(2025, 10).day(DayOfWeek.MONDAY)).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(Week.parse("2025-W10")).isEqualTo(new Week(2025, 10)).hasToString("2025-W10");
    }

    @Test
    void a_week_that_does_not_exist_is_refused_with_the_reason() {
        assertThatThrownBy(() -> new Week(2025, 53)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025 has weeks 1 to 52");
        assertThatThrownBy(() -> Week.parse("2025-10")).hasMessageContaining("written like 2025-W10");
    }

    @Test
    void the_post_stays_at_nine_local_on_both_sides_of_each_daylight_saving_change() {
        var schedule = new WeeklySchedule(DayOfWeek.MONDAY, LocalTime.of(9, 0), NEW_YORK);
        // clocks go forward on Sunday 9 March 2025 and back on Sunday 2 November 2025
        assertThat(schedule.dueAt(new Week(2025, 10))).isEqualTo(Instant.parse("2025-03-03T14:00:00Z"));
        assertThat(schedule.dueAt(new Week(2025, 11))).isEqualTo(Instant.parse("2025-03-10T13:00:00Z"));
        assertThat(schedule.dueAt(new Week(2025, 44))).isEqualTo(Instant.parse("2025-10-27T13:00:00Z"));
        assertThat(schedule.dueAt(new Week(2025, 45))).isEqualTo(Instant.parse("2025-11-03T14:00:00Z"));
    }

    @Test
    void a_time_in_the_spring_gap_moves_later_by_the_gap_and_one_in_the_autumn_overlap_is_the_earlier() {
        // given a Sunday 02:30 schedule: 02:30 does not exist on 9 March 2025 and happens twice on 2 November 2025
        var gap = new WeeklySchedule(DayOfWeek.SUNDAY, LocalTime.of(2, 30), NEW_YORK);
        var overlap = new WeeklySchedule(DayOfWeek.SUNDAY, LocalTime.of(1, 30), NEW_YORK);

        // then 02:30 becomes 03:30 EDT, and 01:30 is the first 01:30 (EDT, before the clocks go back)
        assertThat(gap.dueAt(Week.of(LocalDate.of(2025, 3, 9)))).isEqualTo(Instant.parse("2025-03-09T07:30:00Z"));
        assertThat(overlap.dueAt(Week.of(LocalDate.of(2025, 11, 2)))).isEqualTo(Instant.parse("2025-11-02T05:30:00Z"));
        // and the week before and after are at the ordinary time
        assertThat(gap.dueAt(Week.of(LocalDate.of(2025, 3, 16)))).isEqualTo(Instant.parse("2025-03-16T06:30:00Z"));
    }

    @Test
    void the_first_slot_after_an_instant_is_the_next_one_even_across_a_week_boundary() {
        var schedule = new WeeklySchedule(DayOfWeek.SUNDAY, LocalTime.of(23, 30), ZoneId.of("Pacific/Auckland"));
        Instant due = schedule.dueAt(new Week(2025, 10));
        assertThat(schedule.firstDueAfter(due.minusSeconds(1))).isEqualTo(new Week(2025, 10));
        assertThat(schedule.firstDueAfter(due)).isEqualTo(new Week(2025, 11));
        assertThat(schedule.describe()).isEqualTo("every Sunday at 23:30 (Pacific/Auckland)");
    }

    @Test
    void the_nonce_is_the_same_for_a_slot_and_differs_between_slots_within_discords_limit() {
        var slot = new Slot(new Week(2025, 10), "123456789012345678");
        assertThat(slot.nonce()).hasSize(Slot.NONCE_LENGTH).isEqualTo(new Slot(new Week(2025, 10), "123456789012345678").nonce());
        assertThat(slot.nonce()).isNotEqualTo(new Slot(new Week(2025, 11), "123456789012345678").nonce())
                .isNotEqualTo(new Slot(new Week(2025, 10), "123456789012345679").nonce());
    }
}
