package org.helpdesk.channel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.helpdesk.channel.internal.ChannelSecrets;
import org.springframework.stereotype.Service;

/**
 * The anti-spam stamp of the public form: the time the form was handed out, signed. A form sent back sooner than a
 * person can fill it in, later than it is valid, or with a stamp that was not ours, is refused; together with a
 * hidden field that people leave empty this keeps form robots out without a CAPTCHA.
 */
@Service
public class FormStamps {

    /** What a stamp says about the form it came back with. */
    public enum Verdict {
        ACCEPTED,
        TOO_FAST,
        EXPIRED,
        INVALID
    }

    private final ChannelSecrets secrets;
    private final Clock clock;
    private final Duration minFillTime;
    private final Duration maxFillTime;

    FormStamps(ChannelSecrets secrets, Clock clock, ChannelProperties properties) {
        this.secrets = secrets;
        this.clock = clock;
        this.minFillTime = properties.form().minFillTime();
        this.maxFillTime = properties.form().maxFillTime();
    }

    /** A stamp for a form handed out now. */
    public String issue() {
        String issued = Long.toString(clock.millis());
        return issued + "." + signature(issued);
    }

    public Verdict check(String stamp) {
        int dot = stamp == null ? -1 : stamp.indexOf('.');
        if (dot <= 0) {
            return Verdict.INVALID;
        }
        String issued = stamp.substring(0, dot);
        boolean signed = MessageDigest.isEqual(
                signature(issued).getBytes(StandardCharsets.US_ASCII),
                stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        if (!signed) {
            return Verdict.INVALID;
        }
        Instant at;
        try {
            at = Instant.ofEpochMilli(Long.parseLong(issued));
        } catch (NumberFormatException e) {
            return Verdict.INVALID;
        }
        Duration age = Duration.between(at, clock.instant());
        if (age.compareTo(minFillTime) < 0) {
            return Verdict.TOO_FAST;
        }
        return age.compareTo(maxFillTime) > 0 ? Verdict.EXPIRED : Verdict.ACCEPTED;
    }

    private String signature(String issued) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secrets.sign("form-stamp", issued));
    }
}
