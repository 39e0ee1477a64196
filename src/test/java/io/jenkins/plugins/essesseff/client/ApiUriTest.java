package io.jenkins.plugins.essesseff.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ApiUriTest {

    private static final URI BASE = URI.create("https://www.essesseff.com/api/v1");

    @Test
    void shouldLeaveUnreservedCharactersAsTheyAre() {
        // given a tag of the shape the templates push
        String tag = "1.0.0-a1b2c3d-20231201T120000Z";

        // when
        String encoded = ApiUri.encode(tag);

        // then
        assertThat(encoded).isEqualTo(tag);
        assertThat(ApiUri.encode("a_b~c.d-e")).isEqualTo("a_b~c.d-e");
    }

    @Test
    void shouldEncodeEverythingElseIntoOneSegment() {
        assertThat(ApiUri.encode("1.0.0+build.5")).isEqualTo("1.0.0%2Bbuild.5");
        assertThat(ApiUri.encode("feature/x")).isEqualTo("feature%2Fx");
        assertThat(ApiUri.encode("a b")).isEqualTo("a%20b");
        assertThat(ApiUri.encode("100%")).isEqualTo("100%25");
        assertThat(ApiUri.encode("a?b#c&d=e")).isEqualTo("a%3Fb%23c%26d%3De");
        assertThat(ApiUri.encode("é")).isEqualTo("%C3%A9");
    }

    @Test
    void shouldBuildThePathUnderTheBaseUrlToleratingATrailingSlash() {
        // given
        URI withSlash = URI.create("https://www.essesseff.com/api/v1/");

        // when
        URI uri = ApiUri.under(withSlash)
                .segments("accounts", "my-team", "images", "1.0.0+b/c")
                .toUri();

        // then
        assertThat(uri.getRawPath()).isEqualTo("/api/v1/accounts/my-team/images/1.0.0%2Bb%2Fc");
        assertThat(uri.getHost()).isEqualTo("www.essesseff.com");
    }

    @Test
    void shouldEncodeQueryValuesAndLeaveOutNullOnes() {
        // when
        URI uri = ApiUri.under(BASE)
                .segments("apps")
                .query("app_name", "my app+x&y")
                .query("status", null)
                .query("limit", 1000)
                .toUri();

        // then
        assertThat(uri.getRawQuery()).isEqualTo("app_name=my%20app%2Bx%26y&limit=1000");
    }

    @Test
    void shouldKeepThePortOfTheBaseUrl() {
        URI uri = ApiUri.under(URI.create("http://127.0.0.1:8123/api/v1"))
                .segments("accounts")
                .toUri();

        assertThat(uri).hasToString("http://127.0.0.1:8123/api/v1/accounts");
    }
}
