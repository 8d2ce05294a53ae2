package org.postwise.tips;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import org.postwise.config.TipsConfig;

/**
 * When each week's tip is due: the configured day and local time in the configured zone, computed afresh for
 * every week, so a daylight-saving change neither shifts the post (it stays at 09:00 local) nor repeats or drops
 * one (a slot is a week, not an hour).
 *
 * <p>A local time that does not exist on the day (it falls in a spring-forward gap) is moved later by the length
 * of the gap: 02:30 on a day the clocks jump from 02:00 to 03:00 becomes 03:30. A local time that occurs twice (a
 * fall-back overlap) is its first occurrence, the earlier instant. This is {@link ZonedDateTime#of}'s rule, and
 * it gives the same instant on every run and every machine.
 */
public final class WeeklySchedule {

    private final DayOfWeek day;
    private final LocalTime time;
    private final ZoneId zone;

    public WeeklySchedule(DayOfWeek day, LocalTime time, ZoneId zone) {
        this.day = Objects.requireNonNull(day, "day");
        this.time = Objects.requireNonNull(time, "time");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public static WeeklySchedule of(TipsConfig config) {
        return new WeeklySchedule(config.day(), config.time(), config.zone());
    }

    /** The instant the tip of {@code week} is due. */
    public Instant dueAt(Week week) {
        return ZonedDateTime.of(week.day(day), time, zone).toInstant();
    }

    /** The week whose slot falls on the calendar week of {@code instant}, in the schedule's zone. */
    public Week weekOf(Instant instant) {
        return Week.containing(instant, zone);
    }

    /** The first week whose tip is due strictly after {@code instant}. */
    public Week firstDueAfter(Instant instant) {
        // start a week early: near a week boundary the due instant may lie on either side of the calendar week
        Week w = weekOf(instant).previous();
        while (!dueAt(w).isAfter(instant)) {
            w = w.next();
        }
        return w;
    }

    public ZoneId zone() {
        return zone;
    }

    /** "every Monday at 09:00 (America/New_York)". */
    public String describe() {
        return "every " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " at " + time + " (" + zone.getId() + ")";
    }
}
