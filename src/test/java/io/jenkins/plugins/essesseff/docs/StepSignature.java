package io.jenkins.plugins.essesseff.docs;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a pipeline author may write for one step: its function name, the parameters it must be given (its
 * {@code @DataBoundConstructor}'s) and the ones it may be given (its {@code @DataBoundSetter}s).
 */
record StepSignature(String functionName, Set<String> required, Set<String> optional) {

    StepSignature {
        required = Set.copyOf(required);
        optional = Set.copyOf(optional);
    }

    boolean accepts(String parameter) {
        return required.contains(parameter) || optional.contains(parameter);
    }

    /** Every parameter, sorted, for messages. */
    List<String> parameters() {
        Set<String> all = new TreeSet<>(required);
        all.addAll(optional);
        return List.copyOf(all);
    }
}
