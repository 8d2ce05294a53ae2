package org.postwise.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SafeTextTest {

    /** Anything Discord would read as a mention. */
    static final Pattern MENTION = Pattern.compile("@(everyone|here)|<@!?&?[0-9]+>|<#[0-9]+>",
            Pattern.CASE_INSENSITIVE);

    @Test
    void breaks_every_kind_of_mention() {
        // given
        String raw = "Hi @everyone and @here and @Everyone, <@123>, <@!456>, role <@&789>, channel <#1011>.";

        // when
        String safe = SafeText.neutralizeMentions(raw);

        // then
        assertThat(MENTION.matcher(safe).find()).as(safe).isFalse();
        assertThat(safe.replace(String.valueOf(SafeText.ZWSP), "")).as("only invisible characters added")
                .isEqualTo(raw);
    }

    @Test
    void escapes_markdown_so_user_text_shows_as_typed() {
        assertThat(SafeText.escapeMarkdown("**bold** _it_ `code` > quote ~~gone~~ ||spoiler||"))
                .isEqualTo("\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\> quote \\~\\~gone\\~\\~ \\|\\|spoiler\\|\\|");
    }

    @Test
    void keeps_only_knowledge_base_links() {
        // given
        String text = "See https://doi.org/10.2196/jmir.2912. Or http://evil.example/login?x=1, or "
                + "[click](https://evil.example/a) or <https://evil.example/b>.";

        // when
        String safe = SafeText.keepOnlyLinks(text, Set.of("https://doi.org/10.2196/jmir.2912"));

        // then
        assertThat(safe).contains("https://doi.org/10.2196/jmir.2912.").doesNotContain("evil");
        assertThat(safe.split(Pattern.quote(SafeText.LINK_REMOVED), -1)).as(safe).hasSize(4);
    }

    @Test
    void echoed_user_text_cannot_ping_format_or_link() {
        // when
        String echoed = SafeText.echo("@everyone look **here** <@123> <@&456> https://evil.example");

        // then
        assertThat(MENTION.matcher(echoed).find()).as(echoed).isFalse();
        assertThat(echoed).doesNotContain("**", "evil").contains("@someone", "@role");
    }

    @Test
    void titles_are_one_short_safe_line() {
        // when
        String title = SafeText.title("<@99> Can I   accept\na friend request from @everyone " + "very ".repeat(40),
                100, "fallback");

        // then
        assertThat(title.length()).as(title).isLessThanOrEqualTo(100);
        assertThat(title).doesNotContain("\n").startsWith("@someone Can I accept a friend request").endsWith("…");
        assertThat(MENTION.matcher(title).find()).as(title).isFalse();
    }

    @Test
    void a_title_with_nothing_to_show_is_the_fallback() {
        assertThat(SafeText.title(" \n ", 100, "fallback")).isEqualTo("fallback");
    }

    @Test
    void a_title_that_is_only_a_foreign_link_shows_that_the_link_was_removed() {
        assertThat(SafeText.title("https://evil.example/x", 100, "fallback")).isEqualTo(SafeText.LINK_REMOVED);
    }
}
