package org.kmstray.settings;

import java.util.Objects;

/**
 * One setting: its stored key (lowercase ASCII, the same in the user store, the organisation file and
 * the Windows policy key), its built-in value and how text becomes a checked value.
 */
public final class Setting<T> {
    /** Turns stored text into a value, or says why it cannot. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text) throws InvalidValueException;
    }

    private final String key;
    private final T builtIn;
    private final Parser<T> parser;
    private final java.util.function.Function<T, String> formatter;

    Setting(String key, T builtIn, Parser<T> parser, java.util.function.Function<T, String> formatter) {
        if (!key.matches("[a-z][a-z0-9.]*")) {
            throw new IllegalArgumentException("setting keys are lowercase ASCII: " + key);
        }
        this.key = key;
        this.builtIn = Objects.requireNonNull(builtIn);
        this.parser = parser;
        this.formatter = formatter;
    }

    public String key() {
        return key;
    }

    public T builtIn() {
        return builtIn;
    }

    public T parse(String text) throws InvalidValueException {
        return parser.parse(text == null ? "" : text.trim());
    }

    public String format(T value) {
        return formatter.apply(value);
    }

    @Override
    public String toString() {
        return key;
    }
}
