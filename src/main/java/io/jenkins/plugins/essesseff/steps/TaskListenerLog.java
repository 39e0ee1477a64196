package io.jenkins.plugins.essesseff.steps;

import hudson.model.TaskListener;
import io.jenkins.plugins.essesseff.action.EssesseffRecord;
import io.jenkins.plugins.essesseff.promotion.ConsoleLog;
import java.io.IOException;
import java.io.PrintStream;

/** The console of a build as the promotion operations' {@link ConsoleLog}: prefixed lines, real hyperlinks. */
final class TaskListenerLog implements ConsoleLog {
    private final TaskListener listener;

    TaskListenerLog(TaskListener listener) {
        this.listener = listener;
    }

    @Override
    public void line(String text) {
        listener.getLogger().println(PREFIX + text);
    }

    @Override
    public void lineWithLink(String text, String url, String linkText) {
        if (!EssesseffRecord.isWebLink(url)) {
            line(text + linkText + ": " + url);
            return;
        }
        PrintStream out = listener.getLogger();
        out.print(PREFIX + text);
        try {
            listener.hyperlink(url.strip(), linkText);
        } catch (IOException e) {
            out.print(linkText + ": " + url.strip());
        }
        out.println();
    }
}
