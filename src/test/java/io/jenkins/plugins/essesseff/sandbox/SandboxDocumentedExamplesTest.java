package io.jenkins.plugins.essesseff.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every curl example of the API reference, against the sandbox: the host replaced by the sandbox's, the
 * key by the sandbox's key, after registering build v1.2.3 of my-team/my-apps-org/my-app and moving it
 * to the state the example needs. The answer must have the documented status and the documented shape
 * (the same JSON field names, recursively, with values of the same types).
 */
class SandboxDocumentedExamplesTest {

    private static final String FIXTURE = "apps-api-examples.txt";
    private static final String DOCUMENTED_BASE = "https://www.essesseff.com/api/v1";
    private static final String DOCUMENTED_KEY = "ess_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
    private static final Map<String, List<String>> ROUTES = Map.of(
            "DEV", List.of(),
            "RC", List.of("RC"),
            "QA", List.of("RC", "QA"),
            "STABLE", List.of("RC", "QA", "STABLE"),
            "PROD", List.of("RC", "QA", "STABLE", "PROD"));
    private static final Pattern YAML_KEY = Pattern.compile("^\\s*([A-Za-z0-9_.-]+):", Pattern.MULTILINE);

    private EssesseffSandbox sandbox;

    @BeforeEach
    void startSandbox() {
        sandbox = EssesseffSandbox.start(SandboxOptions.defaults().withoutRateLimit());
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    /** One example of the fixture. */
    record Example(String title, String given, int status, Set<String> extra, String curl, String response) {
        @Override
        public String toString() {
            return title;
        }
    }

    static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        try (InputStream in = SandboxDocumentedExamplesTest.class.getResourceAsStream(FIXTURE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String block : text.substring(text.indexOf("\n### ") + 1).split("(?m)^### ")) {
                if (block.isBlank()) {
                    continue;
                }
                examples.add(parse(block));
            }
        }
        return examples;
    }

    private static Example parse(String block) {
        String title = block.substring(0, block.indexOf('\n'));
        Map<String, String> fields = new LinkedHashMap<>();
        StringBuilder curl = new StringBuilder();
        StringBuilder response = new StringBuilder();
        StringBuilder current = null;
        for (String line : block.substring(block.indexOf('\n') + 1).split("\n", -1)) {
            if (current == null && line.startsWith("curl:")) {
                current = curl;
            } else if (current == curl && line.equals("response:")) {
                current = response;
            } else if (current != null) {
                current.append(line).append('\n');
            } else if (line.contains(":")) {
                fields.put(
                        line.substring(0, line.indexOf(':')),
                        line.substring(line.indexOf(':') + 1).strip());
            }
        }
        Set<String> extra = fields.containsKey("extra")
                ? new TreeSet<>(Arrays.asList(fields.get("extra").split("\\s*,\\s*")))
                : Set.of();
        return new Example(
                title,
                fields.get("given"),
                Integer.parseInt(fields.get("status")),
                extra,
                curl.toString().strip(),
                response.toString().strip());
    }

    static Stream<Example> allExamples() throws IOException {
        return examples().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allExamples")
    void shouldAnswerEveryDocumentedExampleInTheDocumentedShape(Example example) throws Exception {
        given(example);
        Curl curl = Curl.parse(example.curl
                .replace(DOCUMENTED_BASE, sandbox.apiBaseUrl().toString())
                .replace(DOCUMENTED_KEY, sandbox.defaultApiKey()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(curl.url))
                .timeout(Duration.ofSeconds(10))
                .method(
                        curl.method,
                        curl.body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(curl.body));
        curl.headers.forEach(request::header);

        HttpResponse<String> response =
                SandboxHttp.SHARED_CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertDocumentedShape(
                example,
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allExamples")
    void shouldAnswerEveryDocumentedCurlCommandRunByCurl(Example example) throws Exception {
        assumeTrue(curlInstalled(), "curl is not installed");
        given(example);
        Curl curl = Curl.parse(example.curl
                .replace(DOCUMENTED_BASE, sandbox.apiBaseUrl().toString())
                .replace(DOCUMENTED_KEY, sandbox.defaultApiKey()));
        Path output = Files.createTempFile("essesseff-sandbox-curl", ".out");
        try {
            List<String> command = new ArrayList<>(curl.arguments);
            command.addAll(
                    List.of("-sS", "--max-time", "10", "-o", output.toString(), "-w", "%{http_code} %{content_type}"));
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String written = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(process.waitFor(15, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(written).isZero();
            String[] statusAndType = written.split(" ", 2);

            assertDocumentedShape(
                    example,
                    Integer.parseInt(statusAndType[0]),
                    statusAndType.length > 1 ? statusAndType[1] : "",
                    Files.readString(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean curlInstalled() {
        try {
            Process process = new ProcessBuilder("curl", "--version")
                    .redirectErrorStream(true)
                    .start();
            process.getInputStream().readAllBytes();
            return process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Build v1.2.3 registered (so in DEV), then moved to the state the example needs. */
    private void given(Example example) {
        sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v1.2.3");
        new SandboxHttp(sandbox).moveThrough("v1.2.3", ROUTES.get(example.given).toArray(String[]::new));
    }

    private static void assertDocumentedShape(Example example, int status, String contentType, String body)
            throws IOException {
        assertThat(status).as("status of %s: %s", example, body).isEqualTo(example.status);
        if (example.response.isEmpty()) {
            assertThat(body).isEmpty();
        } else if (example.response.startsWith("{")) {
            assertThat(contentType).isEqualTo("application/json");
            Map<String, String> documented = shape(SandboxHttp.MAPPER.readTree(example.response));
            Map<String, String> actual = shape(SandboxHttp.MAPPER.readTree(body));
            actual.keySet().removeAll(example.extra);
            assertThat(actual.keySet()).as("fields of %s", example).isEqualTo(documented.keySet());
            documented.forEach((path, type) -> {
                if (!"null".equals(type) && !"null".equals(actual.get(path))) {
                    assertThat(actual.get(path))
                            .as("type of %s in %s", path, example)
                            .isEqualTo(type);
                }
            });
        } else {
            assertThat(contentType).isEqualTo("application/x-yaml");
            assertThat(yamlKeys(body)).isEqualTo(yamlKeys(example.response));
        }
    }

    /** Every field's dotted path (array elements are transparent) and the JSON type of its value. */
    private static Map<String, String> shape(JsonNode node) {
        Map<String, String> shape = new TreeMap<>();
        collect(node, "", shape);
        return shape;
    }

    private static void collect(JsonNode node, String path, Map<String, String> shape) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                shape.put(child, type(field.getValue()));
                collect(field.getValue(), child, shape);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, path, shape));
        }
    }

    private static String type(JsonNode node) {
        return node.isNull()
                ? "null"
                : node.isNumber() ? "number" : node.getNodeType().name().toLowerCase();
    }

    /** The YAML keys, with the repository IDs in {@code app-secret-<id>} generalised. */
    private static List<String> yamlKeys(String yaml) {
        List<String> keys = new ArrayList<>();
        Matcher matcher = YAML_KEY.matcher(yaml);
        while (matcher.find()) {
            keys.add(matcher.group(1).replaceAll("^app-secret-[0-9]+$", "app-secret-<config repository id>"));
        }
        return keys;
    }

    /** The parts of a curl command line from the reference: method, URL, headers, body. */
    record Curl(List<String> arguments, String method, String url, Map<String, String> headers, String body) {

        static Curl parse(String commandLine) {
            List<String> arguments = words(commandLine.replace("\\\n", " "));
            String method = "GET";
            String url = null;
            String body = null;
            Map<String, String> headers = new LinkedHashMap<>();
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                if ("-o".equals(argument)) {
                    i++; // the test chooses where the body goes
                    continue;
                }
                kept.add(argument);
                if (argument.startsWith("-")) {
                    String value = arguments.get(++i);
                    kept.add(value);
                    switch (argument) {
                        case "-X" -> method = value;
                        case "-H" ->
                            headers.put(
                                    value.substring(0, value.indexOf(':')),
                                    value.substring(value.indexOf(':') + 1).strip());
                        case "-d" -> body = value;
                        default -> throw new IllegalArgumentException("unexpected curl option " + argument);
                    }
                } else if (argument.startsWith("http")) {
                    url = argument;
                }
            }
            return new Curl(kept, method, url, headers, body);
        }

        /** Splits a shell command line into words: double quotes, single quotes, plain words. */
        private static List<String> words(String line) {
            List<String> words = new ArrayList<>();
            StringBuilder word = null;
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                        word.append(line.charAt(++i));
                    } else {
                        word.append(c);
                    }
                } else if (Character.isWhitespace(c)) {
                    if (word != null) {
                        words.add(word.toString());
                        word = null;
                    }
                } else {
                    if (word == null) {
                        word = new StringBuilder();
                    }
                    if (c == '"' || c == '\'') {
                        quote = c;
                    } else {
                        word.append(c);
                    }
                }
            }
            if (word != null) {
                words.add(word.toString());
            }
            return words;
        }
    }
}
