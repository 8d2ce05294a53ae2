package org.postwise.ops;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A Caffeine cache's recorded statistics in the metrics, under the names Micrometer's own Caffeine binder uses:
 * {@code cache_gets_total{cache, result="hit|miss"}}, {@code cache_evictions_total{cache}} and the hit rate
 * {@code cache_hit_ratio{cache}}. Reads the statistics at each scrape; the cache must be built with
 * {@code recordStats()}.
 */
public final class CacheMeters {

    private CacheMeters() {
    }

    /** Registers {@code cache}'s statistics, read through {@code stats}. */
    public static void register(MeterRegistry meters, String cache, Supplier<CacheStats> stats) {
        Objects.requireNonNull(meters, "meters");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(stats, "stats");
        FunctionCounter.builder("cache.gets", stats, s -> s.get().hitCount()).tag("cache", cache)
                .tag("result", "hit").description("Cache lookups that found an entry").register(meters);
        FunctionCounter.builder("cache.gets", stats, s -> s.get().missCount()).tag("cache", cache)
                .tag("result", "miss").description("Cache lookups that found nothing").register(meters);
        FunctionCounter.builder("cache.evictions", stats, s -> s.get().evictionCount()).tag("cache", cache)
                .description("Entries evicted to stay within the cache's size").register(meters);
        Gauge.builder("cache.hit.ratio", stats, s -> s.get().hitRate()).tag("cache", cache)
                .description("Share of lookups that found an entry (1 when there were none)").register(meters);
    }
}
