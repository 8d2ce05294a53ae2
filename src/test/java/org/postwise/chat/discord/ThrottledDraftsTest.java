package org.postwise.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ThrottledDraftsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final AnswerLayout layout = new AnswerLayout(() -> Set.of(TestAnswers.DOI));
    private final List<OutgoingMessage> shown = new ArrayList<>();
    private final ThrottledDrafts drafts = new DraftPace(layout, ticker, Duration.ofSeconds(1)).to(shown::add);

    @Test
    void shows_the_first_draft_at_once_and_later_ones_at_most_once_a_second() {
        // when drafts come every 300 ms for two seconds
        for (int i = 0; i < 7; i++) {
            drafts.draft("**What the material says**\n- Sentence " + i + ". [1]");
            nanos.addAndGet(Duration.ofMillis(300).toNanos());
        }

        // then the first at once, and the next only a second or more after it (at 1.2 s)
        assertThat(shown).extracting(m -> m.embeds().get(0).description())
                .containsExactly("**What the material says**\n- Sentence 0. [1]",
                        "**What the material says**\n- Sentence 4. [1]");
        assertThat(shown).allSatisfy(m -> {
            assertThat(m.buttons()).isEmpty();
            assertThat(m.embeds().get(0).footer()).isEqualTo(AnswerLayout.WRITING);
        });
    }

    @Test
    void every_draft_is_neutralised_like_a_final_answer() {
        // when
        drafts.draft("- @everyone read " + TestAnswers.DOI + " and http://evil.example/x <@123>. [1]");

        // then
        String description = shown.get(0).embeds().get(0).description();
        assertThat(description).contains(TestAnswers.DOI, "(link removed)", "@\u200Beveryone")
                .doesNotContain("evil.example", "<@1");
    }

    @Test
    void nothing_is_shown_after_it_is_closed() {
        // given
        drafts.draft("first");
        drafts.close();
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());

        // when
        drafts.draft("too late");

        // then
        assertThat(shown).hasSize(1);
        assertThat(drafts.shown()).isTrue();
    }
}
