package org.helpdesk.web.it;

import java.util.Set;
import java.util.UUID;
import org.helpdesk.account.Role;
import org.helpdesk.account.UserAccounts;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The people our tests act as, each with one role; created once per test JVM with a random password. */
@TestComponent
public class Personas {

    public static final String PASSWORD = "pw-" + UUID.randomUUID();

    public static final String ANNA_AGENT = "anna.agent";
    public static final String OLGA_AUDITOR = "olga.auditor";
    public static final String QUENTIN_QUALITY = "quentin.quality";
    public static final String ADAM_ADMIN = "adam.admin";

    Personas(UserAccounts accounts, PasswordEncoder encoder) {
        String hash = encoder.encode(PASSWORD);
        accounts.createIfAbsent(ANNA_AGENT, "Anna Agent", hash, Set.of(Role.AGENT));
        accounts.createIfAbsent(OLGA_AUDITOR, "Olga Auditor", hash, Set.of(Role.AUDITOR));
        accounts.createIfAbsent(QUENTIN_QUALITY, "Quentin Quality", hash, Set.of(Role.QUALITY_MANAGER));
        accounts.createIfAbsent(ADAM_ADMIN, "Adam Admin", hash, Set.of(Role.ADMIN));
    }
}
