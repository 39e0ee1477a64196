package io.jenkins.plugins.essesseff;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.jenkins.plugins.essesseff.client.archfixture.ClientThatImportsJenkins;
import org.junit.jupiter.api.Test;

/** The client and the promotion logic must stay free of Jenkins so they can be tested here for real. */
class ArchitectureTest {

    static final ArchRule JENKINS_FREE_CORE = noClasses()
            .that()
            .resideInAnyPackage("io.jenkins.plugins.essesseff.client..", "io.jenkins.plugins.essesseff.promotion..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("hudson..", "jenkins..", "org.kohsuke..", "org.jenkinsci..", "com.cloudbees..")
            .because("the client and the promotion logic are tested without Jenkins");

    @Test
    void shouldKeepClientAndPromotionFreeOfJenkins() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.jenkins.plugins.essesseff");

        JENKINS_FREE_CORE.check(production);
    }

    @Test
    void shouldCatchAClientClassThatImportsJenkins() {
        JavaClasses violating = new ClassFileImporter().importClasses(ClientThatImportsJenkins.class);

        EvaluationResult result = JENKINS_FREE_CORE.evaluate(violating);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("hudson.model.TaskListener"));
    }
}
