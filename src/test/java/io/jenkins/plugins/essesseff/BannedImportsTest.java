package io.jenkins.plugins.essesseff;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * What the real build's parent POM bans with its enforcer rules (ban-junit4-imports, ban-deprecated-stapler,
 * ban-commons-lang-2, all switched on in pom.xml), checked here too so that a violation fails before ci.jenkins.io.
 */
class BannedImportsTest {
    private final JavaClasses plugin = new ClassFileImporter().importPackages("io.jenkins.plugins.essesseff");

    @Test
    void shouldUseJUnitJupiterOnly() {
        noClasses()
                .should()
                .dependOnClassesThat(junit4())
                .because("the real build bans junit.* and org.junit.* other than Jupiter and the Platform")
                .check(plugin);
    }

    @Test
    void shouldUseNeitherDeprecatedStaplerTypesNorJavaxServletNorCommonsLang2() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.kohsuke.stapler.StaplerRequest")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.kohsuke.stapler.StaplerResponse")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("javax.servlet..", "org.apache.commons.lang..")
                .because("the real build bans them: use StaplerRequest2, StaplerResponse2 and jakarta.servlet")
                .check(plugin);
    }

    private static DescribedPredicate<JavaClass> junit4() {
        return DescribedPredicate.describe("JUnit 4 or JUnit 3", type -> {
            String name = type.getPackageName();
            boolean junit = name.equals("junit") || name.startsWith("junit.") || name.startsWith("org.junit");
            return junit && !name.startsWith("org.junit.jupiter") && !name.startsWith("org.junit.platform");
        });
    }
}
