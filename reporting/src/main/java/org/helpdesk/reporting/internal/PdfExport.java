package org.helpdesk.reporting.internal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.helpdesk.reporting.FigureText;

/**
 * A printable PDF (A4 landscape): the heading, then each table with its header repeated on every page. Set in
 * Liberation Sans (shipped inside OpenPDF), which has Cyrillic, so Russian and Bulgarian reports print right.
 */
public final class PdfExport {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    private PdfExport() {}

    public static byte[] write(List<String> heading, List<ReportTables.Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            BaseFont base = font();
            Font title = new Font(base, 14, Font.BOLD);
            Font text = new Font(base, 8);
            Font bold = new Font(base, 8, Font.BOLD);
            com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(heading.get(0), title));
            heading.stream().skip(1).forEach(line -> add(document, new Paragraph(line, text)));
            for (ReportTables.Table table : tables) {
                Paragraph caption = new Paragraph(table.title(), new Font(base, 11, Font.BOLD));
                caption.setSpacingBefore(12);
                caption.setSpacingAfter(4);
                document.add(caption);
                document.add(table(table, text, bold));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the PDF report", e);
        }
        return out.toByteArray();
    }

    private static PdfPTable table(ReportTables.Table table, Font text, Font bold) {
        PdfPTable pdf = new PdfPTable(table.header().size());
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        for (String column : table.header()) {
            PdfPCell cell = new PdfPCell(new Phrase(column, bold));
            cell.setGrayFill(0.9f);
            pdf.addCell(cell);
        }
        for (List<ReportTables.Cell> row : table.rows()) {
            for (ReportTables.Cell value : row) {
                boolean number = value.number() != null || value.text().isEmpty();
                PdfPCell cell =
                        new PdfPCell(new Phrase(value.text().isEmpty() ? FigureText.NO_VALUE : value.text(), text));
                cell.setHorizontalAlignment(number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                pdf.addCell(cell);
            }
        }
        return pdf;
    }

    private static void add(Document document, Paragraph paragraph) {
        try {
            document.add(paragraph);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BaseFont font() {
        try (InputStream in = PdfExport.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("OpenPDF's " + FONT + " is missing from the class path");
            }
            return BaseFont.createFont(
                    "LiberationSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
