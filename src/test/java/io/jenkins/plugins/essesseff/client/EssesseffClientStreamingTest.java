package io.jenkins.plugins.essesseff.client;

import static io.jenkins.plugins.essesseff.client.ClientFixture.APP;
import static io.jenkins.plugins.essesseff.client.ClientFixture.appPath;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Lists longer than a page are streamed a page at a time, fetched only as the stream is consumed. */
@Timeout(60)
class EssesseffClientStreamingTest {

    private static final int IMAGES = 2_345;

    private static ClientFixture fixture;
    private EssesseffClient client;

    @BeforeAll
    static void startWithManyImages() {
        fixture = ClientFixture.withoutRateLimit();
        for (int i = 0; i < IMAGES; i++) {
            fixture.build("1.0." + i + "-a1b2c3d-20231201T120000Z");
        }
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @BeforeEach
    void newClient() {
        client = fixture.client();
    }

    private long pageRequests() {
        return fixture.requests().stream()
                .filter(request -> request.path().startsWith(appPath() + "/images?"))
                .count();
    }

    @Test
    void shouldStreamEveryImageOverThreePages() {
        // given
        long before = pageRequests();

        // when
        Set<String> tags;
        try (Stream<Image> images = client.streamImages(APP, ImageFilter.none())) {
            tags = images.map(Image::imageTag).collect(Collectors.toSet());
        }

        // then
        assertThat(tags)
                .hasSize(IMAGES)
                .contains("1.0.0-a1b2c3d-20231201T120000Z", "1.0.2344-a1b2c3d-20231201T120000Z");
        assertThat(pageRequests() - before).isEqualTo(3);
        assertThat(fixture.requestLines())
                .contains(
                        "GET " + appPath() + "/images?limit=1000",
                        "GET " + appPath() + "/images?limit=1000&offset=1000",
                        "GET " + appPath() + "/images?limit=1000&offset=2000");
    }

    @Test
    void shouldFetchTheNextPageOnlyWhenItIsNeeded() {
        // given
        long before = pageRequests();
        Iterator<Image> images = client.streamImages(APP, ImageFilter.none()).iterator();

        // then nothing is fetched until the stream is consumed
        assertThat(pageRequests() - before).isZero();

        // when the first page is read
        for (int i = 0; i < 1000; i++) {
            images.next();
        }
        // then only one page was fetched
        assertThat(pageRequests() - before).isEqualTo(1);

        // when one more image is read
        images.next();
        // then the second page is fetched, and only it
        assertThat(pageRequests() - before).isEqualTo(2);
    }

    @Test
    void shouldStopEarlyWhenOnlyAFewAreWanted() {
        // given
        long before = pageRequests();

        // when
        long count = client.streamImages(APP, ImageFilter.none()).limit(5).count();

        // then
        assertThat(count).isEqualTo(5);
        assertThat(pageRequests() - before).isEqualTo(1);
    }

    @Test
    void shouldStreamDeploymentsFilteredByEnvironment() {
        // when
        long dev = client.streamDeployments(APP, new DeploymentFilter(Environment.DEV, null))
                .count();

        // then every build was deployed to DEV
        assertThat(dev).isEqualTo(IMAGES);
    }
}
