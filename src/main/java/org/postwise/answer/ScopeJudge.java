package org.postwise.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.postwise.knowledge.DocumentKind;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.retrieval.PassageIndex;
import org.postwise.retrieval.Retrieval;
import org.postwise.retrieval.ScoredDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a question is of a kind Postwise declines (a lawsuit, clinical care, an employment dispute,
 * personal safety, tech support…), from how close it is to the scope cards' situations ({@code knowledge/scope/})
 * compared with the guideline cards' situations. A question about Postwise itself ("where do your answers come
 * from?", "do you keep my questions?") is found the same way, by the about cards' situations
 * ({@code knowledge/about/}): the card returned is then an about card, whose text is the reply. Only a question that
 * addresses Postwise or the asking ("you", "this chat", "my questions", "what I type") can get an about card's reply.
 *
 * <p>A question is declined when its closest scope situation is close ({@value #MIN_SCOPE}) and closer than any
 * guideline card's situation by a margin ({@value #MARGIN}). A question that mentions nothing online at all (no
 * platform, post, message, photo, review, account…) is about something else more often than not, so for it a
 * scope situation that is fairly close ({@value #MIN_SCOPE_OFFLINE}) and not far behind the best card's
 * ({@value #OFFLINE_LEEWAY}) is enough, unless a passage of the material is itself close to the question
 * ({@value #MATERIAL_CLOSE}): "what counts as identifiable patient information?" names nothing online and is
 * still squarely the material's.
 *
 * <p>A question that tells a story before it asks is judged by its ask too ({@link #declineByAsk}): "a patient's
 * wife complained about me on Facebook and has gone to a solicitor; do I need my own?" is near the guideline cards
 * as a whole and near the lawsuits card in its ask. A short ask read alone can land near a scope situation that the
 * story does not bear out ("who do I report this to?" after a story about a fake account reads like "who do I talk to
 * about a parking permit?"), so the ask declines only when the whole question is nearest the same scope situation
 * and not much nearer a guideline card ({@value #STORY_LEEWAY}), or is no nearer a guideline card than to its own
 * nearest scope situation. "Who should I tell?" can read like a safety worry, and a story about a colleague who
 * posts a patient's X-ray can be nearest the safety card of the scope cards too, yet far nearer the guideline cards:
 * the ask is about the story, not about safety.
 *
 * <p>A scope card steps back for the questions its {@code unless:} names: the card on dating and gifts offline
 * declines "can I date a former patient?" but not the same question about a match on a dating app, which is contact
 * with a patient online and the card on romantic contact online answers it. No other scope card declines such a
 * question in its place.
 *
 * <p>A question that asks how to work an app ("where's the setting to…", "how do I turn off…", "how do you
 * schedule posts in…") and asks no professional judgement (no patient, no "should I", no policy) is tech support
 * when a scope situation is fairly close ({@value #MIN_FORM_SCOPE}) ({@link #declineByForm}): its words are a
 * guideline card's ("make my posts private") while what it wants is a menu.
 *
 * <p>A question the material does not cover is declined either way; when a scope situation is fairly close
 * ({@value #MIN_UNCOVERED_SCOPE}) and closer than every card's by the margin, its reply stands in for "the material
 * does not cover that" ({@link #declineUncovered}), so the asker learns where to go.
 */
final class ScopeJudge {

    private static final Logger log = LoggerFactory.getLogger(ScopeJudge.class);

    static final double MIN_SCOPE = 0.5;
    static final double MARGIN = 0.03;
    static final double MIN_SCOPE_OFFLINE = 0.4;
    static final double OFFLINE_LEEWAY = 0.15;
    static final double MATERIAL_CLOSE = 0.5;
    static final double MIN_ASK_SCOPE = 0.4;
    static final double ASK_MARGIN = 0.1;
    static final double STORY_LEEWAY = 0.1;
    static final double MIN_FORM_SCOPE = 0.45;
    static final double MIN_UNCOVERED_SCOPE = 0.4;

    /** Asking where a setting is or how to work a feature of an app. */
    private static final Pattern APP_OPERATION = Pattern.compile("\\bwhere(?:'s|\\s+is|\\s+are|\\s+do\\s+i\\s+find)"
            + "\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}?(?:setting|settings|toggle|button|option|menu|tab)\\b"
            + "|\\bhow\\s+(?:do|can|would)\\s+(?:i|you|we)\\s+(?:turn\\s+(?:on|off)|switch\\s+(?:on|off)|enable|disable"
            + "|schedule|reset|recover|unlock|sync|log\\s+(?:in|out)|sign\\s+(?:in|out)|uninstall|reinstall|clear"
            + "|back\\s+up|find\\s+the\\s+(?:setting|option|button))\\b"
            + "|\\b(?:can't|cannot|can\\s+not|couldn't)\\s+find\\s+(?:the\\s+)?(?:setting|option|button|toggle)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words of professional judgement: with one of these, a how-to question is Postwise's after all. */
    private static final Pattern JUDGEMENT = Pattern.compile("\\b(?:patients?|pts?|clients?|residents?|famil(?:y|ies)"
            + "|allowed|ok\\s+to|okay\\s+to|should\\s+(?:i|we)|appropriate|professional\\w*|hipaa|gdpr|polic(?:y|ies)"
            + "|boundar\\w*|consent|confidential\\w*|ethic\\w*|legal|employer|manager|colleagues?|coworkers?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Cards whose reply stands in for an answer to a whole question: scope cards, and the about cards. */
    private static final Set<DocumentKind> REPLIES = Set.of(DocumentKind.SCOPE, DocumentKind.ABOUT);
    /**
     * Cards an ask or a question's form alone may lead to: only scope cards. A story that ends "what should I do?"
     * or quotes someone asking "who are you?" is not about Postwise.
     */
    private static final Set<DocumentKind> DECLINES = Set.of(DocumentKind.SCOPE);

    /**
     * Words that put a question online: platforms, ways of posting and messaging, what gets posted. Not "media" alone:
     * without "social" it is the news media ("visitors or media", "speak to the media"), which puts no question
     * online; "social media" is online by "social".
     */
    private static final List<String> ONLINE_WORDS = List.of("social", "online", "internet", "web",
            "website", "webpage", "post", "posted", "posting", "repost", "share", "shared", "tweet", "twitter", "blog",
            "blogging", "vlog", "app", "apps", "message", "messaged", "messaging", "text", "texted", "texting",
            "email", "chat", "group", "forum", "facebook", "instagram", "tiktok", "youtube", "linkedin",
            "snapchat", "whatsapp", "reddit", "pinterest", "discord", "telegram", "google", "googled", "yelp",
            "review", "reviews", "profile", "account", "page", "follower", "follow", "friend", "unfriend", "tag",
            "tagged", "like", "liked", "comment", "photo", "picture", "selfie", "video", "film", "filmed",
            "recording", "camera", "livestream", "stream", "podcast", "influencer", "sponsored", "hashtag",
            "screenshot", "upload", "search", "digital", "virtual", "telehealth", "zoom", "facetime", "skype",
            "portal", "sms", "wikipedia", "wiki", "sermo", "network", "networking", "site", "dm", "dm'd", "dms",
            "messenger", "add", "added", "adding", "channel", "x.com", "thread", "inbox", "hinge", "tinder",
            "bumble", "grindr", "onlyfans", "patreon", "substack", "bluesky", "mastodon", "bereal", "wechat",
            "viber", "doximity", "nextdoor", "glassdoor", "healthgrades", "ratemds", "trustpilot", "zocdoc", "insta",
            "fb", "meme", "memes", "subscribers");

    /**
     * Words that address Postwise or the asking itself: "do you keep…", "is this an AI?", "who can see my
     * questions?", "what happens to what I type here?". A question with none of them is about something else, however
     * near an about card it reads: "do I delete it, post a correction, or both?" about a post is near "do you delete my
     * questions?", and "I accidentally posted a patient's first name" near "what if I accidentally type a patient's
     * name?".
     */
    private static final Pattern ADDRESSING = Pattern.compile("\\b(?:you|your|yours|you'?re|u|ur|postwise"
            + "|(?:chat\\s*)?bot|this\\s+(?:app|chat|tool|service|thing|ai|system)|this\\s+an\\s+ai"
            + "|a\\s+real\\s+person|a\\s+human|my\\s+(?:last\\s+|previous\\s+)?questions?"
            + "|(?:questions?|what)\\s+i\\s+(?:ask|asked|type|typed|send|sent)|i\\s+typed"
            + "|(?:ask|asked|type|typed)\\s+(?:in\\s+)?here)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The scope card that declines {@code question}, given its retrieval, or the about card that answers it (only for
     * a question that addresses Postwise, {@link #ADDRESSING}), if any.
     */
    Optional<KnowledgeDocument> replyInstead(String question, Retrieval retrieval) {
        boolean addressed = ADDRESSING.matcher(question.replace('\u2019', '\'')).find();
        Closest closest = closest(retrieval, addressed ? REPLIES : DECLINES, retrieval.questionWords());
        if (closest.scope() == null) {
            return Optional.empty();
        }
        double scope = closest.scope().situation();
        // card ids and scores only (never the question): for tuning the rule on labelled sets
        log.trace("whole\t{}\t{}\t{}", closest.scope().document().id(), scope, closest.card());
        boolean declined = scope >= MIN_SCOPE && scope >= closest.card() + MARGIN
                || !online(retrieval) && retrieval.coverage().bestDense() < MATERIAL_CLOSE
                && scope >= MIN_SCOPE_OFFLINE && scope >= closest.card() - OFFLINE_LEEWAY;
        return declined ? Optional.of(closest.scope().document()) : Optional.empty();
    }

    /**
     * The scope card whose reply stands in for "the material does not cover that", given the retrieval of a question
     * the material does not cover: a scope situation fairly close ({@value #MIN_UNCOVERED_SCOPE}) and closer than every
     * guideline card's by {@value #MARGIN}. The question is declined either way; this tells the asker where to go
     * (a lawyer for a tribunal claim, clinical references for a dose) instead of listing the topics Postwise covers.
     */
    Optional<KnowledgeDocument> declineUncovered(Retrieval retrieval) {
        if (retrieval.coverage().covered()) {
            return Optional.empty();
        }
        Closest closest = closest(retrieval, DECLINES, retrieval.questionWords());
        return closest.scope() != null && closest.scope().situation() >= MIN_UNCOVERED_SCOPE
                && closest.scope().situation() >= closest.card() + MARGIN
                ? Optional.of(closest.scope().document()) : Optional.empty();
    }

    /**
     * The scope card that declines a question by its ask alone ({@link AskSentences}), given the retrieval of
     * the ask and of the whole question (the message itself, without the thread before it): a story about a
     * Facebook post that ends "do I have a case, and what would a lawyer cost?" asks about a lawsuit. The ask must
     * be clearly nearer the scope situation ({@value #ASK_MARGIN}) than any card's, since a short ask carries less
     * to go on than the whole question; and the story must bear the ask out: the whole question is nearest the same
     * scope situation and at most {@value #STORY_LEEWAY} nearer a guideline card, or no nearer a guideline card than
     * to its nearest scope situation. An ask that refers back to the story ("who do I report this to?") can
     * otherwise read as another kind of question altogether. The
     * reply is the ask's scope card even when the story is nearest another: the ask says what the asker wants
     * ("do I have a case?" after a story of threats asks about a lawsuit).
     */
    Optional<KnowledgeDocument> declineByAsk(Retrieval ask, Retrieval question) {
        // a scope card steps back by the whole question's words: the dating app is named in the story, not the ask
        Closest closest = closest(ask, DECLINES, question.questionWords());
        if (closest.scope() == null) {
            return Optional.empty();
        }
        double scope = closest.scope().situation();
        if (scope < MIN_ASK_SCOPE || scope < closest.card() + ASK_MARGIN) {
            return Optional.empty();
        }
        Closest story = closest(question, DECLINES, question.questionWords());
        // card ids and scores only (never the question): for tuning the rule on labelled sets
        log.trace("ask\t{}\t{}\t{}\t{}\t{}\t{}", closest.scope().document().id(), scope, closest.card(),
                story.scope() == null ? "-" : story.scope().document().id(),
                story.scope() == null ? 0 : story.scope().situation(), story.card());
        boolean borneOut = story.scope() != null
                && ((story.scope().document().id().equals(closest.scope().document().id())
                && story.scope().situation() >= story.card() - STORY_LEEWAY)
                || story.scope().situation() >= story.card());
        return borneOut ? Optional.of(closest.scope().document()) : Optional.empty();
    }

    /**
     * The scope card that declines a question by its form: its ask ({@link AskSentences}, or the whole question
     * when it has none apart) asks how to work an app, the whole question asks no professional judgement, and a
     * scope situation is fairly close (an about card is no reason: "how do I give you feedback?" asks about
     * Postwise, not for tech support).
     */
    Optional<KnowledgeDocument> declineByForm(String ask, String question, Retrieval retrieval) {
        if (!APP_OPERATION.matcher(ask).find() || JUDGEMENT.matcher(question).find()) {
            return Optional.empty();
        }
        Closest closest = closest(retrieval, DECLINES, retrieval.questionWords());
        return closest.scope() != null && closest.scope().situation() >= MIN_FORM_SCOPE
                ? Optional.of(closest.scope().document()) : Optional.empty();
    }

    /** The closest scope (or about) card, and the closeness of the closest guideline card. */
    private record Closest(ScoredDocument scope, double card) {
    }

    /**
     * The closest card of {@code kinds} (scope cards, and about cards), none when it steps back for the question's
     * {@code words} (its {@code unless:}), and the closest guideline card. A card that steps back leaves no scope card
     * in its place: a question near the card on dating offline but about a dating app is near no other kind of
     * question Postwise declines, however the next scope card happens to score.
     */
    private static Closest closest(Retrieval retrieval, Set<DocumentKind> kinds, List<String> words) {
        ScoredDocument bestScope = null;
        double bestCard = 0;
        for (ScoredDocument d : retrieval.documents()) {
            if (kinds.contains(d.document().kind())) {
                if (bestScope == null || d.situation() > bestScope.situation()) {
                    bestScope = d;
                }
            } else if (d.document().isCard()) {
                bestCard = Math.max(bestCard, d.situation());
            }
        }
        boolean stepsBack = bestScope != null && retrieval.index().askerFit(bestScope.id(), words) < 0;
        return new Closest(stepsBack ? null : bestScope, bestCard);
    }

    /** Whether the question (as analysed for retrieval) mentions anything online. */
    private static boolean online(Retrieval retrieval) {
        PassageIndex index = retrieval.index();
        Set<String> online = new HashSet<>();
        ONLINE_WORDS.forEach(w -> online.addAll(index.analyze(w)));
        return retrieval.questionTerms().stream().anyMatch(online::contains);
    }
}
