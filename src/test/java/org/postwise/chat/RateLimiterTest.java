package org.postwise.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertTrue(limiter.tryAcquire("ann").allowed());
        advance(Duration.ofSeconds(10));
        assertTrue(limiter.tryAcquire("ann").allowed());
        assertTrue(limiter.tryAcquire("ann").allowed());
        var refused = limiter.tryAcquire("ann");
        assertFalse(refused.allowed());
        assertEquals(Duration.ofSeconds(50), refused.retryAfter(), "until the first permit leaves the window");
    }

    @Test
    void theWindowSlides() {
        var limiter = RateLimiter.perMinute(2, ticker);
        assertTrue(limiter.tryAcquire("ann").allowed());           // t = 0
        advance(Duration.ofSeconds(40));
        assertTrue(limiter.tryAcquire("ann").allowed());           // t = 40
        assertFalse(limiter.tryAcquire("ann").allowed());
        advance(Duration.ofSeconds(20));                           // t = 60: the first permit has left
        assertTrue(limiter.tryAcquire("ann").allowed());
        assertFalse(limiter.tryAcquire("ann").allowed());
        var refused = limiter.tryAcquire("ann");
        assertEquals(Duration.ofSeconds(40), refused.retryAfter(), "the t = 40 permit leaves at t = 100");
        advance(Duration.ofSeconds(40));
        assertTrue(limiter.tryAcquire("ann").allowed());
    }

    @Test
    void keysAreIndependent() {
        var limiter = RateLimiter.perMinute(1, ticker);
        assertTrue(limiter.tryAcquire("ann").allowed());
        assertTrue(limiter.tryAcquire("bob").allowed());
        assertFalse(limiter.tryAcquire("ann").allowed());
        assertFalse(limiter.tryAcquire("bob").allowed());
    }

    @Test
    void refusedAttemptsDoNotUseUpPermits() {
        var limiter = RateLimiter.perMinute(1, ticker);
        assertTrue(limiter.tryAcquire("ann").allowed());
        for (int i = 0; i < 5; i++) {
            assertFalse(limiter.tryAcquire("ann").allowed());
        }
        advance(Duration.ofMinutes(1));
        assertTrue(limiter.tryAcquire("ann").allowed());
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, Duration.ofMinutes(1), 10, ticker));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(1, Duration.ZERO, 10, ticker));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(1, Duration.ofMinutes(1), 0, ticker));
        assertThrows(NullPointerException.class, () -> RateLimiter.perMinute(1, ticker).tryAcquire(null));
    }
}
