package org.postwise.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acts a question says the asker has already done ("I accepted his request", "we've posted the photo", "I
 * accidentally replied"), read the way the cards' stage cues are written: "already accepted", "already posted",
 * "already replied". A card's step for before the act is marked {@code [unless: already posted; …]} and its step for
 * after it {@code [when: already posted; …]}; the words a question is matched on are stemmed, so without this reading
 * "I accepted a patient's request, what now?" reads like "can I accept a patient's request?" and gets the steps for a
 * request still pending ("decline it or leave it pending").
 *
 * <p>The stage words of each reported act are added after the question's own words, behind a {@link #SEPARATOR} that
 * no cue contains, so that a cue never spans from the question into them or across two of them, and the question's
 * own words keep matching as before ("accidentally accepted", "accepted her"). A report is read only when the asker
 * ("I", "we", or no subject at all at the start of a sentence, as chat is written: "Posted a selfie and…") is the one
 * who acted, in the past tense or the perfect, and not in a hypothetical ("what if I posted
 * it?", "should I have accepted?", "let's say I shared…", "suppose we posted…"), a time still to come ("once I've
 * accepted…") or someone's quoted words ('she wrote "I accepted your request"'). Only the acts in {@code ACTS} are
 * read, each as its past form: "already asked" is never added, and "I made a channel" reads "already made", not
 * "already make" (the stemmer leaves irregular past forms as they are).
 *
 * <p>The stage words name who acted first: "I accidentally posted it" reads "i already posted", "we've shared it"
 * reads "we already shared". A cue "already posted" matches either, and the question's own "she's already posted"
 * too; a cue "i already posted" matches only the asker's own report (or the asker's own words), so a card written for
 * someone else's post can step back for the asker who posted.
 */
public final class ReportedActs {

    /** Between the question's own words and each act's stage words: never a word of a cue. */
    public static final String SEPARATOR = "\u0000";

    /** Acts a card's stage cues name, in forms that only the past tense or the perfect takes. */
    private static final String ACTS = "accepted|added|friended|followed|posted|shared|reposted|retweeted|tweeted"
            + "|uploaded|commented|replied|responded|messaged|texted|e-?mailed|sent|tagged|liked|deleted|removed"
            + "|blocked|unfriended|wrote|written|published|took|taken|filmed|recorded|photographed|joined|signed"
            + "|agreed|told|reported|contacted|called|looked(?!\\s+after)|searched|googled|created|connected"
            + "|answered|spoke|spoken|talked|reacted|screenshotted|forwarded|saved|made|dm'd|dmed|pm'd|pmed"
            // "I started a new job" is no account: only an account, page or channel one started
            + "|started(?=\\s+(?:a|an|my|our|the)\\s+(?:\\w+\\s+){0,2}?(?:page|account|channel|blog|podcast|group"
            + "|tiktok|youtube|instagram|profile|newsletter|vlog|stream)s?\\b)";
    private static final Pattern REPORT = Pattern.compile("\\b(i|we)(?:'ve|ve|'d|\\s+have|\\s+had)?"
            + "(?:\\s+(?:already|just|also|then|once|even|recently|accidentally|mistakenly|stupidly|foolishly"
            + "|unknowingly|innocently|actually|finally|somehow|since)){0,2}\\s+(" + ACTS + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Acts told without a subject at the start of a sentence ("Posted a photo of my tattoo and…", "tweeted about a
     * sad case yesterday"), as people write in chat: only verbs that rarely open a sentence as an adjective ("Shared
     * governance…", "Recorded lectures…", "Signed consent forms…" are not reports) and never a passive ("Posted by…").
     */
    private static final Pattern IMPLIED = Pattern.compile("(?:^|(?<=[.!?\\n]))\\s*(?:(?:already|just|also|then"
            + "|recently|accidentally|mistakenly|stupidly|foolishly|innocently|actually|finally)\\s+){0,2}"
            + "(posted|reposted|tweeted|retweeted|uploaded|commented|replied|responded|messaged|texted|e-?mailed|sent"
            + "|tagged|liked|deleted|blocked|unfriended|wrote|published|took|filmed|made|accepted|friended|joined"
            + "|screenshotted|forwarded|dm'd|dmed|pm'd|pmed)\\b(?!\\s+by\\b)", Pattern.CASE_INSENSITIVE);
    /** A hypothetical or a question about what ought to have been done, just before the report. */
    private static final Pattern NOT_DONE = Pattern.compile("\\b(?:if|should|would|could|whether|might|shall|say"
            + "|suppose|supposing|imagine|pretend|assume|assuming)\\W*(?:say\\W*)?$", Pattern.CASE_INSENSITIVE);
    /** A time still to come: "once I've accepted", "after we have posted". */
    private static final Pattern NOT_YET = Pattern.compile("\\b(?:once|after|when|until|before)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERFECT = Pattern.compile("^(?:i|we)(?:'ve|ve|\\s+have)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Opening and closing quotation marks: what is inside them is someone's words, not the asker's report. */
    private static final Pattern QUOTE = Pattern.compile("[\"\u201C\u201D]");

    private ReportedActs() {
    }

    /**
     * {@code words}, the words of {@code question} as {@code wordsOf} reads them, followed by the stage words of each
     * act it reports the asker has done, each behind a {@link #SEPARATOR}.
     */
    public static List<String> withStages(String question, List<String> words,
                                          Function<String, List<String>> wordsOf) {
        var out = new ArrayList<>(words);
        String text = question.replace('\u2019', '\'');
        var reports = new ArrayList<Report>();
        Matcher m = REPORT.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 16), m.start());
            if (!NOT_DONE.matcher(before).find()
                    && !(NOT_YET.matcher(before).find() && PERFECT.matcher(m.group()).find())) {
                reports.add(new Report(m.start(), m.group(1), m.group(2)));
            }
        }
        Matcher implied = IMPLIED.matcher(text);
        while (implied.find()) {
            reports.add(new Report(implied.start(), "i", implied.group(1)));
        }
        reports.sort(Comparator.comparingInt(Report::start));
        for (Report r : reports) {
            if (QUOTE.matcher(text.substring(0, r.start())).results().count() % 2 == 1) {
                continue;
            }
            out.add(SEPARATOR);
            // the asker who acted comes first, so a card can tell "I already posted" from "she's already posted"
            out.addAll(wordsOf.apply(r.subject().toLowerCase(Locale.ROOT) + " already "
                    + r.act().toLowerCase(Locale.ROOT)));
        }
        return List.copyOf(out);
    }

    /** An act the question reports, where it starts, and who did it ("i" or "we"). */
    private record Report(int start, String subject, String act) {
    }
}
