package org.postwise.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.postwise.answer.Answer;
import org.postwise.answer.AnswerSource;

class AnswerLayoutTest {

    private final AnswerLayout layout = new AnswerLayout(() -> Set.of(TestAnswers.DOI));

    /** An answer far over Discord's limits: 120 quoted sentences and 40 sources. */
    private static Answer veryLong() {
        var text = new StringBuilder("**What the material says**\n");
        for (int i = 1; i <= 120; i++) {
            text.append("- Sentence ").append(i).append(" quotes the review on professional social-media use, ")
                    .append("about friend requests, privacy settings and separate accounts for clinicians [")
                    .append(i % 40 + 1).append("] and [").append((i + 7) % 40 + 1).append("].\n");
        }
        text.append("\n**What to do**\n");
        for (int i = 1; i <= 30; i++) {
            text.append("- Guidance line ").append(i).append(": decline politely and use official channels. [")
                    .append(i % 40 + 1).append("]\n");
        }
        text.append("\n**Sources**\n");
        var sources = new ArrayList<AnswerSource>();
        for (int i = 1; i <= 40; i++) {
            String url = "https://doi.org/10.1000/source." + i;
            text.append('[').append(i).append("] Author").append(i).append(" et al., J Med Internet Res 2014. ")
                    .append("A rather long title of source number ").append(i)
                    .append(" about social media in medicine and health care. ").append(url)
                    .append(" (guideline card \"Card ").append(i).append("\", which also cites others)\n");
            sources.add(new AnswerSource(null, url, "Title " + i, "Author" + i + " et al., J Med Internet Res 2014",
                    "Summary", "Passage " + i + " text. ".repeat(60), 1.0 / i));
        }
        text.append("\n_General guidance only._");
        return new Answer("abc123", true, text.toString(), sources, Set.of(), "v1");
    }

    private static List<String> descriptions(List<OutgoingMessage> messages) {
        return messages.stream().flatMap(m -> m.embeds().stream()).map(OutgoingMessage.Embed::description).toList();
    }

    private static void assertWithinLimits(List<OutgoingMessage> messages) {
        for (OutgoingMessage m : messages) {
            assertThat(m.content().length()).isLessThanOrEqualTo(DiscordLimits.CONTENT);
            assertThat(m.embeds().size()).isLessThanOrEqualTo(DiscordLimits.EMBEDS_PER_MESSAGE);
            assertThat(m.embedLength()).as("total " + m.embedLength()).isLessThanOrEqualTo(DiscordLimits.EMBED_TOTAL);
            for (var e : m.embeds()) {
                assertThat(e.description().length()).isLessThanOrEqualTo(DiscordLimits.EMBED_DESCRIPTION);
                assertThat(e.title().length()).isLessThanOrEqualTo(DiscordLimits.EMBED_TITLE);
                assertThat(e.footer().length()).isLessThanOrEqualTo(DiscordLimits.EMBED_FOOTER);
            }
            assertThat(m.buttons().size()).isLessThanOrEqualTo(DiscordLimits.BUTTONS_PER_ROW);
        }
    }

    @Test
    void a_very_long_answer_stays_within_limits_and_no_citation_is_cut() {
        // given
        Answer answer = veryLong();

        // when
        var messages = layout.answer(answer);

        // then
        assertThat(messages.size()).as("needs several messages: " + messages.size()).isGreaterThan(1);
        assertWithinLimits(messages);

        var posted = new ArrayList<String>();
        descriptions(messages).forEach(d -> posted.addAll(List.of(d.split("\n"))));
        for (String line : answer.text().split("\n")) {
            if (!line.isBlank() && !line.startsWith("**")) {
                String safe = SafeText.forPost(line, Set.of());
                assertThat(posted.contains(line) || posted.contains(safe)).as("line split or lost: " + line).isTrue();
            }
        }
        Pattern citationLine = Pattern.compile("^\\[(\\d+)] Author\\1 et al\\..*\\(guideline card \"Card \\1\", "
                + "which also cites others\\)$");
        long wholeCitations = posted.stream().filter(l -> citationLine.matcher(l).matches()).count();
        assertThat(wholeCitations).as("every citation line whole").isEqualTo(40);
        for (String d : descriptions(messages)) {
            assertThat(Pattern.compile("\\[\\d*$").matcher(d).find()).as("a marker cut at the end: " + d).isFalse();
            assertThat(Pattern.compile("^\\d*]").matcher(d).find()).as("a marker cut at the start").isFalse();
        }
        assertThat(posted).as("a carried-over section says so").contains("**What the material says** _(continued)_");
        assertThat(posted).contains("**Sources**");
    }

    @Test
    void buttons_go_under_the_last_message_and_carry_only_the_answer_id() {
        // when
        var messages = layout.answer(veryLong());

        // then
        for (int i = 0; i < messages.size() - 1; i++) {
            assertThat(messages.get(i).buttons()).isEmpty();
        }
        var buttons = messages.get(messages.size() - 1).buttons();
        assertThat(buttons.stream().map(OutgoingMessage.Button::id).toList())
                .containsExactly("pw:fb:up:abc123", "pw:fb:down:abc123", "pw:src:abc123");
        assertThat(buttons.stream().map(OutgoingMessage.Button::label).toList())
                .containsExactly("Helpful", "Not helpful", "Show passages");
        var last = messages.get(messages.size() - 1).embeds();
        assertThat(last.get(last.size() - 1).footer()).isEqualTo("Answer abc123 · index v1");
    }

    @Test
    void an_answer_without_passages_has_no_show_passages_button() {
        // given
        var abstain = new Answer("x1", false, "The material doesn't cover that.", List.of(), Set.of(), "v1");

        // when
        var buttons = layout.answer(abstain).get(0).buttons();

        // then
        assertThat(buttons.stream().map(OutgoingMessage.Button::id).toList())
                .containsExactly("pw:fb:up:x1", "pw:fb:down:x1");
    }

    @Test
    void a_privacy_warning_has_nothing_to_vote_on() {
        assertThat(layout.answer(TestAnswers.privacyWarning("p1")).get(0).buttons()).isEmpty();
    }

    @Test
    void an_overlong_line_is_broken_between_words_never_inside_a_marker() {
        // given
        var small = new AnswerLayout(Set::of, 400);
        String line = "- " + "a claim with markers [12] and [3] ".repeat(40);

        // when
        var pieces = AnswerLayout.split("**What the material says**\n" + line, 400);

        // then
        assertThat(pieces.size()).isGreaterThan(3);
        for (String p : pieces) {
            assertThat(p.length()).as(p.length() + "").isLessThanOrEqualTo(400);
            for (String l : p.split("\n")) {
                assertThat(l.matches(".*\\[\\d*") || l.matches("\\d*].*")).as("marker cut: " + l).isFalse();
            }
        }
        assertWithinLimits(small.document("t", line));
    }

    @Test
    void only_knowledge_base_links_and_no_pings() {
        // given
        var answer = new Answer("m1", true, "**What the material says**\n- @everyone read <@123> and <@&5> in "
                + "<#6>: " + TestAnswers.DOI + " and https://evil.example/x and https://doi.org/10.7326/x. [1]",
                List.of(TestAnswers.FARNAN), Set.of(), "v1");

        // when
        String d = descriptions(layout.answer(answer)).get(0);

        // then
        assertThat(SafeTextTest.MENTION.matcher(d).find()).as(d).isFalse();
        assertThat(d).as("a knowledge-base link stays").contains(TestAnswers.DOI);
        assertThat(d).as("the answer's own source link stays").contains("https://doi.org/10.7326/x.");
        assertThat(d).doesNotContain("evil.example");
    }

    @Test
    void passages_are_quoted_in_full_under_their_citation_numbers() {
        // when
        var messages = layout.passages(TestAnswers.answered("a1"));

        // then
        assertWithinLimits(messages);
        assertThat(String.join("\n", descriptions(messages))).contains(
                "**[1] Grajales et al., J Med Internet Res 2014**", "**[2] Farnan et al., Ann Intern Med 2013**",
                "> Patients sometimes send clinicians friend requests. Decline them politely.");
        assertThat(messages).allMatch(m -> m.buttons().isEmpty());
    }

    @Test
    void the_passages_of_a_long_answer_stay_within_limits_with_every_citation_number() {
        // when
        var messages = layout.passages(veryLong());

        // then
        assertWithinLimits(messages);
        assertThat(String.join("\n", descriptions(messages)))
                .contains("**[40] Author40 et al., J Med Internet Res 2014**");
    }

    @Test
    void a_notice_is_plain_text_cut_to_one_messages_content() {
        assertThat(layout.notice("x".repeat(3000)).content()).hasSize(DiscordLimits.CONTENT);
    }

    @Test
    void messages_refuse_to_break_discords_limits() {
        assertThatThrownBy(() -> OutgoingMessage.text("y".repeat(2001))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutgoingMessage.Embed("", "z".repeat(4097), ""))
                .isInstanceOf(IllegalArgumentException.class);
        var big = new OutgoingMessage.Embed("", "z".repeat(4000), "");
        assertThatThrownBy(() -> new OutgoingMessage("", List.of(big, big), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void component_ids_round_trip() {
        var id = new ComponentId(ComponentId.Action.PASSAGES, "abc-123_X");
        assertThat(id.encode()).isEqualTo("pw:src:abc-123_X");
        assertThat(ComponentId.parse(id.encode()).orElseThrow()).isEqualTo(id);
    }

    @Test
    void component_ids_refuse_anything_but_an_answer_id() {
        assertThat(ComponentId.parse("pw:fb:up:has spaces")).isEmpty();
        assertThat(ComponentId.parse("pw:fb:up:")).isEmpty();
        assertThat(ComponentId.parse("other:fb:up:abc")).isEmpty();
        assertThat(ComponentId.parse("pw:fb:sideways:abc")).isEmpty();
        assertThat(ComponentId.parse(null)).isEmpty();
        assertThatThrownBy(() -> new ComponentId(ComponentId.Action.HELPFUL, "Can I friend a patient?"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
