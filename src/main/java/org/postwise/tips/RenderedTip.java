package org.postwise.tips;

import java.util.List;
import java.util.Objects;

/**
 * A tip as posted: the text of {@code prompts/tip.md} filled in.
 *
 * @param tipId the tip's id
 * @param title the tip's title
 * @param text  the message text, the same for Discord and the console
 * @param links the links of the works it cites (DOI resolver or URL), the first work's first: the only links the
 *              post may carry
 */
public record RenderedTip(String tipId, String title, String text, List<String> links) {

    public RenderedTip {
        Objects.requireNonNull(tipId, "tipId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        links = List.copyOf(links);
        if (links.isEmpty()) {
            throw new IllegalArgumentException("a rendered tip links at least its source");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("a rendered tip must have text");
        }
    }

    /** A tip resting on one work. */
    public RenderedTip(String tipId, String title, String text, String link) {
        this(tipId, title, text, List.of(Objects.requireNonNull(link, "link")));
    }

    /** The link of the first work it cites. */
    public String link() {
        return links.get(0);
    }
}
