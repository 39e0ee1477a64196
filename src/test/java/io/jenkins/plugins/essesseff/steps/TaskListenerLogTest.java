package io.jenkins.plugins.essesseff.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.TaskListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The console lines of a step: prefixed, with a real hyperlink to http(s) URLs only. */
class TaskListenerLogTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final TaskListener listener = new TaskListener() {
        @Override
        public PrintStream getLogger() {
            return out;
        }

        @Override
        public void hyperlink(String url, String text) {
            out.print("<a href='" + url + "'>" + text + "</a>");
        }
    };
    private final TaskListenerLog log = new TaskListenerLog(listener);

    @Test
    void shouldPrefixEveryLine() {
        log.line("declare-rc: moved v1 from DEV to RC");

        assertThat(console()).isEqualTo("[essesseff] declare-rc: moved v1 from DEV to RC\n");
    }

    @Test
    void shouldLinkToTheArgoCdApplication() {
        log.lineWithLink("accept-rc: moved v1 from RC to QA — ", "https://argocd.example.com/app", "Argo CD");

        assertThat(console())
                .isEqualTo("[essesseff] accept-rc: moved v1 from RC to QA — "
                        + "<a href='https://argocd.example.com/app'>Argo CD</a>\n");
    }

    @Test
    void shouldPrintAnythingButAnHttpUrlAsPlainText() {
        log.lineWithLink("accept-rc: done — ", "javascript:alert(1)", "Argo CD");

        assertThat(console()).isEqualTo("[essesseff] accept-rc: done — Argo CD: javascript:alert(1)\n");
    }

    private String console() {
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
