package org.helpdesk.web.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.helpdesk.audit.AuditVerification;

/** What the trail keeps about a verification someone ran. */
final class VerificationDetails {

    private VerificationDetails() {}

    static Map<String, Object> of(AuditVerification result) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ok", result.ok());
        details.put("entriesChecked", result.entriesChecked());
        details.put("firstBrokenId", result.firstBrokenId());
        details.put("lastId", result.lastId());
        details.put("lastHash", result.lastHash());
        return details;
    }
}
