package org.postwise.answer;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.SourceRef;
import org.postwise.retrieval.PassageIndex;

/**
 * The works one answer cites, numbered in order of first citation: one number per work (by DOI, URL or
 * citation), so two cards quoting the same body share it, and one source line per work that names every card it
 * came through ("Citation. Title. Link (through guideline cards "A" and "B")"). A card's own words are one
 * "work" too, shown as Postwise's own advice. Every composer numbers and lists sources through this, so answers
 * read the same however they were written. Not thread-safe: one per answer.
 */
public final class CitedWorks {

    private final PassageIndex index;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, SourceRef> works = new HashMap<>();
    private final Map<String, Set<String>> cards = new HashMap<>();

    /** @param index the index the cited documents are in (for the titles of the cards they came through) */
    public CitedWorks(PassageIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** Cites {@code sources} as they appear in document {@code documentId}; returns their numbers. */
    public Set<Integer> cite(String documentId, List<SourceRef> sources) {
        var refs = new TreeSet<Integer>();
        for (SourceRef work : sources) {
            String key = work.workKey();
            refs.add(numbers.computeIfAbsent(key, k -> numbers.size() + 1));
            works.putIfAbsent(key, work);
            index.document(documentId).filter(KnowledgeDocument::isCard)
                    .ifPresent(d -> cards.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(d.title()));
        }
        return refs;
    }

    /** "[1]" or "[1, 3]". */
    public static String marks(Collection<Integer> numbers) {
        return "[" + String.join(", ", new TreeSet<>(numbers).stream().map(String::valueOf).toList()) + "]";
    }

    /** Whether nothing has been cited yet. */
    public boolean isEmpty() {
        return numbers.isEmpty();
    }

    /** The source lines, "[n] …" one per work, in number order. */
    public String lines() {
        var out = new StringBuilder();
        numbers.forEach((key, n) -> out.append('[').append(n).append("] ")
                .append(line(works.get(key), cards.getOrDefault(key, Set.of()))).append('\n'));
        return out.toString().strip();
    }

    /**
     * "Citation. Title. Link (through guideline cards "A" and "B")"; a card's own words are labelled as Postwise's
     * advice with the cards they come from.
     */
    private static String line(SourceRef work, Set<String> cards) {
        if (work.isOwnAdvice()) {
            return "Postwise's own advice, not a published source" + (cards.isEmpty() ? "." : " (" + cardList(cards) + ").");
        }
        var line = new StringBuilder(work.citation()).append('.');
        // a citation that already names the work ("GMC (UK), Making and using…") needs no title after it
        if (!work.citation().toLowerCase(Locale.ROOT).contains(
                work.title().toLowerCase(Locale.ROOT).replaceFirst("[.]$", ""))) {
            line.append(' ').append(work.title()).append(work.title().endsWith(".") ? "" : ".");
        }
        if (work.link() != null) {
            line.append(' ').append(work.link());
        }
        if (!cards.isEmpty()) {
            line.append(" (through ").append(cardList(cards)).append(')');
        }
        return line.toString().strip();
    }

    private static String cardList(Set<String> cards) {
        var quoted = cards.stream().map(c -> "\"" + c + "\"").toList();
        String names = quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
        return (cards.size() == 1 ? "guideline card " : "guideline cards ") + names;
    }
}
