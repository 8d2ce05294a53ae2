package org.postwise.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores batch answers against an evaluation question set by the same rules as
 * {@code shared/eval/score.py}: a source matches when its DOI is an expected DOI and its text, section or
 * title contains an expected term; only the first five sources count; an answer is cited when its text
 * contains the DOI or citation of one of its sources.
 *
 * <p>Questions labelled with {@code should_answer} instead of {@code expect} (real staff questions, graded by
 * people) are scored for what a program can see: how many in-scope questions were answered, how many
 * out-of-scope ones declined, and the {@link AnswerDefects mechanical defects} of every answer given; those also
 * labelled with the {@code cards} that answer them, for how often one of those cards answers.
 */
public final class EvalScorer {

    private static final int COUNTED_SOURCES = 5;

    private final AnswerDefects defects = new AnswerDefects();

    /** The scores and the reasons behind every miss. */
    public record Report(Map<String, Double> metrics, List<String> misses) {

        public Report {
            metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
            misses = List.copyOf(misses);
        }

        /** One line in score.py's format: {@code hit1=0.93 hit3=1.00 ...}; defect counts as whole numbers. */
        public String summary() {
            var out = new StringBuilder();
            metrics.forEach((k, v) -> out.append(out.isEmpty() ? "" : " ").append(k).append('=')
                    .append(AnswerDefects.KINDS.contains(k) ? String.valueOf(v.intValue())
                            : String.format(Locale.ROOT, "%.2f", v)));
            return out.toString();
        }
    }

    /**
     * @param questions question objects {@code {id, question, expect}} in file order
     * @param answers   answer objects by id, as the batch command writes them
     */
    public Report score(List<JsonNode> questions, Map<String, JsonNode> answers) {
        return score(questions, answers, Map.of());
    }

    /**
     * As {@link #score(List, Map)}, and for questions labelled with the {@code cards} that answer them, the share
     * whose answer's first source is one of those cards ({@code card_first}): how often the right card answers.
     *
     * @param cardByTitle each card's id by its title, as the answers' sources name cards
     */
    public Report score(List<JsonNode> questions, Map<String, JsonNode> answers, Map<String, String> cardByTitle) {
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(cardByTitle, "cardByTitle");
        int carded = 0, cardFirst = 0;
        int hit1 = 0, hit3 = 0, answered = 0, cited = 0, nAns = 0, abstained = 0, nOut = 0, flagged = 0, nFlag = 0;
        int labelledIn = 0, labelledInAnswered = 0, labelledOut = 0, labelledOutDeclined = 0;
        var defectCounts = new LinkedHashMap<String, Integer>();
        AnswerDefects.KINDS.forEach(k -> defectCounts.put(k, 0));
        double rr = 0;
        var misses = new ArrayList<String>();
        for (JsonNode q : questions) {
            String id = q.path("id").asText();
            JsonNode e = q.path("expect");
            JsonNode a = answers.get(id);
            if (a == null) {
                misses.add(id + ": no answer");
                a = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            }
            if (a.path("answered").asBoolean(false)) {
                for (String defect : defects.find(a.path("answer").asText(""))) {
                    defectCounts.merge(defect, 1, Integer::sum);
                    misses.add(id + ": " + defect);
                }
            }
            if (q.path("should_answer").isBoolean()) {
                boolean should = q.path("should_answer").asBoolean();
                boolean gave = a.path("answered").asBoolean(false);
                if (should) {
                    labelledIn++;
                    labelledInAnswered += gave ? 1 : 0;
                    if (!gave) {
                        misses.add(id + ": declined a question it should answer");
                    }
                } else {
                    labelledOut++;
                    labelledOutDeclined += gave ? 0 : 1;
                    if (gave) {
                        misses.add(id + ": answered a question it should decline");
                    }
                }
            }
            var cards = strings(q.path("cards"));
            if (!cards.isEmpty()) {
                carded++;
                String first = a.path("sources").path(0).path("title").asText("");
                String card = cardByTitle.getOrDefault(first, first);
                if (cards.contains(card)) {
                    cardFirst++;
                } else {
                    misses.add(id + ": first card " + (card.isEmpty() ? "none" : card) + ", labelled "
                            + String.join(" or ", cards));
                }
            }
            var flags = strings(a.path("flags"));
            for (String flag : strings(e.path("noflags"))) {
                nFlag++;
                if (flags.contains(flag)) {
                    misses.add(id + ": flag " + flag + " raised wrongly");
                } else {
                    flagged++;
                }
            }
            for (String flag : strings(e.path("flags"))) {
                nFlag++;
                if (flags.contains(flag)) {
                    flagged++;
                } else {
                    misses.add(id + ": flag " + flag + " not raised");
                }
            }
            JsonNode answerable = e.path("answerable");
            boolean isAnswered = a.path("answered").asBoolean(false);
            if (answerable.isBoolean() && !answerable.asBoolean()) {
                nOut++;
                if (a.path("answered").isBoolean() && !isAnswered) {
                    abstained++;
                } else {
                    misses.add(id + ": answered an out-of-scope question");
                }
            } else if (answerable.isBoolean()) {
                nAns++;
                if (isAnswered) {
                    answered++;
                    if (cites(a)) {
                        cited++;
                    } else {
                        misses.add(id + ": answer carries no citation of its sources");
                    }
                }
                int rank = firstMatch(a.path("sources"), e);
                if (rank >= 0) {
                    rr += 1.0 / (rank + 1);
                    hit1 += rank == 0 ? 1 : 0;
                    hit3 += rank < 3 ? 1 : 0;
                    if (rank >= 3) {
                        misses.add(id + ": first match at rank " + (rank + 1));
                    }
                } else {
                    misses.add(id + ": no matching source in the top 5");
                }
                if (!isAnswered) {
                    misses.add(id + ": abstained on an answerable question");
                }
            }
        }
        var metrics = new LinkedHashMap<String, Double>();
        if (labelledIn + labelledOut > 0) {
            metrics.put("answered_in_scope", labelledIn == 0 ? 1 : (double) labelledInAnswered / labelledIn);
            metrics.put("wrong_declines", labelledIn == 0 ? 0 : 1 - (double) labelledInAnswered / labelledIn);
            metrics.put("correct_declines", labelledOut == 0 ? 1 : (double) labelledOutDeclined / labelledOut);
            defectCounts.forEach((k, v) -> metrics.put(k, (double) v));
        }
        if (carded > 0) {
            metrics.put("card_first", (double) cardFirst / carded);
        }
        if (labelledIn + labelledOut > 0 && nAns == 0 && nOut == 0) {
            return new Report(metrics, misses);
        }
        metrics.put("hit1", nAns == 0 ? 0 : (double) hit1 / nAns);
        metrics.put("hit3", nAns == 0 ? 0 : (double) hit3 / nAns);
        metrics.put("mrr", nAns == 0 ? 0 : rr / nAns);
        metrics.put("coverage", nAns == 0 ? 0 : (double) answered / nAns);
        metrics.put("cited", answered == 0 ? 0 : (double) cited / answered);
        metrics.put("abstain", nOut == 0 ? 1 : (double) abstained / nOut);
        metrics.put("flags", nFlag == 0 ? 1 : (double) flagged / nFlag);
        return new Report(metrics, misses);
    }

    private static int firstMatch(JsonNode sources, JsonNode expect) {
        var dois = strings(expect.path("doi")).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        var terms = strings(expect.path("terms")).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < Math.min(COUNTED_SOURCES, sources.size()); i++) {
            JsonNode s = sources.get(i);
            String doi = s.path("doi").asText("").toLowerCase(Locale.ROOT);
            String text = (s.path("text").asText("") + " " + s.path("section").asText("") + " "
                    + s.path("title").asText("")).toLowerCase(Locale.ROOT);
            if (dois.contains(doi) && terms.stream().anyMatch(text::contains)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean cites(JsonNode answer) {
        String body = answer.path("answer").asText("").toLowerCase(Locale.ROOT);
        for (JsonNode s : answer.path("sources")) {
            for (String key : List.of("doi", "citation")) {
                String v = s.path(key).asText("").toLowerCase(Locale.ROOT);
                if (!v.isEmpty() && body.contains(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> strings(JsonNode node) {
        var out = new ArrayList<String>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }
}
