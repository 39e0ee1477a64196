package io.jenkins.plugins.essesseff.promotion;

/**
 * Where an operation tells the user what it does: the Jenkins build console, or standard output for the
 * rehearsal command. Implementations put {@link #PREFIX} before every line, so both read the same.
 */
public interface ConsoleLog {
    String PREFIX = "[essesseff] ";

    /** One line of plain text. */
    void line(String text);

    /** One line of text followed by a hyperlink, e.g. to the Argo CD application. */
    void lineWithLink(String text, String url, String linkText);
}
