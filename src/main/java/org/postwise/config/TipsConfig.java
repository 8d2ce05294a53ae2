package org.postwise.config;

import static org.postwise.config.Environment.get;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * When and where the weekly tip is posted.
 *
 * @param day        the day of the week of the post, in {@code zone}
 * @param time       the local time of the post, in {@code zone}
 * @param zone       the time zone the day and time are read in (daylight-saving rules included)
 * @param channelIds the channels the tip is posted to (Discord channel ids; the console uses its own); may be
 *                   empty, and then nothing is scheduled
 * @param grace      how late a slot missed while Postwise was down may still be posted; later, it is recorded
 *                   as missed
 */
public record TipsConfig(DayOfWeek day, LocalTime time, ZoneId zone, List<String> channelIds, Duration grace) {

    /** Day, time, zone and grace when their variables are not set. */
    public static final DayOfWeek DEFAULT_DAY = DayOfWeek.MONDAY;
    public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");
    public static final Duration DEFAULT_GRACE = Duration.ofHours(6);
    /**
     * A grace period of a week or more would let a late post of one week run into the next week's slot, so the
     * same channel could get two tips in a row for one week's worth of schedule.
     */
    public static final Duration MAX_GRACE = Duration.ofDays(7).minusSeconds(1);

    /** The environment variables of the weekly tip, with what they mean. */
    public static final Map<String, String> VARIABLES;

    static {
        var v = new LinkedHashMap<String, String>();
        v.put("POSTWISE_TIPS_DAY", "day of the weekly tip, e.g. MONDAY (default: MONDAY)");
        v.put("POSTWISE_TIPS_TIME", "local time of the weekly tip, HH:MM (default: 09:00)");
        v.put("POSTWISE_TIPS_ZONE", "time zone of day and time, e.g. America/New_York (default: UTC)");
        v.put("POSTWISE_TIPS_CHANNELS", "comma-separated Discord channel ids that get the weekly tip (default: none)");
        v.put("POSTWISE_TIPS_GRACE", "how late a missed tip may still be posted, ISO-8601, e.g. PT6H (default: PT6H)");
        VARIABLES = Collections.unmodifiableMap(v);
    }

    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");

    public TipsConfig {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(grace, "grace");
        channelIds = List.copyOf(channelIds);
        for (String id : channelIds) {
            if (id.isBlank() || id.contains(",")) {
                throw new IllegalArgumentException("a channel id must be a non-blank word but was '" + id + "'");
            }
        }
        if (new LinkedHashSet<>(channelIds).size() != channelIds.size()) {
            throw new IllegalArgumentException("channel ids must be distinct but were " + channelIds);
        }
        if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
            throw new IllegalArgumentException("grace must be between PT0S and " + MAX_GRACE + " but was " + grace);
        }
    }

    /** The defaults, with no channel. */
    public static TipsConfig defaults() {
        return new TipsConfig(DEFAULT_DAY, DEFAULT_TIME, DEFAULT_ZONE, List.of(), DEFAULT_GRACE);
    }

    /** The same schedule posting to {@code channels} instead (the console posts to a channel of its own). */
    public TipsConfig withChannels(List<String> channels) {
        return new TipsConfig(day, time, zone, channels, grace);
    }

    /**
     * Reads the settings from {@code env}. Throws {@link ConfigException} naming the variable when a value is
     * malformed.
     */
    public static TipsConfig from(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        DayOfWeek day = get(env, "POSTWISE_TIPS_DAY").map(TipsConfig::day).orElse(DEFAULT_DAY);
        LocalTime time = get(env, "POSTWISE_TIPS_TIME").map(TipsConfig::time).orElse(DEFAULT_TIME);
        ZoneId zone = get(env, "POSTWISE_TIPS_ZONE").map(TipsConfig::zone).orElse(DEFAULT_ZONE);
        List<String> channels = get(env, "POSTWISE_TIPS_CHANNELS").map(TipsConfig::channels).orElse(List.of());
        Duration grace = get(env, "POSTWISE_TIPS_GRACE").map(TipsConfig::grace).orElse(DEFAULT_GRACE);
        return new TipsConfig(day, time, zone, channels, grace);
    }

    private static DayOfWeek day(String raw) {
        String upper = raw.toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            // "MON" and "Monday" are read as they were meant
            if (d.name().equals(upper) || (upper.length() >= 3 && d.name().startsWith(upper))) {
                return d;
            }
        }
        throw new ConfigException("POSTWISE_TIPS_DAY must be a day of the week such as MONDAY but was '" + raw + "'");
    }

    private static LocalTime time(String raw) {
        try {
            return LocalTime.parse(raw.length() == 4 && raw.charAt(1) == ':' ? "0" + raw : raw);
        } catch (DateTimeParseException e) {
            throw new ConfigException("POSTWISE_TIPS_TIME must be a 24-hour time HH:MM such as 09:00 but was '"
                    + raw + "'");
        }
    }

    private static ZoneId zone(String raw) {
        try {
            return ZoneId.of(raw);
        } catch (DateTimeException e) {
            throw new ConfigException("POSTWISE_TIPS_ZONE must be a time zone id such as America/New_York but was '"
                    + raw + "'");
        }
    }

    private static List<String> channels(String raw) {
        var ids = new LinkedHashSet<String>();
        for (String part : raw.split(",")) {
            String id = part.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!SNOWFLAKE.matcher(id).matches()) {
                throw new ConfigException("POSTWISE_TIPS_CHANNELS must list Discord channel ids (digits only, "
                        + "comma-separated) but contained '" + id + "'");
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }

    private static Duration grace(String raw) {
        Duration grace;
        try {
            grace = Duration.parse(raw);
        } catch (DateTimeParseException e) {
            throw new ConfigException("POSTWISE_TIPS_GRACE must be an ISO-8601 duration such as PT6H but was '"
                    + raw + "'");
        }
        if (grace.isNegative() || grace.compareTo(MAX_GRACE) > 0) {
            throw new ConfigException("POSTWISE_TIPS_GRACE must be between PT0S and less than 7 days but was '"
                    + raw + "'");
        }
        return grace;
    }
}
