package io.jenkins.plugins.essesseff.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON in and out, and the timestamp format of the API ({@code 2025-01-01T00:00:00Z}). */
final class SandboxJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private SandboxJson() {}

    /** An ordered object from alternating keys and values; values may be null. */
    static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must alternate");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String timestamp(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The request body as a JSON object; an empty body counts as {@code {}}. */
    static JsonNode readObject(byte[] body) {
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            return MAPPER.createObjectNode();
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (IOException e) {
            throw SandboxError.badRequest("invalid_json", "the request body is not valid JSON: " + firstLine(e));
        }
        if (node == null || node.getNodeType() != JsonNodeType.OBJECT) {
            throw SandboxError.badRequest("invalid_json", "the request body must be a JSON object");
        }
        return node;
    }

    /** A required non-blank string field. */
    static String requiredString(JsonNode body, String field) {
        return requiredString(body, field, field);
    }

    /** A required non-blank string field, named {@code label} in the error message. */
    static String requiredString(JsonNode body, String field, String label) {
        JsonNode node = body.get(field);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw SandboxError.invalidParameter(label + " is required (a non-empty string); was " + node);
        }
        return node.asText();
    }

    /** An optional string field: absent or null gives null; another type is a 400. */
    static String optionalString(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw SandboxError.invalidParameter(field + " must be a string");
        }
        return node.asText();
    }

    private static String firstLine(IOException e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        message = String.valueOf(message);
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
