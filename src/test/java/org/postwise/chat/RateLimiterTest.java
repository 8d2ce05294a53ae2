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
    void allowsThePermitsThenSaysHowLongToWait() {
        var limiter = RateLimiter.perMinute(3, ticker);
        assertThat(limiter.tryAcquire("ann").allowed()).isTrue();
        advance(Duration.ofSeconds(10));
        assertThat(limiter.tryAcquire("ann").allowed()).isTrue();
        assertThat(limiter.tryAcquire("ann").allowed()).isTrue();
        var refused = limiter.tryAcquire("ann");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).as("until the first permit leaves the window")
                .isEqualTo(Duration.ofSeconds(50));
    }

    @Test
    void theWindowSlides() {
        var limiter = RateLimiter.perMinute(2, ticker);
        assertThat(limiter.tryAcquire("ann").allowed()).isTrue();           // t = 0
        advance(Duration.ofSeconds(40));
        assertThat(limiter.tryAcquire("ann").allowed()).isTrue();           // t = 40
        assertThat(limiter.tryAcquire("ann").allowed()).isFalse();
        advance(Duration.ofSeconds(20));                           // t = 60: the first permit has left
        assertThat(limiter.tryAcquire("ann").allowed()).isTrue();
        assertThat(limiter.tryAcquire("ann").allowed()).isFalse();
        var refused = limiter.tryAcquire("ann");
        assertThat(refused.retryAfter()).as("the t = 40 permit leaves at t = 100").isEqualTo(Duration.ofSeconds(40));
        advance(Duration.ofSeconds(40));
        assertThat(limiter.tryAcquire("ann").allowed()).isTrue();
    }

    @Test
    void keysAreIndependent() {
        var limiter = RateLimiter.perMinute(1, ticker);
        assertThat(limiter.tryAcquire("ann").allowed()).isTrue();
        assertThat(limiter.tryAcquire("bob").allowed()).isTrue();
        assertThat(limiter.tryAcquire("ann").allowed()).isFalse();
        assertThat(limiter.tryAcquire("bob").allowed()).isFalse();
    }

    @Test
    void refusedAttemptsDoNotUseUpPermits() {
        var limiter = RateLimiter.perMinute(1, ticker);
        assertThat(limiter.tryAcquire("ann").allowed()).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("ann").allowed()).isFalse();
        }
        advance(Duration.ofMinutes(1));
        assertThat(limiter.tryAcquire("ann").allowed()).isTrue();
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new RateLimiter(0, Duration.ofMinutes(1), 10, ticker))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(1, Duration.ZERO, 10, ticker))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(1, Duration.ofMinutes(1), 0, ticker))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimiter.perMinute(1, ticker).tryAcquire(null))
                .isInstanceOf(NullPointerException.class);
    }
}
