package org.helpdesk.channel.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.helpdesk.channel.ChannelProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The master secret of the channels and the keys derived from it, one per purpose (HMAC-SHA256 of the purpose),
 * so a key leaked from one use opens nothing else. The master comes from {@code helpdesk.channels.link-secret};
 * without it one is generated once and kept in the database, shared by every instance.
 */
@Component
public class ChannelSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final @Nullable String configured;
    private volatile byte @Nullable [] master;

    ChannelSecrets(JdbcClient jdbc, ChannelProperties properties) {
        this.jdbc = jdbc;
        this.configured =
                properties.linkSecret() == null || properties.linkSecret().isBlank() ? null : properties.linkSecret();
    }

    /** A 32-byte key for {@code purpose}, the same on every instance and after restarts. */
    public byte[] key(String purpose) {
        return hmac(master(), purpose.getBytes(StandardCharsets.UTF_8));
    }

    /** The HMAC-SHA256 of {@code data} under the key for {@code purpose}. */
    public byte[] sign(String purpose, String data) {
        return hmac(key(purpose), data.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] master() {
        byte[] known = master;
        if (known == null) {
            known = configured != null ? configured.getBytes(StandardCharsets.UTF_8) : stored();
            master = known;
        }
        return known;
    }

    private byte[] stored() {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        jdbc.sql("insert into channel_secret (name, secret) values ('master', ?) on conflict (name) do nothing")
                .param(fresh)
                .update();
        return jdbc.sql("select secret from channel_secret where name = 'master'")
                .query(byte[].class)
                .single();
    }
}
