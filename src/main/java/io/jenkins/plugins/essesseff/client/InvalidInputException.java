package io.jenkins.plugins.essesseff.client;

/** An input was refused before anything was sent; the message names the field and the rule. */
public class InvalidInputException extends EssesseffException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The parameter or setting that was refused, e.g. {@code imageTag}. */
    public String getField() {
        return field;
    }
}
