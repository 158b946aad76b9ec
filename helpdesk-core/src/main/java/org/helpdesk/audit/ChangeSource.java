package org.helpdesk.audit;

/**
 * Where the change being made right now comes from. The web application answers with the caller's
 * network address while it serves a request; without one (or without a web application) it is
 * {@link #SYSTEM}.
 */
@FunctionalInterface
public interface ChangeSource {

    String SYSTEM = "system";

    String current();
}
