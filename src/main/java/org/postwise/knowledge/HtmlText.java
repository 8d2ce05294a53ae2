package org.postwise.knowledge;

import java.util.Objects;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML page, extracted with jsoup: the body without scripts, styles and page
 * furniture (navigation, header, footer), with every block element on its own paragraph (blank-line
 * separated) so the text can be split like a plain-text file.
 *
 * @param title the page's {@code <title>}, else its first {@code <h1>}, else {@code ""}
 * @param text  the body text; paragraphs separated by blank lines, {@code <br>} as a line break
 */
record HtmlText(String title, String text) {

    private static final String NOT_TEXT = "script, style, noscript, template";
    private static final String PAGE_FURNITURE = "nav, header, footer";
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0]+");
    private static final Pattern SPACE_AROUND_BREAKS = Pattern.compile(" ?\\n ?");
    private static final Pattern EXTRA_BREAKS = Pattern.compile("\\n{3,}");

    HtmlText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }

    /** Extracts the title and text of {@code html}, without navigation, header and footer. */
    static HtmlText of(String html) {
        return extract(html, true);
    }

    /**
     * Extracts the title and text of {@code html}, keeping navigation, header and footer: a saved PubMed
     * page has its title, DOI and authors in a {@code <header>}, and its chrome is dropped by marker later.
     */
    static HtmlText keepingPageFurniture(String html) {
        return extract(html, false);
    }

    private static HtmlText extract(String html, boolean dropPageFurniture) {
        Document document = Jsoup.parse(Objects.requireNonNull(html, "html"));
        document.select(NOT_TEXT).remove();
        if (dropPageFurniture) {
            document.select(PAGE_FURNITURE).remove();
        }
        String title = document.title().strip();
        if (title.isEmpty()) {
            Element h1 = document.selectFirst("h1");
            title = h1 == null ? "" : h1.text().strip();
        }
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new BlockTextVisitor(text), document.body());
        String cleaned = SPACES.matcher(text).replaceAll(" ");
        cleaned = SPACE_AROUND_BREAKS.matcher(cleaned).replaceAll("\n");
        cleaned = EXTRA_BREAKS.matcher(cleaned).replaceAll("\n\n").strip();
        return new HtmlText(title, cleaned);
    }

    /** Writes text nodes, with a paragraph break around every block element. */
    private record BlockTextVisitor(StringBuilder out) implements NodeVisitor {

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                out.append(textNode.getWholeText().replace('\n', ' '));
            } else if (node instanceof Element element) {
                if (element.normalName().equals("br")) {
                    out.append('\n');
                } else if (element.isBlock()) {
                    out.append("\n\n");
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
                out.append("\n\n");
            }
        }
    }
}
