package org.postwise.tips;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.postwise.answer.Template;
import org.postwise.knowledge.SourceRef;

/**
 * Renders a tip through {@code prompts/tip.md} (placeholders {@code title}, {@code body}, {@code guidance},
 * {@code sources} — one "citation — link" line per work the tip cites — and {@code citation}, {@code link} of its
 * first work) and decides whether it can be posted at all: a tip with no usable source link,
 * no text, no "What to do" or a rendering too long for one Discord message is refused with a reason the team
 * can act on, never posted broken.
 */
public final class TipRenderer {

    /** Discord's limit for a message's content; the console has none, but one template serves both. */
    public static final int DISCORD_CONTENT_LIMIT = 2000;

    private final Supplier<Template> template;
    private final int maxChars;

    /** A renderer over one fixed template (tests, tools). */
    public TipRenderer(Template template) {
        this(constant(template), DISCORD_CONTENT_LIMIT);
    }

    /**
     * @param template the template in service, read on every render so that a reload of {@code prompts/tip.md}
     *                 applies to the next tip (its placeholders are checked when it is loaded)
     * @param maxChars the longest rendering that may be posted
     */
    public TipRenderer(Supplier<Template> template, int maxChars) {
        this.template = Objects.requireNonNull(template, "template");
        if (maxChars < 100) {
            throw new IllegalArgumentException("maxChars must be >= 100 but was " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** Why {@code tip} cannot be posted, or empty when it can. */
    public Optional<String> problem(Tip tip) {
        Objects.requireNonNull(tip, "tip");
        List<String> problems = new ArrayList<>();
        if (tip.sources().isEmpty()) {
            problems.add("it cites no source (mark its text with [@key])");
        }
        for (var source : tip.sources()) {
            String link = source.link();
            if (link == null) {
                problems.add("its source '" + source.citation() + "' has no DOI or URL");
            } else if (!isWebLink(link)) {
                problems.add("its source link '" + link + "' is not a web address");
            }
        }
        if (tip.body().isBlank()) {
            problems.add("it has no text before '## What to do'");
        }
        if (tip.guidance().isEmpty()) {
            problems.add("it has no '## What to do' bullets");
        }
        if (problems.isEmpty()) {
            int length = text(tip).length();
            if (length > maxChars) {
                problems.add("it renders to " + length + " characters, more than the " + maxChars + " a message holds");
            }
        }
        return problems.isEmpty() ? Optional.empty()
                : Optional.of(tip.id() + " (" + tip.path() + ") cannot be posted: " + String.join("; ", problems));
    }

    /** The tip as posted; throws {@link TipUnavailableException} saying why when it cannot be posted. */
    public RenderedTip render(Tip tip) {
        Optional<String> problem = problem(tip);
        if (problem.isPresent()) {
            throw new TipUnavailableException(problem.get());
        }
        return new RenderedTip(tip.id(), tip.title(), text(tip),
                tip.sources().stream().map(SourceRef::link).toList());
    }

    private String text(Tip tip) {
        var first = tip.source().orElseThrow();
        return template.get().render(Map.of(
                "title", tip.title(),
                "body", tip.body(),
                "guidance", tip.guidance().stream().map(g -> "- " + g).collect(Collectors.joining("\n")),
                "sources", tip.sources().stream().map(s -> s.citation() + " — " + s.link())
                        .collect(Collectors.joining("\n")),
                "citation", first.citation(),
                "link", first.link()));
    }

    private static Supplier<Template> constant(Template template) {
        Objects.requireNonNull(template, "template");
        return () -> template;
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
