package org.helpdesk.reporting.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.helpdesk.reporting.ReportQuery;

/** The parameters every report query binds: period start, trend step, time zone, default calendar, criteria. */
final class Parameters {

    private Parameters() {}

    static Map<String, Object> common(ReportQuery query, UUID calendar) {
        Map<String, Object> params =
                new HashMap<>(Criteria.of(query.filter(), query.scope()).params());
        params.put("start", CohortQuery.at(query.period().start()));
        params.put("unit", query.trend().sqlUnit());
        params.put("zone", query.period().zone().getId());
        params.put("calendar", calendar);
        return params;
    }
}
