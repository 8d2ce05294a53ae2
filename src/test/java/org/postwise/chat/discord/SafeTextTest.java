package org.postwise.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SafeTextTest {

    /** Anything Discord would read as a mention. */
    static final Pattern MENTION = Pattern.compile("@(everyone|here)|<@!?&?[0-9]+>|<#[0-9]+>",
            Pattern.CASE_INSENSITIVE);

    @Test
    void breaksEveryKindOfMention() {
        String raw = "Hi @everyone and @here and @Everyone, <@123>, <@!456>, role <@&789>, channel <#1011>.";
        String safe = SafeText.neutralizeMentions(raw);
        assertFalse(MENTION.matcher(safe).find(), safe);
        assertEquals(raw, safe.replace(String.valueOf(SafeText.ZWSP), ""), "only invisible characters added");
    }

    @Test
    void escapesMarkdownSoUserTextShowsAsTyped() {
        assertEquals("\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\> quote \\~\\~gone\\~\\~ \\|\\|spoiler\\|\\|",
                SafeText.escapeMarkdown("**bold** _it_ `code` > quote ~~gone~~ ||spoiler||"));
    }

    @Test
    void keepsOnlyKnowledgeBaseLinks() {
        String text = "See https://doi.org/10.2196/jmir.2912. Or http://evil.example/login?x=1, or "
                + "[click](https://evil.example/a) or <https://evil.example/b>.";
        String safe = SafeText.keepOnlyLinks(text, Set.of("https://doi.org/10.2196/jmir.2912"));
        assertTrue(safe.contains("https://doi.org/10.2196/jmir.2912."), safe);
        assertFalse(safe.contains("evil"), safe);
        assertEquals(3, safe.split(Pattern.quote(SafeText.LINK_REMOVED), -1).length - 1, safe);
    }

    @Test
    void echoedUserTextCannotPingFormatOrLink() {
        String echoed = SafeText.echo("@everyone look **here** <@123> <@&456> https://evil.example");
        assertFalse(MENTION.matcher(echoed).find(), echoed);
        assertFalse(echoed.contains("**"), echoed);
        assertFalse(echoed.contains("evil"), echoed);
        assertTrue(echoed.contains("@someone") && echoed.contains("@role"), echoed);
    }

    @Test
    void titlesAreOneShortSafeLine() {
        String title = SafeText.title("<@99> Can I   accept\na friend request from @everyone " + "very ".repeat(40),
                100, "fallback");
        assertTrue(title.length() <= 100, title);
        assertFalse(title.contains("\n"));
        assertFalse(MENTION.matcher(title).find(), title);
        assertTrue(title.startsWith("@someone Can I accept a friend request"), title);
        assertTrue(title.endsWith("…"), title);
        assertEquals("fallback", SafeText.title(" \n ", 100, "fallback"));
        assertEquals(SafeText.LINK_REMOVED, SafeText.title("https://evil.example/x", 100, "fallback"));
    }
}
