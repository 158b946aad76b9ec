package org.helpdesk.generate;

/**
 * A product as customers name it, with the forms the templates need: English; Russian nominative, genitive,
 * accusative and prepositional; Bulgarian indefinite and definite.
 */
record Product(String en, String ruNom, String ruGen, String ruAcc, String ruPrep, String bg, String bgDefinite) {

    /** {@code template} with its placeholders filled: {p} {pg} {pa} {pp} {pd}, {n} an order, {d} a number of days. */
    String fill(String template, long order, int days) {
        return template.replace("{pg}", ruGen)
                .replace("{pa}", ruAcc)
                .replace("{pp}", ruPrep)
                .replace("{pd}", bgDefinite)
                .replace("{pe}", en)
                .replace("{pb}", bg)
                .replace("{p}", ruNom)
                .replace("{n}", Long.toString(order))
                .replace("{d}", Integer.toString(days));
    }
}
