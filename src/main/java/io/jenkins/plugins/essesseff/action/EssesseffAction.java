package io.jenkins.plugins.essesseff.action;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.RunAction2;

/**
 * The record of a build's essesseff actions, shown on the build page (summary) and on its own page. Steps of
 * parallel branches may append at the same time: every access to the rows is synchronized.
 */
public class EssesseffAction implements RunAction2 {
    private static final Object ATTACH_LOCK = new Object();

    private final List<EssesseffRecord> records = new ArrayList<>();

    @CheckForNull
    private transient Run<?, ?> run;

    /** Appends a row to the build's record, attaching the record to the build first if needed. */
    public static EssesseffAction append(Run<?, ?> run, EssesseffRecord record) {
        EssesseffAction action;
        synchronized (ATTACH_LOCK) {
            action = run.getAction(EssesseffAction.class);
            if (action == null) {
                action = new EssesseffAction();
                run.addAction(action);
            }
        }
        action.add(record);
        return action;
    }

    void add(EssesseffRecord record) {
        synchronized (records) {
            records.add(record);
        }
    }

    /** The rows in the order the steps finished. */
    public List<EssesseffRecord> getRecords() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    @CheckForNull
    public Run<?, ?> getRun() {
        return run;
    }

    @Override
    public void onAttached(Run<?, ?> run) {
        this.run = run;
    }

    @Override
    public void onLoad(Run<?, ?> run) {
        this.run = run;
    }

    @Override
    public String getIconFileName() {
        return "symbol-cube";
    }

    @Override
    public String getDisplayName() {
        return Messages.EssesseffAction_displayName();
    }

    @Override
    public String getUrlName() {
        return "essesseff";
    }
}
