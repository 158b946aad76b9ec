package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.helpdesk.account.Role;
import org.helpdesk.account.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Brute-force protection: five wrong passwords lock a local account, with a back-off that grows. */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class SignInLockoutIT {

    private static final String PASSWORD = "right-" + UUID.randomUUID();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    String username;

    @BeforeEach
    void anAccountOfItsOwn() {
        username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createIfAbsent(username, "Locked Out", encoder.encode(PASSWORD), Set.of(Role.AGENT));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(status("wrong-" + i)).isEqualTo(401);
        }
        Instant lockedUntil = lockedUntil();
        assertThat(lockedUntil)
                .isBetween(Instant.now().plusSeconds(30), Instant.now().plusSeconds(65));

        assertThat(status(PASSWORD)).as("the right password while locked").isEqualTo(401);
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
        assertThat(failures()).as("attempts while locked are not counted again").isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from audit_log where actor = ? and action = 'SIGN_IN_FAILED'")
                        .param(username)
                        .query(Long.class)
                        .single())
                .as("every refusal is in the audit trail")
                .isGreaterThanOrEqualTo(7);
    }

    @Test
    void theLockEndsAndTheBackOffDoublesWithEachFurtherFailure() throws Exception {
        for (int i = 0; i < 5; i++) {
            status("wrong");
        }
        expireLock();
        assertThat(status("wrong again")).isEqualTo(401);
        assertThat(Duration.between(Instant.now(), lockedUntil()))
                .as("the sixth failure locks for two minutes")
                .isBetween(Duration.ofSeconds(90), Duration.ofSeconds(125));

        expireLock();
        assertThat(status(PASSWORD)).isEqualTo(200);
        assertThat(failures()).as("a successful sign-in starts the count again").isZero();
        assertThat(jdbc.sql("select locked_until from user_account where username = ?")
                        .param(username)
                        .query(Timestamp.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void fewerThanFiveFailuresThenASuccessDoNotLock() throws Exception {
        for (int i = 0; i < 4; i++) {
            status("wrong");
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/tickets"));
        assertThat(failures()).isZero();
        for (int i = 0; i < 4; i++) {
            status("wrong");
        }
        assertThat(status(PASSWORD)).isEqualTo(200);
    }

    private int status(String password) {
        return new Api(port, username, password).get("/api/v1/tickets?size=1").status();
    }

    private Instant lockedUntil() {
        return jdbc.sql("select locked_until from user_account where username = ?")
                .param(username)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    private int failures() {
        return jdbc.sql("select failed_sign_ins from user_account where username = ?")
                .param(username)
                .query(Integer.class)
                .single();
    }

    private void expireLock() {
        jdbc.sql("update user_account set locked_until = now() - interval '1 second' where username = ?")
                .param(username)
                .update();
    }
}
