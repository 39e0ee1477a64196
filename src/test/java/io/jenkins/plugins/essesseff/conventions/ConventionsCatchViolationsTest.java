package io.jenkins.plugins.essesseff.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import io.jenkins.plugins.essesseff.conventions.fixture.BrokenStep;
import io.jenkins.plugins.essesseff.conventions.fixture.CallsJenkinsGet;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each convention check fails for a class that breaks it: {@link BrokenStep} breaks them all. */
class ConventionsCatchViolationsTest {

    @Test
    void shouldCatchAnUndocumentedFunctionNameAndAMissingContext() {
        assertThat(Conventions.stepDescriptorViolations(BrokenStep.DescriptorImpl.class, "essesseffBroken"))
                .anySatisfy(violation -> assertThat(violation).contains("function name 'brokenStep'"))
                .anySatisfy(violation -> assertThat(violation).contains("lacks TaskListener"))
                .noneSatisfy(violation -> assertThat(violation).contains("lacks Run"));
    }

    @Test
    void shouldCatchAFieldWithoutGetterFormEntryOrHelp() {
        List<String> violations =
                Conventions.boundFieldViolations(BrokenStep.class, BrokenStep.class, PluginSources.testJava());

        assertThat(violations)
                .containsExactlyInAnyOrder(
                        BrokenStep.class.getName() + ": no getter for 'imageTag'",
                        BrokenStep.class.getName() + ": no help-noHelp.html beside BrokenStep or its super classes",
                        BrokenStep.class.getName() + ": 'notInForm' is not a field of config.jelly",
                        BrokenStep.class.getName()
                                + ": getter of 'lost' returned something else after setting sample-value");
    }

    @Test
    void shouldCatchAStepWithoutHelpOfItsOwn() {
        assertThat(Conventions.stepHelpViolations(BrokenStep.class)).hasSize(1);
    }

    @Test
    void shouldReadTheConstructorParameterNamesFromTheSource() {
        assertThat(Conventions.constructorParameterNames(BrokenStep.class, PluginSources.testJava()))
                .containsExactly("imageTag");
    }

    @Test
    void shouldCatchAFormMethodOpenToGet() {
        JavaClasses fixture = new ClassFileImporter().importClasses(BrokenStep.DescriptorImpl.class);

        EvaluationResult result = Conventions.FORM_METHODS_ARE_POST.evaluate(fixture);

        assertThat(result.getFailureReport().getDetails())
                .singleElement()
                .satisfies(line -> assertThat(line).contains("doFillNoHelpItems"));
    }

    @Test
    void shouldCatchJenkinsGetOutsideTheSeam() {
        JavaClasses fixture = new ClassFileImporter().importClasses(CallsJenkinsGet.class, BrokenStep.class);

        assertThat(Conventions.jenkinsGetOnlyIn(BrokenStep.class)
                        .evaluate(fixture)
                        .hasViolation())
                .isTrue();
        assertThat(Conventions.jenkinsGetOnlyIn(CallsJenkinsGet.class)
                        .evaluate(fixture)
                        .hasViolation())
                .isFalse();
    }

    @Test
    void shouldCatchAnExecutionFieldThatCannotBeSerialized() {
        assertThat(Conventions.executionFieldViolations(BrokenStep.Execution.class))
                .containsExactly(BrokenStep.Execution.class.getName()
                        + ": field 'lock' of type Object is neither Serializable nor transient");
    }

    @Test
    void shouldCatchALocalizedTextThatStaplerReadsAsAKeyWithArguments() throws IOException {
        assertThat(Conventions.jellyLocalizedTextViolations(PluginSources.root().resolve("src/test/resources")))
                .singleElement()
                .satisfies(violation -> assertThat(violation).contains("${%Timeout (minutes)}"));
    }

    @Test
    void shouldCatchAJellyViewThatDoesNotEscape() throws IOException {
        assertThat(Conventions.jellyEscapeViolations(PluginSources.root().resolve("src/test/resources")))
                .singleElement()
                .satisfies(violation -> assertThat(violation).contains("unescaped"));
    }
}
