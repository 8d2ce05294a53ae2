package org.postwise.answer.generation;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops calling a language model that keeps failing (resilience4j's circuit breaker): once at least
 * {@value #MINIMUM_CALLS} of the last {@value #WINDOW} calls were made and half of them failed, calls end at once
 * with {@link ModelUnavailableException.Reason#CIRCUIT_OPEN} and the model gets nothing; after {@code wait} (on
 * the given clock) one call is let through as a probe: success closes the circuit, failure opens it again. Every
 * failure of the model counts (timeouts, HTTP errors, malformed replies); an answer the grounding check rejects
 * does not, since the model did answer.
 */
public final class CircuitBreakingLanguageModel implements LanguageModel {

    private static final Logger log = LoggerFactory.getLogger(CircuitBreakingLanguageModel.class);

    /** Calls the failure rate is computed over. */
    static final int WINDOW = 10;
    /** Calls needed before the failure rate counts. */
    static final int MINIMUM_CALLS = 4;
    /** Failure rate, in per cent, at which the circuit opens. */
    static final float FAILURE_RATE = 50;

    private final LanguageModel model;
    private final CircuitBreaker breaker;
    private final LongSupplier nanoTime;

    /**
     * @param wait     how long the circuit stays open before a probe
     * @param clock    when the wait is over (tests move it by hand)
     * @param nanoTime measures calls for the breaker's statistics
     */
    public CircuitBreakingLanguageModel(LanguageModel model, Duration wait, Clock clock, LongSupplier nanoTime) {
        this.model = Objects.requireNonNull(model, "model");
        Objects.requireNonNull(wait, "wait");
        Objects.requireNonNull(clock, "clock");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.breaker = CircuitBreaker.of("language-model-" + model.name(), CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(WINDOW)
                .minimumNumberOfCalls(MINIMUM_CALLS)
                .failureRateThreshold(FAILURE_RATE)
                .waitDurationInOpenState(wait)
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordExceptions(ModelUnavailableException.class, RuntimeException.class)
                .clock(clock)
                .build());
        breaker.getEventPublisher().onStateTransition(e -> log.warn("language model {}: circuit {}", model.name(),
                e.getStateTransition()));
    }

    @Override
    public String name() {
        return model.name();
    }

    /** The circuit's state now: {@code CLOSED}, {@code OPEN} or {@code HALF_OPEN}. */
    public String state() {
        return breaker.getState().name();
    }

    @Override
    public String complete(Prompt prompt, Consumer<String> soFar) throws ModelUnavailableException {
        if (!breaker.tryAcquirePermission()) {
            throw new ModelUnavailableException(ModelUnavailableException.Reason.CIRCUIT_OPEN,
                    "the model kept failing; it is left alone for a while");
        }
        long start = nanoTime.getAsLong();
        try {
            String text = model.complete(prompt, soFar);
            breaker.onSuccess(nanoTime.getAsLong() - start, TimeUnit.NANOSECONDS);
            return text;
        } catch (ModelUnavailableException | RuntimeException e) {
            breaker.onError(nanoTime.getAsLong() - start, TimeUnit.NANOSECONDS, e);
            throw e;
        } catch (Error e) {
            breaker.releasePermission();
            throw e;
        }
    }
}
