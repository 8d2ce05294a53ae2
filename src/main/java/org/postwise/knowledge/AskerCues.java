package org.postwise.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * Which askers a whole card fits better, or worse, than its words alone say (front matter {@code when:} and
 * {@code unless:}). The embedding of a question weighs what it is about ("a friend request") far above who is in it
 * ("my patient's daughter", "my clinical instructor"), so two cards about the same act with different people score
 * alike; a card that names its people settles it. A card about a patient's relatives fits a question that names a
 * patient and a relative; the card about a patient's own friend request fits it worse.
 *
 * @param when   conditions under which the card fits the question better: any one holding is enough
 * @param unless conditions under which it fits worse: any one holding is enough
 */
public record AskerCues(List<Condition> when, List<Condition> unless) {

    /** A card that names no askers. */
    public static final AskerCues NONE = new AskerCues(List.of(), List.of());

    public AskerCues {
        when = List.copyOf(Objects.requireNonNull(when, "when"));
        unless = List.copyOf(Objects.requireNonNull(unless, "unless"));
    }

    public boolean isEmpty() {
        return when.isEmpty() && unless.isEmpty();
    }

    /**
     * One condition: it holds when the question names a cue of every group ({@code {patients} & {relatives}}: a
     * patient and a relative), a cue named as sub-case markers' cues are (its words together and in order).
     *
     * @param groups the groups of cues, each lower case and non-empty
     */
    public record Condition(List<List<String>> groups) {

        public Condition {
            groups = Objects.requireNonNull(groups, "groups").stream().map(List::copyOf).toList();
            if (groups.isEmpty() || groups.stream().anyMatch(List::isEmpty)) {
                throw new IllegalArgumentException("a condition needs at least one group, and every group a cue");
            }
        }
    }
}
