package org.helpdesk.web.search;

import java.security.Principal;
import org.helpdesk.search.DriftReport;
import org.helpdesk.search.ReindexRun;
import org.helpdesk.search.SearchMaintenance;
import org.helpdesk.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operations on the search index for administrators: rebuild from PostgreSQL, check and repair drift. */
@RestController
@RequestMapping(path = "/api/v1/admin/search", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('ADMIN')")
class SearchAdminApi {

    private final SearchMaintenance maintenance;

    SearchAdminApi(SearchMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    /** Starts a zero-downtime rebuild; 409 while another one runs. */
    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReindexRun rebuild(Principal principal) {
        return maintenance.startRebuild(principal.getName());
    }

    @GetMapping("/rebuild")
    ReindexRun latestRebuild() {
        return maintenance.latestRebuild().orElseThrow(() -> new NotFoundException("search rebuild", "latest"));
    }

    @GetMapping("/drift")
    DriftReport drift() {
        return maintenance.checkDrift(false);
    }

    @PostMapping("/drift/repair")
    DriftReport repair() {
        return maintenance.checkDrift(true);
    }
}
