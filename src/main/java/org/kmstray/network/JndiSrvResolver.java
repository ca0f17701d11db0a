package org.kmstray.network;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import org.kmstray.settings.HostName;
import org.kmstray.settings.InvalidValueException;

/**
 * SRV lookups through the JDK's DNS naming provider ({@code com.sun.jndi.dns}), so discovery works
 * without any native code. With the provider URL {@code dns:} the JDK asks the system's DNS servers
 * (on Windows the ones configured on the adapters).
 */
public final class JndiSrvResolver implements SrvResolver {
    private static final String FACTORY = "com.sun.jndi.dns.DnsContextFactory";
    private static final long MIN_WAIT_MS = 50;

    private final String providerUrl;

    /** Uses the system's DNS servers. */
    public JndiSrvResolver() {
        this("dns:");
    }

    /** Uses the servers in {@code providerUrl}, e.g. {@code dns://127.0.0.1:5353} (tests). */
    public JndiSrvResolver(String providerUrl) {
        this.providerUrl = providerUrl;
    }

    @Override
    public List<SrvRecord> lookup(String name, Duration timeout) throws SrvLookupException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, FACTORY);
        env.put(Context.PROVIDER_URL, providerUrl);
        // One attempt per server with the whole budget: the provider's default (1 s doubled over 4
        // retries) would take 15 s per server when DNS does not answer.
        env.put("com.sun.jndi.dns.timeout.initial", String.valueOf(Math.max(MIN_WAIT_MS, timeout.toMillis())));
        env.put("com.sun.jndi.dns.timeout.retries", "1");
        DirContext ctx = null;
        try {
            ctx = new InitialDirContext(env);
            Attributes attributes = ctx.getAttributes(name, new String[] {"SRV"});
            Attribute srv = attributes.get("SRV");
            if (srv == null) {
                return List.of();
            }
            List<SrvRecord> out = new ArrayList<>();
            NamingEnumeration<?> values = srv.getAll();
            while (values.hasMore()) {
                SrvRecord r = parse(String.valueOf(values.next()));
                if (r != null) {
                    out.add(r);
                }
            }
            return out;
        } catch (NameNotFoundException e) {
            return List.of();
        } catch (NamingException | RuntimeException e) {
            throw new SrvLookupException("SRV lookup of " + name + " failed: " + e, e);
        } finally {
            close(ctx);
        }
    }

    /**
     * Reads "priority weight port target." as the provider gives it. Targets come from the network, so
     * they pass the same strict host check as configured ones; "." (service explicitly absent) and
     * anything odd are dropped.
     */
    static SrvRecord parse(String value) {
        String[] parts = value.trim().split("\\s+");
        if (parts.length != 4) {
            return null;
        }
        try {
            int priority = Integer.parseInt(parts[0]);
            int weight = Integer.parseInt(parts[1]);
            int port = Integer.parseInt(parts[2]);
            if (priority < 0 || priority > 0xffff || weight < 0 || weight > 0xffff || port < 1 || port > 0xffff) {
                return null;
            }
            String target = parts[3].endsWith(".") ? parts[3].substring(0, parts[3].length() - 1) : parts[3];
            if (target.isEmpty()) {
                return null;
            }
            return new SrvRecord(priority, weight, port, HostName.parse(target).value().toLowerCase(Locale.ROOT));
        } catch (NumberFormatException | InvalidValueException e) {
            return null;
        }
    }

    private static void close(DirContext ctx) {
        if (ctx != null) {
            try {
                ctx.close();
            } catch (NamingException e) {
                // Nothing is held open by a DNS context beyond its socket, which is already done.
            }
        }
    }
}
