package org.helpdesk.web.feedback;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.UUID;
import org.helpdesk.feedback.FeedbackImports;
import org.helpdesk.feedback.ImportMapping;
import org.helpdesk.fileimport.ImportJob;
import org.helpdesk.shared.InvalidInputException;
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
 * The import pages: upload a file, map its columns and preview what would be stored, start, and watch the progress
 * (the page refreshes itself while the import runs).
 */
@Controller
@RequestMapping("/feedback/import")
@PreAuthorize(FeedbackImportApi.IMPORTERS)
class FeedbackImportPages {

    private final FeedbackImports imports;
    private final DateDisplay dates;

    FeedbackImportPages(FeedbackImports imports, DateDisplay dates) {
        this.imports = imports;
        this.dates = dates;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("recent", imports.recent(20));
        return "feedback/import";
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
            ImportJob<ImportMapping> job =
                    imports.upload(Uploads.name(file), content, Uploads.format(format), principal.getName());
            return "redirect:/feedback/import/" + job.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("violations", e.violations());
            return page(model);
        }
    }

    @GetMapping("/{id}")
    String job(
            @PathVariable UUID id,
            @ModelAttribute("mapping") MappingForm mapping,
            Model model,
            HttpServletResponse response) {
        ImportJob<ImportMapping> job = imports.get(id);
        if (job.status() == ImportJob.Status.QUEUED || job.status() == ImportJob.Status.RUNNING) {
            response.setHeader("Refresh", "2"); // the browser reloads the progress without any script
        }
        model.addAttribute("job", job);
        if (job.status() == ImportJob.Status.UPLOADED) {
            // Reading the file again is only worth it while the columns are being mapped, not on every refresh.
            model.addAttribute("head", imports.head(id, Uploads.HEAD_ROWS));
            if (mapping.isEmpty()) {
                model.addAttribute("mapping", MappingForm.guess(job.columns()));
            }
        }
        return "feedback/import-job";
    }

    @PostMapping("/{id}")
    String previewOrStart(
            @PathVariable UUID id,
            @ModelAttribute("mapping") MappingForm mapping,
            @RequestParam(defaultValue = "preview") String action,
            Model model,
            HttpServletResponse response) {
        try {
            if (action.equals("start")) {
                imports.start(id, mapping.toMapping(), dates.organisationZone());
                return "redirect:/feedback/import/" + id;
            }
            model.addAttribute("preview", imports.preview(id, mapping.toMapping(), dates.organisationZone()));
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("violations", e.violations());
        }
        return job(id, mapping, model, response);
    }

    /** The mapping as the form sends it; blank means "not in this file". */
    public static class MappingForm {
        private @Nullable String text;
        private @Nullable String date;
        private @Nullable String score;
        private @Nullable String scale;
        private @Nullable String product;
        private @Nullable String channel;
        private @Nullable String customer;
        private @Nullable String externalId;
        private @Nullable String language;
        private @Nullable String defaultChannel;

        ImportMapping toMapping() {
            return new ImportMapping(
                    text, date, score, scale, product, channel, customer, externalId, language, defaultChannel);
        }

        boolean isEmpty() {
            return toMapping().equals(new ImportMapping(null, null, null, null, null, null, null, null, null, null));
        }

        /** A first guess from common column names, so a typical file needs no typing. */
        static MappingForm guess(java.util.List<String> columns) {
            MappingForm form = new MappingForm();
            form.text = first(columns, "text", "comment", "review", "body", "narrative", "message");
            form.date = first(columns, "date_iso", "date", "created", "created_at", "date_received", "timestamp");
            form.score = first(columns, "rating", "score", "stars");
            form.scale = form.score == null ? null : "CSAT";
            form.product = first(columns, "product", "service", "product_name");
            form.channel = first(columns, "channel", "source_site", "source");
            form.customer = first(columns, "email", "customer_email", "customer");
            form.externalId = first(columns, "id", "external_id", "review_id", "complaint_id", "tweet_id");
            form.language = first(columns, "language", "lang");
            return form;
        }

        private static @Nullable String first(java.util.List<String> columns, String... names) {
            return Uploads.column(columns, names);
        }

        // getters and setters for data binding
        public @Nullable String getText() {
            return text;
        }

        public void setText(@Nullable String v) {
            text = v;
        }

        public @Nullable String getDate() {
            return date;
        }

        public void setDate(@Nullable String v) {
            date = v;
        }

        public @Nullable String getScore() {
            return score;
        }

        public void setScore(@Nullable String v) {
            score = v;
        }

        public @Nullable String getScale() {
            return scale;
        }

        public void setScale(@Nullable String v) {
            scale = v;
        }

        public @Nullable String getProduct() {
            return product;
        }

        public void setProduct(@Nullable String v) {
            product = v;
        }

        public @Nullable String getChannel() {
            return channel;
        }

        public void setChannel(@Nullable String v) {
            channel = v;
        }

        public @Nullable String getCustomer() {
            return customer;
        }

        public void setCustomer(@Nullable String v) {
            customer = v;
        }

        public @Nullable String getExternalId() {
            return externalId;
        }

        public void setExternalId(@Nullable String v) {
            externalId = v;
        }

        public @Nullable String getLanguage() {
            return language;
        }

        public void setLanguage(@Nullable String v) {
            language = v;
        }

        public @Nullable String getDefaultChannel() {
            return defaultChannel;
        }

        public void setDefaultChannel(@Nullable String v) {
            defaultChannel = v;
        }
    }
}
