package io.jenkins.plugins.essesseff.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checker catches what a pipeline author would trip over; fed made-up steps so each rule is seen failing. */
class StepCallCheckerTest {
    private static final StepSignature ACCEPT =
            new StepSignature("essesseffAcceptRc", Set.of("imageTag"), Set.of("appName", "dryRun"));
    private static final StepSignature DEPLOY = new StepSignature(
            "essesseffDeployStable", Set.of("environment", "imageTag"), Set.of("appName", "deploymentNote"));
    private static final StepSignature DECLARE = new StepSignature("essesseffDeclareRc", Set.of(), Set.of("appName"));

    private final StepCallChecker checker = new StepCallChecker(
            Map.of(ACCEPT.functionName(), ACCEPT, DEPLOY.functionName(), DEPLOY, DECLARE.functionName(), DECLARE));

    private static GroovyExample example(String code) {
        return new GroovyExample("docs/example.md", 10, code);
    }

    @Test
    void shouldAcceptCorrectCallsAnywhereInAPipeline() {
        String code = """
                pipeline {
                    agent any
                    stages {
                        stage('QA') {
                            steps {
                                script {
                                    def rc = essesseffDeclareRc appName: 'my-app'
                                    essesseffAcceptRc(rc.imageTag)
                                    essesseffAcceptRc imageTag: rc.imageTag, dryRun: true
                                    essesseffDeployStable(environment: 'PROD', imageTag: rc.imageTag,
                                            deploymentNote: "CR-${env.BUILD_NUMBER}")
                                }
                            }
                        }
                    }
                }
                """;

        StepCallChecker.Result result = checker.check(example(code));

        assertThat(result.problems()).isEmpty();
        assertThat(result.called())
                .containsExactlyInAnyOrder("essesseffAcceptRc", "essesseffDeclareRc", "essesseffDeployStable");
    }

    @Test
    void shouldReportAMisspeltStepWithItsLine() {
        assertThat(checker.problems(example("node {\n  essesseffAcceptRC('v1.2.3')\n}")))
                .singleElement()
                .asString()
                .startsWith("docs/example.md:11: essesseffAcceptRC is not a step of the plugin");
    }

    @Test
    void shouldReportAMisspeltParameter() {
        assertThat(checker.problems(example("essesseffAcceptRc(imagetag: 'v1.2.3')")))
                .anySatisfy(problem -> assertThat(problem)
                        .contains("'imagetag' is not a parameter of essesseffAcceptRc; it takes [appName, dryRun,"
                                + " imageTag]"));
    }

    @Test
    void shouldReportAMissingRequiredParameter() {
        assertThat(checker.problems(example("essesseffDeployStable(environment: 'STAGING')")))
                .singleElement()
                .asString()
                .endsWith("missing required parameter(s) [imageTag]");
    }

    @Test
    void shouldReportAnUnnamedArgumentWhereTheStepNeedsNames() {
        assertThat(checker.problems(example("essesseffDeployStable('v1.2.3')")))
                .singleElement()
                .asString()
                .contains("name the arguments");
        assertThat(checker.problems(example("essesseffAcceptRc('v1.2.3', dryRun: true)")))
                .singleElement()
                .asString()
                .contains("an unnamed argument is allowed only alone");
    }

    @Test
    void shouldReportAnExampleThatDoesNotParse() {
        assertThat(checker.problems(example("essesseffAcceptRc(imageTag: 'v1.2.3'")))
                .singleElement()
                .asString()
                .startsWith("docs/example.md:10: does not parse as Groovy");
    }

    @Test
    void shouldLeaveOtherStepsAlone() {
        assertThat(checker.problems(example("input message: 'Deploy?', ok: 'Deploy'\necho 'done'")))
                .isEmpty();
    }

    @Test
    void shouldCheckCallsInsideMethodsOfTheScript() {
        String code = """
                def promote(String tag) {
                    essesseffAcceptRc(imageTag: tag, dryrun: true)
                }
                promote('v1.2.3')
                """;

        assertThat(checker.problems(example(code))).singleElement().asString().contains("'dryrun'");
    }
}
