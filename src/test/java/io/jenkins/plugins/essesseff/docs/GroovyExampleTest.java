package io.jenkins.plugins.essesseff.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class GroovyExampleTest {

    @Test
    void shouldFindOnlyGroovyBlocksWithTheLineTheirCodeStartsOn() {
        String markdown = """
                # Title

                ```groovy
                essesseffDeclareRc()
                ```

                ```bash
                mvn verify
                ```

                ````Groovy title="Jenkinsfile"
                node {
                  ```
                }
                ````
                """;

        assertThat(GroovyExample.fromMarkdown("README.md", markdown))
                .containsExactly(
                        new GroovyExample("README.md", 4, "essesseffDeclareRc()"),
                        new GroovyExample("README.md", 12, "node {\n  ```\n}"));
    }

    @Test
    void shouldFindTheRepositoryRoot() {
        assertThat(GroovyExample.repositoryRoot().resolve("central").resolve("pom.xml"))
                .satisfies(pom -> assertThat(Files.isRegularFile(pom)).isTrue());
    }
}
