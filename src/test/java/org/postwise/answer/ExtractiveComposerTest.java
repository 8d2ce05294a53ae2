package org.postwise.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.postwise.config.AnswerConfig;
import org.postwise.knowledge.AskerCues;
import org.postwise.knowledge.DocumentKind;
import org.postwise.knowledge.Guidance;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.MarkedSentence;
import org.postwise.knowledge.Passage;
import org.postwise.knowledge.SourceRef;
import org.postwise.retrieval.PassageIndex;
import org.postwise.retrieval.Retrieval;
import org.postwise.retrieval.RetrievalFixtures;
import org.postwise.retrieval.ScoredDocument;

class ExtractiveComposerTest {

    private static final SourceRef FARNAN = new SourceRef("Online Medical Professionalism",
            "Farnan et al., Ann Intern Med 2013", "10.7326/0003-4819", null);
    private static final SourceRef GMC = new SourceRef("Using social media as a medical professional",
            "General Medical Council (UK), 2024", null, "https://www.gmc-uk.org/guidance");

    private static final SourceRef HIPAA = new SourceRef("45 CFR 164.514", "HIPAA Privacy Rule, 45 CFR 164.514", null,
            "https://www.ecfr.gov/current/title-45/section-164.514", Set.of("US"));
    private final ExtractiveComposer composer = new ExtractiveComposer(AnswerConfig.defaults());
    private final TemplateSet templates = TemplateSet.load(Path.of("prompts"));

    /** A sentence or action and the body it rests on ({@link SourceRef#OWN_ADVICE} for the card's own words). */
    private record Said(String text, SourceRef source, List<String> when, List<String> unless) {
    }

    private static KnowledgeDocument card(String id, String title, List<Said> sentences, List<Said> actions) {
        var passages = new ArrayList<Passage>();
        var marked = new ArrayList<MarkedSentence>();
        for (Said s : sentences) {
            passages.add(new Passage(id + "#" + (passages.size() + 1), id, title, DocumentKind.CARD, s.source(),
                    "Summary", s.text()));
            if (!s.when().isEmpty() || !s.unless().isEmpty()) {
                marked.add(new MarkedSentence(s.text(), s.when(), s.unless()));
            }
        }
        var guidance = new ArrayList<Guidance>();
        for (Said a : actions) {
            passages.add(new Passage(id + "#" + (passages.size() + 1), id, title, DocumentKind.CARD, a.source(),
                    "What to do", a.text()));
            guidance.add(new Guidance(a.text(), List.of(a.source()), a.when(), a.unless()));
        }
        return new KnowledgeDocument(id, DocumentKind.CARD, Path.of(id + ".md"), title, "topic", List.of(), List.of(),
                List.of(FARNAN, GMC), guidance, passages, marked);
    }

    private static Said said(String text, SourceRef source) {
        return new Said(text, source == null ? SourceRef.OWN_ADVICE : source, List.of(), List.of());
    }

    /** A sentence or an action that fits only the sub-case its cues name. */
    private static Said saidWhen(String text, String... cues) {
        return new Said(text, SourceRef.OWN_ADVICE, List.of(cues), List.of());
    }

    /** A sentence or an action that fits everyone but the sub-cases its cues name. */
    private static Said saidUnless(String text, String... cues) {
        return new Said(text, SourceRef.OWN_ADVICE, List.of(), List.of(cues));
    }

    /** A step for someone who has just been sent a request, which does not fit someone who accepted one. */
    private static KnowledgeDocument friendRequestCardWithAStepForNewRequests() {
        return card("friend-requests", "Friend requests from patients",
                List.of(said("Farnan and colleagues advise physicians not to friend patients on personal accounts.", FARNAN)),
                List.of(saidUnless("Decline a patient's friend request or leave it pending.", "already", "unfriend"),
                        said("Keep patients' friend requests and personal accounts apart from care.", null)));
    }

    /** Two steps for everyone, and one for someone who already accepted a request. */
    private static KnowledgeDocument friendRequestCardWithAStepForAcceptedRequests() {
        return card("friend-requests", "Friend requests from patients",
                List.of(said("Farnan and colleagues advise physicians not to friend patients on personal accounts.", FARNAN)),
                List.of(said("Decline a friend request from a patient politely.", FARNAN),
                        said("Handle every patient's request the same way.", null),
                        saidWhen("Remove a patient's friend request connection from your account.",
                                "already accepted", "months ago")));
    }

    private String compose(String question, KnowledgeDocument... cards) {
        return composition(question, Optional.empty(), cards).text();
    }

    /** As {@link #compose}, for an asker who works in {@code country}. */
    private String composeFor(String country, String question, KnowledgeDocument... cards) {
        return composition(question, Optional.of(country), cards).text();
    }

    /** As {@link #compose}, with the sources listed beside the answer. */
    private AnswerComposer.Composition composition(String question, Optional<String> country,
                                                   KnowledgeDocument... cards) {
        PassageIndex index = RetrievalFixtures.index(List.of(cards));
        Retrieval retrieval = RetrievalFixtures.retrieval(index, question, true);
        return composer.compose(retrieval, templates, Confidence.CLOSE, country);
    }

    /** As {@link #compose}, with every card fitting the question equally well. */
    private String composeFromEqualCards(String question, KnowledgeDocument... cards) {
        PassageIndex index = RetrievalFixtures.index(List.of(cards));
        Retrieval r = RetrievalFixtures.retrieval(index, question, true);
        var equal = new Retrieval(r.passages(), r.documents().stream()
                .map(d -> new ScoredDocument(d.document(), 1.0, 0.7)).toList(), r.coverage(), r.index(),
                r.questionTerms(), r.questionVector(), r.questionWords());
        return composer.compose(equal, templates, Confidence.CLOSE, Optional.empty()).text();
    }

    private static String whatTheMaterialSays(String answer) {
        return answer.substring(answer.indexOf("**What the material says**"), answer.indexOf("**What to do**"));
    }

    /** A card on replying to reviews whose evidence is a rule resting on US law beside guidance for anyone. */
    private static KnowledgeDocument reviewCard(List<Said> actions) {
        return card("reviews", "Replying to an online review",
                List.of(said("Under the HIPAA Privacy Rule a practice's reply to a bad review must not disclose"
                                + " health information.", HIPAA),
                        said("The GMC says doctors should not confirm online that someone is their patient.", GMC)),
                actions);
    }

    /** The review card with a step that rests on the US rule. */
    private static KnowledgeDocument reviewCardWithAUsRule() {
        return reviewCard(List.of(said("Never name the patient or their care in a reply to a review.", HIPAA),
                said("Leave public replies to reviews to the practice's manager.", null)));
    }

    @Test
    void leaves_out_evidence_resting_on_another_countrys_law_for_an_asker_who_works_elsewhere() {
        // given
        var card = reviewCardWithAUsRule();
        // when
        String answer = composeFor("IE", "I'm a dental nurse, can we reply to a bad review of the practice?", card);
        // then
        assertThat(whatTheMaterialSays(answer)).contains("The GMC says").doesNotContain("HIPAA");
    }

    @Test
    void still_quotes_a_step_resting_on_another_countrys_law_for_an_asker_who_works_elsewhere() {
        // given
        var card = reviewCardWithAUsRule();
        // when
        String answer = composeFor("IE", "I'm a dental nurse, can we reply to a bad review of the practice?", card);
        // then the advice is sound anywhere, even though its basis is a US rule
        assertThat(whatToDo(answer)).contains("Never name the patient");
    }

    @Test
    void quotes_evidence_resting_on_a_countrys_law_to_an_asker_who_works_there() {
        // given
        var card = reviewCardWithAUsRule();
        // when
        String answer = composeFor("US", "I'm a dental nurse, can we reply to a bad review of the practice?", card);
        // then
        assertThat(whatTheMaterialSays(answer)).contains("HIPAA");
    }

    @Test
    void quotes_evidence_resting_on_a_countrys_law_when_the_askers_country_is_unknown() {
        // given
        var card = reviewCardWithAUsRule();
        // when
        String answer = compose("I'm a dental nurse, can we reply to a bad review of the practice?", card);
        // then
        assertThat(whatTheMaterialSays(answer)).contains("HIPAA");
    }

    @Test
    void lists_no_source_of_another_countrys_law_that_the_answer_did_not_quote() {
        // given a card whose US rule ranks among the best passages, and whose steps are the card's own
        var card = reviewCard(List.of(said("Leave public replies to reviews to the practice's manager.", null),
                said("Invite the reviewer to talk to the practice privately.", null)));
        // when
        var sources = composition("I'm a dental nurse, can we reply to a bad review of the practice?",
                Optional.of("IE"), card).sources();
        // then
        assertThat(sources).extracting(AnswerSource::citation).isNotEmpty().doesNotContain(HIPAA.citation());
    }

    @Test
    void quotes_evidence_resting_on_another_countrys_law_when_nothing_else_is_left() {
        // given a card whose only evidence is a US rule
        var card = card("identifiers", "Identifiers under HIPAA",
                List.of(said("HIPAA's Safe Harbor method lists eighteen identifiers to remove.", HIPAA)),
                List.of(said("Remove every identifier before sharing a case.", null)));
        // when
        String answer = composeFor("IE", "Which identifiers must go before I share a case?", card);
        // then a rule from elsewhere says more than no evidence at all
        assertThat(whatTheMaterialSays(answer)).contains("Safe Harbor");
    }

    private static String whatToDo(String answer) {
        return answer.substring(answer.indexOf("**What to do**"), answer.indexOf("**Where to ask for help**"));
    }

    @Test
    void gives_first_the_action_that_fits_the_question_over_the_cards_first_one() {
        // given a card whose first action is about something else
        var card = card("friend-requests", "Friend requests from patients",
                List.of(said("Farnan and colleagues advise physicians not to friend patients on personal accounts.", FARNAN)),
                List.of(said("Review the privacy settings of every account you hold each month.", null),
                        said("Decline a friend request from a patient politely and point them to the clinic.", FARNAN)));
        // when
        String answer = compose("Should I decline a friend request from a patient?", card);
        // then
        assertThat(whatToDo(answer)).startsWith("**What to do**\n- Decline a friend request from a patient politely");
    }

    @Test
    void leaves_out_an_action_for_another_sub_case_of_the_situation() {
        // given a card whose closest action is for someone who already accepted a request
        var card = friendRequestCardWithAStepForAcceptedRequests();
        // when
        String answer = compose("A patient sent me a friend request, should I decline it?", card);
        // then
        assertThat(whatToDo(answer)).contains("Decline a friend request").doesNotContain("Remove a patient's");
    }

    @Test
    void quotes_an_action_for_a_sub_case_when_the_question_names_it() {
        // given
        var card = friendRequestCardWithAStepForAcceptedRequests();
        // when
        String answer = compose("I already accepted a patient's friend request, should I remove the connection?",
                card);
        // then
        assertThat(whatToDo(answer)).contains("Remove a patient's friend request connection");
    }

    @Test
    void quotes_an_action_for_the_sub_case_the_question_names_even_when_it_shares_few_of_its_words() {
        // given a step for page owners worded far from the question
        var card = card("official-pages", "Running a clinic's page",
                List.of(said("A page in the clinic's name speaks for the clinic.", null)),
                List.of(said("Ask the communications team before the clinic's page posts a patient's story.", null),
                        saidWhen("Keep two named administrators with two-factor authentication.", "only admin")));
        // when
        String answer = compose("I'm the only admin of our clinic's page, can it post a patient's story?", card);
        // then
        assertThat(whatToDo(answer)).contains("Ask the communications team", "Keep two named administrators");
    }

    /** A step for everyone, and one for a manager, cued by the words a manager would use. */
    private static KnowledgeDocument bullyingCardWithAStepForManagers() {
        return card("bullying", "A colleague mocks you online",
                List.of(said("Mocking a colleague online is bullying under most workplace policies.", null)),
                List.of(said("Tell your employer about the mocking posts through its harassment policy.", null),
                        saidWhen("Open a process with HR on the mocking posts and protect the colleague who "
                                + "reported it.", "i manage", "my staff")));
    }

    @Test
    void quotes_an_action_for_a_sub_case_when_the_cue_words_come_together_in_the_question() {
        // given
        var card = bullyingCardWithAStepForManagers();
        // when
        String answer = compose("I manage a ward and a nurse keeps posting mocking posts about a colleague", card);
        // then
        assertThat(whatToDo(answer)).contains("Open a process with HR");
    }

    @Test
    void leaves_out_an_action_for_a_sub_case_when_the_cue_words_are_apart_in_the_question() {
        // given
        var card = bullyingCardWithAStepForManagers();
        // when ("i" and "manager" are there, "i manage" is not)
        String answer = compose("A nurse keeps posting mocking posts about me and I told my manager", card);
        // then
        assertThat(whatToDo(answer)).contains("Tell your employer").doesNotContain("Open a process with HR");
    }

    @Test
    void leaves_out_an_action_when_the_question_names_a_sub_case_it_does_not_fit() {
        // given
        var card = friendRequestCardWithAStepForNewRequests();
        // when
        String answer = compose("I already accepted a patient's friend request, what now?", card);
        // then
        assertThat(whatToDo(answer)).contains("Keep patients' friend requests").doesNotContain("Decline a patient's");
    }

    @Test
    void quotes_an_action_with_sub_cases_it_does_not_fit_when_the_question_names_none_of_them() {
        // given
        var card = friendRequestCardWithAStepForNewRequests();
        // when
        String answer = compose("A patient sent me a friend request, what now?", card);
        // then
        assertThat(whatToDo(answer)).contains("Decline a patient's friend request or leave it pending");
    }

    /** A card whose evidence on commenting fits someone asked to comment, not someone writing their own post. */
    private static KnowledgeDocument deathCardWithEvidenceOnComments() {
        return card("deceased", "A patient who has died",
                List.of(said("Confidentiality continues after a patient's death under professional guidance.", GMC),
                        saidUnless("A comment on a family's memorial post tells everyone the person was your patient.",
                                "my own post"),
                        saidWhen("Posts about a death on the ward are read by the patient's family and friends.",
                                "on the ward")),
                List.of(said("Leave names and details out of anything you post about a patient who died.", null),
                        said("Ask the privacy office before you post about a patient who died.", null)));
    }

    @Test
    void leaves_out_a_piece_of_evidence_when_the_question_names_a_sub_case_it_does_not_fit() {
        // given
        var card = deathCardWithEvidenceOnComments();
        // when
        String answer = compose("Can I write my own post about a patient who died, without a comment on the "
                + "family's memorial post?", card);
        // then
        assertThat(answer).contains("Confidentiality continues").doesNotContain("A comment on a family's memorial");
    }

    @Test
    void quotes_a_piece_of_evidence_with_sub_cases_it_does_not_fit_when_the_question_names_none_of_them() {
        // given
        var card = deathCardWithEvidenceOnComments();
        // when
        String answer = compose("Can I comment on the family's memorial post for a patient who died?", card);
        // then
        assertThat(answer).contains("A comment on a family's memorial post tells everyone");
    }

    @Test
    void leaves_out_a_piece_of_evidence_for_a_sub_case_the_question_does_not_name() {
        // given
        var card = deathCardWithEvidenceOnComments();
        // when
        String answer = compose("Can I post about the death of a patient and the family's grief?", card);
        // then
        assertThat(answer).doesNotContain("Posts about a death on the ward");
    }

    @Test
    void never_takes_a_cue_of_words_common_in_the_material_as_naming_a_sub_case() {
        // given a step cued by "patient", a word of every passage and of nearly every question
        var card = card("friend-requests", "Friend requests from patients",
                List.of(said("Farnan and colleagues advise physicians not to friend patients on personal accounts.", FARNAN),
                        said("A patient's request is common.", null)),
                List.of(said("Decline a friend request from a patient politely.", FARNAN),
                        saidWhen("Send a patient who sent you a friend request a kind note before you decline it.",
                                "patient")));
        // when
        String answer = compose("A patient sent me a friend request, should I decline it?", card);
        // then
        assertThat(whatToDo(answer)).contains("Decline a friend request").doesNotContain("kind note");
    }

    /** A card on filming at work, written for the staff member who films. */
    private static KnowledgeDocument filmingCard() {
        return card("filming-at-work", "Filming TikToks at work",
                List.of(said("Filming on a ward can catch patients, screens and whiteboards in the frame.", null)),
                List.of(said("Check your employer's policy before you film TikToks on the ward.", null),
                        said("Film TikToks away from the ward, where no patient can be in the frame.", null)));
    }

    /** A card for a manager raising a post with one of their staff, which names its askers. */
    private static KnowledgeDocument managerCard() {
        var card = card("raising-a-post", "Raising a post with one of your staff as their manager",
                List.of(said("A manager who sees a worrying post by one of their staff can start with a private word.",
                        null)),
                List.of(said("Speak to your staff member privately about the TikToks, in person.", null),
                        said("Keep a short note of what you agreed with your staff member.", null)));
        var manager = new AskerCues.Condition(List.of(List.of("as a manager"), List.of("one of my nurses")));
        return new KnowledgeDocument(card.id(), card.kind(), card.path(), card.title(), card.topic(), card.tags(),
                card.questions(), card.sources(), card.guidance(), card.passages(), card.marked(),
                new AskerCues(List.of(manager), List.of()));
    }

    @Test
    void draws_its_steps_only_from_the_card_that_names_the_asker_when_another_card_is_about_the_same_act() {
        // given
        String question = "As a manager, how do I talk to one of my nurses who keeps filming TikToks on the ward?";
        // when
        String answer = composeFromEqualCards(question, filmingCard(), managerCard());
        // then
        assertThat(whatToDo(answer)).contains("Speak to your staff member privately")
                .doesNotContain("Check your employer's policy").doesNotContain("Film TikToks away");
    }

    @Test
    void draws_its_steps_from_every_card_when_no_card_names_the_asker() {
        // given
        String question = "Can I film TikToks on the ward, and how do I talk to my colleague who does?";
        // when
        String answer = composeFromEqualCards(question, filmingCard(), managerCard());
        // then
        assertThat(whatToDo(answer)).contains("Check your employer's policy")
                .contains("Speak to your staff member privately");
    }

    @Test
    void draws_its_steps_from_the_other_card_when_the_card_that_names_the_asker_has_none_for_the_question() {
        // given a card for managers whose only step is for a post that stays up
        var card = card("raising-a-post", "Raising a post with one of your staff as their manager",
                List.of(said("A manager who sees a worrying post by one of their staff can start with a private word.",
                        null)),
                List.of(saidWhen("Follow the HR procedure when the post is still up after you asked.", "still up")));
        var manager = new AskerCues.Condition(List.of(List.of("as a manager"), List.of("one of my nurses")));
        var managers = new KnowledgeDocument(card.id(), card.kind(), card.path(), card.title(), card.topic(),
                card.tags(), card.questions(), card.sources(), card.guidance(), card.passages(), card.marked(),
                new AskerCues(List.of(manager), List.of()));
        String question = "As a manager, how do I talk to one of my nurses who keeps filming TikToks on the ward?";
        // when
        String answer = composeFromEqualCards(question, filmingCard(), managers);
        // then
        assertThat(whatToDo(answer)).contains("Check your employer's policy").doesNotContain("HR procedure");
    }

    /**
     * A card on a clip a patient posted: two steps and two pieces of evidence in the question's words, and a third of
     * each in words of its own.
     */
    private static KnowledgeDocument postedClipCard() {
        return card("posted-clip", "A patient posts a clip of you",
                List.of(said("Patients sometimes post a clip of staff online after a visit.", null),
                        said("A reply to a clip a patient posted can disclose their care.", null),
                        said("Uploaders often agree when asked first, and platforms weigh consent.", null)),
                List.of(said("Do not reply to a clip a patient posted of you.", null),
                        said("Tell your manager the same day that a patient posted a clip of you.", null),
                        said("Ask the uploader first, then use the platform's privacy complaint process.", null)));
    }

    @Test
    void quotes_a_third_step_of_the_card_even_when_it_shares_no_words_with_the_question() {
        // given a card whose third step is written in words of its own
        var card = postedClipCard();
        // when
        String answer = compose("A patient posted a clip of me, do I reply?", card);
        // then
        assertThat(whatToDo(answer)).contains("Ask the uploader first");
    }

    @Test
    void leaves_out_a_fourth_step_that_fits_the_question_far_less_than_the_best() {
        // given a card with three steps in the question's words and a fourth in words of its own
        var card = card("posted-clip", "A patient posts a clip of you",
                List.of(said("Patients sometimes post a clip of staff online after a visit.", null)),
                List.of(said("Do not reply to a clip a patient posted of you.", null),
                        said("Tell your manager the same day that a patient posted a clip of you.", null),
                        said("Ask the patient who posted the clip to take it down.", null),
                        said("Review the privacy settings of every account each month.", null)));
        // when
        String answer = compose("A patient posted a clip of me, do I reply?", card);
        // then the third step is quoted and the fourth, far below the best, is not
        assertThat(whatToDo(answer)).contains("Ask the patient who posted").doesNotContain("Review the privacy settings");
    }

    @Test
    void puts_a_step_quoted_below_the_fit_floor_after_the_steps_that_fit() {
        // given a card whose first step shares no words with the question
        var card = card("posted-clip", "A patient posts a clip of you",
                List.of(said("Patients sometimes post a clip of staff online after a visit.", null)),
                List.of(said("Review the privacy settings of every account each month.", null),
                        said("Do not reply to a clip a patient posted of you.", null)));
        // when
        String answer = compose("A patient posted a clip of me, do I reply?", card);
        // then
        assertThat(whatToDo(answer)).startsWith("**What to do**\n- Do not reply to a clip")
                .contains("Review the privacy settings");
    }

    @Test
    void quotes_a_third_piece_of_evidence_even_when_it_shares_no_words_with_the_question() {
        // given a card whose third piece of evidence is written in words of its own
        var card = postedClipCard();
        // when
        String answer = compose("A patient posted a clip of me, do I reply?", card);
        // then
        assertThat(whatTheMaterialSays(answer)).contains("Uploaders often agree");
    }

    @Test
    void puts_a_piece_of_evidence_quoted_below_the_fit_floor_after_those_that_fit() {
        // given a card whose first piece of evidence shares no words with the question
        var card = card("posted-clip", "A patient posts a clip of you",
                List.of(said("Uploaders often agree when asked first, and platforms weigh consent.", null),
                        said("A reply to a clip a patient posted can disclose their care.", null)),
                List.of(said("Do not reply to a clip a patient posted of you.", null)));
        // when
        String answer = compose("A patient posted a clip of me, do I reply?", card);
        // then
        assertThat(whatTheMaterialSays(answer)).startsWith("**What the material says**\n- A reply to a clip")
                .contains("Uploaders often agree");
    }

    @Test
    void says_a_point_once_when_two_cards_make_it_in_the_same_words() {
        // given two cards with the same action
        String action = "Decline a friend request from a patient politely and point them to the clinic.";
        var first = card("friend-requests", "Friend requests from patients",
                List.of(said("Farnan and colleagues advise physicians not to friend patients on personal accounts.", FARNAN)),
                List.of(said(action, FARNAN)));
        var second = card("facebook", "Facebook in health care",
                List.of(said("Facebook blurs the line between personal and professional life for clinicians.", null)),
                List.of(said(action, FARNAN)));
        // when
        String answer = compose("Should I decline a friend request from a patient?", first, second);
        // then
        assertThat(answer.split(java.util.regex.Pattern.quote(action), -1)).hasSize(2);
    }

    @Test
    void numbers_a_work_once_and_names_every_card_it_came_through() {
        // given two cards quoting the same body
        var first = card("friend-requests", "Friend requests from patients",
                List.of(said("Farnan and colleagues advise physicians not to friend patients on personal accounts.", FARNAN)),
                List.of());
        var second = card("patient-messages", "Messages from patients",
                List.of(said("Farnan and colleagues advise physicians to email patients only with consent.", FARNAN)),
                List.of());
        // when
        String answer = composeFromEqualCards("What do Farnan and colleagues advise physicians about patients?", first,
                second);
        // then
        String sources = answer.substring(answer.indexOf("**Sources**"));
        assertThat(sources).containsOnlyOnce("Farnan et al., Ann Intern Med 2013")
                .containsPattern("guideline cards \"(Friend requests from patients|Messages from patients)\" and "
                        + "\"(Friend requests from patients|Messages from patients)\"");
        assertThat(answer).doesNotContain("[2]");
    }

    @Test
    void cites_each_statement_to_the_body_its_card_marks_and_own_words_as_postwise() {
        // given a card quoting two bodies and adding its own advice
        var card = card("friend-requests", "Friend requests from patients",
                List.of(said("Farnan and colleagues advise physicians not to friend patients on personal accounts.", FARNAN),
                        said("The GMC says privacy settings do not guarantee that friend requests stay private.", GMC)),
                List.of(said("Decline a friend request from a patient politely.", null)));
        // when
        String answer = compose("Can I friend patients on personal accounts, and do privacy settings keep friend "
                + "requests private?", card);
        // then
        assertThat(answer).contains("Farnan et al., Ann Intern Med 2013", "General Medical Council (UK), 2024",
                "Postwise's own advice, not a published source");
        assertThat(answer).containsPattern("GMC says privacy settings[^\\n]*\\[(\\d)][\\s\\S]*\\[\\1] General Medical Council");
    }

    @Test
    void names_a_work_once_with_its_link_when_its_citation_already_contains_its_title() {
        // given a body whose citation already names the work
        var ncsbn = new SourceRef("A Nurse's Guide to the Use of Social Media",
                "NCSBN, A Nurse's Guide to the Use of Social Media, 2011", null, "https://www.ncsbn.org/3739.htm");
        var card = card("colleague-posts", "A colleague's post about a patient",
                List.of(said("NCSBN asks nurses to report a breach of patient privacy promptly.", ncsbn)),
                List.of(said("Report a post that may identify a patient to the privacy office.", ncsbn)));
        // when
        String answer = compose("Should I report a colleague's post about a patient?", card);
        // then
        assertThat(answer).contains("NCSBN, A Nurse's Guide to the Use of Social Media, 2011. https://www.ncsbn.org/3739.htm")
                .containsOnlyOnce("A Nurse's Guide to the Use of Social Media");
    }

    @Test
    void shows_the_confidence_label_on_the_first_line() {
        // given
        var card = card("friend-requests", "Friend requests from patients",
                List.of(said("Farnan and colleagues advise physicians not to friend patients on personal accounts.", FARNAN)),
                List.of(said("Decline a friend request from a patient politely.", FARNAN)));
        // when
        String answer = compose("Can I accept a friend request from a patient?", card);
        // then
        assertThat(answer.lines().findFirst()).contains("_" + Confidence.CLOSE.label() + "._");
    }
    /** {@code card} with a "Where to ask for help" section holding {@code contacts}, one passage each. */
    private static KnowledgeDocument withHelp(KnowledgeDocument card, Said... contacts) {
        var passages = new ArrayList<>(card.passages());
        var marked = new ArrayList<>(card.marked());
        for (Said c : contacts) {
            passages.add(new Passage(card.id() + "#" + (passages.size() + 1), card.id(), card.title(),
                    DocumentKind.CARD, SourceRef.OWN_ADVICE, "Where to ask for help", c.text()));
            if (!c.when().isEmpty() || !c.unless().isEmpty()) {
                marked.add(new MarkedSentence(c.text(), c.when(), c.unless()));
            }
        }
        return new KnowledgeDocument(card.id(), card.kind(), card.path(), card.title(), card.topic(), card.tags(),
                card.questions(), card.sources(), card.guidance(), passages, marked, card.askers());
    }

    private static String whereToAskForHelp(String answer) {
        return answer.substring(answer.indexOf("**Where to ask for help**"), answer.indexOf("**Sources**"));
    }

    @Test
    void names_the_cards_own_contacts_before_the_institutions_help_line() {
        // given
        var card = withHelp(friendRequestCardWithAStepForNewRequests(),
                said("Ask your manager what to do if a patient keeps sending requests after you declined.", null));
        // when
        String answer = compose("A patient sent me a friend request, should I decline it?", card);
        // then
        assertThat(whereToAskForHelp(answer)).startsWith("**Where to ask for help**\n"
                + "- Ask your manager what to do if a patient keeps sending requests after you declined.\n"
                + "If you are unsure how this applies to you, ask " + AnswerConfig.defaults().helpContact());
    }

    @Test
    void leaves_no_blank_line_under_where_to_ask_for_help_when_the_card_names_no_contact() {
        // given
        var card = friendRequestCardWithAStepForNewRequests();
        // when
        String answer = compose("A patient sent me a friend request, should I decline it?", card);
        // then
        assertThat(whereToAskForHelp(answer)).startsWith("**Where to ask for help**\nIf you are unsure");
    }

    @Test
    void leaves_out_a_contact_for_a_sub_case_the_question_does_not_name() {
        // given
        var card = withHelp(friendRequestCardWithAStepForNewRequests(),
                said("Ask your manager what to do if a patient keeps sending requests after you declined.", null),
                saidWhen("Ask the NMC's employer link service before referring a nurse to the regulator.",
                        "in the uk"));
        // when
        String answer = compose("A patient sent me a friend request, should I decline it?", card);
        // then
        assertThat(whereToAskForHelp(answer)).contains("Ask your manager").doesNotContain("employer link service");
    }

    @Test
    void names_a_contact_for_the_sub_case_the_question_names() {
        // given
        var card = withHelp(friendRequestCardWithAStepForNewRequests(),
                said("Ask your manager what to do if a patient keeps sending requests after you declined.", null),
                saidWhen("Ask the NMC's employer link service before referring a nurse to the regulator.",
                        "in the uk"));
        // when
        String answer = compose("I work in the UK and a patient sent me a friend request, should I decline it?",
                card);
        // then
        assertThat(whereToAskForHelp(answer)).contains("employer link service");
    }

    @Test
    void names_at_most_two_contacts_in_the_cards_order() {
        // given
        var card = withHelp(friendRequestCardWithAStepForNewRequests(),
                said("Ask the privacy office which channels are approved for messaging patients.", null),
                said("Ask your manager what to do if a patient keeps sending friend requests.", null),
                said("Ask your union about a patient's friend request that turns into harassment.", null));
        // when
        String answer = compose("A patient sent me a friend request, should I decline it?", card);
        // then
        assertThat(whereToAskForHelp(answer).lines().filter(l -> l.startsWith("- ")).toList()).containsExactly(
                "- Ask your manager what to do if a patient keeps sending friend requests.",
                "- Ask your union about a patient's friend request that turns into harassment.");
    }
    @Test
    void leaves_out_a_contact_that_repeats_a_quoted_step() {
        // given a contact worded as one of the card's steps
        var card = withHelp(friendRequestCardWithAStepForNewRequests(),
                said("Keep patients' friend requests and personal accounts apart from care.", null),
                said("Ask your manager what to do if a patient keeps sending requests after you declined.", null));
        // when
        String answer = compose("A patient sent me a friend request, should I decline it?", card);
        // then
        assertThat(whatToDo(answer)).contains("Keep patients' friend requests and personal accounts apart");
        assertThat(whereToAskForHelp(answer)).contains("Ask your manager").doesNotContain("Keep patients'");
    }

    @Test
    void leaves_out_a_contact_for_everyone_but_the_askers_the_question_names() {
        // given
        var card = withHelp(friendRequestCardWithAStepForNewRequests(),
                said("Ask your manager what to do if a patient keeps sending requests after you declined.", null),
                saidUnless("Ask HR how the social media policy treats friend requests from patients.",
                        "human resources"));
        // when
        String answer = compose(
                "I work in human resources and a patient sent me a friend request, should I decline it?", card);
        // then
        assertThat(whereToAskForHelp(answer)).contains("Ask your manager").doesNotContain("Ask HR");
    }

    @Test
    void takes_the_contacts_of_the_next_quoted_card_when_the_leading_one_names_none() {
        // given two cards that fit alike, only the second naming a contact
        var requests = friendRequestCardWithAStepForNewRequests();
        var messages = withHelp(card("patient-messages", "A patient messages your personal account",
                        List.of(said("Patients sometimes send friend requests and messages to staff accounts.", null)),
                        List.of(said("Point a patient who messages you to the clinic's portal.", null))),
                said("Ask the privacy office which channels are approved for messaging patients.", null));
        // when
        String answer = composeFromEqualCards("A patient sent me a friend request, should I decline it?", requests,
                messages);
        // then
        assertThat(whereToAskForHelp(answer)).contains("Ask the privacy office which channels are approved");
    }
}
