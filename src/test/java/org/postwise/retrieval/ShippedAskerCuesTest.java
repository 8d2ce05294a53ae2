package org.postwise.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postwise.config.KnowledgeConfig;
import org.postwise.knowledge.FileKnowledgeLoader;
import org.postwise.knowledge.PassageChunker;

/** The asker cues of the cards shipped in {@code knowledge/}, read as questions are. */
class ShippedAskerCuesTest {

    private static PassageIndex index;

    @BeforeAll
    static void load() {
        var shipped = new FileKnowledgeLoader(new KnowledgeConfig(Path.of(""), "Test institution"),
                new PassageChunker()).load();
        index = RetrievalFixtures.indexWithEnglishWords(shipped.documents());
    }

    // read as questions are: spelling corrected, so "HCAs" is "healthcare assistants" as in the cue "our hca"
    @ParameterizedTest(name = "[{index}] {0} over {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            patient-family-contact-online | friend-request-from-patient | My patient's daughter sent me a friend request on Facebook
            colleague-illness-or-death    | deceased-patients           | One of our HCAs died suddenly and the ward wants to post a tribute
            colleague-illness-or-death    | deceased-patients           | A nurse on our unit died suddenly and people are posting tributes online
            online-harassment             | deceased-patients           | A patient's daughter keeps posting that I killed her mum, and now strangers send me death threats
            raising-a-post-with-your-staff-or-student | students-online-professionalism | I'm a clinical instructor and one of my students posted placement photos in the class group chat
            reporting-a-colleagues-post   | colleague-unprofessional-content | A coworker posted a photo from work with a patient's wristband in it
            supervisors-and-trainees-connecting-online | friend-request-from-patient | My boss sent me a follow request on Instagram, can I leave it?
            online-harassment             | patient-found-your-personal-account | A local group posted my full name and workplace and the comments are full of threatening messages
            online-harassment             | closed-groups-and-staff-chats | A patient's son keeps naming me in our town's community group and says he knows where I live
            medical-advice-requests-online | video-calls-consumer-apps | I stream on Twitch after my shifts and chat keeps asking me medical questions
            colleague-relationship-with-patient | reporting-a-colleagues-post | A coworker is dating a patient from our ward and posted photos of them on Instagram
            deleting-a-post-that-went-wrong | reporting-a-colleagues-post | I accidentally posted a photo with a patient's chart in the background, should I report it?
            """)
    void leads_a_question_to_its_card_and_away_from_the_neighbouring_card(String card, String neighbour,
            String question) {
        // when / then
        assertThat(fit(card, question)).isEqualTo(1);
        assertThat(fit(neighbour, question)).isEqualTo(-1);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            screening-job-applicants-online    | I'm a hiring manager, can I look up our candidates on TikTok?
            online-harassment                  | Someone posted my home address on X with a threat, how do I get it taken down?
            reporting-a-colleagues-post        | A colleague's Instagram story shows a CT scan with the date and hospital visible
            raising-a-post-with-your-staff-or-student | I'm a ward manager and one of my band 5s does TikTok skits about patients
            posts-during-sick-leave            | I called in sick on Saturday and a friend tagged me in photos at her party
            resident-photos-long-term-care     | Can I post a photo of a resident's birthday party at our care home?
            colleague-unprofessional-content   | A coworker keeps posting rants about our manager on her public Facebook, should I say something?
            posting-about-a-patient-without-names | Can I blog about an odd case from clinic if I change the age and the town?
            colleague-unprofessional-content   | A nurse at my work keeps slagging off our managers on Instagram, should I say something?
            medical-advice-requests-online     | Friends from my gym send me medical questions about their kids all the time
            patients-recording-staff           | Relatives keep posting photos from the ward on Facebook with staff in them, can we ask them not to?
            screening-job-applicants-online    | I'm on an interview panel and another member wants to look up candidates on Facebook
            screening-job-applicants-online    | We're hiring new grad nurses, can we check their TikTok before interviews?
            board-discipline-for-posts         | I got a letter from the nursing board about a complaint over a TikTok I made
            responding-to-a-staff-privacy-breach | I'm a hospital privacy officer and a nurse wrote about a patient on her Instagram
            patients-recording-staff           | A patient livestreamed from his bed on TikTok and I was in the background doing his dressing
            colleague-relationship-with-patient | My colleague has been flirting with a patient over Snapchat since his discharge
            posting-with-patient-consent       | I posted a patient's before and after photos with her verbal consent and now she wants them down
            raising-a-post-with-your-staff-or-student | As a placement coordinator, I've heard one of our students blogged about a client
            """)
    void fits_a_card_to_a_question_that_names_its_askers(String card, String question) {
        // when / then: a when: holds, and no unless: does
        assertThat(fit(card, question)).isEqualTo(1);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            deleting-a-post-that-went-wrong     | I only liked a colleague's post that showed a patient's chart, am I in trouble?
            photos-patients-send-for-their-care | Friends in my running club keep asking me about their kids' fevers on Messenger
            colleague-bullying-staff-online     | Staff in our WhatsApp share jokes about certain patients who keep coming back
            closed-groups-and-staff-chats       | Two of my patients joined the cancer support group I belong to on Facebook
            photos-patients-send-for-their-care | Can I share birth photos from my clients on my practice Instagram if they agree?
            colleague-unprofessional-content    | A nurse I work with keeps sharing anti-vax memes on her public Facebook
            video-calls-consumer-apps           | Can I go live for my followers from the break room on my lunch?
            deleting-a-post-that-went-wrong     | I'm thinking of posting about the baby we lost on shift, only how I feel
            responding-to-a-staff-privacy-breach | A paramedic I work with put a crash scene photo on his Facebook
            friend-request-from-patient         | A man I nursed last spring asked me out for a drink on Instagram
            personal-views-in-public            | A nurse I work with keeps posting that masks cause lung damage
            photos-patients-send-for-their-care | The tissue viability nurse wants us to send her wound photos from our own phones
            deleting-a-post-that-went-wrong     | My colleague wants to post about a sad case from our ward, is that ok?
            colleague-relationship-with-patient | A colleague posted a patient's scan with the date of birth showing
            colleague-unprofessional-content    | A nurse I work with wrote on my wall about a patient she found annoying
            colleague-relationship-with-patient | A patient keeps flirting with me on Instagram and my coworker says to just ignore it
            colleague-relationship-with-patient | Someone made a fake profile using my photos and is flirting with my coworkers' patients
            responding-to-a-staff-privacy-breach | A patient's husband posted a photo of our ICU with other patients in the bay, how do we approach him?
            reporting-a-colleagues-post         | A patient's daughter posted a photo of our ward with the patient list visible, should I report it?
            scope-relationships-offline         | I shared a photo of the splint I made for a patient and her tattoo shows, is that identifiable?
            colleague-bullying-staff-online     | Someone in our staff group chat joked about the famous singer we admitted and everyone laughed
            """)
    void fits_a_card_worse_when_the_question_is_about_another_situation(String card, String question) {
        // when / then: an unless: holds, or no only: does
        assertThat(fit(card, question)).isEqualTo(-1);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            photos-patients-send-for-their-care | A patient's husband WhatsApps me pics of her pressure sore, is that ok?
            posting-in-uniform                  | I'm the only nurse at my work who posts in scrubs, can I keep posting selfies in my uniform?
            patient-found-your-personal-account | A patient found out where I live from my Facebook, what should I do?
            video-calls-consumer-apps           | Can I go live on Facebook to do a video check-in with my patients?
            closed-groups-and-staff-chats       | Can I vent about a patient in our nurses' Facebook support group?
            colleague-unprofessional-content    | A coworker posted a meme mocking patients who fall for vaccine misinformation
            reporting-a-colleagues-post         | My coworker has already posted a photo with a patient's chart in it, should I report it?
            responding-to-a-staff-privacy-breach | I run HR and one of our employees has already posted a patient's x-ray, what do we do now?
            reporting-a-colleagues-post         | The patient's family complained that a nurse on our ward posted a photo of their mum's chart
            """)
    void keeps_a_card_for_a_question_that_only_sounds_like_another_situation(String card, String question) {
        // when / then: no unless: holds, and any only: the card has does
        assertThat(fit(card, question)).isNotNegative();
    }

    @Test
    void gives_the_card_on_advice_online_no_bonus_when_the_askers_own_patient_asks() {
        // when / then
        assertThat(fit("medical-advice-requests-online",
                "My patient keeps asking me medical questions in the chat on our portal")).isZero();
    }

    @Test
    void keeps_the_photo_card_for_a_photo_a_parent_sends() {
        // when / then
        assertThat(fit("photos-patients-send-for-their-care",
                "A patient's mum sent me a picture of his rash on WhatsApp, what do I do with it?")).isNotNegative();
    }

    @Test
    void keeps_the_consent_card_from_an_asker_who_says_they_posted_their_own_photo() {
        // when / then: "already posted" is the asker's act, not a patient's own post
        assertThat(fit("posting-with-patient-consent",
                "I posted a photo from my shift on Instagram last night, is that a problem?")).isEqualTo(-1);
    }

    @Test
    void keeps_the_consent_card_for_a_patient_who_already_posted_about_her_care() {
        // when / then
        assertThat(fit("posting-with-patient-consent",
                "The patient already posted about her surgery, can we share her post on our page?")).isNotNegative();
    }

    @Test
    void gives_the_report_step_to_an_asker_who_posted_a_photo_that_shows_a_patient() {
        // given the photo card's step for a posted photo that shows a patient
        int step = statement("Report promptly to your manager or privacy office any posted photo");
        // when / then
        assertThat(PassageIndex.names(
                index.questionWords("I posted a photo from the ward and a patient's chart is visible"),
                index.cueWords(step))).isTrue();
    }

    @Test
    void keeps_the_approval_step_for_an_asker_who_only_talked_about_a_page_they_want() {
        // given the official-account card's step for before a page exists
        int step = statement("Get written approval from your manager and the communications team");
        // when / then: talking to the owner is an act, but not the page's creation
        assertThat(named(index.questionWords("I want to create a Facebook page for our dental practice. I talked to the"
                + " owner about it. What approvals do I need?"), step)).isFalse();
    }

    @Test
    void reads_relatively_as_no_relative() {
        // when / then
        assertThat(index.askerFit("friend-request-from-patient",
                index.words("Relatively new nurse here: my patient's request came today, should I accept?"))).isZero();
    }

    @Test
    void leads_a_clinical_instructors_follow_request_to_the_supervisors_card() {
        // when / then
        assertThat(index.askerFit("supervisors-and-trainees-connecting-online",
                index.words("My clinical instructor sent me a follow request on Instagram"))).isEqualTo(1);
    }

    @Test
    void keeps_the_patient_death_card_for_a_patient_who_died_on_the_askers_unit() {
        // given
        var words = index.questionWords("A patient on our unit died last night, can staff post condolences?");
        // when / then
        assertThat(index.askerFit("deceased-patients", words)).isNotNegative();
        assertThat(index.askerFit("colleague-illness-or-death", words)).isEqualTo(-1);
    }

    @Test
    void keeps_the_patient_death_card_for_colleagues_commenting_on_a_patients_death() {
        // when / then
        assertThat(fit("deceased-patients",
                "A coworker posted about the death of a patient on our ward, can I comment?")).isZero();
    }

    @Test
    void keeps_the_colleague_card_from_a_patients_death() {
        // when / then
        assertThat(index.askerFit("colleague-illness-or-death",
                index.words("A patient of mine died and her daughter tagged me in a tribute"))).isEqualTo(-1);
    }

    @Test
    void keeps_the_colleague_card_from_a_post_about_no_death_or_illness() {
        // when / then
        assertThat(index.askerFit("colleague-illness-or-death",
                index.words("Can I share our hospital's post with a sarcastic caption about our pay?"))).isEqualTo(-1);
    }

    @Test
    void leads_a_manager_asking_about_one_of_their_staff_to_the_card_for_raising_a_post() {
        // when / then
        assertThat(fit("raising-a-post-with-your-staff-or-student",
                "I'm a ward manager and one of my nurses keeps posting TikToks from the ward, how do I raise it?"))
                .isEqualTo(1);
    }

    @Test
    void keeps_the_card_for_raising_a_post_from_a_student_who_names_their_teachers() {
        // when / then
        assertThat(fit("raising-a-post-with-your-staff-or-student",
                "My clinical instructor saw my story and the program director cites the student handbook, "
                        + "can they dismiss me?")).isEqualTo(-1);
    }

    @Test
    void keeps_the_card_for_raising_a_post_from_a_student_whose_ward_manager_names_a_student() {
        // when / then
        assertThat(fit("raising-a-post-with-your-staff-or-student",
                "I'm a student nurse. The ward manager said one of the students posted a photo from the ward"))
                .isEqualTo(-1);
    }

    @Test
    void keeps_the_card_for_raising_a_post_from_a_staff_nurse_whose_manager_posted() {
        // when / then
        assertThat(fit("raising-a-post-with-your-staff-or-student",
                "I'm a staff nurse and our unit manager posted a rant about one of our nurses")).isEqualTo(-1);
    }

    @Test
    void keeps_the_card_for_raising_a_post_from_a_new_nurse_named_in_her_charge_nurses_photo() {
        // when / then
        assertThat(fit("raising-a-post-with-your-staff-or-student",
                "I'm a new nurse and my charge nurse posted a photo of me in the staff room")).isEqualTo(-1);
    }

    @Test
    void leads_a_manager_whose_coworker_posted_a_rant_to_the_card_for_raising_a_post() {
        // when / then
        assertThat(fit("raising-a-post-with-your-staff-or-student",
                "I'm on the management team. A coworker posted a rant about night shift, how do I raise it?"))
                .isEqualTo(1);
    }

    @Test
    void keeps_the_card_for_raising_a_post_from_a_manager_whose_nurse_mocks_a_colleague() {
        // the bullying card has the steps for a manager told about it
        // when / then
        assertThat(fit("raising-a-post-with-your-staff-or-student",
                "I manage a unit and one of my nurses posted on Facebook mocking her orientee")).isEqualTo(-1);
    }

    @Test
    void leads_an_australian_clinics_testimonials_to_the_card_on_advertising_in_australia() {
        // when / then
        assertThat(fit("advertising-a-practice-in-australia",
                "Physio in Melbourne: can I put patient testimonials on our clinic's Instagram?")).isEqualTo(1);
    }

    @Test
    void keeps_the_card_on_advertising_in_australia_from_a_clinic_elsewhere() {
        // when / then
        assertThat(fit("advertising-a-practice-in-australia",
                "Dentist in Ohio: can I put patient testimonials on our clinic's Instagram?")).isEqualTo(-1);
    }

    @Test
    void keeps_the_card_on_advertising_in_australia_from_someone_elses_fake_account() {
        // when / then
        assertThat(fit("advertising-a-practice-in-australia",
                "Someone made a fake Instagram using my name, advertising Botox. I'm a nurse in Sydney"))
                .isEqualTo(-1);
    }

    @Test
    void leads_a_nurse_starting_an_onlyfans_to_the_side_work_card() {
        // when / then
        assertThat(fit("side-work-and-adult-content-online",
                "Nurse here, thinking of starting an OnlyFans with my face hidden. Could it cost me my licence?"))
                .isEqualTo(1);
    }

    @Test
    void leads_an_organisation_whose_employee_identified_a_patient_to_the_breach_card() {
        // when / then
        assertThat(fit("responding-to-a-staff-privacy-breach",
                "We found out an employee posted a picture that could identify a patient, what do we do?"))
                .isEqualTo(1);
    }

    @Test
    void keeps_the_breach_card_level_for_a_policy_that_only_names_employees() {
        // when / then: "employees" alone is not an organisation asking about an employee's post
        assertThat(fit("responding-to-a-staff-privacy-breach",
                "Our new policy says employees may not identify themselves as employees")).isZero();
    }

    @Test
    void keeps_the_anonymous_posting_card_from_the_target_of_an_anonymous_account() {
        // when / then: the asker is the one written about, not the one posting without a name
        assertThat(fit("anonymous-accounts", "An anonymous account keeps posting lies about me and tags my hospital"))
                .isEqualTo(-1);
    }

    @Test
    void keeps_the_anonymous_posting_card_for_a_clinician_who_posts_anonymously() {
        // when / then
        assertThat(fit("anonymous-accounts", "Can I post anonymously about my hospital's staffing?"))
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void sends_a_colleagues_misinformation_on_their_own_profile_away_from_the_breach_report_card() {
        // when / then: no patient in the post, so the misinformation card answers
        assertThat(fit("reporting-a-colleagues-post",
                "A coworker posted anti-vax misinformation on her personal page and her profile names our hospital"))
                .isEqualTo(-1);
    }

    @Test
    void keeps_the_breach_report_card_for_a_colleagues_misinformation_post_that_shows_a_patient() {
        // when / then
        assertThat(fit("reporting-a-colleagues-post",
                "A coworker posted a patient's x-ray with anti-vax misinformation in the caption"))
                .isEqualTo(1);
    }

    @Test
    void keeps_the_breach_card_from_the_employee_who_posted() {
        // when / then
        assertThat(fit("responding-to-a-staff-privacy-breach",
                "I'm an employee and I accidentally posted a picture that identified a patient")).isEqualTo(-1);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            engaging-with-patients-posts       | A patient tagged me in a thank-you post after her surgery, can I like it?
            donor-bodies-and-anatomy-lab       | A classmate took a selfie in the dissecting room and it's on her Insta story
            employer-asks-staff-to-promote     | My manager asked us all to share the hospital's job adverts on our personal Facebook
            impersonated-online                | Someone set up a fake profile using my name and is messaging my patients
            employer-asks-staff-to-promote     | The practice manager told us to write Google reviews as if we were patients
            employer-asks-staff-to-promote     | My clinic wants me to post reviews of our services on my personal Google account
            patients-recording-staff           | A bystander filmed our crew at a roadside arrest and put it on Facebook
            linkedin-connections-and-recommendations | A client's daughter sent me a connection request on LinkedIn
            posting-during-a-major-incident    | There was a shooting near our hospital, can I post that I'm safe?
            resident-photos-long-term-care     | A CNA posted a photo of a resident who died on her Snapchat, what should I do?
            posting-during-a-major-incident    | There's been a terrorist incident in the city, can I post that I'm safe?
            patient-family-contact-online      | A patient's family keeps messaging me on Facebook asking for updates
            patient-family-contact-online      | My patient's niece sent me a friend request
            deceased-patients                  | A long-term patient of mine passed over the weekend, can I post something about him?
            deceased-patients                  | A patient on our ward took her own life, can staff write about it online?
            colleague-bullying-staff-online    | A coworker made a meme mocking me and a patient saw it, is that bullying?
            friend-request-from-patient        | An older man I discharged last week sent me a friend request, he's a retired dad
            online-harassment                  | I vented about a patient on Facebook and now people are calling me a disgrace
            reporting-a-colleagues-post        | A colleague posted a rant about charting and our manager, should I say something?
            students-online-professionalism    | Nursing student here, the uni wants a meeting about my Snapchat story from placement
            scope-relationships-offline        | A former patient asked me out for coffee in the supermarket. I don't use dating apps. Can I go?
            posting-in-uniform                 | Can I post a selfie in my scrubs on my personal Instagram?
            posting-with-patient-consent       | Can I post before-and-after photos of a patient if she told me verbally it's fine?
            friend-request-from-patient        | A patient sent me a friend request and I'm worried she'll see my dating profile
            deleting-a-post-that-went-wrong    | My post about a patient went viral and I want to post a correction, what now?
            deleting-a-post-that-went-wrong    | I was going to post my lunch but accidentally posted a photo with a patient's chart in it
            replying-to-online-reviews         | A patient left a Google review saying I assaulted her during the exam
            photos-patients-send-for-their-care | I'm a wound care nurse and patients keep emailing me photos of their ulcers
            board-discipline-for-posts         | Should I file a complaint with the nursing board about my coworker's racist Facebook posts?
            responding-to-a-staff-privacy-breach | My coworker posted a photo of a patient's wound on Instagram, should I tell the hospital privacy officer?
            """)
    void keeps_a_card_for_a_question_in_its_situation(String card, String question) {
        // when / then: its only: holds (if it has one), and neither an unless: nor a when: does
        assertThat(fit(card, question)).isZero();
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            engaging-with-patients-posts       | A drug rep asked me to share her company's post and add a comment about my results
            donor-bodies-and-anatomy-lab       | Can I post pictures from our hospital's blood donor drive on Instagram?
            side-work-and-adult-content-online | Can I get in trouble for posting party pictures with drinks from my night off?
            employer-asks-staff-to-promote     | A pharma rep keeps asking me to like and share their posts on LinkedIn
            employer-asks-staff-to-promote     | Our practice manager wants us to ask patients at checkout to leave us a Google review
            impersonated-online                | A relative keeps sharing fake news about vaccines and tagging me, should I correct it?
            donor-bodies-and-anatomy-lab       | As a physio, can I post anatomy explainer videos on TikTok?
            donor-bodies-and-anatomy-lab       | Can I post a video of the carotid dissection we did during surgery today?
            employer-asks-staff-to-promote     | Our manager told us we are banned from posting in uniform on TikTok, is that fair?
            patients-recording-staff           | A junior doctor on my team keeps posting dance videos from the ward on TikTok
            linkedin-connections-and-recommendations | A device company offered to pay me to post about their product on LinkedIn
            linkedin-connections-and-recommendations | A patient sent me a friend request on Facebook
            linkedin-connections-and-recommendations | My programme wants three letters of recommendation, can I ask via LinkedIn?
            posting-during-a-major-incident    | Can I post that I disagree with my hospital's decision to cut night staff?
            resident-photos-long-term-care     | A resident's daughter keeps sending me friend requests on Facebook
            resident-photos-long-term-care     | One of our residents passed away, can I share her obituary?
            resident-photos-long-term-care     | A new mother wants me to post her birth story on Instagram
            countering-misinformation          | I posted about vaccines and now I'm getting abusive comments and threats
            linkedin-connections-and-recommendations | Is it ok to connect with my attending on LinkedIn?
            resident-photos-long-term-care     | As a resident, can I post photos from our call room?
            posting-during-a-major-incident    | Can I post behind-the-scenes photos of our ward renovation?
            patient-family-contact-online      | I looked up a patient I discharged on Instagram to check she's ok, is that a boundary issue?
            patient-family-contact-online      | A patient's daughter filmed me on her phone and posted a video of me on TikTok
            deceased-patients                  | A patient I discharged last week posted about her recovery, can I like it?
            colleague-bullying-staff-online    | A colleague keeps posting memes mocking patients with dementia on her Instagram
            colleague-bullying-staff-online    | An intern posted a 'worst patients of the week' meme in our group chat
            screening-job-applicants-online    | At my interview the panel asked me to log in to Facebook, can they do that?
            students-online-professionalism    | I took down the before-and-after photo when the patient complained, what else should I do?
            posts-during-sick-leave            | Can I post party photos from my night off?
            scope-relationships-offline        | I matched on Hinge with a man I treated last year, can I go on a date with him?
            colleague-unprofessional-content   | A coworker posted a photo of me asleep in the break room on her Instagram
            posting-in-uniform                 | Can I post photos from our staff Christmas party?
            posting-with-patient-consent       | I posted a pic on my story and the whiteboard with patient names was in the background
            posting-in-uniform                 | A coworker posted a photo of herself drinking in her scrubs
            posting-in-uniform                 | Someone stole my ID badge and is using it for a fake profile
            posting-in-uniform                 | Can I post helmet cam footage from a job that only shows my uniform?
            anonymous-accounts                 | I want to report her anonymously to the nursing board for her posts
            filming-for-media-or-teaching      | Can we take a team photo on the ward for Nurses Week?
            advertising-a-practice-in-australia | Paramedic in Sydney here, can I comment on a news post about a crash we attended?
            advertising-a-practice-in-australia | A patient left a fake negative review of our Melbourne clinic, can we take legal action?
            reporting-a-colleagues-post        | As the privacy officer, how do I handle a colleague's post that shows a patient's chart?
            reporting-a-colleagues-post        | My ex, a nurse on my unit, keeps posting vague stuff implying I'm unsafe at work
            """)
    void keeps_a_card_from_a_near_miss_of_its_situation(String card, String question) {
        // when / then: none of the card's only: holds, or an unless: does
        assertThat(fit(card, question)).isEqualTo(-1);
    }

    @Test
    void keeps_the_no_updates_step_for_a_relative_asking_to_pass_news_on() {
        // given the relatives card's step against giving updates, left out once the patient has died
        int step = statement("Give relatives no updates");
        // when / then
        assertThat(named(index.words("Can I pass on an update to my patient's son on Facebook?"), step)).isFalse();
        assertThat(named(index.words("My patient passed away and her son sent me a friend request"), step)).isTrue();
    }

    @Test
    void keeps_the_steps_on_reporting_a_colleagues_misinformation_for_askers_who_name_a_colleague() {
        // given the misinformation card's step on raising a colleague's posts at work first
        int step = statement("When you work at the same place, raise a colleague's posts");
        // when / then
        assertThat(PassageIndex.names(index.words("A pharmacist I work with keeps posting anti-vaccine claims"),
                index.cueWords(step))).isTrue();
        assertThat(PassageIndex.names(index.words("A stranger keeps posting anti-vaccine claims under my videos"),
                index.cueWords(step))).isFalse();
    }

    // a step with a [when: …] list, quoted to the asker it names and left out for the neighbouring asker
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Thank patients in person                               | A patient posted a thank-you on Facebook naming me, can I like it?              | A patient posted a complaint about me in a local Facebook group, can I reply?
            Ask HR, in writing if you can                          | I'm starting at a big chain and their social media policy says they can read my posts | I'm writing the social media policy for our hospital's staff, what should it cover?
            Do not hand over the password                          | My new employer wants the password to my Facebook, can they ask for it?          | A patient found my Instagram, should I lock my account?
            Reach a patient's family                               | My patient died and I want to reach out to her family on Facebook               | Can I post a tribute to a patient who died last week?
            "As the manager, treat a staff member's demeaning"     | I'm the DON and one of our CNAs posted a resident on Snapchat                    | I'm a CNA and a coworker posted a resident on Snapchat
            Delete at once any post, comment or tag about a resident | A nurse I work with wrote about a resident on my Facebook wall                 | A nurse I work with posted a resident on her Snapchat story
            "Photograph a resident, or even their room"            | Can I take a photo of a resident at her birthday tea?                           | A nurse wrote about a resident's crude joke on Facebook
            "As the manager, treat a staff member's demeaning"     | As director of nursing, what do I do about a CNA's Snapchat of a resident?       | I'm a CNA, should I tell the director of nursing about a coworker's Snapchat of a resident?
            Reach a patient's family                               | Can I message his wife on Facebook to say how peaceful he was at the end?       | Can I write a post about my patient's final moments?
            Base any concern about a colleague                     | A GP in my practice keeps posting anti-vaccine claims                            | I'm a physician in a rural area and people in my network post fake news about masks
            "In the UK, treat a social media check"                | We're an NHS practice hiring a receptionist, can we check candidates' Facebook?  | We're a dental practice in Ohio hiring a receptionist, can we check candidates' Facebook?
            "If you have already seen something"                   | I'm hiring and already looked at a candidate's Instagram, what now?              | I'm hiring, should I look at candidates' Instagram before interviews?
            Do not defend the colleague                            | I manage a nurse who is being attacked online after the news story              | People are attacking me online after the news story
            "Ask the communications team how your organisation responds" | A patient tagged me in a thank-you post after her surgery, can I share it? | A patient's family set up a GoFundMe, can I share it on my Facebook?
            "Ask the medical photography or illustration service" | Can I use a photo of a patient's wound in my teaching slides?          | Can I wear my scrubs in my dating profile pictures?
            Dating apps such as Tinder                             | I matched on Hinge with a man I treated in clinic last year              | A former patient keeps messaging me on Instagram
            If a reply you already posted mentions                 | I lost my temper and replied to a Yelp review last night with her history | Can I reply to a review and say she missed her appointments?
            Before a meeting about a post                          | Nursing student here, the uni wants a meeting about my Snapchat story     | Can I post about my placement as a nursing student?
            Before drawing any conclusion, give the staff member   | As a charge nurse, one of my staff is off sick and posting gym photos      | I'm off sick with stress, can I post photos of a day out?
            If a message suggests that a child                     | A pupil keeps sending me snaps about problems at home                     | Our safeguarding lead asked whether I have ever messaged patients on WhatsApp
            Contact the police                                     | I'm being threatened online after my vaccine video                       | A patient's relative complained about me in a Facebook group
            Do not confirm in public comments, even on the family's own memorial post | Can I sign the online guestbook for my patient's funeral? | My patient died and I want to reach out to her family
            Raise the concern privately and kindly                 | A coworker keeps posting rants about our unit, how do I approach her about it? | A coworker keeps posting rants about our unit, what should I do?
            Take staff selfies and group photos away from clinical | Can we take a team photo on the ward for Nurses Week?                     | A family asked me to post their birth photos on my practice Instagram
            Enter orders through CPOE where possible               | The doctor wants me to text him for orders on my own phone                 | A customer asked about her prescription on our pharmacy's Facebook page
            Remove or restrict a patient connection you accepted in the past | A patient I have been friends with on Facebook for years, should I unfriend him? | A patient I discharged three weeks ago sent me a friend request
            Never send a friend or follow request to see a patient's private content | A patient's Instagram is set to private, can I request to follow her? | Can I look at a patient's public Facebook before her appointment?
            Ask people to contact the study team                   | I'm recruiting parents for a survey through a Facebook group              | Can I join a Facebook support group for my own condition?
            "In the UK, UK GDPR and the Information Commissioner's Office" | Our NHS trust found a nurse posted a patient's scan, what do we do? | Our clinic in Texas found a nurse posted a patient's scan, what do we do?
            The 2014 review by Grajales and colleagues lists blogs  | Which of the Grajales categories do blogs belong to?                      | Can I blog about my own stay in hospital as a nurse?
            If a family invites you to speak at a funeral         | My patient's daughter asked me to speak at the funeral, it will be livestreamed | Can I post a tribute to a patient who died last week?
            Refer an employee's inappropriate online contact      | HR found one of our nurses has been flirting with a patient in direct messages | HR found one of our nurses posted a patient's scan on Instagram
            Involve the programme director                        | A medical student on rotation posted a patient's X-ray, what should our privacy office do? | A nurse on our ward posted a patient's X-ray, what should our privacy office do?
            "As a firefighter, paramedic or police officer"       | I'm a paramedic, can I post photos from last night's pile-up on the motorway? | I'm an ICU nurse, can I post about last night's pile-up on the motorway?
            Write about your own experience, exhaustion or grief  | Can I write about my own experience of the night of the shooting?         | Can I post about the shooting victims we treated last night?
            For your own podcast, channel or vlog                 | Two of us want to start a podcast about the wild calls we go to           | A TV crew wants to film on our ward for a documentary
            Ask your union, representative or defence organisation | I was fired over a photo I took with a patient, what can I do?           | Can I take a photo with a patient who asked for one?
            If the patient has already signed a release          | The patient already signed a media release, can we add his treatment details? | Can we post a patient's recovery story on our page?
            Block or restrict a patient or former patient         | A former patient keeps sending me creepy messages, should I block him?     | A former patient asked me out for dinner
            "If you have already looked a patient up"             | I already googled my patient last night, what should I do now?            | Is it ok to google a patient before her first appointment?
            Do not paste patient messages, names or other details | Can I paste a patient's message into ChatGPT to help me write a reply?     | Can I text a patient her appointment time from my own phone?
            A close-up of only a patient's teeth                  | Can we post a close-up of a patient's new smile on the clinic's Instagram? | Can we post a photo of our new reception desk on the clinic's Instagram?
            If you already posted about a patient's death         | I already posted about a patient who died and people in the comments are guessing who | Can I post about a patient who died on my shift?
            Untag yourself from a photo                           | A friend posted drunk photos of me from a party and tagged my hospital      | A friend tagged me in a photo at my graduation
            When a visitor or relative posts photos that show other residents | A resident's daughter keeps posting photos from her visits that show other residents | Can we post photos of residents on the home's page?
            If colleagues have worked out that you are behind an anonymous page | I run an anonymous nursing meme page and colleagues have worked out it's me | I run an anonymous nursing meme page, is that allowed?
            On a prank, comedy or stunt channel                   | My friend is a new nurse and runs a prank channel on YouTube               | My friend is a new nurse and posts photos of her dog
            If you already have footage of a patient or an incident | I have GoPro footage from a rescue last week, can I post it if I blur the faces? | A TV crew wants to film on our ward for a documentary
            If you matched with or were messaged by someone you treated | I matched on Tinder with a man I treated last year                   | A former patient asked me out for dinner
            "Postwise's advice is to handle a request from a discharged" | A patient I discharged last week sent me a friend request          | My patient sent me a friend request on Facebook
            "Under the HIPAA Privacy Rule, a valid authorization is signed" | A patient said yes in our DMs, can we repost her before and after photos? | Can we post a photo of our new reception desk on the clinic's Instagram?
            Before sharing what a scene looked like                | Can I post a photo of the wrecked car from last night's call if no people are in it? | Can I post that I'm safe after the shooting near our hospital?
            Ask every member of staff who may appear              | A TV crew is filming in our ED next month, do staff members have to agree? | A TV crew wants to film our patients for a documentary
            If a colleague will not remove a photo of you         | A coworker refuses to take down a photo of me in my scrubs with my badge showing | A friend tagged me in a photo at my graduation
            Details you learned at a scene or on shift stay confidential | The crash was on the local news with the driver's name, can I talk about it now? | Can I post that I'm safe after the shooting near our hospital?
            Speaking to a reporter off the record                 | A reporter wants to talk to me off the record about the fire              | A reporter messaged me about the fire, what do I say?
            "The tips that ANA and NCSBN published together ask nurses not to make disparaging remarks about patients, co-workers or the organisations" | I run an anonymous account that makes memes about nursing | I run an anonymous account with nursing exam tips
            The AMA Code of Medical Ethics says a physician who sees content from a colleague | I'm an attending physician and one of our interns posted about a patient | I'm a ward manager and one of my nurses posted about a patient
            Take HR advice before acting on                       | One of my nurses posted about her workload and overtime on our unit        | One of my nurses posted a TikTok from night shift
            The Federation of State Medical Boards adopted a policy in 2022 | Can doctors be disciplined for spreading COVID misinformation?      | Should I correct health misinformation I see on Facebook?
            "The ICO's breach checklist for small UK organisations" | Our NHS trust found a nurse posted a patient's scan, what do we do?       | Our clinic found a nurse posted a patient's scan, what do we do?
            "Do not confirm in public comments, even on the family's own memorial post" | My patient's daughter made a memorial Facebook page and invited me | Can I write about a patient who died last week?
            "If a regulator, licensing board or employer has a complaint about your own posts" | The medical board wrote to me because a patient complained about my posts on vaccines | Should I correct health misinformation I see on Facebook?
            Base any concern about a colleague                     | A consultant at my hospital keeps posting that ivermectin cures covid     | A stranger keeps posting that ivermectin cures covid under my videos
            Base any concern about a colleague                     | A senior consultant on my team keeps tweeting against the vaccine evidence | I'm a consultant at a London trust, how do I correct vaccine myths on Twitter?
            "In the United States, labour law can protect some posts" | A coworker keeps trashing our hospital on Facebook, should I report her? | A coworker keeps posting drunk photos on Facebook, should I report her?
            """)
    void quotes_a_step_to_the_asker_it_names_and_not_to_the_neighbouring_asker(String step, String named,
            String neighbour) {
        // given
        int statement = statement(step);
        // when / then
        assertThat(PassageIndex.names(index.words(named), index.cueWords(statement))).isTrue();
        assertThat(PassageIndex.names(index.words(neighbour), index.cueWords(statement))).isFalse();
    }

    // a step, sentence or contact with an [unless: …] list, left out for the asker it names and quoted to the
    // neighbouring asker; read as questions are (a time phrase alone dates the start of care that may go on, so the
    // current patient seen "six months ago" keeps the dating card's current-patient steps)
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Unmatch or block a current patient                     | I matched on Hinge with a former patient from the ED                      | I matched on Hinge with a patient I operated on six months ago and still see in clinic
            Tell your manager or supervisor early if a patient's messages are personal | I matched on Hinge with a man who is a former patient of mine | A patient I started seeing two months ago keeps sending me flirty messages
            Usually say who you are when a side account or hobby channel | I'm a nurse and I run a comedy channel on YouTube, would work mind?    | I'm a nurse and I run a YouTube channel on healthy eating
            Treat the health information of a patient who has died as protected | My patient died last night and I want to reach out to her family | Can I post a tribute to a patient who died last week?
            Post patient stories through your organisation's official accounts | I work in the comms team at our hospital, can we post a patient's story? | Our comms team says I can post a patient's story on my personal Instagram
            A 2010 US survey by Bosslet and colleagues             | I have been friends with my patient's wife on Facebook for years          | My patient's wife sent me a friend request on Facebook
            Ask your regulator's advice line, your professional body | A former patient keeps messaging me and it's getting creepy              | A former patient asked me on a date, am I allowed to go?
            Reply once, briefly and kindly                         | My patient's son and I are friends on Facebook from school          | My patient's son keeps messaging me on Facebook for updates
            The ACP and FSMB policy statement advises using text messages | The consultant wants the care team to text orders to his phone  | Can I text my patients their appointment reminders?
            Ask a supervisor or the communications team if a professional networking profile | Can I describe a patient case on Sermo for a second opinion? | Should my LinkedIn profile say which hospital I work at?
            Ask your employer's communications team or a public-health colleague | A doctor I work with posts that vaccines cause autism | A viral video claims vaccines cause autism, should I respond?
            Do not discuss results, symptoms or treatment in a personal social-media thread | A patient asked about her results through our clinic's Instagram | I have a business account for my practice, but a patient asked about her results on my personal Instagram
            Report the post to the privacy or compliance officer the same day | I'm the privacy officer and a nurse posted a patient's photo, what do we do? | As the unit manager, should we tell the privacy officer here that a nurse posted a patient's photo?
            Reply to a patient's advances once                      | I swiped right on Tinder and the match turned out to be a patient from my clinic | A patient from my clinic keeps flirting with me in his Instagram comments
            Ignore or decline a connection request from a current patient | An ex-patient of my physio practice wants to connect on LinkedIn | A patient of my physio practice wants to connect on LinkedIn
            Make sure every patient who is, or may be, in the filmed area | Some colleagues and I want to record a podcast about life on the ward | A TV crew wants to film on our ward for a documentary
            "The UK's ICO expects a reportable personal data breach" | Our hospital is a HIPAA covered entity and a nurse posted a patient's scan | Our practice in Leeds found a nurse posted a patient's scan
            The ACP and FSMB policy statement advises using text messages | The registrar wants the care team to text orders to his phone | Our care team wants to start texting patients their appointment reminders
            Ask your regulator's advice line, your professional body | A former patient keeps messaging me and I feel unsafe, it's harassment | A former patient keeps messaging me and I'd like to meet him, is that allowed?
            Keep public answers to general, evidence-based information | A neighbour keeps sending me DMs about her rash                 | People in our local Facebook group keep asking me about their rashes
            Tell patients that they can stop the filming           | Can I post my helmet cam video from a call on YouTube?                    | A TV crew wants to film our patients for a documentary
            In a survey of programme directors across 22 specialties | I'm a new grad RN applying for jobs, do hospitals check Facebook?     | I'm applying for residency, do program directors check Facebook?
            The AMA Code of Medical Ethics notes that filming patients for public broadcast | Can I post my GoPro footage from a rescue on YouTube? | A TV crew wants to film our patients for a documentary
            Do not photograph or film patients on your personal phone, even in the background | Can we take a group photo in the staff room? | Can we take a group photo at the nurses' station?
            "The Federation of State Medical Boards' 2022 policy sets expectations" | I'm a nurse, can I lose my license over misinformation? | I'm a doctor, can I lose my license over misinformation?
            Ask them to take the post or video down               | One of my nurses posted about staffing on our unit                        | One of my nurses posted about her workload with a photo of the patient board
            If something you shared turns out to be wrong          | A patient complained about my post on a supplement that turned out to be wrong | I already posted a supplement claim that turned out to be wrong, what now?
            Leave the name, photo, date, place and any clinical detail | My patient died and her daughters missed the end; I found them on Instagram, can I tell them how it went? | A patient of mine died and I want to write about him on Facebook
            Keep patients, patient details and photos from work out of your posts | I didn't post it, a coworker did, so why was I suspended? | I was suspended over a TikTok I made, can they do that?
            """)
    void leaves_a_statement_out_for_the_asker_its_unless_names_and_not_for_the_neighbouring_asker(String start,
            String named, String neighbour) {
        // given
        int statement = statement(start);
        // when / then
        assertThat(named(index.questionWords(named), statement)).isTrue();
        assertThat(named(index.questionWords(neighbour), statement)).isFalse();
    }

    @Test
    void leaves_the_policy_writers_steps_out_for_an_employee_under_the_policy() {
        // given the policy card's step for whoever drafts the policy
        int step = statement("Have HR and legal counsel review the draft");
        // when / then
        assertThat(named(index.words("Their social media policy says every post needs a disclaimer, is that normal?"),
                step)).isTrue();
        assertThat(named(index.words("We are drafting a social media policy for our nurses"), step)).isFalse();
    }

    @Test
    void leaves_the_your_manager_lines_of_the_messaging_card_out_for_a_manager() {
        // given the messaging card's contact that sends the asker to their manager
        int contact = statement("Ask your manager to set up an approved alternative");
        // when / then
        assertThat(named(index.words("I manage a surgical ward and our staff WhatsApp group is used for handover"),
                contact)).isTrue();
        assertThat(named(index.words("Our ward's WhatsApp group is used for handover, is that allowed?"), contact))
                .isFalse();
    }

    /** How the shipped card {@code card} fits the askers of {@code question}, read as questions are. */
    private static int fit(String card, String question) {
        return index.askerFit(card, index.questionWords(question));
    }

    private static int statement(String start) {
        return IntStream.range(0, index.statements().size())
                .filter(i -> index.statements().get(i).text().startsWith(start))
                .findFirst().orElseThrow(() -> new AssertionError("no statement starts with " + start));
    }

    private static boolean named(List<String> words, int statement) {
        return PassageIndex.names(words, index.unlessWords(statement));
    }
}
