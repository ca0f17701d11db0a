package org.kmstray.license.text;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.function.Executable;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;
import org.kmstray.license.Unreadable;

/** Field-by-field assertions on what the parser read. */
final class ReadingAssertions {
    private ReadingAssertions() {
    }

    static List<Product> products(LicenseReading reading) {
        LicenseSnapshot snapshot = assertInstanceOf(LicenseSnapshot.class, reading, () -> "expected products, got " + reading);
        assertNull(snapshot.readAt(), "saved text does not tell when it was written");
        return snapshot.products();
    }

    static void assertProducts(LicenseReading reading, ExpectedProduct... expected) {
        List<Product> actual = products(reading);
        assertEquals(expected.length, actual.size(), () -> "number of products in " + actual);
        List<Executable> checks = new ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            Product e = expected[i].build();
            Product a = actual.get(i);
            String at = "product " + (i + 1) + " ";
            checks.add(field(at + "name", Product::name, e, a));
            checks.add(field(at + "description", Product::description, e, a));
            checks.add(field(at + "skuId", Product::skuId, e, a));
            checks.add(field(at + "application", Product::application, e, a));
            checks.add(field(at + "kmsClient", Product::kmsClient, e, a));
            checks.add(field(at + "channel", Product::channel, e, a));
            checks.add(field(at + "status", Product::status, e, a));
            checks.add(field(at + "statusReason", Product::statusReason, e, a));
            checks.add(field(at + "remainingMinutes", Product::remainingMinutes, e, a));
            checks.add(field(at + "partialKey", Product::partialKey, e, a));
            checks.add(field(at + "kmsHost", Product::kmsHost, e, a));
            checks.add(field(at + "kmsPort", Product::kmsPort, e, a));
            checks.add(field(at + "discoveredKmsHost", Product::discoveredKmsHost, e, a));
            checks.add(field(at + "discoveredKmsPort", Product::discoveredKmsPort, e, a));
            checks.add(field(at + "activationIntervalMinutes", Product::activationIntervalMinutes, e, a));
            checks.add(field(at + "renewalIntervalMinutes", Product::renewalIntervalMinutes, e, a));
            checks.add(field(at + "activation", Product::activation, e, a));
        }
        assertAll(checks);
    }

    static void assertNotScriptOutput(LicenseReading reading, String source) {
        Unreadable u = assertInstanceOf(Unreadable.class, reading, () -> "expected not understood, got " + reading);
        assertEquals(source, u.source());
        assertEquals("diagnose.notScriptOutput", u.messageKey());
        assertArrayEquals(new Object[] {source}, u.args());
    }

    /** Equal readings; an Unreadable's arguments are compared by content. */
    static void assertSameReading(LicenseReading expected, LicenseReading actual) {
        if (expected instanceof Unreadable e && actual instanceof Unreadable a) {
            assertEquals(e.source(), a.source());
            assertEquals(e.messageKey(), a.messageKey());
            assertArrayEquals(e.args(), a.args());
        } else {
            assertEquals(expected, actual);
        }
    }

    private static Executable field(String what, Function<Product, Object> get, Product expected, Product actual) {
        return () -> assertEquals(get.apply(expected), get.apply(actual), what);
    }
}
