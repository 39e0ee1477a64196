package io.jenkins.plugins.essesseff.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.util.List;

/**
 * Reads essesseff's answers: the {@code data} of an envelope, a flat object, a page, a list, or an error status as an
 * {@link EssesseffApiException}. A body that cannot be read becomes an {@link EssesseffException}. Nothing shown
 * contains the key.
 */
final class Responses {
    static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private final ApiKey apiKey;

    Responses(ApiKey apiKey) {
        this.apiKey = apiKey;
    }

    /** The answer itself, or an {@link EssesseffApiException} for an error status. */
    Transport.Response checked(Transport.Response response) {
        if (!response.isSuccess()) {
            throw apiError(response);
        }
        return response;
    }

    EssesseffApiException apiError(Transport.Response response) {
        String error = null;
        String message = null;
        try {
            JsonNode root = JSON.readTree(response.body());
            if (root != null && root.isObject()) {
                error = text(root.get("error"));
                message = text(root.get("message"));
            }
        } catch (IOException notJson) {
            // described by the excerpt below
        }
        if (error == null && message == null && response.body().length > 0) {
            message = Texts.excerpt(response.body());
        }
        return new EssesseffApiException(
                response.status(),
                error == null ? null : Texts.redact(Texts.shorten(error, 200), apiKey),
                message == null ? null : Texts.redact(Texts.shorten(message, 1000), apiKey),
                response.request().method(),
                Texts.redact(response.request().path(), apiKey));
    }

    /** The {@code data} of a {@code {"success": …, "data": …}} answer. */
    <T> T readData(Transport.Response response, Class<T> type) {
        return convert(response, data(response), JSON.constructType(type));
    }

    /** An answer that is the object itself, without an envelope. */
    <T> T readFlat(Transport.Response response, Class<T> type) {
        JsonNode root = readTree(response);
        if (!root.isObject()) {
            throw unreadable(response, "expected a JSON object");
        }
        return convert(response, root, JSON.constructType(type));
    }

    <T> Page<T> readPage(Transport.Response response, Class<T> type) {
        JsonNode root = readTree(response);
        List<T> items = readList(response, type);
        Pagination pagination = root.hasNonNull("pagination")
                ? convert(response, root.get("pagination"), JSON.constructType(Pagination.class))
                : new Pagination(items.size(), items.size(), 0, false);
        return new Page<>(items, pagination);
    }

    <T> List<T> readList(Transport.Response response, Class<T> type) {
        JsonNode data = data(response);
        if (!data.isArray()) {
            throw unreadable(response, "expected a list in data");
        }
        return convert(response, data, JSON.getTypeFactory().constructCollectionType(List.class, type));
    }

    private JsonNode data(Transport.Response response) {
        JsonNode root = readTree(response);
        if (!root.isObject()) {
            throw unreadable(response, "expected a JSON object");
        }
        if (root.path("success").isBoolean() && !root.path("success").booleanValue()) {
            throw apiError(response);
        }
        JsonNode data = root.get("data");
        if (data == null || data.isNull()) {
            throw unreadable(response, "it has no data");
        }
        return data;
    }

    private JsonNode readTree(Transport.Response response) {
        try {
            JsonNode root = JSON.readTree(response.body());
            if (root == null || root.isMissingNode()) {
                throw unreadable(response, "the body was empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw unreadable(response, e.getOriginalMessage());
        } catch (IOException e) {
            throw unreadable(response, e.getMessage());
        }
    }

    private <T> T convert(Transport.Response response, JsonNode node, JavaType type) {
        try {
            return JSON.readerFor(type).readValue(node);
        } catch (JsonProcessingException e) {
            throw unreadable(response, e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            throw unreadable(response, e.getMessage());
        }
    }

    private EssesseffException unreadable(Transport.Response response, @CheckForNull String detail) {
        String reason = detail == null ? "" : ": " + Texts.shorten(detail.replaceAll("\\s+", " "), 200);
        return new EssesseffException(Texts.redact(
                "essesseff's answer to " + response.request().describe() + " (status " + response.status()
                        + ") could not be read" + reason,
                apiKey));
    }

    @CheckForNull
    private static String text(@CheckForNull JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
