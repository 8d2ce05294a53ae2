package org.postwise.answer.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Identifiers in the phrasing of real clinical messages: handoff notes, case presentations, relatives,
 * a patient's own quoted words, and the formats that identify on their own (checked by checksum).
 */
class PatientIdentifierContextTest {

    private final PatientIdentifierGuard guard = new PatientIdentifierGuard();

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "phone number         | Please ring Marcus Webb on 314.555.0198x771 about the results.",
        "phone number         | Her son left 001-312-555-0147x12 as a callback number.",
        "phone number         | The family can be reached on +44 20 7946 0321.",
        "phone number         | Callback number for the mother: 07700 900457.",
        "phone number         | He gave (212)555-0173x45 as his work line on Facebook.",
    })
    void flags_phone_numbers_with_extensions_and_international_forms(String kind, String question) {
        // when / then
        assertThat(guard.inspect(question).kinds()).contains(kind);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "date next to a patient word | pt w/ hx of COPD, chart reviewed on 2022-11-03, is the inhaler switch safe?",
        "date next to a patient word | Seen in clinic 09-Mar-2021 for a rash; can I post the photo without the face?",
        "date next to a patient word | A 58-year-old man, operated on the fourth of June 2021, asked me online about pain.",
        "date next to a patient word | Readmitted on October 2 after a fall, he tagged our unit in a post.",
        "date next to a patient word | She was discharged Jan 19 and now messages me on WhatsApp.",
    })
    void flags_iso_written_and_partial_dates_of_care(String kind, String question) {
        // when / then
        assertThat(guard.inspect(question).kinds()).contains(kind);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @ValueSource(strings = {
        "Oliver Grant ready for discharge once the antibiotics finish; his wife asked on Facebook when.",
        "Handoff: Priya Raman admitted overnight with pneumonia, stable on 2L.",
        "Check Henry Osei's latest labs before the team posts anything.",
        "Sofia Marquez, 6 years old, came in with croup; her mum posted about it.",
        "Um, so this is uh Dmitri Volkov, a 12yo with asthma, his dad is on Instagram.",
        "Advice for a 49-year-old man, Kevin D., who presented with chest pain last week?",
        "Brought in by grandpa Walter Finch, who wants to friend the nurses.",
        "His daughter Ingrid keeps messaging me about her father's treatment.",
    })
    void flags_names_in_care_context_without_the_word_patient(String question) {
        // when / then
        assertThat(guard.inspect(question).kinds()).contains(PatientIdentifierGuard.NAME);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "payment card number  | A patient messaged: \"charge it to 4111 1111 1111 1111 please\" Can I reply?",
        "payment card number  | Someone commented our card number 5500-0000-0000-0004 on the post.",
        "bank account number  | A relative posted their IBAN DE89 3704 0044 0532 0130 00 under our photo.",
        "bank account number  | Refund to GB82WEST12345698765432, the patient wrote on Facebook.",
        "street address       | A patient DMed me: \"send it to PSC 1234, Box 5678, APO AE 09876\" Should I?",
        "street address       | He lives at 14 Juniper Hollow, Brookfield, and wants a home visit via Messenger.",
    })
    void flags_card_numbers_ibans_and_military_addresses(String kind, String question) {
        // when / then
        assertThat(guard.inspect(question).kinds()).contains(kind);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @ValueSource(strings = {
        "A patient sent me on Instagram: \"Tell Rebecca Holt I said thanks\" Can I answer?",
        "My patient wrote on our page: \"my zip code is 60614, deliver there\" Should we reply?",
        "One of my patients commented: \"my blog is https://www.example-diary.net/me\" Is it OK to visit it?",
        "Patient note: \"Since 2001-05-14 I have had this cough\" Can I share it with the team chat?",
    })
    void flags_identifiers_inside_a_patients_quoted_message(String question) {
        // when / then
        assertThat(guard.inspect(question).has(QuestionGuard.PHI)).isTrue();
    }

    @Test
    void flags_a_birth_date_label_at_the_very_end_of_a_message() {
        // given a label whose check looks a few characters past the match, beyond the end of the text
        String question = "Fine to post the ECG strip on our teaching account if I crop the name? It still shows DOB 3/9/51";
        // when / then
        assertThat(guard.inspect(question).kinds()).contains(PatientIdentifierGuard.DATE_OF_BIRTH);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "social security number | The patient's cousin posted 'ID 7503125012083' under our post, should we hide it?",
        "social security number | A patient uploaded her carte Vitale to our page: 1 79 11 69 123 456 07",
        "medical record number  | His Medicare card shows 3512 40982 1 in the photo the patient's wife sent.",
        "date of birth          | Can staff share this link? fundraiser.example/help-lily-born-2024-02-09-scbu",
        "street address         | His mum says he's at 9 Acacia Avenue now, can I send the leaflet there?",
        "social media handle    | The patient in bed 2 posted it from @sunny.days_99 - can we ask her to delete it?",
        "social security number | A relative posted the patient's Aadhaar card, 5310 2284 6691, in our group chat.",
        "vehicle or device identifier | Her pump's serial 4QX-77120-C is readable in the photo the patient shared.",
        "social media handle    | One of our patients (insta jaz_b_2009) keeps posting videos of the ward.",
        "street address         | Die Tochter schrieb die Adresse ihrer Mutter in die Bewertung: Birkenweg 7, 10115 Berlin.",
        "medical record number  | Her MRN KEMH-2023-104477 is visible in the photo the patient posted.",
        "phone number           | \u60a3\u8005\u7684\u624b\u673a 139 0011 2233 \u88ab\u53d1\u5230\u4e86\u7fa4\u91cc\u3002",
        "date next to a patient word | \u5165\u9662\u65e5\u671f 2023\u5e7411\u67082\u65e5\uff0c\u5bb6\u5c5e\u53d1\u4e86\u670b\u53cb\u5708\u3002",
        "medical record number  | Our patient posted her PhilHealth card, 03-123456789-4, on the ward's page.",
        "medical record number  | His Medicare card in the photo shows 1EG4-TE5-MK73 - should we report the post?",
        "account or licence number | Draft reply: 'the refund for the billing error on account 5512-30981-02 is on its way'. OK?",
        "name next to a patient word | Can I ask Marco Rossi from the dialysis unit to stop messaging me on Instagram?",
        "street address         | Can we say on Facebook that the case living at 8 rue Victor Hugo, 33000 Bordeaux is linked?",
        "social security number | A customer, Lee Ji-ho (resident number 850314-2345678), commented on our blog.",
        "name next to a patient word | Can I post the handover sheet if I blur it? It says Bed 4 - HARRISON Michael - home today.",
        "medical record number  | Claf Gareth Evans, rhif ysbyty Z1234567 - can I share the X-ray on the ward page?",
        "medical record number  | His brother posted that prisoner no. 884213 is refusing his meds. Do we respond?",
        "medical record number  | Sgt Priya Rao, service number 25190034, came to the med centre; her mate posted about it.",
        "medical record number  | Client Sam Hill, NDIS no. 512 884 301, wants his photo on our page. Consent?",
        "medical record number  | The slide label says H23-004512 FOSTER K. - is cropping it enough for our Bluesky post?",
        "name next to a patient word | ok to post the board pic? it only says 'Bed 6 OKAFOR 14/11' and similar",
        "name next to a patient word | A patient's daughter, Jane Smith, posted lies about me - it's all made up. Reply?",
        "vehicle or device identifier | The patient's CPAP machine serial 4471-22913 is in the photo she posted; blur it?",
    })
    void flags_national_numbers_as_printed_and_details_in_links_and_handles(String kind, String question) {
        // when / then
        assertThat(guard.inspect(question).kinds()).contains(kind);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        // numbers that fail the checksum are not card numbers or IBANs
        "Our order reference is 4111 1111 1111 1112, who do I ask about the poster?",
        "The form number GB00WEST12345698765432 is printed on the leaflet.",
        // organisations' addresses
        "Can we put this on our practice's Facebook page? \"Our offices are at 200 Harbor View Ranch, Dover, DE 19901\"",
        "Our clinic moved to 45 Elm Street, Salem, OR 97301 - can I post the new address?",
        "Someone asked on Facebook whether the surgery on High St is still open. Can I answer?",
        // public figures and colleagues
        "Senator Maria Lopez was admitted to a hospital, according to the news. Can I tweet the article?",
        "Dr. Ana Silva ready for the conference talk on social media - can I share her slides?",
        // the staff member's own family
        "My daughter Chloe wants to follow my work Instagram account; is that OK?",
        "My late grandfather was called Henry Walsh, can I post about him on Remembrance Day?",
        // names and dates with no patient in sight
        "Someone on our page wrote \"I loved the concert by Nora Blake\" - should we reply?",
        "Our policy changed on 2023-04-01; where can I read it?",
        // the asker's own birth date and policy; placeholders; an organisation's van, number and founder
        "I'm a third-year medical student, born 14/09/2001; should my Instagram be private?",
        "For a teaching slide: 'MRN 9999999, discharged today' - does that look realistic enough?",
        "My defence union's policy no. 7730219-X covers complaints; do they need to know about a review?",
        "The mobile screening bus (reg LK71 XYZ) is at the market on Saturday - can staff share photos?",
        "Our clinic was founded in 1901 by Mary Seacole Smith; can we post old ward photos for the anniversary?",
        "Our reply: 'Please contact our Patient Advice team on 0161 496 0555.' Is that ok?",
        "Questions to dpo@trust.example or 0161 496 0123, says the poster. Can I share it?",
        "The announcement goes live 3 June. Queries to Riverside House, 12 Mill Lane, Leeds LS1 4AB.",
        // the asker's own details, placeholders, historical patients and titled public figures
        "A patient found my own mobile, 07700 900555, on an old flyer; how do I get it taken down?",
        "My email is r dot khan at trust dot nhs dot uk; can I use it for the unit's Instagram?",
        "Can our guide show test@hospital.example as a sample address?",
        "Can I post about Henrietta Lacks for our oncology ward's history week?",
        "The Duke of Sussex's medical records were in the news; can we use the story in training?",
        "I'm the ward manager; reach me on 07700 900777 or j.lee@trust.example if a patient complains online.",
        "Patients with complaints can call our helpline 0300 555 0199 - should we pin that on our page?",
        "Can I post a photo from my graduation on 3 July 2019 with patients' thank-you cards blurred out?",
        "Training meme: 'patient John Doe, MRN 654321, allergic to Mondays' - ok for my story?",
        "Our clinic's official WhatsApp support number is +234 809 555 0102; can we give it to patients?",
        "Our bio will read 'Harbourside Dental, 2 Quay Road, tel 01632 960555'. Is the phone number fine to show?",
        "Shall I email Dr Maya Patel at maya.patel@westfield-surgery.nhs.uk about her post on our prescribing data?",
        "Dr Adeyemi's work mobile 07700 900222 is on the on-call rota; can I share the rota in the staff group?",
        "Our practice dog Pepper (14 years old!) has fans on Instagram; can I post him on my own account?",
        "Our office laptop serial C02ZX9KLMD6T shows in the screenshot for our MFA how-to post. Blur it?",
        "Control room: job number 240612-0441 was last night's pile-up; can the press office thank crews?",
        // invented, a mannequin's, a colleague's, a study's or a paper's contact, an office, history, a room's line
        "For teaching we use 'Mrs Ann Brown', a fictional patient with COPD; can I put her case on the blog?",
        "Our SimMan shows 'Peter Lamb, MRN TEST-4411' on the monitor; can we post a photo?",
        "Our ward manager Sue's 60th is on Friday (born 3 May 1966); can we post a birthday message?",
        "Please contact our research nurse coordinator on 0161 496 0000 about the study.",
        "Correspondence to Dr Amir Khan, amir.khan@hospital.example - can I tweet the paper?",
        "Our office is Room 1.02, Hartley Building, tel 0161 496 0101; can that go on the poster?",
        "Can our heritage post say the hospital admitted its first patient on 5 July 1948?",
        "Room 1 - TEAM Briefing at 8am; can I share the rota photo on the staff Facebook group?",
        // the asker's own address, a service's, a training scenario's street, an event's date, a job ad's contact
        "I'm a health visitor and I live at 14 Oak Road; a client found it online. How do I hide it?",
        "Our sexual health clinic is at 3 Bridge Street, open till 7 on Thursdays. Can I post that?",
        "Scenario for teaching: 'Baby Q lives at 2 Example Road with his dad'. Fine to post on the L&D page?",
        "I'm presenting at the community nursing conference on 9 October 2025; can I post my slides after?",
        "Job ad: 'Band 5 District Nurse, informal enquiries to Megan Price, 01632 960777'. Can I share it?",
        "Our customer service number is 0300 123 4567; can we pin it on the page?",
        // a medicine's code, the asker's own birth date and new flat, a made-up case, staff and department contacts
        "Recall notice for the pharmacy account: NDC 0009-0031-01, lot AB1234. Post it ourselves or via comms?",
        "I'm Sam Patel, final year nursing student, born 12/03/2003 - should my birthday show on LinkedIn?",
        "I'm moving into a flat at 4 Mill Lane near the hospital; is posting it on Instagram a safety risk?",
        "Quiz night case, totally made up: 'Mr Rob Banks, DOB 02/02/1960, chest pain'. Fine to post?",
        "My supervisor's email is a.khan@uni.example.ac.uk; can I tag her in my poster post?",
        "The pharmacy direct line is 0161 496 0555; can it go on the staff intranet?",
    })
    void does_not_flag_organisations_public_figures_or_dates_without_a_patient(String question) {
        // when / then
        assertThat(guard.inspect(question).isClean()).as(question).isTrue();
    }
}
