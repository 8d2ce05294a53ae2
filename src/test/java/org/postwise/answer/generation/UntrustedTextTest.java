package org.postwise.answer.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UntrustedTextTest {

    private static final Set<String> LINKS = Set.of("https://doi.org/10.2196/jmir.2912");

    @Test
    void keeps_only_links_of_the_knowledge_base() {
        assertThat(UntrustedText.neutralize("Read https://doi.org/10.2196/jmir.2912. Or <https://x.example/a>.", LINKS))
                .isEqualTo("Read https://doi.org/10.2196/jmir.2912. Or (link removed).");
    }

    @Test
    void reduces_markdown_links_and_images_to_their_labels_and_judges_the_target() {
        assertThat(UntrustedText.neutralize("See [the review](https://doi.org/10.2196/jmir.2912) and "
                + "![pixel](http://track.example/p.png)", LINKS))
                .isEqualTo("See the review https://doi.org/10.2196/jmir.2912 and pixel (link removed)");
    }

    @Test
    void disarms_every_kind_of_mention() {
        assertThat(UntrustedText.neutralize("@everyone @Here <@123> <@!456> <@&789> <#42> <:wave:99> @nurse", Set.of()))
                .isEqualTo("everyone Here nurse");
    }

    @Test
    void removes_markup_and_invisible_characters() {
        assertThat(UntrustedText.neutralize("# **Bold** _it_ ~~gone~~ ||spoiler|| > quote `code` a\u200Bb <b>x</b>",
                Set.of())).isEqualTo("Bold it gone spoiler > quote code ab x");
    }
}
