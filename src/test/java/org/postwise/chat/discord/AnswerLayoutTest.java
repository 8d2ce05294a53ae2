package org.postwise.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            assertTrue(m.content().length() <= DiscordLimits.CONTENT);
            assertTrue(m.embeds().size() <= DiscordLimits.EMBEDS_PER_MESSAGE);
            assertTrue(m.embedLength() <= DiscordLimits.EMBED_TOTAL, "total " + m.embedLength());
            for (var e : m.embeds()) {
                assertTrue(e.description().length() <= DiscordLimits.EMBED_DESCRIPTION);
                assertTrue(e.title().length() <= DiscordLimits.EMBED_TITLE);
                assertTrue(e.footer().length() <= DiscordLimits.EMBED_FOOTER);
            }
            assertTrue(m.buttons().size() <= DiscordLimits.BUTTONS_PER_ROW);
        }
    }

    @Test
    void aVeryLongAnswerStaysWithinLimitsAndNoCitationIsCut() {
        Answer answer = veryLong();
        var messages = layout.answer(answer);
        assertTrue(messages.size() > 1, "needs several messages: " + messages.size());
        assertWithinLimits(messages);

        var posted = new ArrayList<String>();
        descriptions(messages).forEach(d -> posted.addAll(List.of(d.split("\n"))));
        for (String line : answer.text().split("\n")) {
            if (!line.isBlank() && !line.startsWith("**")) {
                String safe = SafeText.forPost(line, Set.of());
                assertTrue(posted.contains(line) || posted.contains(safe),
                        "line split or lost: " + line);
            }
        }
        Pattern citationLine = Pattern.compile("^\\[(\\d+)] Author\\1 et al\\..*\\(guideline card \"Card \\1\", "
                + "which also cites others\\)$");
        long wholeCitations = posted.stream().filter(l -> citationLine.matcher(l).matches()).count();
        assertEquals(40, wholeCitations, "every citation line whole");
        for (String d : descriptions(messages)) {
            assertFalse(Pattern.compile("\\[\\d*$").matcher(d).find(), "a marker cut at the end: " + d);
            assertFalse(Pattern.compile("^\\d*]").matcher(d).find(), "a marker cut at the start");
        }
        assertTrue(posted.contains("**What the material says** _(continued)_"), "a carried-over section says so");
        assertTrue(posted.contains("**Sources**"));
    }

    @Test
    void buttonsGoUnderTheLastMessageAndCarryOnlyTheAnswerId() {
        var messages = layout.answer(veryLong());
        for (int i = 0; i < messages.size() - 1; i++) {
            assertTrue(messages.get(i).buttons().isEmpty());
        }
        var buttons = messages.get(messages.size() - 1).buttons();
        assertEquals(List.of("pw:fb:up:abc123", "pw:fb:down:abc123", "pw:src:abc123"),
                buttons.stream().map(OutgoingMessage.Button::id).toList());
        assertEquals(List.of("Helpful", "Not helpful", "Show passages"),
                buttons.stream().map(OutgoingMessage.Button::label).toList());
        var last = messages.get(messages.size() - 1).embeds();
        assertEquals("Answer abc123 · index v1", last.get(last.size() - 1).footer());
    }

    @Test
    void anAnswerWithoutPassagesHasNoShowPassagesButton() {
        var abstain = new Answer("x1", false, "The material doesn't cover that.", List.of(), Set.of(), "v1");
        var buttons = layout.answer(abstain).get(0).buttons();
        assertEquals(List.of("pw:fb:up:x1", "pw:fb:down:x1"), buttons.stream().map(OutgoingMessage.Button::id).toList());
        assertTrue(layout.answer(TestAnswers.privacyWarning("p1")).get(0).buttons().isEmpty(),
                "nothing to vote on under a privacy warning");
    }

    @Test
    void anOverlongLineIsBrokenBetweenWordsNeverInsideAMarker() {
        var small = new AnswerLayout(Set::of, 400);
        String line = "- " + "a claim with markers [12] and [3] ".repeat(40);
        var pieces = AnswerLayout.split("**What the material says**\n" + line, 400);
        assertTrue(pieces.size() > 3);
        for (String p : pieces) {
            assertTrue(p.length() <= 400, p.length() + "");
            for (String l : p.split("\n")) {
                assertFalse(l.matches(".*\\[\\d*") || l.matches("\\d*].*"), "marker cut: " + l);
            }
        }
        assertWithinLimits(small.document("t", line));
    }

    @Test
    void onlyKnowledgeBaseLinksAndNoPings() {
        var answer = new Answer("m1", true, "**What the material says**\n- @everyone read <@123> and <@&5> in "
                + "<#6>: " + TestAnswers.DOI + " and https://evil.example/x and https://doi.org/10.7326/x. [1]",
                List.of(TestAnswers.FARNAN), Set.of(), "v1");
        String d = descriptions(layout.answer(answer)).get(0);
        assertFalse(SafeTextTest.MENTION.matcher(d).find(), d);
        assertTrue(d.contains(TestAnswers.DOI), "a knowledge-base link stays");
        assertTrue(d.contains("https://doi.org/10.7326/x."), "the answer's own source link stays");
        assertFalse(d.contains("evil.example"), d);
    }

    @Test
    void passagesAreQuotedInFullUnderTheirCitationNumbers() {
        var messages = layout.passages(TestAnswers.answered("a1"));
        assertWithinLimits(messages);
        String d = String.join("\n", descriptions(messages));
        assertTrue(d.contains("**[1] Grajales et al., J Med Internet Res 2014**"), d);
        assertTrue(d.contains("**[2] Farnan et al., Ann Intern Med 2013**"), d);
        assertTrue(d.contains("> Patients sometimes send clinicians friend requests. Decline them politely."), d);
        assertTrue(messages.stream().allMatch(m -> m.buttons().isEmpty()));

        var long1 = layout.passages(veryLong());
        assertWithinLimits(long1);
        String all = String.join("\n", descriptions(long1));
        assertTrue(all.contains("**[40] Author40 et al., J Med Internet Res 2014**"));
    }

    @Test
    void noticesAreShortPlainTextAndMessagesRefuseToBreakLimits() {
        var n = layout.notice("x".repeat(3000));
        assertEquals(DiscordLimits.CONTENT, n.content().length());
        assertThrows(IllegalArgumentException.class, () -> OutgoingMessage.text("y".repeat(2001)));
        assertThrows(IllegalArgumentException.class,
                () -> new OutgoingMessage.Embed("", "z".repeat(4097), ""));
        var big = new OutgoingMessage.Embed("", "z".repeat(4000), "");
        assertThrows(IllegalArgumentException.class, () -> new OutgoingMessage("", List.of(big, big), List.of()));
    }

    @Test
    void componentIdsRoundTripAndRefuseAnythingButAnId() {
        var id = new ComponentId(ComponentId.Action.PASSAGES, "abc-123_X");
        assertEquals("pw:src:abc-123_X", id.encode());
        assertEquals(id, ComponentId.parse(id.encode()).orElseThrow());
        assertTrue(ComponentId.parse("pw:fb:up:has spaces").isEmpty());
        assertTrue(ComponentId.parse("pw:fb:up:").isEmpty());
        assertTrue(ComponentId.parse("other:fb:up:abc").isEmpty());
        assertTrue(ComponentId.parse("pw:fb:sideways:abc").isEmpty());
        assertTrue(ComponentId.parse(null).isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> new ComponentId(ComponentId.Action.HELPFUL, "Can I friend a patient?"));
    }
}
