package org.helpdesk.web.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers, for a short while, which password matched which stored hash, so that an API client sending HTTP Basic
 * with every request pays the deliberately slow hash (BCrypt, tens of milliseconds of CPU) once per {@code ttl}
 * rather than per request — what Elasticsearch's realms do with their credential cache. Only matches are remembered,
 * keyed by an HMAC (with a key made at start and never stored) of the stored hash and the password: a changed password
 * has another stored hash and is checked afresh, and the account's state (disabled, locked) is read from the database
 * on every request as before. A {@code ttl} of zero turns it off.
 */
final class VerifiedPasswords implements PasswordEncoder {

    /** More entries than people signing in within one {@code ttl}; beyond, the oldest knowledge is dropped. */
    static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final Duration ttl;
    private final Clock clock;
    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Long> verifiedUntil = new ConcurrentHashMap<>();

    VerifiedPasswords(PasswordEncoder delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (ttl.isZero() || rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String entry = entry(rawPassword, encodedPassword);
        long now = clock.millis();
        Long until = verifiedUntil.get(entry);
        if (until != null && until > now) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verifiedUntil.size() >= MAX_ENTRIES) {
                verifiedUntil.values().removeIf(u -> u <= now);
                if (verifiedUntil.size() >= MAX_ENTRIES) {
                    verifiedUntil.clear();
                }
            }
            verifiedUntil.put(entry, now + ttl.toMillis());
        } else {
            verifiedUntil.remove(entry);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    int size() {
        return verifiedUntil.size();
    }

    private String entry(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
