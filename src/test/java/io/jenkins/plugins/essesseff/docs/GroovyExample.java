package io.jenkins.plugins.essesseff.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One fenced {@code ```groovy} block of the documentation.
 *
 * @param file the Markdown file, relative to the repository root, e.g. {@code docs/STEPS.md}
 * @param line the line of the file on which the block's code starts (1-based)
 * @param code the code between the fences
 */
record GroovyExample(String file, int line, String code) {
    private static final Pattern OPENING = Pattern.compile("^( {0,3})(`{3,}|~{3,})\\s*([^`\\s]*)[^`]*$");

    /** Where a problem in the block is, as {@code file:line}, given a line of the block (1-based). */
    String at(int lineInBlock) {
        return file + ":" + (line + Math.max(lineInBlock, 1) - 1);
    }

    @Override
    public String toString() {
        return at(1);
    }

    /** The {@code groovy} blocks of one Markdown text; other blocks (bash, yaml, plain) are skipped. */
    static List<GroovyExample> fromMarkdown(String file, String markdown) {
        List<GroovyExample> examples = new ArrayList<>();
        String[] lines = markdown.split("\r?\n", -1);
        int i = 0;
        while (i < lines.length) {
            Matcher opening = OPENING.matcher(lines[i]);
            if (!opening.matches()) {
                i++;
                continue;
            }
            String fence = opening.group(2);
            boolean groovy = opening.group(3).equalsIgnoreCase("groovy");
            int start = i + 1;
            int end = start;
            while (end < lines.length && !isClosing(lines[end], fence)) {
                end++;
            }
            if (groovy) {
                examples.add(new GroovyExample(
                        file, start + 1, String.join("\n", List.of(lines).subList(start, end))));
            }
            i = end + 1;
        }
        return examples;
    }

    private static boolean isClosing(String line, String fence) {
        String stripped = line.strip();
        return line.indexOf(stripped) <= 3
                && stripped.length() >= fence.length()
                && stripped.chars().allMatch(c -> c == fence.charAt(0));
    }

    /** The repository root: {@code essesseff.plugin.root}, else the folder above holding Jenkinsfile and central/. */
    static Path repositoryRoot() {
        String configured = System.getProperty("essesseff.plugin.root");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("Jenkinsfile")) && Files.isDirectory(dir.resolve("central"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root (a folder with Jenkinsfile and central/)"
                + " above " + Paths.get("").toAbsolutePath() + "; set -Dessesseff.plugin.root");
    }

    /** The Groovy examples of README.md and of every Markdown file under docs/. */
    static List<GroovyExample> inDocumentation(Path root) {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        Path docs = root.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> walk = Files.walk(docs)) {
                walk.filter(path -> path.toString().endsWith(".md")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<GroovyExample> examples = new ArrayList<>();
        for (Path file : files) {
            try {
                String relative = root.relativize(file).toString().replace('\\', '/');
                examples.addAll(fromMarkdown(relative, Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return examples;
    }
}
