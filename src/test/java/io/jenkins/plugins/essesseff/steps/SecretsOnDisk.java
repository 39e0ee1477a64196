package io.jenkins.plugins.essesseff.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Looks for a secret in every file under a folder (a build's directory, JENKINS_HOME's top level). */
final class SecretsOnDisk {
    private SecretsOnDisk() {}

    static void assertNoFileContains(Path folder, String secret) throws IOException {
        List<Path> leaking;
        try (Stream<Path> files = Files.walk(folder)) {
            leaking = files.filter(Files::isRegularFile)
                    .filter(file -> contains(file, secret))
                    .toList();
        }
        assertThat(leaking).as("files under %s holding the API key", folder).isEmpty();
    }

    private static boolean contains(Path file, String secret) {
        try {
            // ISO-8859-1 maps every byte to a char, so binary files are searched too
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(secret);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
