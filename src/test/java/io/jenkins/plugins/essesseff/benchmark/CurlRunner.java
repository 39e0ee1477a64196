package io.jenkins.plugins.essesseff.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Calls the API the way pipelines do today with {@code sh 'curl …'}: one new curl process per call.
 *
 * <p>The API key never appears on a command line (where {@code ps} would show it): it sits in a header file readable
 * only by its owner, passed as {@code -H @file} (curl 7.55 and later). With {@code throughShell}, curl is started by
 * {@code /bin/sh -c}, as the Jenkins {@code sh} step's script does, without the step's own durable-task machinery.
 */
final class CurlRunner implements AutoCloseable {
    private final String curl;
    private final boolean throughShell;
    private final Path headerFile;

    CurlRunner(String curl, String apiKey, boolean throughShell) {
        this.curl = curl;
        this.throughShell = throughShell;
        try {
            this.headerFile = Files.createTempFile(
                    "essesseff-bench-",
                    ".headers",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(
                    headerFile,
                    "X-API-Key: " + apiKey + "\nUser-Agent: essesseff-benchmark-curl\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the curl header file", e);
        }
    }

    /** GET {@code uri}; returns the body. Fails unless the status is 2xx. */
    String get(URI uri) {
        return call("GET", uri, null);
    }

    /** POST {@code json} to {@code uri}; returns the body. Fails unless the status is 2xx. */
    String post(URI uri, String json) {
        return call("POST", uri, json);
    }

    private String call(String method, URI uri, String json) {
        List<String> command = new ArrayList<>(List.of(
                curl, "-sS", "--max-time", "30", "-H", "@" + headerFile, "-X", method, "-w", "\\n%{http_code}"));
        if (json != null) {
            command.addAll(List.of("-H", "Content-Type: application/json", "--data-binary", json));
        }
        command.add(uri.toString());
        if (throughShell) {
            command = List.of("/bin/sh", "-c", shellLine(command));
        }
        try {
            Process process = new ProcessBuilder(command).start();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("curl did not finish: " + method + " " + uri);
            }
            String text = new String(out, StandardCharsets.UTF_8);
            int lastNewline = text.lastIndexOf('\n');
            String status = text.substring(lastNewline + 1).trim();
            if (process.exitValue() != 0 || !status.startsWith("2")) {
                throw new IllegalStateException("curl " + method + " " + uri + " answered " + status + ", exit "
                        + process.exitValue() + ": " + new String(err, StandardCharsets.UTF_8).trim());
            }
            return lastNewline < 0 ? "" : text.substring(0, lastNewline);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + curl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String shellLine(List<String> command) {
        StringBuilder line = new StringBuilder();
        for (String word : command) {
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append('\'').append(word.replace("'", "'\\''")).append('\'');
        }
        return line.toString();
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(headerFile);
        } catch (IOException e) {
            // a temporary file left behind; nothing to do about it here
        }
    }
}
