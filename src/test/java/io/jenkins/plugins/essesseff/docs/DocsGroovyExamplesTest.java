package io.jenkins.plugins.essesseff.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Groovy example in README.md and docs/ parses and calls the plugin's steps by their real names with their
 * real parameters, as the plugin's step classes define them.
 */
class DocsGroovyExamplesTest {
    private static Map<String, StepSignature> steps;
    private static List<GroovyExample> examples;

    @BeforeAll
    static void readPluginAndDocs() {
        steps = PluginSteps.read();
        examples = GroovyExample.inDocumentation(GroovyExample.repositoryRoot());
    }

    @Test
    void shouldFindThePluginsSteps() {
        assertThat(steps)
                .as(
                        "steps in %s: the step classes must be compiled before the docs can be checked",
                        PluginSteps.STEPS_PACKAGE)
                .isNotEmpty();
        assertThat(steps.keySet()).allSatisfy(name -> assertThat(name).startsWith(StepCallChecker.PREFIX));
    }

    @Test
    void shouldUseOnlyTheStepsAndParametersThePluginDefines() {
        assertThat(examples).as("Groovy examples in README.md and docs/").hasSizeGreaterThan(10);
        StepCallChecker checker = new StepCallChecker(steps);
        List<String> problems = new ArrayList<>();
        examples.forEach(example -> problems.addAll(checker.problems(example)));

        assertThat(problems).as("problems in the Groovy examples").isEmpty();
    }

    @Test
    void shouldShowEveryStepInAnExample() {
        StepCallChecker checker = new StepCallChecker(steps);
        Set<String> shown = new TreeSet<>();
        examples.forEach(example -> shown.addAll(checker.check(example).called()));

        assertThat(shown).as("steps used in the examples").containsAll(steps.keySet());
    }

    @Test
    void shouldCatchAMisspeltStepAgainstTheRealSteps() {
        StepCallChecker checker = new StepCallChecker(steps);

        assertThat(checker.problems(new GroovyExample("README.md", 1, "essesseffDeclareRC()")))
                .singleElement()
                .asString()
                .contains("essesseffDeclareRC is not a step of the plugin");
    }
}
