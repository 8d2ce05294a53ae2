package org.postwise.admin;

import java.time.Instant;
import java.util.List;

/**
 * Usage since a moment.
 *
 * @param since     start of the period
 * @param asked     questions asked
 * @param answered  answered from the material
 * @param abstained not covered by the material
 * @param flagged   warned or refused (patient details, injection, too long)
 * @param helpful   "Helpful" votes
 * @param notHelpful "Not helpful" votes
 * @param gaps      most frequent unanswered questions, most frequent first
 */
public record UsageStats(Instant since, long asked, long answered, long abstained, long flagged, long helpful,
                         long notHelpful, List<Gap> gaps) {

    public UsageStats {
        gaps = List.copyOf(gaps);
    }

    /** An unanswered question (normalised) and how often it was asked. */
    public record Gap(String question, long count) {
    }

    public String toText() {
        var out = new StringBuilder();
        out.append("Since ").append(since).append(": ").append(asked).append(" questions, ").append(answered)
                .append(" answered, ").append(abstained).append(" not covered by the material, ").append(flagged)
                .append(" warned or refused.\n");
        out.append("Feedback: ").append(helpful).append(" helpful, ").append(notHelpful).append(" not helpful.\n");
        if (gaps.isEmpty()) {
            out.append("No unanswered questions.");
        } else {
            out.append("Most frequent unanswered questions (gaps to fill):\n");
            gaps.forEach(g -> out.append("- ").append(g.question()).append(" (").append(g.count()).append("×)\n"));
        }
        return out.toString().strip();
    }
}
