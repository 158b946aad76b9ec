package org.helpdesk.reporting;

/** Red/amber/green status of a value against its target; {@code NONE} when there is no target or no value. */
public enum Rag {
    GREEN,
    AMBER,
    RED,
    NONE
}
