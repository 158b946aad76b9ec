package org.helpdesk.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.helpdesk.account.Role;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.catalog.Catalog;
import org.helpdesk.catalog.CatalogEntry;
import org.helpdesk.catalog.CategoryId;
import org.helpdesk.macro.Macros;
import org.helpdesk.sla.BusinessCalendar;
import org.helpdesk.sla.OpeningHours;
import org.helpdesk.sla.SlaPolicies;
import org.helpdesk.sla.SlaPolicyDraft;
import org.helpdesk.team.Team;
import org.helpdesk.team.Teams;
import org.helpdesk.ticket.Tickets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an installation without tickets with the demo (when {@code helpdesk.demo.enabled=true}): teams and
 * their agents, categories, products, an office-hours SLA, canned responses, customers and a few thousand
 * tickets over the last months, each told as a story through the ticket desk. Runs in the background after
 * start-up so the app answers at once; progress goes to the log.
 */
@Component
@EnableConfigurationProperties(DemoSettings.class)
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String ACTOR = "system:demo";

    private final DemoSettings settings;
    private final Tickets tickets;
    private final Teams teams;
    private final Catalog catalog;
    private final SlaPolicies sla;
    private final Macros macros;
    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoData(
            DemoSettings settings,
            Tickets tickets,
            Teams teams,
            Catalog catalog,
            SlaPolicies sla,
            Macros macros,
            UserAccounts accounts,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock) {
        this.settings = settings;
        this.tickets = tickets;
        this.teams = teams;
        this.catalog = catalog;
        this.sla = sla;
        this.macros = macros;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!settings.enabled()) {
            return;
        }
        Thread worker = new Thread(this::fillQuietly, "demo-data");
        worker.setDaemon(true);
        worker.start();
    }

    private void fillQuietly() {
        try {
            fillIfEmpty();
        } catch (RuntimeException e) {
            log.error("Demo data could not be created", e);
        }
    }

    /** Creates the demo unless there are tickets already; either way, sign-in agents get into the demo teams. */
    void fillIfEmpty() {
        long existing =
                jdbc.sql("select count(*) from ticket").query(Long.class).single();
        if (existing == 0) {
            fill(settings.tickets());
        }
        enrolSignInAgents();
    }

    /** Adds {@code count} demo tickets (and the teams, lists and customers they need) to whatever is there. */
    public void fill(int count) {
        long started = System.nanoTime();
        log.info("Creating demo data: {} tickets over {} months (seed {})", count, settings.months(), settings.seed());
        DemoWorld world = setUpWorld();
        // agents see their teams' tickets: the people who sign in join the teams before the tickets arrive
        enrolSignInAgents();
        DemoStories stories = new DemoStories(tickets, world, transactions, clock, settings.seed());
        stories.tell(count, settings.months());
        log.info(
                "Demo data ready: {} tickets in {} s",
                count,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private DemoWorld setUpWorld() {
        Map<String, Team> teamsByName = new HashMap<>();
        for (String name : List.of("Complaints", "Deliveries", "Billing")) {
            Team team = teams.all().stream()
                    .filter(t -> t.name().equals(name))
                    .findFirst()
                    .orElseGet(() -> teams.create(name, null));
            teamsByName.put(name, team);
        }
        Map<String, List<String>> staffByTeam = new HashMap<>();
        for (String line : DemoTexts.STAFF) {
            String[] parts = line.split("\\|");
            accounts.createIfAbsent(parts[0], parts[1], null, Set.of(Role.AGENT));
            teams.addMember(teamsByName.get(parts[2]).id(), parts[0]);
            staffByTeam.computeIfAbsent(parts[2], k -> new ArrayList<>()).add(parts[0]);
        }
        Map<String, CatalogEntry> categories = entries(Catalog.Kind.CATEGORY, DemoTexts.CATEGORIES);
        Map<String, CatalogEntry> products = entries(Catalog.Kind.PRODUCT, DemoTexts.PRODUCTS);
        officeHoursForBilling(categories.get("Billing error"));
        cannedResponses();
        return new DemoWorld(teamsByName, staffByTeam, categories, products);
    }

    private Map<String, CatalogEntry> entries(Catalog.Kind kind, List<String> names) {
        Map<String, CatalogEntry> entries = new HashMap<>();
        for (String name : names) {
            entries.put(name, catalog.findByName(kind, name).orElseGet(() -> catalog.add(kind, name)));
        }
        return entries;
    }

    /** Billing disputes are handled by the office in Sofia: business hours, Bulgarian public holidays. */
    private void officeHoursForBilling(CatalogEntry billing) {
        List<OpeningHours> weekdays = new ArrayList<>();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            weekdays.add(new OpeningHours(day, 9 * 60, 18 * 60));
        }
        BusinessCalendar office = sla.calendars().stream()
                .filter(c -> c.name().equals("Sofia office"))
                .findFirst()
                .orElseGet(() -> sla.createCalendar("Sofia office", "Europe/Sofia", weekdays));
        int year = LocalDate.now(clock).getYear();
        for (int y = year - 1; y <= year + 1; y++) {
            sla.addHoliday(office.id(), LocalDate.of(y, 1, 1), "New Year");
            sla.addHoliday(office.id(), LocalDate.of(y, 3, 3), "Liberation Day");
            sla.addHoliday(office.id(), LocalDate.of(y, 5, 1), "Labour Day");
            sla.addHoliday(office.id(), LocalDate.of(y, 5, 24), "Day of Bulgarian Culture");
            sla.addHoliday(office.id(), LocalDate.of(y, 9, 6), "Unification Day");
            sla.addHoliday(office.id(), LocalDate.of(y, 12, 24), "Christmas Eve");
            sla.addHoliday(office.id(), LocalDate.of(y, 12, 25), "Christmas");
        }
        for (String priority : List.of("LOW", "NORMAL", "HIGH")) {
            sla.define(new SlaPolicyDraft(
                    "Billing " + priority.toLowerCase(),
                    priority,
                    new CategoryId(billing.id()),
                    office.id(),
                    240,
                    1080));
        }
    }

    private void cannedResponses() {
        if (!macros.all().isEmpty()) {
            return;
        }
        macros.save(
                null,
                "Apology for the delay (EN)",
                "Dear {{customer.name}},\n\nwe are sorry that your order is late. We have asked the courier to deliver it as a priority and will keep you posted on {{ticket.reference}}.\n\n{{agent.name}}",
                "PUBLIC",
                "PENDING",
                true);
        macros.save(
                null,
                "Извинение за задержку (RU)",
                "Здравствуйте, {{customer.name}}!\n\nПриносим извинения за задержку заказа. Мы попросили курьерскую службу доставить его в приоритетном порядке и сообщим новости по обращению {{ticket.reference}}.\n\n{{agent.name}}",
                "PUBLIC",
                "PENDING",
                true);
        macros.save(
                null,
                "Извинение за забавянето (BG)",
                "Здравейте, {{customer.name}}!\n\nИзвиняваме се за забавянето на поръчката. Помолихме куриерите да я доставят с предимство и ще Ви информираме по запитване {{ticket.reference}}.\n\n{{agent.name}}",
                "PUBLIC",
                "PENDING",
                true);
        macros.save(
                null,
                "Refund issued (EN)",
                "Dear {{customer.name}},\n\nyour refund has been issued and will reach your card within 3–5 business days.\n\n{{agent.name}}",
                "PUBLIC",
                "RESOLVED",
                true);
    }

    /** People who can sign in as agents, and belong to no team yet, join every demo team. */
    void enrolSignInAgents() {
        List<String> people = jdbc.sql("""
                        select username from user_account
                         where enabled and password_hash is not null
                           and (roles like '%AGENT%' or roles like '%ADMIN%')
                           and id not in (select user_id from team_member)""").query(String.class).list();
        for (String username : people) {
            for (Team team : teams.active()) {
                teams.addMember(team.id(), username);
            }
        }
    }
}
