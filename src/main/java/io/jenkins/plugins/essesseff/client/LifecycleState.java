package io.jenkins.plugins.essesseff.client;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lifecycle states of an image, in the documented order BUILD → DEV → RC → QA → STABLE → STAGING → PROD,
 * plus REJECTED (from RC or QA) and EXPIRED (set by retention). Older material spells QA as {@code QA_TESTING}.
 */
public enum LifecycleState {
    BUILD,
    DEV,
    RC,
    QA,
    STABLE,
    STAGING,
    PROD,
    REJECTED,
    EXPIRED;

    /** The environment an image is deployed to on entering this state, if any. */
    public Optional<Environment> deploysTo() {
        return switch (this) {
            case DEV -> Optional.of(Environment.DEV);
            case QA -> Optional.of(Environment.QA);
            case STAGING -> Optional.of(Environment.STAGING);
            case PROD -> Optional.of(Environment.PROD);
            default -> Optional.empty();
        };
    }

    @JsonValue
    public String wireName() {
        return name();
    }

    @JsonCreator
    static LifecycleState fromWire(String value) {
        return parse("state", value);
    }

    /**
     * Reads a state name in either case, accepting {@code QA_TESTING} for {@code QA}.
     *
     * @throws InvalidInputException naming {@code field} and the accepted values
     */
    public static LifecycleState parse(String field, @CheckForNull String value) {
        String normalized = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (normalized.equals("QA_TESTING")) {
            return QA;
        }
        for (LifecycleState state : values()) {
            if (state.name().equals(normalized)) {
                return state;
            }
        }
        throw new InvalidInputException(
                field,
                "'" + (value == null ? "" : value.trim()) + "' is not an image lifecycle state; use one of "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
