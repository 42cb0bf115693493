package org.ownmeet.steps.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.ownmeet.installers.engine.InvalidProfileProblem;
import org.ownmeet.installers.problem.Problem;
import org.ownmeet.installers.profile.validation.FieldError;
import org.ownmeet.steps.session.NotConnectedProblem;
import org.ownmeet.steps.work.UnexpectedProblem;

/**
 * Every problem the engine or a wizard step can raise is said in English, German and Italian: each concrete Problem
 * (and each variant of its sentence) has its own code, a text for it in every language that takes
 * exactly the values the problem gives, and the English text filled in is the engine's own sentence.
 */
class ProblemTextsTest {
    private static final Map<String, String> CLASS_BY_CODE = new HashMap<>();
    private static final List<Problem> SAMPLES = new java.util.ArrayList<>();

    @BeforeAll
    static void makeEveryProblem() throws ReflectiveOperationException {
        for (Class<?> type : ProblemSamples.problemClasses()) {
            for (Problem problem : ProblemSamples.of(type)) {
                String earlier = CLASS_BY_CODE.putIfAbsent(problem.code(), type.getName());
                assertTrue(earlier == null || earlier.equals(type.getName()),
                        problem.code() + " is the code of both " + earlier + " and " + type.getName());
                SAMPLES.add(problem);
            }
        }
    }

    @Test
    void theEngineHasTheProblemsThisTestKnows() {
        List<Class<?>> classes = ProblemSamples.problemClasses();
        assertTrue(classes.size() >= 42, "found only " + classes);
        assertTrue(classes.containsAll(List.of(NotConnectedProblem.class, UnexpectedProblem.class)),
                "the wizard steps' own problems are said too: " + classes);
    }

    @Test
    void everyProblemHasItsTextInEveryLanguage() {
        for (Problem problem : SAMPLES) {
            EngineWords.assertFormattedEverywhere("problem." + problem.code(), problem.arguments());
        }
    }

    @Test
    void theEnglishTextIsTheEnginesOwnSentence() {
        Texts english = Texts.forLocale(Locale.ENGLISH);
        for (Problem problem : SAMPLES) {
            if (!(problem instanceof InvalidProfileProblem)) {
                assertEquals(problem.userMessage(), english.problem(problem), problem.code());
            }
        }
    }

    @Test
    void anInvalidProfileSaysEachAnswerWithItsFieldsNameInTheTextsWords() {
        InvalidProfileProblem invalid = new InvalidProfileProblem(List.of(new FieldError("domain", "Domain: missing"),
                new FieldError("hostAccounts[1].username", "Host: bad")));
        assertEquals("Some answers need correcting before OwnMeet can start: Domain: Missing Host's user name: Bad",
                Texts.forLocale(Locale.ENGLISH).problem(invalid));
    }

    @Test
    void everyProblemTextBelongsToAProblemThatCanBeRaised() {
        Set<String> unused = new TreeSet<>();
        for (String key : Texts.forLocale(Locale.ENGLISH).bundle().keySet()) {
            if (key.startsWith("problem.") && !CLASS_BY_CODE.containsKey(key.substring("problem.".length()))) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused, "texts no problem uses (or a variant ProblemSamples does not make)");
    }
}
