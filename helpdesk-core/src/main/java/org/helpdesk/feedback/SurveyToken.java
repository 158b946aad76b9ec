package org.helpdesk.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret in a survey link: 32 random bytes, URL-safe. Only its SHA-256 is stored, so the link
 * cannot be guessed, forged or rebuilt from the database.
 */
public final class SurveyToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final String value;

    private SurveyToken(String value) {
        this.value = value;
    }

    public static SurveyToken random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new SurveyToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** A token as it arrives in a URL; empty when it cannot be one of ours. */
    public static Optional<SurveyToken> parse(String text) {
        return SHAPE.matcher(text).matches() ? Optional.of(new SurveyToken(text)) : Optional.empty();
    }

    public String value() {
        return value;
    }

    /** The hex SHA-256 that is stored instead of the token. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "SurveyToken[***]";
    }
}
