package org.kmstray.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's options, parsed against what the command declares: {@code --flag}, {@code --name VALUE}
 * or {@code --name=VALUE}, and positional words. Anything undeclared is a {@link UsageException}.
 */
public final class Arguments {
    private final Set<String> flags = new HashSet<>();
    private final Map<String, String> values = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Arguments() {
    }

    /**
     * @param declaredFlags options without a value, e.g. {@code --json}
     * @param declaredValues options that take a value, e.g. {@code --warn-days}
     */
    public static Arguments parse(List<String> words, Set<String> declaredFlags, Set<String> declaredValues)
            throws UsageException {
        Arguments a = new Arguments();
        boolean onlyPositional = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (onlyPositional || !w.startsWith("--") || w.equals("-")) {
                a.positional.add(w);
                continue;
            }
            if (w.equals("--")) {
                onlyPositional = true;
                continue;
            }
            int eq = w.indexOf('=');
            String name = eq < 0 ? w : w.substring(0, eq);
            if (declaredFlags.contains(name)) {
                if (eq >= 0) {
                    throw new UsageException("cli.error.flagTakesNoValue", name);
                }
                a.flags.add(name);
            } else if (declaredValues.contains(name)) {
                String value;
                if (eq >= 0) {
                    value = w.substring(eq + 1);
                } else if (i + 1 < words.size()) {
                    value = words.get(++i);
                } else {
                    throw new UsageException("cli.error.missingValue", name);
                }
                if (a.values.put(name, value) != null) {
                    throw new UsageException("cli.error.repeatedOption", name);
                }
            } else {
                throw new UsageException("cli.error.unknownOption", name);
            }
        }
        return a;
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A whole number option within a range; absent gives the fallback. */
    public int intValue(String name, int fallback, int min, int max) throws UsageException {
        Optional<String> v = value(name);
        if (v.isEmpty()) {
            return fallback;
        }
        String t = v.get().trim();
        if (!t.matches("\\d{1,9}") || Integer.parseInt(t) < min || Integer.parseInt(t) > max) {
            throw new UsageException("cli.error.badNumber", name, v.get(), min, max);
        }
        return Integer.parseInt(t);
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }

    /** At most {@code max} positional words, else a usage error naming the first extra one. */
    public void requireAtMostPositional(int max) throws UsageException {
        if (positional.size() > max) {
            throw new UsageException("cli.error.unexpectedArgument", positional.get(max));
        }
    }
}
