package org.helpdesk.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.helpdesk.catalog.CatalogEntry;
import org.helpdesk.ticket.AssignmentChange;
import org.helpdesk.ticket.MessageDraft;
import org.helpdesk.ticket.StatusChange;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketDraft;
import org.helpdesk.ticket.Tickets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the story of each demo ticket through the ticket desk, at the moments it happens: opened, taken,
 * answered (sometimes late), waiting on the customer, escalated, resolved, reopened, closed, merged. Stories
 * that would run past today stop where today is, so the queues have open, waiting and overdue tickets.
 */
final class DemoStories {

    private static final Logger log = LoggerFactory.getLogger(DemoStories.class);
    private static final String[] PRIORITIES = {"LOW", "NORMAL", "NORMAL", "NORMAL", "NORMAL", "HIGH", "HIGH", "URGENT"
    };
    private static final String[] CHANNELS = {
        "EMAIL", "EMAIL", "EMAIL", "EMAIL", "PHONE", "PHONE", "PHONE", "WEB", "WEB", "CHAT", "SOCIAL", "IN_PERSON"
    };

    private final Tickets tickets;
    private final DemoWorld world;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Random random;
    private final List<DemoCustomer> customers = new ArrayList<>();
    private final List<Recent> recent = new ArrayList<>();

    DemoStories(Tickets tickets, DemoWorld world, TransactionTemplate transactions, Clock clock, long seed) {
        this.tickets = tickets;
        this.world = world;
        this.transactions = transactions;
        this.clock = clock;
        this.random = new Random(seed);
    }

    void tell(int count, int months) {
        Instant now = clock.instant();
        List<Instant> openings = openings(count, now.minus(Duration.ofDays(30L * months)), now);
        makeCustomers(Math.max(50, count / 3));
        for (int i = 0; i < openings.size(); i++) {
            Plan plan = plan(openings.get(i));
            transactions.executeWithoutResult(status -> play(plan, now));
            if ((i + 1) % 200 == 0) {
                log.info("Demo data: {} of {} tickets", i + 1, count);
            }
        }
    }

    /** Opening times spread over the period: more on weekdays and in the daytime, as real contacts come in. */
    private List<Instant> openings(int count, Instant from, Instant to) {
        List<Instant> times = new ArrayList<>();
        long span = Duration.between(from, to).toSeconds();
        while (times.size() < count) {
            ZonedDateTime at =
                    from.plusSeconds((long) (random.nextDouble() * span)).atZone(ZoneOffset.UTC);
            boolean weekend = at.getDayOfWeek() == DayOfWeek.SATURDAY || at.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean night = at.getHour() < 6 || at.getHour() >= 20;
            double keep = (weekend ? 0.35 : 1.0) * (night ? 0.15 : 1.0);
            if (random.nextDouble() < keep) {
                times.add(at.toInstant());
            }
        }
        times.sort(null);
        return times;
    }

    private void makeCustomers(int count) {
        for (int i = 0; i < count; i++) {
            double pick = random.nextDouble();
            DemoTexts.Language language = pick < 0.4 ? DemoTexts.RU : pick < 0.75 ? DemoTexts.BG : DemoTexts.EN;
            String[] name = pick(language.names()).split("\\|");
            String phone = switch (language.code()) {
                case "ru" -> "+7 9" + digits(2) + " " + digits(3) + "-" + digits(2) + "-" + digits(2);
                case "bg" -> "+359 88 " + digits(3) + " " + digits(4);
                default -> "+44 7" + digits(3) + " " + digits(6);
            };
            customers.add(
                    new DemoCustomer(name[1] + "." + (i + 1) + "@" + language.domain(), name[0], phone, language));
        }
    }

    private Plan plan(Instant openedAt) {
        Recent repeat = random.nextDouble() < 0.12 ? recentWithin(openedAt, Duration.ofDays(6)) : null;
        DemoCustomer customer = repeat != null ? repeat.customer() : pick(customers);
        String category = repeat != null ? repeat.category() : pick(DemoTexts.CATEGORIES);
        // A customer coming back is about the same thing: the same category and product.
        String product = repeat != null ? repeat.product() : pick(DemoTexts.PRODUCTS);
        String team = DemoTexts.teamFor(category);
        Plan plan = new Plan(
                openedAt,
                customer,
                category,
                product,
                pick(customer.language().stories().get(category)),
                PRIORITIES[random.nextInt(PRIORITIES.length)],
                CHANNELS[random.nextInt(CHANNELS.length)],
                type(category),
                team,
                pick(world.staffByTeam().get(team)),
                "A-" + (100_000 + random.nextInt(900_000)),
                random.nextDouble());
        recent.add(new Recent(openedAt, customer, category, product));
        return plan;
    }

    private Recent recentWithin(Instant at, Duration window) {
        List<Recent> candidates =
                recent.stream().filter(r -> r.at().isAfter(at.minus(window))).toList();
        return candidates.isEmpty() ? null : pick(candidates);
    }

    private String type(String category) {
        return switch (category) {
            case "Product question" -> "QUESTION";
            case "Website and app" -> random.nextBoolean() ? "INCIDENT" : "COMPLAINT";
            case "Refund" -> random.nextDouble() < 0.4 ? "REQUEST" : "COMPLAINT";
            default -> random.nextDouble() < 0.85 ? "COMPLAINT" : "REQUEST";
        };
    }

    /** One ticket's life. Each step happens a while after the last; a step that would be in the future is not told. */
    private void play(Plan p, Instant now) {
        SimulatedClock at = new SimulatedClock(p.openedAt());
        Tickets desk = tickets.actingAt(at);
        DemoTexts.Language lang = p.customer().language();
        boolean byAgent = p.channel().equals("PHONE") || p.channel().equals("IN_PERSON");
        Ticket ticket = desk.open(
                draft(p), byAgent ? p.agent() : "system:" + p.channel().toLowerCase());
        String ref = ticket.reference();
        Step step = new Step(at, now, p.openedAt());
        if (!step.after(minutes(5, 240))) {
            return;
        }
        desk.assign(ref, new AssignmentChange(desk.get(ref).version(), null, p.agent()), p.agent());
        if (p.dice() < 0.01 && duplicate(p, desk, step, ref)) {
            return;
        }
        if (!step.after(firstResponseDelay())) {
            return;
        }
        desk.post(ref, reply(pick(lang.replies())), List.of(), p.agent());
        if (random.nextDouble() < 0.25 && step.after(minutes(5, 60))) {
            desk.post(ref, new MessageDraft(pick(lang.notes()), "INTERNAL", "AGENT"), List.of(), p.agent());
        }
        if (shouldEscalate(p) && step.after(minutes(30, 600))) {
            desk.escalate(ref, pick(lang.escalations()), p.agent());
        }
        if (p.dice() >= 0.45 && !waitOnCustomer(p, desk, step, ref)) {
            return;
        }
        if (!step.after(minutes(10, p.dice() < 0.45 ? 60 : 2880))) {
            return;
        }
        status(desk, ref, "RESOLVED", null, p.agent());
        if (random.nextDouble() < 0.08 && !reopen(p, desk, step, ref)) {
            return;
        }
        if (step.after(Duration.ofDays(3))) {
            status(desk, ref, "CLOSED", null, "system:auto-close");
        }
    }

    /** The customer is asked for details, answers after a while, and gets a second answer. */
    private boolean waitOnCustomer(Plan p, Tickets desk, Step step, String ref) {
        DemoTexts.Language lang = p.customer().language();
        if (random.nextDouble() < 0.5) {
            if (!step.after(minutes(5, 30))) {
                return false;
            }
            status(desk, ref, "PENDING", "WAITING_ON_CUSTOMER", p.agent());
            if (!step.after(minutes(60, 2880))) {
                return false;
            }
            desk.post(ref, customerSays(pick(lang.followUps())), List.of(), p.agent());
        }
        if (!step.after(minutes(30, 1440))) {
            return false;
        }
        desk.post(ref, reply(pick(lang.replies())), List.of(), p.agent());
        return true;
    }

    /** The customer comes back after the resolution: the ticket reopens and is resolved again. */
    private boolean reopen(Plan p, Tickets desk, Step step, String ref) {
        DemoTexts.Language lang = p.customer().language();
        if (!step.after(minutes(120, 2880))) {
            return false;
        }
        desk.post(ref, customerSays(lang.followUps().get(0)), List.of(), p.agent());
        if (!step.after(minutes(30, 600))) {
            return false;
        }
        desk.post(ref, reply(pick(lang.replies())), List.of(), p.agent());
        if (!step.after(minutes(30, 1440))) {
            return false;
        }
        status(desk, ref, "RESOLVED", null, p.agent());
        return true;
    }

    /** The customer wrote twice about the same thing; the agent merges the second ticket into the first. */
    private boolean duplicate(Plan p, Tickets desk, Step step, String ref) {
        if (!step.after(minutes(10, 60))) {
            return true;
        }
        Ticket second = desk.open(draft(p), "system:" + p.channel().toLowerCase());
        if (!step.after(minutes(5, 30))) {
            return true;
        }
        desk.merge(second.reference(), ref, p.agent());
        return false;
    }

    private boolean shouldEscalate(Plan p) {
        double chance = p.category().equals("Staff behaviour") || p.priority().equals("URGENT") ? 0.2 : 0.04;
        return random.nextDouble() < chance;
    }

    /** Most first answers come within two hours; some take the rest of the day, a few much longer. */
    private Duration firstResponseDelay() {
        double pick = random.nextDouble();
        if (pick < 0.7) {
            return minutes(5, 120);
        }
        return pick < 0.9 ? minutes(120, 360) : minutes(360, 1800);
    }

    private TicketDraft draft(Plan p) {
        CatalogEntry category = world.categories().get(p.category());
        CatalogEntry product = world.products().get(p.product());
        return new TicketDraft(
                String.format(p.story().subject(), p.order()),
                String.format(p.story().description(), p.order()),
                p.customer().email(),
                p.priority(),
                p.customer().name(),
                p.customer().phone(),
                p.channel(),
                p.type(),
                category.id().toString(),
                product.id().toString(),
                world.teams().get(p.team()).id().toString(),
                null,
                List.of(p.category().toLowerCase().replace(' ', '-')),
                p.customer().language().code());
    }

    /**
     * Changes the status as an agent who has the ticket open would: at its current version. Other steps (customer
     * replies, escalations, merges) may move the version on by more than one, so it is read, not counted.
     */
    private static void status(Tickets desk, String ref, String status, String reason, String actor) {
        desk.changeStatus(ref, new StatusChange(desk.get(ref).version(), status, reason), actor);
    }

    private static MessageDraft reply(String text) {
        return new MessageDraft(text, "PUBLIC", "AGENT");
    }

    private static MessageDraft customerSays(String text) {
        return new MessageDraft(text, "PUBLIC", "CUSTOMER");
    }

    private Duration minutes(int from, int to) {
        return Duration.ofMinutes(from + random.nextInt(Math.max(1, to - from)));
    }

    private String digits(int n) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < n; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Moves the simulated clock on, unless that would go past today. */
    private static final class Step {

        private final SimulatedClock clock;
        private final Instant now;
        private Instant at;

        Step(SimulatedClock clock, Instant now, Instant start) {
            this.clock = clock;
            this.now = now;
            this.at = start;
        }

        boolean after(Duration delay) {
            Instant next = at.plus(delay);
            if (next.isAfter(now)) {
                return false;
            }
            at = next;
            clock.set(next);
            return true;
        }
    }

    private record Plan(
            Instant openedAt,
            DemoCustomer customer,
            String category,
            String product,
            DemoTexts.Story story,
            String priority,
            String channel,
            String type,
            String team,
            String agent,
            String order,
            double dice) {}

    private record Recent(Instant at, DemoCustomer customer, String category, String product) {}
}
