package io.jenkins.plugins.essesseff.client;

import static io.jenkins.plugins.essesseff.client.ClientFixture.APP;
import static io.jenkins.plugins.essesseff.client.ClientFixture.appPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Real tag shapes reach the sandbox as exactly one path segment, as its request log shows. */
@Timeout(30)
class EssesseffClientEncodingTest {

    private ClientFixture fixture;
    private EssesseffClient client;

    @BeforeEach
    void start() {
        fixture = ClientFixture.withoutRateLimit();
        client = fixture.client();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void shouldAddressATemplateBuildTagAsItIs() {
        // given
        String tag = "1.0.0-a1b2c3d-20231201T120000Z";
        fixture.build(tag);

        // when
        Image image = client.getImage(APP, tag, null);
        Lifecycle lifecycle = client.getLifecycle(APP, tag, false);

        // then
        assertThat(image.imageTag()).isEqualTo(tag);
        assertThat(lifecycle.imageTag()).isEqualTo(tag);
        assertThat(fixture.requestLines())
                .containsExactly(
                        "GET " + appPath() + "/images/" + tag, "GET " + appPath() + "/images/" + tag + "/lifecycle");
    }

    @Test
    void shouldEncodeAPlusSoItStaysAPlus() {
        // given
        String tag = "1.0.0+build.5";
        fixture.build(tag);

        // when
        StateChange change = client.setLifecycleState(APP, tag, LifecycleState.RC, null);
        Image image = client.getImage(APP, tag, null);

        // then
        assertThat(change.imageTag()).isEqualTo(tag);
        assertThat(image.imageTag()).isEqualTo(tag);
        assertThat(fixture.requestLines())
                .containsExactly(
                        "POST " + appPath() + "/images/1.0.0%2Bbuild.5/lifecycle",
                        "GET " + appPath() + "/images/1.0.0%2Bbuild.5");
    }

    @Test
    void shouldEncodeAPlusInAQueryValueToo() {
        // given
        String tag = "1.0.0+build.5";
        fixture.build(tag);

        // when
        Page<Image> images = client.listImages(APP, new ImageFilter(null, tag, null), null);

        // then
        assertThat(images.items()).extracting(Image::imageTag).containsExactly(tag);
        assertThat(fixture.requestLines()).containsExactly("GET " + appPath() + "/images?image_tag=1.0.0%2Bbuild.5");
    }

    @Test
    void shouldRefuseATagWithASlashSoNoOtherPathIsEverAddressed() {
        // given an image v1 exists, whose lifecycle "v1/../v1" could reach if decoded
        fixture.build("v1");

        // when / then
        assertThatThrownBy(() -> client.setLifecycleState(APP, "v1/../v1", LifecycleState.RC, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("imageTag");
        assertThatThrownBy(() -> client.acceptRc(APP, "feature/x")).isInstanceOf(InvalidInputException.class);
        assertThat(fixture.requests()).isEmpty();
        assertThat(client.getLifecycle(APP, "v1", false).currentState()).isEqualTo(LifecycleState.DEV);
    }
}
