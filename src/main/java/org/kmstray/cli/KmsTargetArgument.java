package org.kmstray.cli;

import java.util.Optional;
import java.util.OptionalInt;
import org.kmstray.settings.HostName;
import org.kmstray.settings.InvalidValueException;

/**
 * The {@code HOST[:PORT]} word of {@code check-kms}: {@code kms.example.edu}, {@code kms.example.edu:1688},
 * {@code 140.112.2.3:1688}, {@code ::1} or {@code [::1]:1688}. The host passes the same strict check as
 * the setting, so nothing odd ({@code kms.example.edu;calc}, spaces, quotes) ever reaches the network.
 */
public record KmsTargetArgument(HostName host, OptionalInt port) {

    public static KmsTargetArgument parse(String word) throws UsageException {
        String w = word == null ? "" : word;
        String hostText;
        String portText = null;
        if (w.startsWith("[")) {
            int close = w.indexOf(']');
            if (close < 0) {
                throw new UsageException("cli.checkKms.badTarget", w);
            }
            hostText = w.substring(1, close);
            String after = w.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw new UsageException("cli.checkKms.badTarget", w);
                }
                portText = after.substring(1);
            }
            if (hostText.indexOf(':') < 0) {
                // Brackets are for IPv6 addresses only.
                throw new UsageException("cli.checkKms.badTarget", w);
            }
        } else if (w.indexOf(':') >= 0 && w.indexOf(':') == w.lastIndexOf(':')) {
            hostText = w.substring(0, w.indexOf(':'));
            portText = w.substring(w.indexOf(':') + 1);
        } else {
            // No colon, or several: a bare IPv6 address, which cannot carry a port without brackets.
            hostText = w;
        }
        HostName host;
        try {
            host = HostName.parse(hostText);
        } catch (InvalidValueException e) {
            throw new UsageException(e.messageKey(), e.args());
        }
        return new KmsTargetArgument(host, portText == null ? OptionalInt.empty() : OptionalInt.of(port(portText)));
    }

    public Optional<HostName> hostOption() {
        return Optional.of(host);
    }

    private static int port(String text) throws UsageException {
        if (!text.matches("\\d{1,5}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
            throw new UsageException("cli.checkKms.badPort", text);
        }
        return Integer.parseInt(text);
    }
}
