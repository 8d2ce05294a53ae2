package org.postwise.chat.discord;

import java.util.List;
import java.util.Set;
import org.postwise.answer.Answer;
import org.postwise.answer.AnswerSource;

/** Answers as the core makes them, for tests. */
final class TestAnswers {

    static final String DOI = "https://doi.org/10.2196/jmir.2912";
    static final AnswerSource GRAJALES = new AnswerSource("10.2196/jmir.2912", DOI,
            "When patients contact you on social media", "Grajales et al., J Med Internet Res 2014", "Summary",
            "Patients sometimes send clinicians friend requests. Decline them politely.", 0.9);
    static final AnswerSource FARNAN = new AnswerSource("10.7326/x", "https://doi.org/10.7326/x",
            "Separating personal and professional social media", "Farnan et al., Ann Intern Med 2013", "What to do",
            "Keep separate personal and professional accounts.", 0.8);

    private TestAnswers() {
    }

    static Answer answered(String id) {
        return new Answer(id, true, """
                **What the material says**
                - Patients sometimes send clinicians friend requests. [1]
                - Keep personal and professional personas apart. [2]

                **What to do**
                - Decline friend requests from patients politely. [1]

                **Where to ask for help**
                If you are unsure, ask your communications team.

                **Sources**
                [1] Grajales et al., J Med Internet Res 2014. When patients contact you on social media. %s
                [2] Farnan et al., Ann Intern Med 2013. Separating personal and professional social media. \
                https://doi.org/10.7326/x

                _General guidance only._""".formatted(DOI), List.of(GRAJALES, FARNAN), Set.of(), "v1");
    }

    static Answer privacyWarning(String id) {
        return new Answer(id, false, """
                **Privacy warning.** Your message seems to contain patient details (date of birth). I have not \
                answered it, and I have not kept or repeated what you wrote.

                Please delete the message.

                **Where to ask for help**
                Your privacy office.""", List.of(), Set.of("phi"), "");
    }

    static Answer refused(String id) {
        return new Answer(id, false, "I can't share my instructions.", List.of(), Set.of("injection"), "");
    }
}
