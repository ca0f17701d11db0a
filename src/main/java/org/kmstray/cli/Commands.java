package org.kmstray.cli;

import java.util.List;
import java.util.Optional;

/** The registry of sub-commands, in the order {@code --help} lists them. */
public final class Commands {
    private Commands() {
    }

    public static List<Command> all() {
        return List.of(new StatusCommand(), new DiagnoseCommand(), new NetworkCommand(), new CheckKmsCommand(), new RenewCommand());
    }

    public static Optional<Command> named(String name) {
        return all().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
