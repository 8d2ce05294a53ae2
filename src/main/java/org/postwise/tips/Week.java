package org.postwise.tips;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week ({@code 2025-W10}): weeks start on Monday, and week 1 is the week with the year's first
 * Thursday, so a week-based year has 52 or 53 weeks and its first days may fall in the previous calendar year.
 * A week, not an instant, names a slot: whatever time the schedule gives it, one week is one post per channel.
 *
 * @param year   the ISO week-based year
 * @param number the week of that year, 1 to 52 or 53
 */
public record Week(int year, int number) implements Comparable<Week> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public Week {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year must be between 1 and 9999 but was " + year);
        }
        long weeks = LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (number < 1 || number > weeks) {
            throw new IllegalArgumentException("week " + year + " has weeks 1 to " + weeks + ", not " + number);
        }
    }

    /** The week that holds {@code date}. */
    public static Week of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new Week(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The week that holds {@code instant} on the calendar of {@code zone}. */
    public static Week containing(Instant instant, ZoneId zone) {
        return of(LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), Objects.requireNonNull(zone, "zone")));
    }

    /** Reads {@code 2025-W10}. */
    public static Week parse(String text) {
        Matcher m = FORMAT.matcher(Objects.requireNonNull(text, "text"));
        if (!m.matches()) {
            throw new IllegalArgumentException("a week is written like 2025-W10, not '" + text + "'");
        }
        return new Week(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The date of {@code day} in this week. */
    public LocalDate day(DayOfWeek day) {
        // 4 January is always in week 1 of its week-based year
        return LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
                .with(ChronoField.DAY_OF_WEEK, Objects.requireNonNull(day, "day").getValue());
    }

    public Week next() {
        return of(day(DayOfWeek.MONDAY).plusWeeks(1));
    }

    public Week previous() {
        return of(day(DayOfWeek.MONDAY).minusWeeks(1));
    }

    @Override
    public int compareTo(Week other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    /** {@code 2025-W10}, the form the ledger stores. */
    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, number);
    }
}
