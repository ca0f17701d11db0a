package org.kmstray.network;

import java.util.List;

/** One reason behind a location, as a message key with its arguments so it reads well in either language. */
public record Evidence(String messageKey, List<String> args) {
    public Evidence {
        args = List.copyOf(args);
    }

    public static Evidence of(String messageKey, String... args) {
        return new Evidence(messageKey, List.of(args));
    }
}
