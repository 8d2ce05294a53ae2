package org.postwise.ops;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * One condition of {@code /readyz}.
 *
 * @param name  what is checked, as {@code /readyz} lists it ({@code index}, {@code database}, {@code discord})
 * @param ready true when the condition holds now; a check that throws counts as not ready
 */
public record ReadinessCheck(String name, BooleanSupplier ready) {

    public ReadinessCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ready, "ready");
    }

    /** Whether the condition holds; false when the check throws. */
    public boolean passes() {
        try {
            return ready.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
