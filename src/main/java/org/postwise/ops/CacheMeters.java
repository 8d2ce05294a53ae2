package org.postwise.ops;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import java.util.function.Function;

/**
 * A Caffeine cache's recorded statistics in the metrics, under the names Micrometer's own Caffeine binder uses:
 * {@code cache_gets_total{cache, result="hit|miss"}}, {@code cache_evictions_total{cache}} and the hit rate
 * {@code cache_hit_ratio{cache}}. Reads the statistics at each scrape; the cache must be built with
 * {@code recordStats()}. Micrometer holds the cache's owner weakly, so the owner must live as long as the
 * metrics matter (the composition root keeps it).
 */
public final class CacheMeters {

    private CacheMeters() {
    }

    /** Registers the statistics of {@code owner}'s cache, named {@code cache}, read through {@code stats}. */
    public static <T> void register(MeterRegistry meters, String cache, T owner, Function<T, CacheStats> stats) {
        Objects.requireNonNull(meters, "meters");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(stats, "stats");
        FunctionCounter.builder("cache.gets", owner, o -> stats.apply(o).hitCount()).tag("cache", cache)
                .tag("result", "hit").description("Cache lookups that found an entry").register(meters);
        FunctionCounter.builder("cache.gets", owner, o -> stats.apply(o).missCount()).tag("cache", cache)
                .tag("result", "miss").description("Cache lookups that found nothing").register(meters);
        FunctionCounter.builder("cache.evictions", owner, o -> stats.apply(o).evictionCount()).tag("cache", cache)
                .description("Entries evicted to stay within the cache's size").register(meters);
        Gauge.builder("cache.hit.ratio", owner, o -> stats.apply(o).hitRate()).tag("cache", cache)
                .description("Share of lookups that found an entry (1 when there were none)").register(meters);
    }
}
