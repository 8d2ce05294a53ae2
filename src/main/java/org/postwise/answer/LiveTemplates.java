package org.postwise.answer;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The templates in service. An answer reads them once, so a reload that swaps them never mixes two
 * versions within one answer.
 */
public final class LiveTemplates {

    private final AtomicReference<TemplateSet> current;

    public LiveTemplates(TemplateSet initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    public TemplateSet current() {
        return current.get();
    }

    /** Puts {@code next} in service and returns the set it replaced. */
    public TemplateSet replace(TemplateSet next) {
        return current.getAndSet(Objects.requireNonNull(next, "next"));
    }
}
