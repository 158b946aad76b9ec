package org.helpdesk.audit;

import java.util.List;
import java.util.Locale;

/** The actions the trail records today; features add their own (upper case, e.g. {@code ROLE_GRANTED}). */
public final class AuditActions {

    /** A ticket changed: {@code TICKET_} followed by the change, e.g. {@code TICKET_CREATED}. */
    public static final String TICKET_PREFIX = "TICKET_";

    public static final String SIGN_IN = "SIGN_IN";
    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    public static final String SIGN_OUT = "SIGN_OUT";
    /** Somebody searched tickets (the page or the API); the details hold the query. */
    public static final String SEARCH = "SEARCH";
    /** Somebody exported data; the details say what and with which filters. */
    public static final String EXPORT = "EXPORT";
    /** Somebody browsed the audit trail itself; the details hold the filters. */
    public static final String AUDIT_LOG_VIEWED = "AUDIT_LOG_VIEWED";
    /** Somebody checked the chain; the details hold the outcome. */
    public static final String AUDIT_VERIFIED = "AUDIT_VERIFIED";

    /** Somebody saved a search; the details hold its name, words, filters and whether it is shared. */
    public static final String SAVED_SEARCH_CREATED = "SAVED_SEARCH_CREATED";
    /** Somebody renamed, changed or (un)shared a saved search; the details hold the new and old definition. */
    public static final String SAVED_SEARCH_CHANGED = "SAVED_SEARCH_CHANGED";
    /** Somebody deleted a saved search (their own, or an administrator anyone's); the details hold what it was. */
    public static final String SAVED_SEARCH_DELETED = "SAVED_SEARCH_DELETED";

    /** A quality manager corrected the sentiment of a feedback item; the details hold the new and old label. */
    public static final String FEEDBACK_LABEL_CORRECTED = "FEEDBACK_LABEL_CORRECTED";
    /** A quality manager corrected the themes of a feedback item; the details hold the new and old themes. */
    public static final String FEEDBACK_THEMES_CORRECTED = "FEEDBACK_THEMES_CORRECTED";
    /** A quality manager saved a new version of the theme taxonomy; the details say what changed. */
    public static final String FEEDBACK_TAXONOMY_CHANGED = "FEEDBACK_TAXONOMY_CHANGED";

    /** A quality manager trained a candidate sentiment model; the details hold its figures and the current ones. */
    public static final String SENTIMENT_MODEL_TRAINED = "SENTIMENT_MODEL_TRAINED";
    /** A sentiment model was put in force (all feedback is analysed again); the details name the one it replaced. */
    public static final String SENTIMENT_MODEL_ACTIVATED = "SENTIMENT_MODEL_ACTIVATED";
    /** The active sentiment model was retired and the built-in one is in force again. */
    public static final String SENTIMENT_MODEL_DEACTIVATED = "SENTIMENT_MODEL_DEACTIVATED";

    /** Every feedback item is analysed again (a new model or taxonomy, or on request). */
    public static final String FEEDBACK_REANALYSIS_STARTED = "FEEDBACK_REANALYSIS_STARTED";

    /** An administrator started importing tickets from another helpdesk's file (each ticket: TICKET_IMPORTED). */
    public static final String TICKET_IMPORT_STARTED = "TICKET_IMPORT_STARTED";

    /** Offered as suggestions when filtering. */
    public static final List<String> KNOWN = List.of(
            "TICKET_CREATED",
            SIGN_IN,
            SIGN_IN_FAILED,
            SIGN_OUT,
            SEARCH,
            EXPORT,
            AUDIT_LOG_VIEWED,
            AUDIT_VERIFIED,
            FEEDBACK_LABEL_CORRECTED,
            SENTIMENT_MODEL_TRAINED,
            SENTIMENT_MODEL_ACTIVATED,
            SENTIMENT_MODEL_DEACTIVATED,
            FEEDBACK_REANALYSIS_STARTED,
            FEEDBACK_THEMES_CORRECTED,
            FEEDBACK_TAXONOMY_CHANGED,
            SAVED_SEARCH_CREATED,
            SAVED_SEARCH_CHANGED,
            SAVED_SEARCH_DELETED,
            TICKET_IMPORT_STARTED);

    private AuditActions() {}

    /** {@code TICKET_} and the change in upper case, anything but letters, digits and {@code _} as {@code _}. */
    public static String ticket(String change) {
        String action = TICKET_PREFIX + change.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_]", "_");
        return action.length() <= 64 ? action : action.substring(0, 64);
    }
}
