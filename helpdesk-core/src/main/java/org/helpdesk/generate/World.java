package org.helpdesk.generate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lists every ticket draws from: teams with five agents each, products, categories and the default SLA policy
 * of each priority. Teams, products, categories and agents that exist by name are reused.
 */
record World(
        List<UUID> teams,
        List<List<Agent>> agentsByTeam,
        List<UUID> products,
        List<UUID> categories,
        Map<String, Policy> policies) {

    static final int AGENTS_PER_TEAM = 5;

    record Agent(UUID id, String username) {}

    record Policy(UUID id, int firstResponseMinutes, int resolutionMinutes) {}

    /** The team that handles a category: categories are spread over the teams in order. */
    int teamOf(int category) {
        return category % teams.size();
    }

    static World create(JdbcClient jdbc, long seed, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<UUID> teams = named(jdbc, "team", Texts.TEAMS, seed, at);
        List<String> products = Texts.PRODUCTS.stream()
                .map(p -> p.en().substring(0, 1).toUpperCase(Locale.ROOT) + p.en().substring(1))
                .toList();
        List<UUID> productIds = named(jdbc, "product", products, seed, at);
        List<UUID> categories = named(jdbc, "category", Texts.CATEGORIES, seed, at);
        List<List<Agent>> agents = new ArrayList<>();
        for (int t = 0; t < teams.size(); t++) {
            List<Agent> ofTeam = new ArrayList<>();
            for (int a = 0; a < AGENTS_PER_TEAM; a++) {
                int number = t * AGENTS_PER_TEAM + a + 1;
                ofTeam.add(agent(jdbc, seed, number, at));
            }
            for (Agent agent : ofTeam) {
                jdbc.sql("insert into team_member (team_id, user_id, added_at) values (?, ?, ?) on conflict do nothing")
                        .params(teams.get(t), agent.id(), at)
                        .update();
            }
            agents.add(List.copyOf(ofTeam));
        }
        Map<String, Policy> policies = new HashMap<>();
        jdbc.sql("""
                        select priority, id, first_response_minutes, resolution_minutes from sla_policy
                         where active and category_id is null""").query(rs -> {
            policies.put(
                    rs.getString("priority"),
                    new Policy(
                            rs.getObject("id", UUID.class),
                            rs.getInt("first_response_minutes"),
                            rs.getInt("resolution_minutes")));
        });
        return new World(teams, List.copyOf(agents), productIds, categories, Map.copyOf(policies));
    }

    /** Rows of a table with a unique name: created where missing, the ids in the order of {@code names}. */
    private static List<UUID> named(JdbcClient jdbc, String table, List<String> names, long seed, Timestamp at) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            jdbc.sql("insert into " + table + " (id, name, created_at) values (?, ?, ?) on conflict do nothing")
                    .params(Draw.of(seed, table, i).uuid(), name, at)
                    .update();
            ids.add(jdbc.sql("select id from " + table + " where lower(name) = lower(?)")
                    .param(name)
                    .query(UUID.class)
                    .single());
        }
        return List.copyOf(ids);
    }

    private static Agent agent(JdbcClient jdbc, long seed, int number, Timestamp at) {
        String username = "gen.agent%02d".formatted(number);
        Draw draw = Draw.of(seed, "agent", number);
        String language = Texts.LANGUAGES.get(number % Texts.LANGUAGES.size()).code();
        String name = draw.pick(Texts.FIRST_NAMES.get(language)) + " " + draw.pick(Texts.LAST_NAMES.get(language));
        jdbc.sql("""
                        insert into user_account (id, username, display_name, roles, created_at)
                        values (?, ?, ?, 'AGENT', ?) on conflict do nothing""").params(draw.uuid(), username, name, at).update();
        UUID id = jdbc.sql("select id from user_account where lower(username) = lower(?)")
                .param(username)
                .query(UUID.class)
                .single();
        return new Agent(id, username);
    }
}
