package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.channel.StatusLinks;
import org.helpdesk.feedback.Surveys;
import org.helpdesk.team.Teams;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.Tickets;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Values for the path variables of the app's request mappings ({@code {reference}}, {@code {id}}, ...): real objects
 * made for a test, or objects that do not exist. Shared by {@link RoleMatrixIT} and {@link BadInputSweepIT}.
 */
final class PathVariables {

    static final String NOTHING_ID = "00000000-0000-4000-8000-00000000abcd";
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]*)[^}]*}");

    private PathVariables() {}

    /** Real objects for path variables: a ticket with its customer, status link and survey, a team, an agent. */
    record Fixtures(
            String reference, String signature, String surveyToken, String customerId, String teamId, String agentId) {

        /** Makes them: a ticket opened by Anna through the API (on {@code port}), a survey invitation, a team. */
        static Fixtures create(
                int port,
                String label,
                Tickets tickets,
                StatusLinks statusLinks,
                Surveys surveys,
                Teams teams,
                UserAccounts accounts,
                JdbcClient jdbc) {
            Api.Reply created = Api.as(port, Personas.ANNA_AGENT)
                    .postJson(
                            "/api/v1/tickets",
                            Map.of(
                                    "subject",
                                    label + " kettle",
                                    "description",
                                    "Broken",
                                    "customerEmail",
                                    label.toLowerCase(Locale.ROOT).replace(' ', '-') + "@example.org"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            Ticket ticket = tickets.get(created.json().get("reference").asString());
            String teamId =
                    teams.create(label + " " + UUID.randomUUID(), null).id().toString();
            return forTicket(ticket, teamId, statusLinks, surveys, accounts, jdbc);
        }

        /** For an existing ticket and team: the ticket's status link and a fresh survey invitation, Anna as agent. */
        static Fixtures forTicket(
                Ticket ticket,
                String teamId,
                StatusLinks statusLinks,
                Surveys surveys,
                UserAccounts accounts,
                JdbcClient jdbc) {
            String statusPath = statusLinks.path(ticket);
            String surveyPath = surveys.invite(ticket, "en").get(0).url().getPath();
            String customerId = jdbc.sql("select customer_id::text from ticket where id = ?")
                    .param(ticket.id().value())
                    .query(String.class)
                    .single();
            String agentId = accounts.findByUsername(Personas.ANNA_AGENT)
                    .orElseThrow()
                    .id()
                    .toString();
            return new Fixtures(
                    ticket.reference(),
                    statusPath.substring(statusPath.lastIndexOf('/') + 1),
                    surveyPath.substring(surveyPath.lastIndexOf('/') + 1),
                    customerId,
                    teamId,
                    agentId);
        }
    }

    /** The pattern with its variables filled in: real objects, or with {@code null} objects that do not exist. */
    static String fillIn(String pattern, @Nullable Fixtures fixtures) {
        return fillIn(pattern, name -> fixtures == null ? nothing(name) : real(pattern, name, fixtures));
    }

    /** The pattern with each variable replaced by what {@code value} gives for its name (inserted as it is). */
    static String fillIn(String pattern, Function<String, String> value) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(path, Matcher.quoteReplacement(value.apply(variable.group(1))));
        }
        return variable.appendTail(path).toString();
    }

    /** The names of the pattern's variables, in order. */
    static java.util.List<String> names(String pattern) {
        return VARIABLE.matcher(pattern).results().map(m -> m.group(1)).toList();
    }

    static String real(String pattern, String name, Fixtures f) {
        return switch (name) {
            case "reference" -> f.reference();
            case "signature" -> f.signature();
            case "token" -> f.surveyToken();
            case "customerId" -> f.customerId();
            case "userId" -> f.agentId();
            case "kind" -> pattern.startsWith("/admin/catalog") ? "categories" : "received";
            case "lang" -> "en";
            case "kpi" -> "created-tickets";
            case "format" -> "csv";
            case "day" -> "2025-12-25";
            case "id" -> realId(pattern, f);
            default -> nothing(name);
        };
    }

    private static String realId(String pattern, Fixtures f) {
        if (pattern.contains("/customers/")) {
            return f.customerId();
        }
        if (pattern.contains("/teams/")) {
            return f.teamId();
        }
        return NOTHING_ID;
    }

    static String nothing(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "reference" -> "HD-999999999";
            case "signature" -> "AAAAAAAAAAAAAAAAAAAAAA";
            case "token" -> "A".repeat(43);
            case "kind" -> "nothing";
            case "lang" -> "xx";
            case "kpi" -> "no-such-kpi";
            case "format" -> "none";
            case "day" -> "1999-01-01";
            default -> NOTHING_ID;
        };
    }
}
