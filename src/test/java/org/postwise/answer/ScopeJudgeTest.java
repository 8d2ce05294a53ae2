package org.postwise.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postwise.knowledge.AskerCues;
import org.postwise.knowledge.DocumentKind;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.SourceRef;
import org.postwise.retrieval.Coverage;
import org.postwise.retrieval.PassageIndex;
import org.postwise.retrieval.Retrieval;
import org.postwise.retrieval.RetrievalFixtures;
import org.postwise.retrieval.ScoredDocument;

class ScopeJudgeTest {

    private static final SourceRef OWN = SourceRef.OWN_ADVICE;
    private static final KnowledgeDocument LEGAL = new KnowledgeDocument("scope-legal-disputes", DocumentKind.SCOPE,
            Path.of("knowledge/scope/legal-disputes.md"), "Lawsuits", "out of scope", List.of(), List.of(),
            List.of(OWN), List.of(), List.of());
    private static final KnowledgeDocument CARD = new KnowledgeDocument("tagged", DocumentKind.CARD,
            Path.of("knowledge/tagged.md"), "Someone posts about you", "colleagues", List.of(), List.of(),
            List.of(OWN), List.of(), List.of());

    private static final KnowledgeDocument SAFETY = new KnowledgeDocument("scope-personal-safety",
            DocumentKind.SCOPE, Path.of("knowledge/scope/personal-safety.md"), "Personal safety", "out of scope",
            List.of(), List.of(), List.of(OWN), List.of(), List.of());

    private static final KnowledgeDocument ABOUT = new KnowledgeDocument("about-what-postwise-is",
            DocumentKind.ABOUT, Path.of("knowledge/about/what-postwise-is.md"), "What Postwise is", "about Postwise",
            List.of(), List.of(), List.of(OWN), List.of(), List.of());

    /** A scope card on dating patients offline that steps back for a match on a dating app. */
    private static final KnowledgeDocument OFFLINE = new KnowledgeDocument("scope-relationships-offline",
            DocumentKind.SCOPE, Path.of("knowledge/scope/relationships-offline.md"), "Dating patients offline",
            "out of scope", List.of(), List.of(), List.of(OWN), List.of(), List.of(), List.of(),
            new AskerCues(List.of(), List.of(new AskerCues.Condition(List.of(List.of("hinge", "tinder"))))));

    /** An index that holds the scope cards whose {@code unless:} the judge reads. */
    private static final PassageIndex OFFLINE_INDEX = RetrievalFixtures.index(List.of(CARD, OFFLINE, LEGAL));

    private final ScopeJudge judge = new ScopeJudge();

    /** A retrieval of {@code question} over an index that holds {@link #OFFLINE}, as close as given. */
    private static Retrieval offlineCloseness(String question, double scope, double card) {
        return retrieval(question, OFFLINE_INDEX, card, true, new ScoredDocument(OFFLINE, scope, scope));
    }

    /** A retrieval of {@code question} whose best scope card and best guideline card are this close. */
    private static Retrieval closeness(String question, double scope, double card) {
        return closeness(question, LEGAL, scope, card);
    }

    /** A retrieval of {@code question} whose best reply card ({@code reply}) and best guideline card are this close. */
    private static Retrieval closeness(String question, KnowledgeDocument reply, double scope, double card) {
        return closeness(question, reply, scope, card, true);
    }

    /** As {@link #closeness(String, KnowledgeDocument, double, double)}, covered by the material or not. */
    private static Retrieval closeness(String question, KnowledgeDocument reply, double scope, double card,
                                       boolean covered) {
        return retrieval(question, RetrievalFixtures.index(), card, covered, new ScoredDocument(reply, scope, scope));
    }

    /**
     * A retrieval of {@code question} over {@code index} whose best guideline card is {@code card} close, beside the
     * reply cards {@code replies}, covered by the material or not.
     */
    private static Retrieval retrieval(String question, PassageIndex index, double card, boolean covered,
                                       ScoredDocument... replies) {
        var documents = new ArrayList<ScoredDocument>(List.of(new ScoredDocument(CARD, 1.0, card)));
        documents.addAll(List.of(replies));
        return new Retrieval(List.of(), documents, new Coverage(covered, 0.4, 0.6, false, card, "test"), index,
                index.analyze(question), RetrievalFixtures.embed(question), index.words(question));
    }

    @Test
    void gives_the_scope_reply_for_an_uncovered_question_nearer_a_scope_situation_by_the_margin() {
        // given a question the material does not cover, fairly close to the lawsuits card and less close to any card
        var uncovered = closeness("My old practice owner is suing me over a non-compete clause, do I need a lawyer?",
                LEGAL, 0.45, 0.4, false);
        // when
        var reply = judge.declineUncovered(uncovered);
        // then
        assertThat(reply).contains(LEGAL);
    }

    @Test
    void keeps_the_not_covered_reply_when_a_card_is_about_as_close_as_the_scope_situation() {
        // when
        var reply = judge.declineUncovered(closeness("Can a chiropractor treat ear infections?", LEGAL, 0.42, 0.41,
                false));
        // then
        assertThat(reply).isEmpty();
    }

    @Test
    void keeps_the_not_covered_reply_when_no_scope_situation_is_fairly_close() {
        // when
        var reply = judge.declineUncovered(closeness("What is the capital of Peru?", LEGAL, 0.38, 0.2, false));
        // then
        assertThat(reply).isEmpty();
    }

    @Test
    void never_gives_the_scope_reply_for_a_question_the_material_covers() {
        // when
        var reply = judge.declineUncovered(closeness("Can I sue a patient who posted about me?", LEGAL, 0.45, 0.4,
                true));
        // then
        assertThat(reply).isEmpty();
    }

    @Test
    void declines_an_ask_clearly_nearer_a_scope_situation_than_any_card() {
        // when
        var declined = judge.declineByAsk(closeness("Can I sue her? What would a lawyer cost?", 0.6, 0.4),
                closeness("She posted lies about me. Can I sue her? What would a lawyer cost?", 0.55, 0.5));
        // then
        assertThat(declined).contains(LEGAL);
    }

    @Test
    void declines_an_ask_whose_story_is_nearest_the_same_scope_situation_though_nearer_a_card() {
        // given a story nearer a card as a whole, but nearest the lawsuits card of the scope cards, as its ask is
        var story = closeness("She posted lies about me on Facebook. Can I sue her?", 0.5, 0.55);
        // when
        var declined = judge.declineByAsk(closeness("Can I sue her?", 0.6, 0.4), story);
        // then
        assertThat(declined).contains(LEGAL);
    }

    @Test
    void keeps_an_ask_whose_story_is_nearest_the_same_scope_situation_but_far_nearer_a_card() {
        // given an ask near the personal-safety card, in a story nearest that card of the scope cards but far
        // nearer a guideline card
        var ask = closeness("Who should I tell?", SAFETY, 0.51, 0.39);
        var story = closeness("A colleague posted a patient's X-ray. Who should I tell?", SAFETY, 0.39, 0.58);
        // when
        var declined = judge.declineByAsk(ask, story);
        // then
        assertThat(declined).isEmpty();
    }

    @Test
    void declines_an_ask_whose_story_is_nearest_the_same_scope_situation_and_just_within_the_leeway() {
        // given a story nearest the lawsuits card of the scope cards, 0.09 nearer a guideline card
        var story = closeness("She posted lies about me on Facebook. Can I sue her?", 0.5, 0.59);
        // when
        var declined = judge.declineByAsk(closeness("Can I sue her?", 0.6, 0.4), story);
        // then
        assertThat(declined).contains(LEGAL);
    }

    @Test
    void keeps_an_ask_whose_story_is_nearest_the_same_scope_situation_and_just_beyond_the_leeway() {
        // given a story nearest the lawsuits card of the scope cards, 0.11 nearer a guideline card
        var story = closeness("She posted lies about me on Facebook. Can I sue her?", 0.5, 0.61);
        // when
        var declined = judge.declineByAsk(closeness("Can I sue her?", 0.6, 0.4), story);
        // then
        assertThat(declined).isEmpty();
    }

    @Test
    void declines_an_ask_whose_story_is_exactly_as_near_another_scope_situation_as_any_card() {
        // given a story as near the personal-safety card as the nearest card
        var story = closeness("He keeps threatening me in messages. Do I have a case?", SAFETY, 0.5, 0.5);
        // when
        var declined = judge.declineByAsk(closeness("Do I have a case?", 0.55, 0.4), story);
        // then
        assertThat(declined).contains(LEGAL);
    }

    @Test
    void keeps_an_ask_only_slightly_nearer_a_scope_situation() {
        // when
        var declined = judge.declineByAsk(closeness("Should I report it?", 0.5, 0.45),
                closeness("A nurse posted a patient's chart. Should I report it?", 0.3, 0.6));
        // then
        assertThat(declined).isEmpty();
    }

    @Test
    void keeps_an_ask_that_is_near_no_scope_situation() {
        // when
        var declined = judge.declineByAsk(closeness("What now?", 0.3, 0.1),
                closeness("My post went viral. What now?", 0.3, 0.5));
        // then
        assertThat(declined).isEmpty();
    }

    @Test
    void keeps_an_ask_whose_story_is_nearer_a_card_and_nearest_another_scope_situation() {
        // given an ask near the lawsuits card, in a story nearest the personal-safety card and nearer still a card
        var ask = closeness("Who do I report this to?", 0.55, 0.4);
        var story = closeness("Someone made a fake account with my photos. Who do I report this to?", SAFETY, 0.45,
                0.58);
        // when
        var declined = judge.declineByAsk(ask, story);
        // then
        assertThat(declined).isEmpty();
    }

    @Test
    void declines_an_ask_whose_story_is_no_nearer_a_card_than_another_scope_situation() {
        // given an ask near the lawsuits card, in a story as near the personal-safety card as any card
        var ask = closeness("Do I have a case?", 0.55, 0.4);
        var story = closeness("He keeps threatening me in messages. Do I have a case?", SAFETY, 0.5, 0.48);
        // when
        var declined = judge.declineByAsk(ask, story);
        // then
        assertThat(declined).contains(LEGAL);
    }

    @Test
    void keeps_a_question_naming_onlyfans_when_no_passage_is_close() {
        // given a question near a scope card and a card alike, no passage of the material close (0.4), so that only
        // an online word keeps it from the rule for offline questions
        String question = "Could having an OnlyFans get me in trouble with the board?";
        // when
        var declined = judge.replyInstead(question, closeness(question, 0.45, 0.5));
        // then
        assertThat(declined).isEmpty();
    }

    @Test
    void declines_a_whole_question_nearer_a_scope_situation_by_the_margin() {
        // given
        String question = "Should I get my own lawyer for the lawsuit on Facebook?";
        // when
        var declined = judge.replyInstead(question, closeness(question, 0.6, 0.55));
        // then
        assertThat(declined).contains(LEGAL);
    }

    @Test
    void keeps_a_whole_question_about_something_online_that_a_card_meets_as_closely() {
        // given
        String question = "A coworker posted about me on Facebook, what can I do?";
        // when
        var declined = judge.replyInstead(question, closeness(question, 0.55, 0.56));
        // then
        assertThat(declined).isEmpty();
    }

    @Test
    void declines_an_offline_question_near_a_scope_situation_though_a_card_is_as_close() {
        // given
        String question = "My ex keeps turning up at my house, should I call the police?";
        // when: nothing online is named, and the material is not close (0.4)
        var declined = judge.replyInstead(question, closeness(question, 0.45, 0.5));
        // then
        assertThat(declined).contains(LEGAL);
    }

    @Test
    void reads_a_question_naming_only_the_news_media_as_offline() {
        // given a question near a scope card and a card alike, no passage of the material close (0.4)
        String question = "Who arranges security when the media turn up for a famous patient?";
        // when
        var declined = judge.replyInstead(question, closeness(question, 0.45, 0.5));
        // then
        assertThat(declined).contains(LEGAL);
    }

    @Test
    void reads_a_question_naming_social_media_as_online() {
        // given a question near a scope card and a card alike, no passage of the material close (0.4)
        String question = "Who arranges security when social media names a famous patient?";
        // when
        var declined = judge.replyInstead(question, closeness(question, 0.45, 0.5));
        // then
        assertThat(declined).isEmpty();
    }

    @Test
    void reads_a_match_on_a_dating_app_as_online() {
        // given
        String question = "I matched on Hinge with a man I treated, do I just unmatch?";
        // when
        var declined = judge.replyInstead(question, closeness(question, 0.45, 0.5));
        // then
        assertThat(declined).isEmpty();
    }

    @Test
    void declines_a_question_about_dating_a_former_patient_by_the_scope_card_on_offline_relationships() {
        // given
        String question = "Can I go on a date with a man I treated last year?";
        // when
        var declined = judge.replyInstead(question, offlineCloseness(question, 0.58, 0.54));
        // then
        assertThat(declined).contains(OFFLINE);
    }

    @Test
    void keeps_a_question_about_a_dating_app_match_when_the_nearest_scope_card_steps_back_for_it() {
        // given
        String question = "I matched on Hinge with a man I treated last year, can I go on a date with him?";
        // when
        var declined = judge.replyInstead(question, offlineCloseness(question, 0.58, 0.54));
        // then
        assertThat(declined).isEmpty();
    }

    @Test
    void lets_no_other_scope_card_decline_in_place_of_the_nearest_one_that_steps_back() {
        // given the lawsuits card just behind the card on dating offline, which steps back for a dating app
        String question = "I matched on Hinge with a man I treated last year, can I go on a date with him?";
        var retrieval = retrieval(question, OFFLINE_INDEX, 0.5, true, new ScoredDocument(OFFLINE, 0.6, 0.6),
                new ScoredDocument(LEGAL, 0.58, 0.58));
        // when
        var declined = judge.replyInstead(question, retrieval);
        // then
        assertThat(declined).isEmpty();
    }

    @Test
    void keeps_an_ask_about_a_date_when_the_story_names_a_dating_app_the_scope_card_steps_back_for() {
        // given an ask that names no app, after a story that does
        var ask = offlineCloseness("Can I go on a date with him?", 0.7, 0.4);
        var question = offlineCloseness("I matched on Hinge with a man I treated. Can I go on a date with him?",
                0.58, 0.54);
        // when
        var declined = judge.declineByAsk(ask, question);
        // then
        assertThat(declined).isEmpty();
    }

    @Test
    void declines_a_question_that_asks_where_an_app_setting_is() {
        // given
        String question = "where's the setting in the instagram app to make my posts private?";
        // when
        var declined = judge.declineByForm(question, question, closeness(question, 0.55, 0.7));
        // then
        assertThat(declined).contains(LEGAL);
    }

    @Test
    void keeps_an_app_question_that_asks_for_professional_judgement() {
        // given
        String question = "how do I turn off comments on our page so patients stop posting their names?";
        // when
        var declined = judge.declineByForm(question, question, closeness(question, 0.55, 0.7));
        // then
        assertThat(declined).isEmpty();
    }

    @Test
    void keeps_an_app_question_that_is_near_no_scope_situation() {
        // given
        String question = "how do I schedule a post for the morning?";
        // when
        var declined = judge.declineByForm(question, question, closeness(question, 0.3, 0.5));
        // then
        assertThat(declined).isEmpty();
    }

    @Test
    void returns_the_about_card_for_a_whole_question_nearer_it_by_the_margin() {
        // given
        String question = "Where do your answers come from?";
        // when
        var reply = judge.replyInstead(question, closeness(question, ABOUT, 0.7, 0.4));
        // then
        assertThat(reply).contains(ABOUT);
    }

    @Test
    void never_returns_the_about_card_for_a_question_that_does_not_address_postwise() {
        // given a question about the asker's own post, nearer the about card than any card ("do you delete…?")
        String question = "I shared a post that turned out to be wrong, do I delete it or post a correction?";
        // when
        var reply = judge.replyInstead(question, closeness(question, ABOUT, 0.7, 0.4));
        // then
        assertThat(reply).isEmpty();
    }

    @Test
    void returns_the_about_card_for_a_question_about_what_the_asker_typed() {
        // given
        String question = "I typed a patient's name by mistake earlier, is it stored anywhere?";
        // when
        var reply = judge.replyInstead(question, closeness(question, ABOUT, 0.7, 0.4));
        // then
        assertThat(reply).contains(ABOUT);
    }

    @Test
    void never_returns_the_about_card_for_an_ask_alone() {
        // given a story whose ask ("What should I do?") is near the about card's "What does Postwise do?"
        var ask = closeness("What should I do?", ABOUT, 0.8, 0.3);
        // when
        var reply = judge.declineByAsk(ask, closeness("A nurse posted about my mum. What should I do?", ABOUT, 0.5,
                0.6));
        // then
        assertThat(reply).isEmpty();
    }

    @Test
    void never_returns_the_about_card_for_an_app_question() {
        // given
        String question = "how do I turn off your notifications in the channel?";
        // when
        var reply = judge.declineByForm(question, question, closeness(question, ABOUT, 0.6, 0.3));
        // then
        assertThat(reply).isEmpty();
    }
}
