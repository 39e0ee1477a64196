package io.jenkins.plugins.essesseff.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.essesseff.client.Environment;
import io.jenkins.plugins.essesseff.rehearsal.Rehearsal.RehearsalSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RehearsalTest {

    @Test
    void shouldPromoteTheBuildAllTheWayToProdAndSayWhereItIs() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode = Rehearsal.run(new PrintStream(output, true, StandardCharsets.UTF_8), quick(null));

        String printed = output.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).as(printed).isZero();
        assertThat(printed)
                .contains("[essesseff] declare-rc: moved 1.0.0-a1b2c3d-20231201T120000Z of my-team/my-apps-org/my-app"
                        + " from DEV to RC")
                .contains("from RC to QA, deploying to QA")
                .contains("from QA to STABLE")
                .contains("from STABLE to STAGING, deploying to STAGING")
                .contains("from STAGING to PROD, deploying to PROD — Argo CD application"
                        + " https://argocd.example.com/applications/argocd/my-app-prod")
                .contains("[essesseff] PROD deployment of 1.0.0-a1b2c3d-20231201T120000Z: succeeded, Healthy")
                .contains("  PROD     1.0.0-a1b2c3d-20231201T120000Z since")
                .contains("1.0.0-a1b2c3d-20231201T120000Z is now PROD")
                .endsWith("rehearsal complete: the image went from DEV to PROD" + System.lineSeparator());
    }

    @Test
    void shouldExitWithTheReasonWhenADeploymentFails() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        int exitCode = Rehearsal.run(new PrintStream(output, true, StandardCharsets.UTF_8), quick(Environment.STAGING));

        assertThat(exitCode).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8))
                .endsWith("rehearsal failed: the STAGING deployment of 1.0.0-a1b2c3d-20231201T120000Z failed"
                        + " (Argo CD health: Degraded)" + System.lineSeparator())
                .doesNotContain("to PROD");
    }

    private static RehearsalSettings quick(Environment failing) {
        return new RehearsalSettings(100, Duration.ofSeconds(1), Duration.ZERO, Duration.ofMinutes(1), failing);
    }

    @Test
    void shouldRefuseAnUnknownOption() {
        assertThatThrownBy(() -> RehearsalSettings.parse("--fast"))
                .hasMessage("unknown option --fast; options: --documented-rate-limit, --fail-in DEV|QA|STAGING|PROD");
        assertThat(RehearsalSettings.parse("--documented-rate-limit").requestsPerWindow())
                .isEqualTo(3);
        assertThat(RehearsalSettings.parse("--fail-in", "prod").failingEnvironment())
                .isEqualTo(Environment.PROD);
    }
}
