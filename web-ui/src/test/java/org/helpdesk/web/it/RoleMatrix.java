package org.helpdesk.web.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.helpdesk.account.Role;
import org.jspecify.annotations.Nullable;

/**
 * The written role matrix ({@code role-matrix.txt} in the test resources): for every endpoint, which roles (and
 * whether someone not signed in) may use it. {@link RoleMatrixIT} holds the running app to it.
 */
final class RoleMatrix {

    static final String RESOURCE = "/role-matrix.txt";

    /** Who may call: the four roles, and someone who has not signed in. */
    enum Caller {
        AGENT(Personas.ANNA_AGENT, Role.AGENT),
        QUALITY_MANAGER(Personas.QUENTIN_QUALITY, Role.QUALITY_MANAGER),
        AUDITOR(Personas.OLGA_AUDITOR, Role.AUDITOR),
        ADMIN(Personas.ADAM_ADMIN, Role.ADMIN),
        ANONYMOUS(null, null);

        final @Nullable String username;
        final @Nullable Role role;

        Caller(@Nullable String username, @Nullable Role role) {
            this.username = username;
            this.role = role;
        }
    }

    /**
     * One line of the matrix. {@code acts}: the endpoint acts on the whole installation with no object to name (a
     * rebuild, a training run, taking the next ticket), so the allowed callers are not probed; the refused ones are.
     */
    record Rule(String method, String pattern, Set<Caller> allowed, boolean acts) {

        String endpoint() {
            return method + " " + pattern;
        }
    }

    private final Map<String, Rule> rules;

    private RoleMatrix(Map<String, Rule> rules) {
        this.rules = rules;
    }

    static RoleMatrix load() {
        try (InputStream in = RoleMatrix.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines: {@code METHOD /pattern agent quality auditor admin anonymous [acts]}, each flag {@code +} or {@code -}. */
    static RoleMatrix parse(List<String> lines) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        Caller[] columns = Caller.values();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s+");
            if (cells.length < 2 + columns.length || cells.length > 3 + columns.length) {
                throw new IllegalArgumentException("role-matrix.txt line " + (n + 1) + ": expected method, pattern, "
                        + columns.length + " flags and an optional 'acts': " + line);
            }
            Set<Caller> allowed = EnumSet.noneOf(Caller.class);
            for (int c = 0; c < columns.length; c++) {
                String flag = cells[2 + c];
                if (!flag.equals("+") && !flag.equals("-")) {
                    throw new IllegalArgumentException("role-matrix.txt line " + (n + 1) + ": flag '" + flag + "' for "
                            + columns[c] + " is neither + nor -");
                }
                if (flag.equals("+")) {
                    allowed.add(columns[c]);
                }
            }
            boolean acts = cells.length == 3 + columns.length;
            if (acts && !cells[2 + columns.length].equals("acts")) {
                throw new IllegalArgumentException("role-matrix.txt line " + (n + 1) + ": unknown note " + line);
            }
            Rule rule = new Rule(cells[0], cells[1], allowed, acts);
            if (rules.put(rule.endpoint(), rule) != null) {
                throw new IllegalArgumentException(
                        "role-matrix.txt line " + (n + 1) + ": " + rule.endpoint() + " appears twice");
            }
        }
        return new RoleMatrix(rules);
    }

    Optional<Rule> ruleFor(String method, String pattern) {
        return Optional.ofNullable(rules.get(method + " " + pattern));
    }

    /** Rules naming an endpoint the app no longer has: a stale matrix is as misleading as a missing rule. */
    List<String> unused(Set<String> mappedEndpoints) {
        List<String> unused = new ArrayList<>(rules.keySet());
        unused.removeAll(mappedEndpoints);
        return unused;
    }
}
