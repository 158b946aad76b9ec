package org.helpdesk.web.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.helpdesk.reporting.Target;
import org.jspecify.annotations.Nullable;

/** How a change of a KPI target is written into the audit trail. */
final class TargetAudit {

    static final String ACTION = "KPI_TARGET_CHANGED";

    private TargetAudit() {}

    static Map<String, Object> details(@Nullable Target target) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (target == null) {
            details.put("target", "none");
        } else {
            details.put("comparison", target.comparison().name());
            details.put("value", target.value().toPlainString());
            details.put("amberTolerance", target.amberTolerance().toPlainString());
        }
        return details;
    }
}
