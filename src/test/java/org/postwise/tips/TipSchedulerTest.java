package org.postwise.tips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.postwise.tips.TipFixtures.liveIndex;
import static org.postwise.tips.TipFixtures.mondayNineNewYork;
import static org.postwise.tips.TipFixtures.weeklyTips;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.postwise.storage.StorageException;
import org.postwise.testing.MutableClock;

class TipSchedulerTest {

    private static final Instant SUNDAY = Instant.parse("2025-03-02T17:00:00Z");

    @Test
    void wakes_at_the_next_slot_when_it_is_sooner_than_the_longest_sleep() {
        // given Monday 09:00 New York is 14:00 UTC, 21 hours after Sunday 17:00 UTC
        var clock = new MutableClock(Instant.parse("2025-03-03T10:00:00Z"));
        var executor = new ManualScheduledExecutor(clock);
        var scheduler = new TipScheduler(weeklyTips(liveIndex("tip-a"), new JdbcTipLedger(TipFixtures.database(false)),
                new FakeTipPublisher(clock), mondayNineNewYork(), "a"), executor, clock);

        // when
        scheduler.start();
        executor.advanceTo(clock.instant());

        // then
        assertThat(scheduler.nextRun()).contains(Instant.parse("2025-03-03T14:00:00Z"));
        assertThat(executor.pending()).isEqualTo(1);
    }

    @Test
    void sleeps_at_most_six_hours_and_not_at_all_after_close() {
        // given a slot 21 hours away
        var clock = new MutableClock(SUNDAY);
        var executor = new ManualScheduledExecutor(clock);
        var scheduler = new TipScheduler(weeklyTips(liveIndex("tip-a"), new JdbcTipLedger(TipFixtures.database(false)),
                new FakeTipPublisher(clock), mondayNineNewYork(), "a"), executor, clock);

        // when
        scheduler.start();
        executor.advanceTo(SUNDAY);

        // then
        assertThat(scheduler.nextRun()).contains(SUNDAY.plus(TipScheduler.MAX_SLEEP));
        scheduler.close();
        executor.advanceTo(SUNDAY.plus(Duration.ofDays(2)));
        assertThat(executor.ran()).containsExactly(SUNDAY);
        assertThat(scheduler.nextRun()).isEmpty();
        assertThatThrownBy(scheduler::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_run_that_fails_on_the_database_is_retried_later_rather_than_stopping_the_schedule() {
        // given a ledger that is unreachable for its first two reads
        var clock = new MutableClock(SUNDAY);
        var executor = new ManualScheduledExecutor(clock);
        var failures = new AtomicInteger(2);
        TipLedger real = new JdbcTipLedger(TipFixtures.database(false));
        TipLedger flaky = new TipLedger() {
            @Override
            public void startChannel(String channelId, Instant since) {
                real.startChannel(channelId, since);
            }

            @Override
            public Optional<Instant> channelSince(String channelId) {
                if (failures.getAndDecrement() > 0) {
                    throw new StorageException("connection refused");
                }
                return real.channelSince(channelId);
            }

            @Override
            public boolean insert(SlotRecord row) {
                return real.insert(row);
            }

            @Override
            public boolean replace(SlotRecord expected, SlotRecord next) {
                return real.replace(expected, next);
            }

            @Override
            public Optional<SlotRecord> find(Slot slot) {
                return real.find(slot);
            }

            @Override
            public List<SlotRecord> channel(String channelId) {
                return real.channel(channelId);
            }

            @Override
            public List<SlotRecord> recent(int limit) {
                return real.recent(limit);
            }
        };
        var publisher = new FakeTipPublisher(clock);
        var scheduler = new TipScheduler(weeklyTips(liveIndex("tip-a"), flaky, publisher, mondayNineNewYork(), "a"),
                executor, clock);

        // when
        scheduler.start();
        executor.advanceTo(Instant.parse("2025-03-03T15:00:00Z"));

        // then it tried again after the retry delay, and Monday's tip went out on time
        assertThat(executor.ran()).startsWith(SUNDAY, SUNDAY.plus(WeeklyTips.RETRY_DELAY),
                SUNDAY.plus(WeeklyTips.RETRY_DELAY.multipliedBy(2)));
        assertThat(publisher.messages()).singleElement()
                .satisfies(m -> assertThat(m.at()).isEqualTo(Instant.parse("2025-03-03T14:00:00Z")));
    }

    @Test
    void a_claim_older_than_the_look_back_does_not_make_the_scheduler_spin() {
        // given a claim left by a crash more than a year before the bot comes back
        var ledger = new JdbcTipLedger(TipFixtures.database(false));
        Instant longAgo = Instant.parse("2023-01-02T14:00:00Z");
        ledger.startChannel(TipFixtures.CHANNEL, longAgo);
        ledger.insert(SlotRecord.fresh(new Slot(new Week(2023, 1), TipFixtures.CHANNEL), longAgo, SlotState.CLAIMED,
                "tip-a", "dead", longAgo, null));
        var clock = new MutableClock(SUNDAY);
        var tips = weeklyTips(liveIndex("tip-a"), ledger, new FakeTipPublisher(clock), mondayNineNewYork(), "a");

        // then the next wake-up is the next slot, not now
        assertThat(tips.nextWakeUp(SUNDAY)).contains(Instant.parse("2025-03-03T14:00:00Z"));
    }

    @Test
    void with_no_channel_nothing_is_posted_and_the_scheduler_idles() {
        var clock = new MutableClock(SUNDAY);
        var executor = new ManualScheduledExecutor(clock);
        var publisher = new FakeTipPublisher(clock);
        var scheduler = new TipScheduler(weeklyTips(liveIndex("tip-a"), new JdbcTipLedger(TipFixtures.database(false)),
                publisher, mondayNineNewYork().withChannels(List.of()), "a"), executor, clock);

        scheduler.start();
        executor.advanceTo(SUNDAY.plus(Duration.ofDays(8)));

        assertThat(publisher.calls()).isEmpty();
        assertThat(executor.ran()).hasSize(33); // every six hours for eight days, and the first run
    }
}
