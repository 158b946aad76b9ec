package org.helpdesk.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordsTest {

    private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final AtomicInteger slowChecks = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            slowChecks.incrementAndGet();
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    };
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-07T10:00:00Z"));

    @Test
    void aMatchingPasswordIsHashedOncePerTtlAndAgainAfterIt() {
        VerifiedPasswords passwords = new VerifiedPasswords(counting, Duration.ofMinutes(5), clock);
        String stored = passwords.encode("correct horse");

        for (int i = 0; i < 20; i++) {
            assertThat(passwords.matches("correct horse", stored)).isTrue();
        }
        assertThat(slowChecks).hasValue(1);

        clock.advance(Duration.ofMinutes(5));
        assertThat(passwords.matches("correct horse", stored)).isTrue();
        assertThat(slowChecks).hasValue(2);
    }

    @Test
    void wrongPasswordsAreHashedEveryTimeAndNeverRemembered() {
        VerifiedPasswords passwords = new VerifiedPasswords(counting, Duration.ofMinutes(5), clock);
        String stored = passwords.encode("correct horse");
        assertThat(passwords.matches("correct horse", stored)).isTrue();

        for (int i = 0; i < 3; i++) {
            assertThat(passwords.matches("correct hors", stored)).isFalse();
            assertThat(passwords.matches("correct horse ", stored)).isFalse();
        }
        assertThat(slowChecks).hasValue(7);
        assertThat(passwords.size()).isEqualTo(1);
    }

    @Test
    void aChangedPasswordIsCheckedAgainstItsNewHashAndTheOldOneNoLongerMatches() {
        VerifiedPasswords passwords = new VerifiedPasswords(counting, Duration.ofMinutes(5), clock);
        String old = passwords.encode("old secret");
        assertThat(passwords.matches("old secret", old)).isTrue();

        String changed = passwords.encode("new secret");

        assertThat(passwords.matches("old secret", changed)).isFalse();
        assertThat(passwords.matches("new secret", changed)).isTrue();
        assertThat(slowChecks).hasValue(3);
    }

    @Test
    void aTtlOfZeroChecksEveryTime() {
        VerifiedPasswords passwords = new VerifiedPasswords(counting, Duration.ZERO, clock);
        String stored = passwords.encode("secret");

        assertThat(passwords.matches("secret", stored)).isTrue();
        assertThat(passwords.matches("secret", stored)).isTrue();

        assertThat(slowChecks).hasValue(2);
        assertThat(passwords.size()).isZero();
    }

    @Test
    void theMemoryStaysBounded() {
        PasswordEncoder plain = new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return "{plain}" + rawPassword;
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                return encodedPassword.equals(encode(rawPassword));
            }
        };
        VerifiedPasswords passwords = new VerifiedPasswords(plain, Duration.ofMinutes(5), clock);

        for (int i = 0; i < VerifiedPasswords.MAX_ENTRIES + 10; i++) {
            assertThat(passwords.matches("p" + i, "{plain}p" + i)).isTrue();
        }

        assertThat(passwords.size()).isLessThanOrEqualTo(VerifiedPasswords.MAX_ENTRIES);
    }
}
