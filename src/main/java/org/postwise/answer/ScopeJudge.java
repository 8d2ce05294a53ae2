package org.postwise.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.retrieval.PassageIndex;
import org.postwise.retrieval.Retrieval;
import org.postwise.retrieval.ScoredDocument;

/**
 * Decides whether a question is of a kind Postwise declines (a lawsuit, clinical care, an employment dispute,
 * personal safety, tech support…), from how close it is to the scope cards' situations ({@code knowledge/scope/})
 * compared with the guideline cards' situations.
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
 * as a whole and near the lawsuits card in its ask.
 */
final class ScopeJudge {

    static final double MIN_SCOPE = 0.5;
    static final double MARGIN = 0.03;
    static final double MIN_SCOPE_OFFLINE = 0.4;
    static final double OFFLINE_LEEWAY = 0.15;
    static final double MATERIAL_CLOSE = 0.5;
    static final double MIN_ASK_SCOPE = 0.4;
    static final double ASK_MARGIN = 0.1;

    /** Words that put a question online: platforms, ways of posting and messaging, what gets posted. */
    private static final List<String> ONLINE_WORDS = List.of("social", "media", "online", "internet", "web",
            "website", "webpage", "post", "posted", "posting", "repost", "share", "shared", "tweet", "twitter", "blog",
            "blogging", "vlog", "app", "apps", "message", "messaged", "messaging", "text", "texted", "texting",
            "email", "chat", "group", "forum", "facebook", "instagram", "tiktok", "youtube", "linkedin",
            "snapchat", "whatsapp", "reddit", "pinterest", "discord", "telegram", "google", "googled", "yelp",
            "review", "reviews", "profile", "account", "page", "follower", "follow", "friend", "unfriend", "tag",
            "tagged", "like", "liked", "comment", "photo", "picture", "selfie", "video", "film", "filmed",
            "recording", "camera", "livestream", "stream", "podcast", "influencer", "sponsored", "hashtag",
            "screenshot", "upload", "search", "digital", "virtual", "telehealth", "zoom", "facetime", "skype",
            "portal", "sms", "wikipedia", "wiki", "sermo", "network", "networking", "site", "dm", "dm'd", "dms",
            "messenger", "add", "added", "adding", "channel", "tweet", "x.com", "thread", "inbox");

    /** The scope card that declines the retrieved question, if any. */
    Optional<KnowledgeDocument> decline(Retrieval retrieval) {
        Closest closest = closest(retrieval);
        if (closest.scope() == null) {
            return Optional.empty();
        }
        double scope = closest.scope().situation();
        boolean declined = scope >= MIN_SCOPE && scope >= closest.card() + MARGIN
                || !online(retrieval) && retrieval.coverage().bestDense() < MATERIAL_CLOSE
                && scope >= MIN_SCOPE_OFFLINE && scope >= closest.card() - OFFLINE_LEEWAY;
        return declined ? Optional.of(closest.scope().document()) : Optional.empty();
    }

    /**
     * The scope card that declines a question by its ask alone ({@link AskSentences}), given the retrieval of
     * the ask: a story about a Facebook post that ends "do I have a case, and what would a lawyer cost?" asks
     * about a lawsuit. The ask must be clearly nearer the scope situation ({@value #ASK_MARGIN}) than any card's,
     * since a short ask carries less to go on than the whole question.
     */
    Optional<KnowledgeDocument> declineByAsk(Retrieval ask) {
        Closest closest = closest(ask);
        if (closest.scope() == null) {
            return Optional.empty();
        }
        double scope = closest.scope().situation();
        return scope >= MIN_ASK_SCOPE && scope >= closest.card() + ASK_MARGIN
                ? Optional.of(closest.scope().document()) : Optional.empty();
    }

    /** The closest scope card, and the closeness of the closest guideline card. */
    private record Closest(ScoredDocument scope, double card) {
    }

    private static Closest closest(Retrieval retrieval) {
        ScoredDocument bestScope = null;
        double bestCard = 0;
        for (ScoredDocument d : retrieval.documents()) {
            if (!d.document().isMaterial()) {
                if (bestScope == null || d.situation() > bestScope.situation()) {
                    bestScope = d;
                }
            } else if (d.document().isCard()) {
                bestCard = Math.max(bestCard, d.situation());
            }
        }
        return new Closest(bestScope, bestCard);
    }

    /** Whether the question (as analysed for retrieval) mentions anything online. */
    private static boolean online(Retrieval retrieval) {
        PassageIndex index = retrieval.index();
        Set<String> online = new HashSet<>();
        ONLINE_WORDS.forEach(w -> online.addAll(index.analyze(w)));
        return retrieval.questionTerms().stream().anyMatch(online::contains);
    }
}
