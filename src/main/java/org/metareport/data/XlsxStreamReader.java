package org.metareport.data;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.ExcelNumberFormat;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.metareport.parallel.Parallel;
import org.metareport.problems.InputException;
import org.metareport.problems.Problems;
import org.metareport.spec.Source;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the named worksheets of an .xlsx/.xlsm workbook by streaming only their XML (SAX), with the shared-string
 * table parsed once and only when a cell needs it, and the styles (small) through POI's {@link StylesTable}. POI's full
 * workbook ({@link XlsxSource#readWithWorkbook}) parses every sheet with XMLBeans to read one: for the school-based
 * example's workbook, two sheets of ~1 MB XML each and five more.
 *
 * <p>Its tables and problems are exactly those of {@link XlsxSource#readWithWorkbook}: each cell is rendered by the
 * rules POI's {@code XSSFCell} follows (cell type {@code t} with its default {@code n}, a cell's or else its column's
 * style for dates, {@code _xHHHH_} escapes, rich-text runs, the last of two cells or rows with the same
 * reference...). Whatever it cannot render identically ends the streaming and gives an {@link Outcome} without tables,
 * so that the caller reads the file with the full workbook: a file that is no OOXML zip (.xls, an encrypted or
 * damaged file), a strict-OOXML or otherwise unusual package, a formula without a saved result (POI computes it), an
 * array formula, a cell POI would report as unreadable, a shared-string reference out of range, a row numbered 0,
 * XML it does not expect (a DOCTYPE, unknown elements inside the sheet's data), a number cell without a style of its
 * own in a column with a style. What it cannot see: damage in the parts it does not read (another sheet, a drawing,
 * comments; the shared strings when no cell of the named sheets refers to them), which makes POI's full workbook
 * refuse the whole file.
 */
final class XlsxStreamReader {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final Set<String> WORKBOOK_TYPES = Set.of(XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType());
    private static final int MAX_ROW = 1_048_576;
    private static final int MAX_COLUMN = 16_384;

    /** What streaming gave: the tables as {@link XlsxSource#readEach} gives them, or null and why it did not. */
    record Outcome(List<Object> tables, String fallback) {}

    /** Something the stream does not render as POI's full workbook would: the file is read with the full workbook. */
    private static final class Unusual extends RuntimeException {
        Unusual(String what) {
            super(what, null, false, false);
        }
    }

    private final PackagePart workbook;
    private final List<String> names = new ArrayList<>();
    private final List<PackagePart> sheets = new ArrayList<>();
    private boolean date1904;
    private final SAXParserFactory xml = SAXParserFactory.newInstance();
    private final StylesTable styles;
    private final PackagePart stringsPart;
    private final Map<Integer, Boolean> dateStyles = new ConcurrentHashMap<>(); // sheets in parallel
    private SharedStrings strings;

    /**
     * Streams the sheets that {@code sources} (all naming one file) ask for.
     *
     * @return for each source its {@link Table} or {@link InputException}; or no tables and the reason the file must
     *         be read with POI's full workbook
     */
    static Outcome read(List<Source> sources) {
        File file = sources.get(0).path().toFile();
        try {
            if (FileMagic.valueOf(file) != FileMagic.OOXML) return fallback("not an OOXML (zip) file");
        } catch (IOException | RuntimeException e) {
            return fallback("cannot tell the kind of file: " + e);
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file, PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            return fallback("the package cannot be opened: " + e);
        }
        try {
            return new Outcome(new XlsxStreamReader(pkg).readEach(sources), null);
        } catch (Unusual e) {
            return fallback(e.getMessage());
        } catch (IOException | SAXException | InvalidFormatException | ParserConfigurationException | RuntimeException e) {
            return fallback(e.toString()); // POI, XMLBeans and the XML parser throw assorted exceptions on damaged parts
        } finally {
            pkg.revert();
        }
    }

    private static Outcome fallback(String why) {
        return new Outcome(null, why);
    }

    private XlsxStreamReader(OPCPackage pkg) throws InvalidFormatException, IOException, SAXException,
            ParserConfigurationException {
        xml.setNamespaceAware(true);
        xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); // POI's XMLBeans refuses one too
        xml.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.size() != 1) throw new Unusual("no single office document (strict OOXML?)");
        workbook = pkg.getPart(core.getRelationship(0));
        if (workbook == null || !WORKBOOK_TYPES.contains(workbook.getContentType()))
            throw new Unusual("the office document is not an .xlsx/.xlsm workbook");
        List<String> ids = new ArrayList<>();
        parse(workbook, new WorkbookHandler(ids));
        if (names.isEmpty()) throw new Unusual("no sheets");
        for (String id : ids) {
            PackageRelationship rel = workbook.getRelationship(id);
            if (rel == null || rel.getTargetMode() != TargetMode.INTERNAL
                    || !XSSFRelation.WORKSHEET.getRelation().equals(rel.getRelationshipType()))
                throw new Unusual("sheet relationship " + id + " is missing or not a worksheet");
            PackagePart part = workbook.getRelatedPart(rel);
            if (part == null) throw new Unusual("sheet part of " + id + " is missing");
            sheets.add(part);
        }
        styles = new StylesTable(onlyRelated(XSSFRelation.STYLES.getRelation(), false)); // as POI's workbook: at once
        stringsPart = onlyRelated(XSSFRelation.SHARED_STRINGS.getRelation(), true);
    }

    /** The one part the workbook relates to by {@code type} (null if none and {@code optional}). */
    private PackagePart onlyRelated(String type, boolean optional) throws InvalidFormatException {
        PackageRelationshipCollection rels = workbook.getRelationshipsByType(type);
        if (rels.size() == 0 && optional) return null;
        if (rels.size() != 1) throw new Unusual(rels.size() + " relationships of type " + type);
        PackagePart part = workbook.getRelatedPart(rels.getRelationship(0));
        if (part == null) throw new Unusual("missing part of type " + type);
        return part;
    }

    private List<Object> readEach(List<Source> sources) throws IOException, SAXException, ParserConfigurationException {
        List<Integer> wanted = new ArrayList<>();
        for (Source source : sources) {
            int index = sheetIndex(source);
            if (index >= 0 && !wanted.contains(index)) wanted.add(index);
        }
        Map<Integer, SortedMap<Integer, List<String>>> parsed = parseSheets(wanted);
        List<Object> out = new ArrayList<>();
        for (Source source : sources) {
            int index = sheetIndex(source);
            if (index < 0) {
                out.add(XlsxSource.noSuchSheet(source, names));
                continue;
            }
            try {
                out.add(table(source, names.get(index), parsed.get(index)));
            } catch (InputException e) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The rows of each wanted sheet. Two or more sheets (a spec's effects and studies sheets) are parsed on the
     * machine's cores ({@link Parallel#map}; the shared strings read first, the date-style cache shared): each sheet is
     * parsed as alone, so the rows do not depend on it. The first sheet's failure, in the order wanted, is thrown.
     */
    private Map<Integer, SortedMap<Integer, List<String>>> parseSheets(List<Integer> wanted) throws IOException,
            SAXException, ParserConfigurationException {
        List<Object> results = wanted.size() < 2 || !stringsReadFirst()
                ? wanted.stream().map(this::parseOrFailure).toList()    // one after another, as usual
                : Parallel.map(wanted, this::parseOrFailure);
        Map<Integer, SortedMap<Integer, List<String>>> parsed = new HashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            if (results.get(i) instanceof IOException e) throw e;
            if (results.get(i) instanceof SAXException e) throw e;
            if (results.get(i) instanceof ParserConfigurationException e) throw e;
            if (results.get(i) instanceof RuntimeException e) throw e;
            if (results.get(i) instanceof Error e) throw e;
            @SuppressWarnings("unchecked") var rows = (SortedMap<Integer, List<String>>) results.get(i);
            parsed.put(wanted.get(i), rows);
        }
        return parsed;
    }

    /** The sheet's rows, or what parsing it threw. */
    private Object parseOrFailure(int index) {
        try {
            return parseSheet(index);
        } catch (IOException | SAXException | ParserConfigurationException | RuntimeException | Error e) {
            return e;
        }
    }

    private SortedMap<Integer, List<String>> parseSheet(int index) throws IOException, SAXException,
            ParserConfigurationException {
        SheetHandler handler = new SheetHandler();
        parse(sheets.get(index), handler);
        return handler.rows;
    }

    /**
     * Reads the shared strings now (sheets parsed at the same time must not both read them on first use); false when
     * they cannot be read, and the sheets are then parsed one after another as usual (a sheet without a shared-string
     * cell never needs them).
     */
    private boolean stringsReadFirst() {
        if (stringsPart == null || strings != null) return true;
        try {
            strings = readStrings();
            return true;
        } catch (Unusual e) {
            return false;
        }
    }

    /** As {@code XSSFWorkbook.getSheet}: the first sheet whose name equals the source's ignoring case; -1 if none. */
    private int sheetIndex(Source source) {
        if (source.sheet() == null) return 0;
        for (int i = 0; i < names.size(); i++) if (source.sheet().equalsIgnoreCase(names.get(i))) return i;
        return -1;
    }

    private static Table table(Source source, String sheet, SortedMap<Integer, List<String>> rows) {
        String file = source.shown() + "[" + sheet + "]";
        XlsxSource.SheetRows out = new XlsxSource.SheetRows(file, new Problems());
        rows.forEach(out::add);
        return out.build();
    }

    private void parse(PackagePart part, DefaultHandler handler) throws IOException, SAXException,
            ParserConfigurationException {
        XMLReader reader;
        synchronized (xml) {                            // a factory is not thread-safe; its parsers are each one's own
            reader = xml.newSAXParser().getXMLReader();
        }
        reader.setContentHandler(handler);
        reader.setErrorHandler(handler);
        try (InputStream in = part.getInputStream()) {
            reader.parse(new InputSource(in));
        }
    }

    // ---- cells -------------------------------------------------------------------------------------------------

    /** One {@code <c>} element as read: the attributes and children POI's {@code XSSFCell} looks at. */
    private static final class RawCell {
        List<int[]> styledColumns; // the sheet's 0-based column ranges of <col style="n">, n > 0
        int column;
        String type = "n";    // t, with the schema's default
        String style;         // s, unparsed (only number cells look at it)
        boolean formula;      // has <f> (not a data table's)
        String value;         // <v>, null if absent
        RichText inline;      // <is>, null if absent
    }

    /** The text POI's {@code XSSFCell} gives {@link XlsxSource}'s {@code Cells.text}; null for a blank cell. */
    private String text(RawCell c) {
        if (c.formula && c.value == null) throw new Unusual("a formula without a saved result (computed by POI)");
        try {
            return switch (c.type) {
                case "n" -> c.value == null ? null : number(c);
                case "b" -> "1".equals(c.value) ? "TRUE" : "FALSE";
                case "e" -> XlsxSource.errorText(c.value == null ? 0 : FormulaError.forString(c.value).getCode());
                case "s" -> shared(c.value);
                case "str" -> decode(c.value == null ? "" : c.value);
                case "inlineStr" -> c.inline != null ? c.inline.text() : decode(c.value == null ? "" : c.value);
                default -> throw new Unusual("cell type " + c.type);
            };
        } catch (Unusual e) {
            throw e;
        } catch (RuntimeException e) { // POI reports the cell as unreadable, or its reading differs: let it say so
            throw new Unusual("cell " + c.column + ": " + e);
        }
    }

    /** As {@code XSSFCell.getNumericCellValue} and {@code DateUtil.isCellDateFormatted}, then {@code Cells.number}. */
    private String number(RawCell c) {
        double value = c.value.isEmpty() ? 0.0 : Double.parseDouble(c.value);
        if (DateUtil.isValidExcelDate(value) && isDateStyle(c)) return XlsxSource.dateText(DateUtil.getLocalDateTime(value, date1904));
        return ShortestDecimal.of(value);
    }

    /**
     * Whether the cell's style has a date format. As {@code XSSFCell.getCellStyle}: the cell's own style when it has
     * one in range, else its column's default style (here: a column with a style is left to POI), else style 0.
     */
    private boolean isDateStyle(RawCell c) {
        int index = -1;
        if (styles.getNumCellStyles() > 0 && c.style != null) {
            int s = digits(c.style, "style");
            if (s < styles.getNumCellStyles()) index = s;
        }
        if (index < 0 && c.styledColumns.stream().anyMatch(r -> r[0] <= c.column && c.column <= r[1]))
            throw new Unusual("a number cell without a style of its own in a column with a style");
        return dateStyles.computeIfAbsent(Math.max(index, 0), i -> {
            XSSFCellStyle style = styles.getStyleAt(i);
            ExcelNumberFormat format = ExcelNumberFormat.from(style);
            return format != null && DateUtil.isADateFormat(format);
        });
    }

    /** A {@code t="s"} cell: the checks of {@code Cells.string}, then {@code XSSFCell}'s lookup; anything odd is Unusual. */
    private String shared(String v) {
        if (v == null) throw new Unusual("a shared-string cell without a value");
        if (strings == null) strings = readStrings();
        int index;
        try {
            index = Integer.parseInt(v); // POI parses the untrimmed text; Cells.string checks the trimmed one
        } catch (NumberFormatException e) {
            throw new Unusual("shared-string reference '" + v + "'");
        }
        if (index < 0 || index >= strings.uniqueCount || index >= strings.texts.size())
            throw new Unusual("shared-string reference " + index + " out of range");
        return strings.texts.get(index);
    }

    private SharedStrings readStrings() {
        if (stringsPart == null) throw new Unusual("a shared-string cell but no shared-string table");
        SharedStrings table = new SharedStrings();
        try {
            parse(stringsPart, table);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            throw new Unusual("shared strings: " + e);
        }
        return table;
    }

    /** {@code XSSFRichTextString.getString}'s decoding of {@code _xHHHH_} escapes, by POI itself when there is one. */
    private static String decode(String s) {
        return s == null || !s.contains("_x") ? s : new XSSFRichTextString(s).getString();
    }

    /** A non-negative decimal int as XMLBeans reads an unsignedInt attribute; anything else is Unusual. */
    private static int digits(String s, String what) {
        if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9'))
            throw new Unusual(what + " '" + s + "'");
        return Integer.parseInt(s);
    }

    /** The 0-based column of a cell reference such as {@code AB12}; anything but plain A1 style is Unusual. */
    private static int column(String ref) {
        int i = 0;
        int col = 0;
        while (i < ref.length() && i < 3 && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') col = col * 26 + (ref.charAt(i++) - 'A' + 1);
        String row = ref.substring(i);
        if (i == 0 || row.isEmpty() || row.charAt(0) == '0' || row.length() > 7
                || !row.chars().allMatch(ch -> ch >= '0' && ch <= '9') || col > MAX_COLUMN)
            throw new Unusual("cell reference '" + ref + "'");
        return col - 1;
    }

    // ---- XML -----------------------------------------------------------------------------------------------------

    /** Fails on what XMLBeans would also refuse; warnings are ignored as XMLBeans ignores them. */
    private abstract static class Handler extends DefaultHandler {
        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }

        static boolean main(String uri) {
            return MAIN.equals(uri);
        }
    }

    /** workbook.xml: the sheets' names and relationship ids, in order, and {@code date1904}. */
    private final class WorkbookHandler extends Handler {
        private final List<String> ids;
        private int depth;
        private boolean inSheets;
        private int sheetsSeen;
        private int prSeen;

        WorkbookHandler(List<String> ids) {
            this.ids = ids;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            depth++;
            if (depth == 1 && !(main(uri) && local.equals("workbook"))) throw new Unusual("workbook root " + qName);
            if (depth == 2 && main(uri) && local.equals("workbookPr")) {
                if (prSeen++ > 0) throw new Unusual("two workbookPr");
                String v = a.getValue("date1904");
                if (v != null) {
                    if (v.equals("1") || v.equals("true")) date1904 = true;
                    else if (!v.equals("0") && !v.equals("false")) throw new Unusual("date1904 '" + v + "'");
                }
            }
            if (depth == 2 && main(uri) && local.equals("sheets")) {
                if (sheetsSeen++ > 0) throw new Unusual("two sheets elements");
                inSheets = true;
            }
            if (depth == 3 && inSheets) {
                if (!(main(uri) && local.equals("sheet"))) throw new Unusual("element " + qName + " in sheets");
                String name = a.getValue("name");
                String id = a.getValue(RELATIONSHIPS, "id");
                if (name == null || id == null) throw new Unusual("a sheet without name or r:id");
                names.add(name);
                ids.add(id);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (depth == 2) inSheets = false;
            depth--;
        }

        @Override
        public void endDocument() {
            if (sheetsSeen == 0) throw new Unusual("no sheets element");
        }
    }

    /**
     * The text of a rich-text element (a shared string's {@code <si>}, an inline {@code <is>}), as
     * {@code XSSFRichTextString.getString}: its runs' texts if it has runs, else its own {@code <t>}, else null.
     * Fed the elements below the rich-text element; {@link #end} says when the element itself ends.
     */
    private static final class RichText {
        private final StringBuilder own = new StringBuilder();
        private final StringBuilder runs = new StringBuilder();
        private boolean hasOwn;
        private int runCount;
        private boolean inRun;
        private boolean runHasText;
        private int depth;          // below the rich-text element
        private int skip;           // depth of an ignored subtree (rPr, rPh, phoneticPr), 0 if none
        private StringBuilder into; // where characters go (inside a t), null if nowhere

        void start(String uri, String local) {
            depth++;
            if (skip > 0) return;
            boolean main = Handler.main(uri);
            if (depth == 1 && main && local.equals("t")) {
                if (hasOwn) throw new Unusual("two t in a rich text");
                hasOwn = true;
                into = own;
            } else if (depth == 1 && main && local.equals("r")) {
                runCount++;
                inRun = true;
                runHasText = false;
            } else if (depth == 1 && main && (local.equals("rPh") || local.equals("phoneticPr"))) {
                skip = depth;
            } else if (depth == 2 && inRun && main && local.equals("rPr")) {
                skip = depth;
            } else if (depth == 2 && inRun && main && local.equals("t")) {
                if (runHasText) throw new Unusual("two t in a run");
                runHasText = true;
                into = runs;
            } else {
                throw new Unusual("element " + local + " in a rich text");
            }
        }

        /** @return true when the rich-text element itself ended */
        boolean end() {
            if (depth == 0) return true;
            if (skip == depth) {
                skip = 0;
            } else if (skip == 0 && into != null) {
                into = null;
            } else if (skip == 0 && inRun && depth == 1) {
                if (!runHasText) throw new Unusual("a run without text"); // POI would append "null"
                inRun = false;
            }
            depth--;
            return false;
        }

        void characters(char[] ch, int start, int length) {
            if (into != null && skip == 0) into.append(ch, start, length);
        }

        String text() {
            if (runCount > 0) return decode(runs.toString());
            return hasOwn ? decode(own.toString()) : null;
        }
    }

    /** sharedStrings.xml: every {@code <si>}'s text, and the {@code uniqueCount} that {@code Cells.string} checks against. */
    private static final class SharedStrings extends Handler {
        final List<String> texts = new ArrayList<>();
        int uniqueCount;
        private int depth;
        private int skip;
        private RichText item;

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            depth++;
            if (item != null) {
                item.start(uri, local);
            } else if (skip > 0) {
                return;
            } else if (depth == 1) {
                if (!(main(uri) && local.equals("sst"))) throw new Unusual("shared strings root " + qName);
                String unique = a.getValue("uniqueCount");
                uniqueCount = unique == null ? 0 : digits(unique, "uniqueCount"); // SharedStringsTable: the attribute
                String count = a.getValue("count");
                if (count != null) digits(count, "count");
            } else if (depth == 2 && main(uri) && local.equals("si")) {
                item = new RichText();
            } else if (depth == 2 && main(uri) && local.equals("extLst")) {
                skip = depth;
            } else {
                throw new Unusual("element " + qName + " in the shared strings");
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (item != null && item.end()) {
                texts.add(item.text());
                item = null;
            } else if (skip == depth) {
                skip = 0;
            }
            depth--;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (item != null) item.characters(ch, start, length);
        }
    }

    /**
     * A worksheet's {@code <sheetData>}: rows by number, each its cells' texts by column, as long as POI's
     * {@code Row.getLastCellNum()} (a blank cell counts; no cell and a blank one read as null).
     */
    private final class SheetHandler extends Handler {
        final SortedMap<Integer, List<String>> rows = new TreeMap<>();
        private final List<int[]> styledColumns = new ArrayList<>();
        private int depth;
        private int skip;
        private boolean inCols;
        private boolean inData;
        private boolean dataSeen;
        private List<String> row;
        private int rowNumber;
        private RawCell cell;
        private StringBuilder value; // the text of the cell's <v> while inside it
        private RichText inline;

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            depth++;
            if (inline != null) {
                inline.start(uri, local);
                return;
            }
            if (skip > 0) return;
            boolean main = main(uri);
            switch (depth) {
                case 1 -> {
                    if (!(main && local.equals("worksheet"))) throw new Unusual("worksheet root " + qName);
                }
                case 2 -> {
                    if (main && local.equals("sheetData")) {
                        if (dataSeen) throw new Unusual("two sheetData");
                        dataSeen = inData = true;
                    } else if (main && local.equals("cols")) {
                        if (dataSeen) throw new Unusual("cols after sheetData");
                        inCols = true;
                    } else {
                        skip = depth;
                    }
                }
                case 3 -> {
                    if (inCols) {
                        if (main && local.equals("col")) col(a);
                        skip = depth;
                    } else if (inData) {
                        if (!(main && local.equals("row"))) throw new Unusual("element " + qName + " in sheetData");
                        String r = a.getValue("r");
                        if (r == null) throw new Unusual("a row without a number");
                        rowNumber = digits(r, "row number");
                        if (rowNumber < 1 || rowNumber > MAX_ROW) throw new Unusual("row number " + r);
                        row = new ArrayList<>();
                    }
                }
                case 4 -> {
                    if (main && local.equals("c")) startCell(a);
                    else if (main && local.equals("extLst")) skip = depth;
                    else throw new Unusual("element " + qName + " in a row");
                }
                case 5 -> startCellChild(main, local, qName, a);
                default -> throw new Unusual("element " + qName + " inside a cell's " + depth + "th level");
            }
        }

        private void col(Attributes a) {
            int min = digits(String.valueOf(a.getValue("min")), "col min");
            int max = digits(String.valueOf(a.getValue("max")), "col max");
            if (min < 1 || max < min || max > MAX_COLUMN) throw new Unusual("col " + min + ":" + max);
            String style = a.getValue("style");
            if (style != null && digits(style, "col style") != 0) styledColumns.add(new int[] {min - 1, max - 1});
        }

        private void startCell(Attributes a) {
            cell = new RawCell();
            cell.styledColumns = styledColumns;
            String r = a.getValue("r");
            if (r == null) throw new Unusual("a cell without a reference");
            cell.column = column(r);
            String t = a.getValue("t");
            if (t != null) cell.type = t;
            cell.style = a.getValue("s");
        }

        private void startCellChild(boolean main, String local, String qName, Attributes a) {
            if (cell == null) throw new Unusual("element " + qName + " outside a cell");
            if (main && local.equals("v")) {
                if (cell.value != null || value != null) throw new Unusual("two v in a cell");
                value = new StringBuilder();
            } else if (main && local.equals("f")) {
                formula(a);
                skip = depth;
            } else if (main && local.equals("is")) {
                if (cell.inline != null) throw new Unusual("two is in a cell");
                inline = new RichText();
            } else if (main && local.equals("extLst")) {
                skip = depth;
            } else {
                throw new Unusual("element " + qName + " in a cell");
            }
        }

        /** As {@code XSSFCell.isFormulaCell} and {@code XSSFSheet.onReadCell}: a data table's formula is no formula. */
        private void formula(Attributes a) {
            if (cell.formula) throw new Unusual("two f in a cell");
            String t = a.getValue("t");
            if (t == null || t.equals("normal")) {
                cell.formula = true;
            } else if (t.equals("shared")) {
                cell.formula = true;
                String ref = a.getValue("ref");
                if (ref != null && !ref.matches("[A-Z]{1,3}[1-9][0-9]{0,6}(:[A-Z]{1,3}[1-9][0-9]{0,6})?"))
                    throw new Unusual("shared formula range '" + ref + "'");
                String si = a.getValue("si");
                if (ref != null && si == null) throw new Unusual("a shared formula range without an index");
                if (si != null) digits(si, "shared formula index");
            } else {
                throw new Unusual("formula type " + t); // array (cells of its range are formulas too), dataTable
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (inline != null) {
                if (inline.end()) {
                    cell.inline = inline;
                    inline = null;
                }
            } else if (skip == depth) {
                skip = 0;
            } else if (skip == 0) {
                endOwn();
            }
            depth--;
        }

        private void endOwn() {
            switch (depth) {
                case 5 -> {
                    if (value != null) {
                        cell.value = value.toString();
                        value = null;
                    }
                }
                case 4 -> {
                    while (row.size() <= cell.column) row.add(null);
                    row.set(cell.column, text(cell)); // a later cell with the same reference wins, as in POI
                    cell = null;
                }
                case 3 -> {
                    if (inData) rows.put(rowNumber, row); // a later row with the same number wins, as in POI
                    row = null;
                }
                case 2 -> inCols = inData = false;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inline != null) inline.characters(ch, start, length);
            else if (value != null && skip == 0) value.append(ch, start, length);
        }
    }
}
