package org.helpdesk.reporting;

import java.util.Locale;
import java.util.Optional;
import org.helpdesk.reporting.internal.CsvExport;
import org.helpdesk.reporting.internal.PdfExport;
import org.helpdesk.reporting.internal.ReportTables;
import org.helpdesk.reporting.internal.XlsxExport;
import org.springframework.stereotype.Service;

/** Writes a computed {@link Report} as CSV, XLSX or a printable PDF, all from the same tables. */
@Service
public class ReportExports {

    public enum Format {
        CSV("text/csv;charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        PDF("application/pdf", "pdf");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        public static Optional<Format> parse(String value) {
            try {
                return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    public byte[] write(Format format, Report report, ReportLabels labels) {
        var heading = ReportTables.heading(report, labels);
        var tables = ReportTables.of(report, labels);
        return switch (format) {
            case CSV -> CsvExport.write(heading, tables);
            case XLSX -> XlsxExport.write(heading, tables);
            case PDF -> PdfExport.write(heading, tables);
        };
    }

    /** A file name such as {@code helpdesk-report-2025-03-01-2025-03-31.pdf}. */
    public static String fileName(Report report, Format format) {
        Period period = report.query().period();
        return "helpdesk-report-" + period.from() + "-" + period.to() + "." + format.extension();
    }
}
