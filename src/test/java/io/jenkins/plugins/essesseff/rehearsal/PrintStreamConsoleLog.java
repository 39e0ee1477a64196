package io.jenkins.plugins.essesseff.rehearsal;

import io.jenkins.plugins.essesseff.promotion.ConsoleLog;
import java.io.PrintStream;

/** The console lines a Jenkins build prints, on a terminal: links shown as their address. */
final class PrintStreamConsoleLog implements ConsoleLog {
    private final PrintStream out;

    PrintStreamConsoleLog(PrintStream out) {
        this.out = out;
    }

    @Override
    public void line(String text) {
        out.println(PREFIX + text);
    }

    @Override
    public void lineWithLink(String text, String url, String linkText) {
        out.println(PREFIX + text + linkText + " " + url);
    }
}
