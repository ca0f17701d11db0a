package org.kmstray.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.renewal.RenewalRequest;
import org.kmstray.settings.HostName;

class RenewKmsOptionTest {
    private final Messages m = Messages.of(Language.ENGLISH);

    @Test
    void readsHostHostPortBracketedIpv6AndBareIpv6() throws UsageException {
        assertEquals(new RenewalRequest(Optional.of(new HostName("kms.example.edu")), Optional.empty()), RenewCommand.request("kms.example.edu", m));
        assertEquals(new RenewalRequest(Optional.of(new HostName("kms.example.edu")), Optional.of(16886)),
                RenewCommand.request("kms.example.edu:16886", m));
        assertEquals(new RenewalRequest(Optional.of(new HostName("::1")), Optional.of(1688)), RenewCommand.request("[::1]:1688", m));
        assertEquals(new RenewalRequest(Optional.of(new HostName("::1")), Optional.empty()), RenewCommand.request("[::1]", m));
        assertEquals(new RenewalRequest(Optional.of(new HostName("2001:db8::5")), Optional.empty()), RenewCommand.request("2001:db8::5", m));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kms.edu;calc", "a b", "\"a b\"", "-x", "a&&b", "%PATH%", "kms.ex\u0430mple.edu", "[::1", "[::1]x", "",
            "kms.example.edu:", "[::1]:", "[kms.example.edu]:1688", "[140.112.2.3]"})
    void refusesAHostThatIsNotOne(String value) {
        UsageException e = assertThrows(UsageException.class, () -> RenewCommand.request(value, m));
        assertTrue(e.messageKey().equals("cli.renew.badKms") || e.messageKey().equals("cli.renew.badPort"), e.messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kms.example.edu:0", "kms.example.edu:65536", "kms.example.edu:16x", "kms.example.edu:-1", "[::1]:99999"})
    void refusesAPortOutside1To65535(String value) {
        assertEquals("cli.renew.badPort", assertThrows(UsageException.class, () -> RenewCommand.request(value, m)).messageKey());
    }
}
