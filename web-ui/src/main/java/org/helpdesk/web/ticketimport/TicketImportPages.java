package org.helpdesk.web.ticketimport;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.helpdesk.fileimport.ImportJob;
import org.helpdesk.shared.InvalidInputException;
import org.helpdesk.ticketimport.TicketImportMapping;
import org.helpdesk.ticketimport.TicketImports;
import org.helpdesk.web.fileimport.Uploads;
import org.helpdesk.web.i18n.DateDisplay;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The ticket import pages: upload a file, map its columns and preview the tickets it would make, start, and watch the
 * progress (the page refreshes itself while the import runs).
 */
@Controller
@RequestMapping("/admin/ticket-imports")
@PreAuthorize(TicketImportApi.IMPORTERS)
class TicketImportPages {

    /** The mapping form's column fields, in the order shown. */
    static final List<String> FIELDS = List.of(
            "externalId",
            "created",
            "subject",
            "description",
            "type",
            "product",
            "category",
            "channel",
            "status",
            "resolved",
            "respondedOnTime",
            "customerEmail",
            "customerName",
            "customerExternalId");

    private static final TicketImportMapping EMPTY = new TicketImportMapping(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    private final TicketImports imports;
    private final DateDisplay dates;

    TicketImportPages(TicketImports imports, DateDisplay dates) {
        this.imports = imports;
        this.dates = dates;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("recent", imports.recent(20));
        return "admin/ticket-imports";
    }

    @PostMapping
    String upload(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String format,
            Principal principal,
            Model model,
            HttpServletResponse response) {
        try {
            byte[] content = Uploads.bytes(file, "choose a file");
            ImportJob<TicketImportMapping> job =
                    imports.upload(Uploads.name(file), content, Uploads.format(format), principal.getName());
            return "redirect:/admin/ticket-imports/" + job.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("violations", e.violations());
            return page(model);
        }
    }

    @GetMapping("/{id}")
    String job(
            @PathVariable UUID id,
            @ModelAttribute("mapping") TicketImportMapping mapping,
            Model model,
            HttpServletResponse response) {
        ImportJob<TicketImportMapping> job = imports.get(id);
        if (job.status() == ImportJob.Status.QUEUED || job.status() == ImportJob.Status.RUNNING) {
            response.setHeader("Refresh", "2"); // the browser reloads the progress without any script
        }
        model.addAttribute("job", job);
        model.addAttribute("fields", FIELDS);
        if (job.status() == ImportJob.Status.UPLOADED) {
            model.addAttribute("head", imports.head(id, Uploads.HEAD_ROWS));
            if (mapping.equals(EMPTY)) {
                model.addAttribute("mapping", guess(job.columns()));
            }
        }
        return "admin/ticket-import";
    }

    @PostMapping("/{id}")
    String previewOrStart(
            @PathVariable UUID id,
            @ModelAttribute("mapping") TicketImportMapping mapping,
            @RequestParam(defaultValue = "preview") String action,
            Principal principal,
            Model model,
            HttpServletResponse response) {
        try {
            if (action.equals("start")) {
                imports.start(id, mapping, dates.organisationZone(), principal.getName());
                return "redirect:/admin/ticket-imports/" + id;
            }
            model.addAttribute("preview", imports.preview(id, mapping, dates.organisationZone()));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("violations", e.violations());
        }
        return job(id, mapping, model, response);
    }

    /** A first guess from common column names (other helpdesks' exports, the CFPB complaint files). */
    static TicketImportMapping guess(List<String> columns) {
        return new TicketImportMapping(
                Uploads.column(columns, "external_id", "id", "ticket_id", "complaint_id", "case_id", "number"),
                Uploads.column(columns, "created", "created_at", "date_received", "date", "opened", "submitted_at"),
                Uploads.column(columns, "type", "ticket_type"),
                Uploads.column(columns, "subject", "title", "issue", "summary"),
                Uploads.column(columns, "description", "body", "narrative", "text", "message"),
                Uploads.column(columns, "customer_name", "name", "requester"),
                Uploads.column(columns, "email", "customer_email", "requester_email"),
                Uploads.column(columns, "customer_id", "customer", "requester_id"),
                Uploads.column(columns, "product", "product_name", "service"),
                Uploads.column(columns, "category", "issue", "topic"),
                Uploads.column(columns, "channel", "submitted_via", "via", "source"),
                Uploads.column(columns, "status", "company_response", "state_of_ticket"),
                Uploads.column(columns, "resolved", "resolved_at", "closed_at", "solved_at"),
                Uploads.column(columns, "responded_on_time", "timely_response", "sla_met", "on_time"),
                null,
                null);
    }
}
