package org.helpdesk.web.bench;

/**
 * One line of the results table.
 *
 * @param phase which part of the run
 * @param what what was measured
 * @param measured the product's figure
 * @param reference the raw engine's figure (or "—")
 * @param ratio product to raw engine (or "—")
 * @param target the stated target and whether it was met (or "—")
 */
record Result(String phase, String what, String measured, String reference, String ratio, String target) {

    static Result of(String phase, String what, String measured) {
        return new Result(phase, what, measured, "—", "—", "—");
    }

    Result against(String target) {
        return new Result(phase, what, measured, reference, ratio, target);
    }

    String row() {
        return "| %s | %s | %s | %s | %s | %s |".formatted(phase, what, measured, reference, ratio, target);
    }
}
