package org.postwise.retrieval;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The index in service. Readers take one snapshot per question and use it to the end, so a swap never
 * mixes two versions within one answer; the swap itself is a single atomic reference write.
 */
public final class LiveIndex {

    private final AtomicReference<PassageIndex> current;

    public LiveIndex(PassageIndex initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public PassageIndex current() {
        return current.get();
    }

    /** Puts {@code next} in service and returns the index it replaced. */
    public PassageIndex replace(PassageIndex next) {
        return current.getAndSet(Objects.requireNonNull(next, "next"));
    }
}
