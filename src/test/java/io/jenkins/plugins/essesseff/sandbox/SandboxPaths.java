package io.jenkins.plugins.essesseff.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Percent-decoding of paths and queries. Each path segment is decoded on its own, after splitting the
 * raw path on {@code /}, so an encoded {@code %2F} stays inside its segment and {@code +} stays a plus.
 */
final class SandboxPaths {

    private SandboxPaths() {}

    /** The decoded segments of a raw path ({@code /a/b%2Fc} gives {@code [a, b/c]}); empty segments are kept. */
    static List<String> segments(String rawPath) {
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        List<String> segments = new ArrayList<>();
        if (path.isEmpty()) {
            return segments;
        }
        for (String raw : path.split("/", -1)) {
            segments.add(decode(raw, false));
        }
        return segments;
    }

    /** The decoded query parameters (the first value of each name wins); {@code +} is a space, as in forms. */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), true);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), true);
            query.putIfAbsent(name, value);
        }
        return query;
    }

    static String decode(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0 && !(plusIsSpace && raw.indexOf('+') >= 0)) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw malformed(raw);
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw malformed(raw);
                }
                bytes.write(high * 16 + low);
                i += 3;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
                i++;
            } else {
                int end = i;
                while (end < raw.length() && raw.charAt(end) != '%' && !(plusIsSpace && raw.charAt(end) == '+')) {
                    end++;
                }
                byte[] plain = raw.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(plain, 0, plain.length);
                i = end;
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw malformed(raw);
        }
    }

    private static SandboxError malformed(String raw) {
        return SandboxError.badRequest("invalid_encoding", "malformed percent-encoding in '" + raw + "'");
    }
}
