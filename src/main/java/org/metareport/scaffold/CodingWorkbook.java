package org.metareport.scaffold;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The coding workbook template: sheets Studies (one row per study), Findings (one row per effect size) and Codebook
 * (what each column means), with the columns the scaffold's spec names, three sample studies, one empty row to fill,
 * and data validation on coded columns (drop-down lists) and counts.
 */
final class CodingWorkbook {
    private CodingWorkbook() {}

    /** Rows validated below the header: room for a review's coding. */
    private static final int ROWS = 2000;

    /** One column: its header, its meaning, and its allowed values (a list, or a rule in words). */
    record Column(String name, String meaning, List<String> choices, Kind kind) {}

    enum Kind { TEXT, LIST, COUNT, POSITIVE, NUMBER, YEAR }

    static final List<Column> STUDIES = List.of(
            new Column("Study", "the study's label, as the report shows it (author and year); joins Findings", List.of(), Kind.TEXT),
            new Column("Year", "publication year", List.of(), Kind.YEAR),
            new Column("Country", "where the study ran", List.of(), Kind.TEXT),
            new Column("Design", "study design", List.of("RCT", "cluster RCT", "quasi-experimental"), Kind.LIST),
            new Column("Delivery", "how the intervention was delivered", List.of("in person", "online", "blended"), Kind.LIST),
            new Column("Include", "yes: analysed; no: kept in the workbook but left out", List.of("yes", "no"), Kind.LIST));

    static final List<Column> FINDINGS = List.of(
            new Column("Study", "the study, exactly as on the Studies sheet", List.of(), Kind.TEXT),
            new Column("ESId", "the effect size's id (unique in the review)", List.of(), Kind.TEXT),
            new Column("Outcome", "the outcome measured", List.of("depression", "anxiety", "other"), Kind.LIST),
            new Column("T_Mean", "treatment group: mean at post-test", List.of(), Kind.NUMBER),
            new Column("T_SD", "treatment group: standard deviation at post-test (not the standard error)", List.of(), Kind.POSITIVE),
            new Column("T_N", "treatment group: number analysed", List.of(), Kind.COUNT),
            new Column("C_Mean", "control group: mean at post-test", List.of(), Kind.NUMBER),
            new Column("C_SD", "control group: standard deviation at post-test", List.of(), Kind.POSITIVE),
            new Column("C_N", "control group: number analysed", List.of(), Kind.COUNT),
            new Column("Include", "yes: analysed; no: kept in the workbook but left out", List.of("yes", "no"), Kind.LIST),
            new Column("Notes", "where in the paper the numbers are (table, page), coder's remarks", List.of(), Kind.TEXT));

    /** Three sample studies; the last row is the empty one {@code run} names until it is filled. */
    static final List<List<Object>> STUDY_ROWS = List.of(
            List.of("Example A (2019)", 2019, "Norway", "RCT", "in person", "yes"),
            List.of("Example B (2021)", 2021, "Canada", "cluster RCT", "online", "yes"),
            List.of("Example C (2023)", 2023, "Chile", "quasi-experimental", "blended", "yes"),
            List.of("Your first study", "", "", "", "", "yes"));

    static final List<List<Object>> FINDING_ROWS = List.of(
            List.of("Example A (2019)", "1", "depression", 11.2, 4.1, 48, 13.5, 4.4, 45, "yes", "sample row: Table 2"),
            List.of("Example A (2019)", "2", "anxiety", 20.4, 6.0, 48, 22.1, 6.3, 45, "yes", "sample row: Table 2"),
            List.of("Example B (2021)", "3", "depression", 9.8, 3.9, 120, 10.6, 4.0, 118, "yes", "sample row: Table 3"),
            List.of("Example C (2023)", "4", "depression", 14.0, 5.2, 30, 17.3, 5.0, 32, "yes", "sample row: p. 7"),
            List.of("Your first study", "5", "", "", "", "", "", "", "", "yes", "fill in the empty cells of this row"));

    static byte[] bytes() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            // a fixed creation date: the same scaffold every time
            Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
            c.clear();
            c.set(2026, Calendar.JANUARY, 1);
            Date fixed = c.getTime();
            wb.getProperties().getCoreProperties().setCreated(Optional.of(fixed));
            wb.getProperties().getCoreProperties().setModified(Optional.of(fixed));
            wb.getProperties().getCoreProperties().setCreator("metareport init");
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            sheet(wb.createSheet("Studies"), STUDIES, STUDY_ROWS, bold);
            sheet(wb.createSheet("Findings"), FINDINGS, FINDING_ROWS, bold);
            codebook(wb.createSheet("Codebook"), bold);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void sheet(Sheet sheet, List<Column> columns, List<List<Object>> rows, CellStyle bold) {
        Row head = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            head.createCell(i).setCellValue(columns.get(i).name());
            head.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, 256 * Math.max(10, columns.get(i).name().length() + 4));
        }
        sheet.setColumnWidth(0, 256 * 22);
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v instanceof Number n) row.createCell(i).setCellValue(n.doubleValue());
                else if (!v.toString().isEmpty()) row.createCell(i).setCellValue(v.toString());
            }
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int i = 0; i < columns.size(); i++) {
            Column col = columns.get(i);
            DataValidationConstraint constraint = switch (col.kind()) {
                case LIST -> helper.createExplicitListConstraint(col.choices().toArray(String[]::new));
                case COUNT -> helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "1", null);
                case POSITIVE -> helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_THAN, "0", null);
                case YEAR -> helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "1900", "2100");
                case TEXT, NUMBER -> null;
            };
            if (constraint == null) continue;
            DataValidation v = helper.createValidation(constraint, new CellRangeAddressList(1, ROWS, i, i));
            v.setShowErrorBox(true);
            v.createErrorBox("metareport", col.name() + ": " + allowed(col));
            v.setShowPromptBox(true);
            v.createPromptBox(col.name(), col.meaning());
            sheet.addValidationData(v);
        }
    }

    private static void codebook(Sheet sheet, CellStyle bold) {
        Row head = sheet.createRow(0);
        String[] titles = {"Sheet", "Column", "Meaning", "Allowed values"};
        for (int i = 0; i < titles.length; i++) {
            head.createCell(i).setCellValue(titles[i]);
            head.getCell(i).setCellStyle(bold);
        }
        int r = 1;
        for (var entry : List.of(java.util.Map.entry("Studies", STUDIES), java.util.Map.entry("Findings", FINDINGS))) {
            for (Column c : entry.getValue()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(entry.getKey());
                row.createCell(1).setCellValue(c.name());
                row.createCell(2).setCellValue(c.meaning());
                row.createCell(3).setCellValue(allowed(c));
            }
        }
        sheet.setColumnWidth(0, 256 * 10);
        sheet.setColumnWidth(1, 256 * 12);
        sheet.setColumnWidth(2, 256 * 70);
        sheet.setColumnWidth(3, 256 * 40);
    }

    static String allowed(Column c) {
        return switch (c.kind()) {
            case LIST -> String.join(", ", c.choices());
            case COUNT -> "a whole number, at least 1 (metareport needs at least 2 per group)";
            case POSITIVE -> "a number above 0";
            case YEAR -> "a year, 1900 to 2100";
            case NUMBER -> "a number";
            case TEXT -> "text";
        };
    }
}
