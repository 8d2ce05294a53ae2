package org.postwise.tips;

import java.util.Objects;

/**
 * A tip as posted: the text of {@code prompts/tip.md} filled in.
 *
 * @param tipId the tip's id
 * @param title the tip's title
 * @param text  the message text, the same for Discord and the console
 * @param link  the source's link (DOI resolver or URL)
 */
public record RenderedTip(String tipId, String title, String text, String link) {

    public RenderedTip {
        Objects.requireNonNull(tipId, "tipId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(link, "link");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a rendered tip must have text");
        }
    }
}
