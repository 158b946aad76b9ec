package org.helpdesk.generate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The life of each generated ticket, written as the rows the desk would have written: who wrote in, about what, in
 * which language, when it was answered, resolved, closed, reopened or escalated, the conversation, the history, the
 * SLA columns and breaches, and the customer's survey answer. Older tickets are nearly all closed; the newest are
 * still being worked on, and of those the ones past a deadline are marked breached, as the SLA timer would have.
 * Tickets are told in order of creation, which lets a customer's ticket be a repeat of their previous one.
 */
final class TicketStory {

    static final String ACTOR = "system:generator";
    private static final String[] PRIORITIES = {"LOW", "NORMAL", "HIGH", "URGENT"};
    private static final String[] CHANNELS = {"EMAIL", "WEB", "PHONE", "CHAT", "SOCIAL", "IN_PERSON"};
    private static final String[] TYPES = {"COMPLAINT", "QUESTION", "REQUEST", "INCIDENT"};
    private static final Map<String, Duration> FIRST_RESPONSE_MEDIAN = Map.of(
            "URGENT", Duration.ofMinutes(15),
            "HIGH", Duration.ofMinutes(35),
            "NORMAL", Duration.ofMinutes(75),
            "LOW", Duration.ofMinutes(150));
    private static final Duration AUTO_CLOSE = Duration.ofDays(3);
    private static final Duration REPEAT_WINDOW = Duration.ofDays(7);

    private final GeneratorSettings settings;
    private final World world;
    private final Customers customers;
    private final @Nullable DatasetTexts dataset;
    private final Instant since;
    private final long span;
    private final UUID[] lastTicket;
    private final Instant[] lastCreated;
    private final int[] lastTopic;
    private final int[] recentCustomers;

    TicketStory(
            GeneratorSettings settings,
            World world,
            Customers customers,
            @Nullable DatasetTexts dataset,
            Instant since) {
        this.settings = settings;
        this.world = world;
        this.customers = customers;
        this.dataset = dataset;
        this.since = since;
        this.span = Duration.between(since, settings.now()).toSeconds();
        this.lastTicket = new UUID[customers.size()];
        this.lastCreated = new Instant[customers.size()];
        this.lastTopic = new int[customers.size()];
        long perWeek = settings.tickets() * 7L * 86_400 / Math.max(1, span);
        this.recentCustomers = new int[(int) Math.max(1, Math.min(settings.tickets(), perWeek))];
    }

    /** Writes ticket {@code g} (0-based) and what hangs off it. */
    void tell(long g, Streams out) {
        Draw draw = Draw.of(settings.seed(), "ticket", g);
        Instant now = settings.now();
        UUID id = draw.uuid();
        Instant created = createdAt(g, draw);
        // One in twelve tickets is the customer coming back about a recent ticket's matter.
        boolean comingBack = g > 0 && draw.chance(1 / 12.0);
        int customerIndex = comingBack
                ? recentCustomers[draw.between(0, (int) Math.min(g, recentCustomers.length) - 1)]
                : customers.pick(draw);
        recentCustomers[(int) (g % recentCustomers.length)] = customerIndex;
        Customers.Customer customer = customers.get(customerIndex);
        Texts.Language language = draw.chance(0.9)
                ? Texts.LANGUAGES.stream()
                        .filter(l -> l.code().equals(customer.language()))
                        .findFirst()
                        .orElseThrow()
                : draw.pick(Texts.LANGUAGES);
        String priority = PRIORITIES[draw.weighted(20, 55, 20, 5)];
        String channel = CHANNELS[draw.weighted(35, 25, 20, 12, 6, 2)];
        String type = TYPES[draw.weighted(35, 30, 25, 10)];
        int productIndex = draw.between(0, world.products().size() - 1);
        int categoryIndex = draw.between(0, world.categories().size() - 1);
        if (comingBack && lastTicket[customerIndex] != null) {
            productIndex = lastTopic[customerIndex] / 100;
            categoryIndex = lastTopic[customerIndex] % 100;
        }
        Product product = Texts.PRODUCTS.get(productIndex % Texts.PRODUCTS.size());
        long order = 100_000 + (g * 7919) % 900_000;
        int days = draw.between(2, 9);

        String subject = product.fill(draw.pick(language.subjects()), order, days);
        String description = description(draw, language, type, product, order, days);
        String ticketLanguage = language.code();
        if (dataset != null && g % 3 == 0) {
            DatasetTexts.Row row = dataset.get(g / 3);
            description = row.text();
            ticketLanguage = row.language();
        }

        // Answered, resolved, reopened: the older the ticket, the likelier it is done.
        double ageHours = Duration.between(created, now).toMinutes() / 60.0;
        Instant firstResponse = created.plus(draw.logNormal(FIRST_RESPONSE_MEDIAN.get(priority), 0.9));
        if (firstResponse.isAfter(now)) {
            firstResponse = null;
        }
        boolean stillOpen = draw.chance(0.03 + 0.9 * Math.exp(-ageHours / 36));
        Instant resolved = null;
        if (firstResponse != null && !stillOpen) {
            Instant candidate = firstResponse.plus(draw.logNormal(Duration.ofHours(5), 1.1));
            resolved = candidate.isAfter(now) ? null : candidate;
        }
        int reopens = resolved == null ? 0 : draw.chance(0.07) ? (draw.chance(0.15) ? 2 : 1) : 0;
        Instant closed = resolved != null && resolved.plus(AUTO_CLOSE).isBefore(now) ? resolved.plus(AUTO_CLOSE) : null;
        String status;
        String pendingReason = null;
        if (closed != null) {
            status = "CLOSED";
        } else if (resolved != null) {
            status = "RESOLVED";
        } else if (firstResponse == null) {
            status = "NEW";
        } else if (draw.chance(0.3)) {
            status = "PENDING";
            pendingReason = draw.chance(0.8) ? "WAITING_ON_CUSTOMER" : "WAITING_ON_THIRD_PARTY";
        } else {
            status = "OPEN";
        }
        boolean active = resolved == null;

        // Team and assignee: the category's team; a sixth of the active tickets still wait for someone.
        int teamIndex = world.teamOf(categoryIndex);
        World.Agent agent = active && draw.chance(1 / 6.0)
                ? null
                : draw.pick(world.agentsByTeam().get(teamIndex));

        // The conversation: the agent's first answer, then a few rounds, sometimes an internal note.
        Instant end = resolved != null ? resolved : now;
        List<Instant> times = new ArrayList<>();
        int agentReplies = 0;
        if (firstResponse != null) {
            String author = agent == null ? "gen.agent01" : agent.username();
            message(
                    out,
                    draw,
                    id,
                    "PUBLIC",
                    "AGENT",
                    author,
                    reply(draw, language, product, order, days),
                    firstResponse);
            agentReplies++;
            int rounds = draw.weighted(45, 30, 15, 10) + reopens;
            for (int r = 0; r < rounds; r++) {
                Instant asked = between(draw, firstResponse, end);
                Instant answered = between(draw, asked, end);
                message(
                        out,
                        draw,
                        id,
                        "PUBLIC",
                        "CUSTOMER",
                        customer.id().toString(),
                        product.fill(draw.pick(language.customerFollowUps()), order, days),
                        asked);
                message(
                        out,
                        draw,
                        id,
                        "PUBLIC",
                        "AGENT",
                        author,
                        reply(draw, language, product, order, days),
                        answered);
                agentReplies++;
                times.add(answered);
            }
            if (draw.chance(0.15)) {
                message(
                        out,
                        draw,
                        id,
                        "INTERNAL",
                        "AGENT",
                        author,
                        draw.pick(language.notes()),
                        between(draw, firstResponse, end));
            }
        }

        // SLA: deadlines from the priority's policy; breaches as the timer marks them.
        World.Policy policy = world.policies().get(priority);
        Instant firstDue = policy == null ? null : created.plus(Duration.ofMinutes(policy.firstResponseMinutes()));
        Instant resolutionDue = policy == null ? null : created.plus(Duration.ofMinutes(policy.resolutionMinutes()));
        boolean firstBreached =
                firstDue != null && (firstResponse != null ? firstResponse.isAfter(firstDue) : now.isAfter(firstDue));
        boolean pending = "PENDING".equals(status);
        boolean resolutionBreached = resolutionDue != null
                && (resolved != null ? resolved.isAfter(resolutionDue) : !pending && now.isAfter(resolutionDue));
        Instant slaDue = null;
        if (active && !pending && policy != null) {
            slaDue = firstResponse == null && !firstBreached ? firstDue : resolutionBreached ? null : resolutionDue;
        }
        Instant pausedSince = pending ? between(draw, firstResponse, now) : null;
        long pendingSeconds = 0;
        if (pausedSince != null) {
            out.pauses().row(id, "PENDING", pendingReason, pausedSince, null);
        } else if (resolved != null && draw.chance(0.2)) {
            Instant pauseStart = between(draw, firstResponse, resolved);
            Instant pauseEnd = between(draw, pauseStart, resolved);
            pendingSeconds = Duration.between(pauseStart, pauseEnd).toSeconds();
            out.pauses().row(id, "PENDING", "WAITING_ON_CUSTOMER", pauseStart, pauseEnd);
        }

        boolean escalated = draw.chance("COMPLAINT".equals(type) ? 0.08 : 0.02);
        Instant escalatedAt = escalated ? between(draw, created, end) : null;
        if (escalatedAt != null) {
            out.escalations()
                    .row(
                            id,
                            "MANAGEMENT",
                            product.fill(draw.pick(language.notes()), order, days),
                            agent == null ? ACTOR : agent.username(),
                            escalatedAt);
        }

        // History: created, each status change the columns above imply.
        int version = 1;
        out.events().row(id, "CREATED", ACTOR, created, json("subject", subject), version);
        if (firstResponse != null) {
            version++;
            out.events().row(id, "STATUS_CHANGED", ACTOR, firstResponse, change("NEW", "OPEN"), version);
        }
        for (int r = 0; r < reopens; r++) {
            version++;
            out.events()
                    .row(
                            id,
                            "STATUS_CHANGED",
                            ACTOR,
                            between(draw, firstResponse, resolved),
                            change("OPEN", "RESOLVED"),
                            version);
            version++;
            out.events()
                    .row(
                            id,
                            "REOPENED",
                            ACTOR,
                            between(draw, firstResponse, resolved),
                            change("RESOLVED", "OPEN"),
                            version);
        }
        if (pending) {
            version++;
            out.events().row(id, "STATUS_CHANGED", ACTOR, pausedSince, change("OPEN", "PENDING"), version);
        }
        if (resolved != null) {
            version++;
            out.events().row(id, "STATUS_CHANGED", ACTOR, resolved, change("OPEN", "RESOLVED"), version);
        }
        if (closed != null) {
            version++;
            out.events().row(id, "STATUS_CHANGED", "system:auto-close", closed, change("RESOLVED", "CLOSED"), version);
        }
        Instant updated = closed != null
                ? closed
                : resolved != null
                        ? resolved
                        : latest(
                                created,
                                firstResponse,
                                pausedSince,
                                times.isEmpty() ? null : times.get(times.size() - 1));

        // A repeat contact: the same customer about the same topic within a week.
        int topic = productIndex * 100 + categoryIndex;
        UUID repeatOf = lastTicket[customerIndex] != null
                        && lastTopic[customerIndex] == topic
                        && Duration.between(lastCreated[customerIndex], created).compareTo(REPEAT_WINDOW) <= 0
                        && lastCreated[customerIndex].isBefore(created)
                ? lastTicket[customerIndex]
                : null;
        lastTicket[customerIndex] = id;
        lastCreated[customerIndex] = created;
        lastTopic[customerIndex] = topic;

        boolean queued = "PHONE".equals(channel) || "CHAT".equals(channel);
        Instant pickedUp =
                queued && firstResponse != null ? created.plus(draw.logNormal(Duration.ofMinutes(2), 0.8)) : null;
        if (pickedUp != null && pickedUp.isAfter(now)) {
            pickedUp = null;
        }
        out.tickets()
                .row(
                        id,
                        subject,
                        description,
                        customer.id(),
                        priority,
                        status,
                        ACTOR,
                        created,
                        updated,
                        agent == null ? ACTOR : agent.username(),
                        version,
                        channel,
                        type,
                        world.categories().get(categoryIndex),
                        world.products().get(productIndex),
                        world.teams().get(teamIndex),
                        agent == null ? null : agent.id(),
                        ticketLanguage,
                        customer.frequent() && draw.chance(0.3) ? "{vip}" : "{}",
                        pendingReason,
                        policy == null ? null : policy.id(),
                        firstDue,
                        resolutionDue,
                        slaDue,
                        firstBreached,
                        resolutionBreached,
                        pausedSince,
                        pendingSeconds,
                        firstResponse,
                        resolved,
                        closed,
                        reopens,
                        agentReplies,
                        escalated,
                        escalatedAt,
                        repeatOf,
                        queued ? created : null,
                        pickedUp);
        out.outbox().row("ticket", id, now, now);

        if (resolved != null && draw.chance(0.3)) {
            survey(
                    draw,
                    out,
                    id,
                    customer,
                    language,
                    world.products().get(productIndex),
                    agent,
                    resolved,
                    firstBreached || resolutionBreached || reopens > 0,
                    product,
                    order,
                    days,
                    g);
        }
    }

    /** Creation times spread evenly over the months, more of them in office hours. */
    private Instant createdAt(long g, Draw draw) {
        long base = (long) ((g + draw.unit()) / settings.tickets() * span);
        long day = base / 86_400;
        int hour = draw.weighted(1, 1, 1, 1, 1, 2, 3, 5, 8, 10, 10, 10, 9, 10, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        Instant at = since.plusSeconds(day * 86_400 + hour * 3600L + draw.between(0, 3599));
        return at.isAfter(settings.now()) ? settings.now().minusSeconds(draw.between(60, 3600)) : at;
    }

    private static String description(
            Draw draw, Texts.Language language, String type, Product product, long order, int days) {
        StringBuilder text =
                new StringBuilder(product.fill(draw.pick(language.openings().get(type)), order, days));
        if (draw.chance(0.6)) {
            text.append(' ').append(product.fill(draw.pick(language.details()), order, days));
        }
        if (draw.chance(0.7)) {
            text.append(' ').append(draw.pick(language.closings()));
        }
        return text.toString();
    }

    private static String reply(Draw draw, Texts.Language language, Product product, long order, int days) {
        return product.fill(draw.pick(language.agentReplies()), order, days);
    }

    private void message(
            Streams out,
            Draw draw,
            UUID ticket,
            String visibility,
            String authorType,
            String author,
            String body,
            Instant at) {
        out.messages().row(draw.uuid(), ticket, visibility, authorType, author, body, at);
    }

    /** The customer's answer to the survey sent on resolution; lower scores after a breach or a reopening. */
    private void survey(
            Draw draw,
            Streams out,
            UUID ticket,
            Customers.Customer customer,
            Texts.Language language,
            UUID product,
            World.@Nullable Agent agent,
            Instant resolved,
            boolean troubled,
            Product named,
            long order,
            int days,
            long g) {
        String kind = new String[] {"CSAT", "NPS", "CES"}[draw.weighted(60, 25, 15)];
        double mood = Math.min(1, Math.max(0, draw.unit() * 0.8 + (troubled ? 0 : 0.3)));
        int score = switch (kind) {
            case "CSAT" -> 1 + (int) Math.round(mood * 4);
            case "NPS" -> (int) Math.round(mood * 10);
            default -> 1 + (int) Math.round(mood * 6);
        };
        String comment = null;
        String commentLanguage = language.code();
        if (draw.chance(0.6)) {
            List<String> texts =
                    mood > 0.65 ? language.praise() : mood > 0.4 ? language.neutral() : language.criticism();
            comment = named.fill(draw.pick(texts), order, days);
            if (dataset != null && g % 3 == 0) {
                DatasetTexts.Row row = dataset.get(g / 3 + 1);
                comment = row.text();
                commentLanguage = row.language();
            }
        }
        UUID invitation = draw.uuid();
        Instant answered = resolved.plus(draw.logNormal(Duration.ofHours(5), 1.0));
        if (answered.isAfter(settings.now())) {
            answered = settings.now();
        }
        out.invitations()
                .row(
                        invitation,
                        ticket,
                        customer.id(),
                        kind,
                        hex(draw.uuid(), invitation),
                        language.code(),
                        resolved,
                        resolved.plus(Duration.ofDays(14)),
                        answered);
        out.feedback()
                .row(
                        draw.uuid(),
                        "SURVEY",
                        kind,
                        score,
                        comment,
                        comment == null ? null : commentLanguage,
                        product,
                        ticket,
                        customer.id(),
                        agent == null ? null : agent.username(),
                        answered,
                        hex(invitation, ticket),
                        invitation);
    }

    private static Instant between(Draw draw, @Nullable Instant from, @Nullable Instant to) {
        if (from == null || to == null || !to.isAfter(from)) {
            return from != null ? from : to == null ? Instant.EPOCH : to;
        }
        long seconds = Duration.between(from, to).toSeconds();
        return from.plusSeconds((long) (draw.unit() * seconds));
    }

    private static Instant latest(Instant first, @Nullable Instant... others) {
        Instant latest = first;
        for (Instant other : others) {
            if (other != null && other.isAfter(latest)) {
                latest = other;
            }
        }
        return latest;
    }

    private static String hex(UUID a, UUID b) {
        return (a.toString() + b.toString()).replace("-", "");
    }

    private static String change(String from, String to) {
        return "{\"field\": \"status\", \"old\": \"" + from + "\", \"new\": \"" + to + "\"}";
    }

    private static String json(String key, String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return "{\"" + key + "\": \"" + escaped + "\"}";
    }
}
