package org.postwise.tips;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The order tips come in for one channel, derived afresh from the ledger and the tips in service: never-posted
 * tips first (by id), then the least recently posted (by the slot's due time), ties by id. So every tip comes
 * once before any repeats, a tip added by a reload is next, and a removed one simply is not in the list. Nothing
 * but the ledger is stored, so every instance computes the same order.
 */
public final class TipRotation {

    private TipRotation() {
    }

    /**
     * @param tips    the tips in service
     * @param history the channel's ledger rows; posted and claimed rows count as uses
     * @return {@code tips} in the order they should be posted
     */
    public static List<Tip> order(List<Tip> tips, List<SlotRecord> history) {
        Objects.requireNonNull(tips, "tips");
        Objects.requireNonNull(history, "history");
        Map<String, Instant> lastUsed = new HashMap<>();
        for (SlotRecord row : history) {
            if (row.tipId() != null && (row.state() == SlotState.POSTED || row.state() == SlotState.CLAIMED)) {
                lastUsed.merge(row.tipId(), row.dueAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Comparator<Tip> neverFirst = Comparator.comparing(t -> lastUsed.containsKey(t.id()));
        Comparator<Tip> oldestFirst = Comparator.comparing(t -> lastUsed.getOrDefault(t.id(), Instant.MIN));
        return tips.stream().sorted(neverFirst.thenComparing(oldestFirst).thenComparing(Tip::id)).toList();
    }
}
