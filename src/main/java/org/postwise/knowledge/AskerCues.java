package org.postwise.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * Which askers a whole card fits better, or worse, than its words alone say (front matter {@code when:},
 * {@code unless:} and {@code only:}). The embedding of a question weighs what it is about ("a friend request") far
 * above who is in it ("my patient's daughter", "my clinical instructor"), so two cards about the same act with
 * different people score alike; a card that names its people settles it. A card about a patient's relatives fits a
 * question that names a patient and a relative; the card about a patient's own friend request fits it worse. A card
 * for one narrow situation names it under {@code only:}: the card on a colleague who has died or is ill fits a
 * question about a sarcastic caption worse, however many of its words ("share", "post", "news") the question holds.
 *
 * @param when   conditions under which the card fits the question better: any one holding is enough
 * @param unless conditions under which it fits worse: any one holding is enough
 * @param only   conditions of which one must hold, or the card fits worse, as under {@code unless}; none: no such
 *               limit
 */
public record AskerCues(List<Condition> when, List<Condition> unless, List<Condition> only) {

    /** A card that names no askers. */
    public static final AskerCues NONE = new AskerCues(List.of(), List.of(), List.of());

    public AskerCues {
        when = List.copyOf(Objects.requireNonNull(when, "when"));
        unless = List.copyOf(Objects.requireNonNull(unless, "unless"));
        only = List.copyOf(Objects.requireNonNull(only, "only"));
    }

    /** A card with no {@code only:} limit. */
    public AskerCues(List<Condition> when, List<Condition> unless) {
        this(when, unless, List.of());
    }

    public boolean isEmpty() {
        return when.isEmpty() && unless.isEmpty() && only.isEmpty();
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
