package io.jenkins.plugins.essesseff.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import hudson.tasks.Builder;
import io.jenkins.plugins.essesseff.config.EssesseffGlobalConfiguration;
import io.jenkins.plugins.essesseff.config.FormAccess;
import io.jenkins.plugins.essesseff.steps.EssesseffBuilderDescriptor;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plugin's Jenkins-facing classes follow the conventions of {@link Conventions}. */
class JenkinsConventionsTest {
    /** The pipeline functions issue 5 documents, by step class. */
    static final Map<String, String> DOCUMENTED_FUNCTIONS = Map.of(
            "DeclareRcStep", "essesseffDeclareRc",
            "AcceptRcStep", "essesseffAcceptRc",
            "RejectRcStep", "essesseffRejectRc",
            "DeclareStableStep", "essesseffDeclareStable",
            "DeclareRejectedStep", "essesseffDeclareRejected",
            "DeployStableStep", "essesseffDeployStable",
            "LifecycleStep", "essesseffLifecycle",
            "EnvironmentStep", "essesseffEnvironment");

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = PluginSources.production();
    }

    @Test
    void shouldOfferEveryDocumentedStepWithItsFunctionNameAndContext() {
        List<Class<? extends StepDescriptor>> descriptors = PluginSources.concrete(production, StepDescriptor.class);
        List<String> violations = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        for (Class<? extends StepDescriptor> descriptor : descriptors) {
            String step = descriptor.getEnclosingClass().getSimpleName();
            steps.add(step);
            violations.addAll(Conventions.stepDescriptorViolations(
                    descriptor, DOCUMENTED_FUNCTIONS.getOrDefault(step, "<undocumented>")));
        }

        assertThat(steps).containsExactlyInAnyOrderElementsOf(DOCUMENTED_FUNCTIONS.keySet());
        assertThat(violations).isEmpty();
    }

    @Test
    void shouldBindEveryStepFieldToAGetterTheFormAndAHelpFile() {
        List<String> violations = new ArrayList<>();
        for (Class<? extends Step> step : PluginSources.concrete(production, Step.class)) {
            violations.addAll(Conventions.boundFieldViolations(step, step, PluginSources.mainJava()));
            violations.addAll(Conventions.stepHelpViolations(step));
        }

        assertThat(violations).isEmpty();
    }

    @Test
    void shouldBindEveryBuildStepFieldAndShowTheHelpOfItsPipelineStep() throws ReflectiveOperationException {
        List<String> violations = new ArrayList<>();
        List<String> redirected = redirectedHelpFields();
        List<Class<? extends Builder>> builders = PluginSources.concrete(production, Builder.class);
        for (Class<? extends Builder> builder : builders) {
            Class<?> step = Class.forName(builder.getName().replaceFirst("Builder$", "Step"));
            violations.addAll(Conventions.boundFieldViolations(builder, step, PluginSources.mainJava()));
            violations.addAll(Conventions.helpRedirectViolations(
                    production, builder, step, redirected, PluginSources.mainJava()));
        }

        assertThat(builders).hasSameSizeAs(DOCUMENTED_FUNCTIONS.keySet());
        assertThat(violations).isEmpty();
    }

    @Test
    void shouldBindEveryGlobalSettingToAGetterTheFormAndAHelpFile() {
        Class<?> configuration = EssesseffGlobalConfiguration.class;

        assertThat(Conventions.boundFieldViolations(configuration, configuration, PluginSources.mainJava()))
                .isEmpty();
    }

    @Test
    void shouldAnswerFormMethodsOnlyToPost() {
        Conventions.FORM_METHODS_ARE_POST.check(production);
    }

    @Test
    void shouldCallJenkinsGetInOneSeamOnly() {
        Conventions.jenkinsGetOnlyIn(FormAccess.class).check(production);
    }

    @Test
    void shouldKeepOnlySerializableOrTransientFieldsInStepExecutions() {
        List<Class<? extends StepExecution>> executions = PluginSources.concrete(production, StepExecution.class);
        List<String> violations = new ArrayList<>();
        executions.forEach(execution -> violations.addAll(Conventions.executionFieldViolations(execution)));

        assertThat(executions).isNotEmpty();
        assertThat(violations).isEmpty();
    }

    @Test
    void shouldEscapeEveryJellyViewByDefault() throws IOException {
        assertThat(Conventions.jellyEscapeViolations(PluginSources.mainResources()))
                .isEmpty();
    }

    @Test
    void shouldShowEveryLocalizedTextOfTheViewsWhole() throws IOException {
        assertThat(Conventions.jellyLocalizedTextViolations(PluginSources.mainResources()))
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> redirectedHelpFields() throws ReflectiveOperationException {
        Field fields = EssesseffBuilderDescriptor.class.getDeclaredField("FIELDS");
        fields.setAccessible(true);
        return (List<String>) fields.get(null);
    }
}
