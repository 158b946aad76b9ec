package org.helpdesk.web.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.helpdesk.account.Role;
import org.helpdesk.account.UserAccounts;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * With {@code helpdesk.demo.enabled=true} (the embedded default), makes one demo user per role on the
 * first start, with a random password printed once to the console. No password is ever in the code.
 */
@Component
class DemoAccounts {

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("agent", "Demo Agent", Role.AGENT),
            new DemoUser("quality", "Demo Quality Manager", Role.QUALITY_MANAGER),
            new DemoUser("auditor", "Demo Auditor", Role.AUDITOR),
            new DemoUser("admin", "Demo Administrator", Role.ADMIN));
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final DemoProperties properties;
    private final SecureRandom random = new SecureRandom();

    DemoAccounts(UserAccounts accounts, PasswordEncoder encoder, DemoProperties properties) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
    }

    @EventListener
    @Order(100)
    void onReady(ApplicationReadyEvent event) {
        if (!properties.enabled()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (DemoUser user : USERS) {
            String password = newPassword();
            boolean created = accounts.createIfAbsent(
                    user.username(), user.name(), encoder.encode(password), Set.of(user.role()));
            if (!created && properties.resetPasswords()) {
                accounts.changePassword(user.username(), encoder.encode(password));
                created = true;
            }
            lines.add(String.format(
                    "  %-8s %-16s %s",
                    user.username(), user.role(), created ? password : "(unchanged; printed at first start)"));
        }
        print(event, lines);
    }

    private void print(ApplicationReadyEvent event, List<String> lines) {
        String url = "http://localhost:" + port(event) + "/";
        System.out.println();
        System.out.println("  Helpdesk is running at " + url);
        System.out.println("  Demo accounts (username, role, password):");
        lines.forEach(System.out::println);
        System.out.println("  Forgot them? Restart with --helpdesk.demo.reset-passwords=true");
        System.out.println();
    }

    private static int port(ApplicationReadyEvent event) {
        return event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort()
                : 8080;
    }

    private String newPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private record DemoUser(String username, String name, Role role) {}
}
