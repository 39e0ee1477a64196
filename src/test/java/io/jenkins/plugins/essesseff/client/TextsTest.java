package io.jenkins.plugins.essesseff.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static final ApiKey KEY = ApiKey.of("ess_ABCDEFGHIJKLMNOPQRSTUVWXYZ012345");

    @Test
    void shouldTurnAProxyPageIntoAShortReadableExcerpt() {
        // given
        String html = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title>"
                + "<style>body { color: red; }</style><script>var x = '<b>';</script></head>"
                + "<body>\n\n<h1>502   Bad Gateway</h1><p>nginx &amp; friends</p><!-- a comment --></body></html>";

        // when
        String excerpt = Texts.excerpt(html.getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(excerpt).isEqualTo("502 Bad Gateway 502 Bad Gateway nginx & friends");
    }

    @Test
    void shouldCutLongExcerptsTo200Characters() {
        // given
        String body = "<p>" + "word ".repeat(100) + "</p>";

        // when
        String excerpt = Texts.excerpt(body.getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(excerpt).hasSizeLessThanOrEqualTo(200).endsWith("…").doesNotContain("<", ">");
    }

    @Test
    void shouldMaskTheKeyAndAnythingShapedLikeAKey() {
        // given
        String text = "bad key ess_ABCDEFGHIJKLMNOPQRSTUVWXYZ012345 and ess_zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz";

        // when
        String redacted = Texts.redact(text, KEY);

        // then
        assertThat(redacted)
                .doesNotContain("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345")
                .doesNotContain("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz");
        assertThat(Texts.redact("uses s3cr3t-value here", ApiKey.of("s3cr3t-value")))
                .isEqualTo("uses **** here");
    }

    @Test
    void shouldDescribeDurationsForPeople() {
        assertThat(Texts.describe(Duration.ofMillis(300))).isEqualTo("300 ms");
        assertThat(Texts.describe(Duration.ofSeconds(10))).isEqualTo("10 s");
        assertThat(Texts.describe(Duration.ofMillis(1500))).isEqualTo("1.5 s");
        assertThat(Texts.describe(Duration.ofMinutes(2))).isEqualTo("2 min");
    }
}
