package org.postwise.tips;

import java.time.Duration;

/** Durations as the team reads them: "6 h", "1 d 12 h", "90 min". */
final class Durations {

    private Durations() {
    }

    static String text(Duration d) {
        if (d.isZero()) {
            return "0 min";
        }
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        var out = new StringBuilder();
        if (days > 0) {
            out.append(days).append(" d");
        }
        if (hours > 0) {
            out.append(out.isEmpty() ? "" : " ").append(hours).append(" h");
        }
        if (minutes > 0 || out.isEmpty()) {
            out.append(out.isEmpty() ? "" : " ").append(minutes > 0 ? minutes : d.toSecondsPart()).append(minutes > 0 ? " min" : " s");
        }
        return out.toString();
    }
}
