package org.postwise.answer.safety;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a guard found: the flags it raises and, for each, the kinds of thing it saw ("email address",
 * "date of birth"). Kinds are fixed labels, never text from the question, so a verdict is safe to log.
 */
public record GuardVerdict(Set<String> flags, List<String> kinds) {

    public static final GuardVerdict CLEAN = new GuardVerdict(Set.of(), List.of());

    public GuardVerdict {
        flags = Set.copyOf(new TreeSet<>(flags));
        kinds = List.copyOf(kinds);
    }

    public boolean isClean() {
        return flags.isEmpty();
    }

    public boolean has(String flag) {
        return flags.contains(flag);
    }

    /** The union of two verdicts. */
    public GuardVerdict and(GuardVerdict other) {
        if (other.isClean()) {
            return this;
        }
        if (isClean()) {
            return other;
        }
        var f = new TreeSet<>(flags);
        f.addAll(other.flags);
        var k = new java.util.ArrayList<>(kinds);
        k.addAll(other.kinds);
        return new GuardVerdict(f, k);
    }
}
