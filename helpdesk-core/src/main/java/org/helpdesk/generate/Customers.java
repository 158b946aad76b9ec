package org.helpdesk.generate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The generated customers: one for every two and a half tickets, a twentieth of them frequent contacts who write
 * about a third of all tickets, the rest once or twice. Languages: Russian 45 %, Bulgarian 30 %, English 25 %.
 */
final class Customers {

    static final String COLUMNS = "id, email, name, created_at, language, segment";

    record Customer(UUID id, String language, boolean frequent) {}

    private final List<Customer> all;
    private final int frequent;

    private Customers(List<Customer> all, int frequent) {
        this.all = all;
        this.frequent = frequent;
    }

    static Customers write(CopyBuffer out, GeneratorSettings settings, Instant since) {
        int count = Math.max(1, (int) (settings.tickets() / 2.5));
        int frequent = Math.max(1, count / 20);
        List<Customer> all = new ArrayList<>(count);
        long span = Duration.between(since, settings.now()).toSeconds();
        for (int i = 0; i < count; i++) {
            Draw draw = Draw.of(settings.seed(), "customer", i);
            String language = Texts.LANGUAGES.get(draw.weighted(45, 30, 25)).code();
            Customer customer = new Customer(draw.uuid(), language, i < frequent);
            String first = draw.pick(Texts.FIRST_NAMES.get(language));
            String last = draw.pick(Texts.LAST_NAMES.get(language));
            out.row(
                    customer.id(),
                    "customer-%d-%d@example.com".formatted(settings.seed(), i),
                    first + " " + last,
                    since.minusSeconds((long) (draw.unit() * span)),
                    language,
                    customer.frequent() ? "business" : draw.chance(0.3) ? "premium" : "standard");
            all.add(customer);
        }
        return new Customers(List.copyOf(all), frequent);
    }

    int size() {
        return all.size();
    }

    Customer get(int index) {
        return all.get(index);
    }

    /** Who writes the next ticket: a frequent contact a third of the time, else anyone. */
    int pick(Draw draw) {
        return draw.chance(1 / 3.0) ? draw.between(0, frequent - 1) : draw.between(0, all.size() - 1);
    }

    static String emailPrefix(long seed) {
        return String.format(Locale.ROOT, "customer-%d-", seed);
    }
}
