package org.postwise.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Ticker ticker = nanos::get;

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void allows_the_permits_then_says_how_long_to_wait() {
        // given three permits a minute, used at t = 0 and t = 10 (twice)
        var limiter = RateLimiter.perMinute(3, ticker);
        limiter.tryAcquire("ann");
        advance(Duration.ofSeconds(10));
        limiter.tryAcquire("ann");
        limiter.tryAcquire("ann");

        // when
        var refused = limiter.tryAcquire("ann");

        // then
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).as("until the first permit leaves the window")
                .isEqualTo(Duration.ofSeconds(50));
    }

    @Test
    void the_window_slides() {
        // given two permits a minute, used at t = 0 and t = 40
        var limiter = RateLimiter.perMinute(2, ticker);
        limiter.tryAcquire("ann");
        advance(Duration.ofSeconds(40));
        limiter.tryAcquire("ann");

        // when the first permit has left the window at t = 60
        advance(Duration.ofSeconds(20));
        var allowed = limiter.tryAcquire("ann");
        var refused = limiter.tryAcquire("ann");

        // then one permit is free again, and the next one frees when the t = 40 permit leaves at t = 100
        assertThat(allowed.allowed()).isTrue();
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void keys_are_independent() {
        // given one permit a minute, used by ann
        var limiter = RateLimiter.perMinute(1, ticker);
        limiter.tryAcquire("ann");

        // when / then
        assertThat(limiter.tryAcquire("bob").allowed()).isTrue();
        assertThat(limiter.tryAcquire("ann").allowed()).isFalse();
    }

    @Test
    void refused_attempts_do_not_use_up_permits() {
        // given one permit a minute, used, then five refused attempts
        var limiter = RateLimiter.perMinute(1, ticker);
        limiter.tryAcquire("ann");
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("ann");
        }

        // when a minute has passed since the permit was used
        advance(Duration.ofMinutes(1));

        // then
        assertThat(limiter.tryAcquire("ann").allowed()).isTrue();
    }

    @Test
    void refuses_impossible_limits_with_a_message_naming_the_setting() {
        assertThatThrownBy(() -> new RateLimiter(0, Duration.ofMinutes(1), 10, ticker))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("permits");
        assertThatThrownBy(() -> new RateLimiter(1, Duration.ZERO, 10, ticker))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
        assertThatThrownBy(() -> new RateLimiter(1, Duration.ofMinutes(1), 0, ticker))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxKeys");
        assertThatThrownBy(() -> RateLimiter.perMinute(1, ticker).tryAcquire(null))
                .isInstanceOf(NullPointerException.class).hasMessage("key");
    }
}
