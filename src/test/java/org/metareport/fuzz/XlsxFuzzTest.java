package org.metareport.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.metareport.data.TableReader;
import org.metareport.problems.InputException;
import org.metareport.problems.Where;
import org.metareport.spec.Source;

/**
 * The xlsx reader ({@code XlsxSource}, through {@link TableReader}) on damaged workbooks: mutated bytes of a small
 * valid workbook, and valid zips whose parts are changed (a shared-string index out of range, missing parts, a huge
 * dimension or row number, broken XML) give a table or a located {@link InputException}, never anything else.
 */
class XlsxFuzzTest {
    static final String TARGET = "xlsx";
    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String STRINGS = "xl/sharedStrings.xml";
    private static final Path DIR = Fuzz.tempDir("fuzz-xlsx");

    /** The fuzz target: reads {@code bytes} as data/book.xlsx (first sheet) and checks the contract. */
    static InputException read(byte[] bytes) {
        Path file = DIR.resolve("book.xlsx");
        Fuzz.write(file, bytes);
        Source source = new Source(file, "data/book.xlsx", null, new Where("analysis.yaml", 3, 12));
        return ReaderContract.check(bytes, () -> TableReader.read(source));
    }

    @TestFactory
    Stream<DynamicTest> replaysEveryCorpusFile() {
        return Fuzz.replay(TARGET, XlsxFuzzTest::read);
    }

    @Test
    void mutatedWorkbookBytesGiveATableOrALocatedError() {
        Random random = Budget.random("xlsx.bytes");
        var seeds = Corpus.seeds(TARGET);
        for (int i = 0; i < Budget.tries(80); i++) {
            Mutations.Mutant m = Mutations.mutate(random, seeds, Mutations.TEXT_TOKENS, 3);
            Fuzz.named(m.toString(), () -> read(m.bytes()));
        }
    }

    /** Edits of one part of a valid workbook, each kept a valid zip so that POI reaches the XML. */
    static final Map<String, UnaryOperator<Map<String, byte[]>>> PART_EDITS = new LinkedHashMap<>();

    static {
        PART_EDITS.put("shared-string index out of range", p -> text(p, SHEET, s -> s.replace("<v>5</v>", "<v>99999</v>")));
        PART_EDITS.put("negative shared-string index", p -> text(p, SHEET, s -> s.replace("<v>5</v>", "<v>-1</v>")));
        PART_EDITS.put("shared-string index not a number", p -> text(p, SHEET, s -> s.replace("<v>5</v>", "<v>x</v>")));
        PART_EDITS.put("no sharedStrings part", p -> remove(p, STRINGS));
        PART_EDITS.put("no sheet part", p -> remove(p, SHEET));
        PART_EDITS.put("no workbook part", p -> remove(p, "xl/workbook.xml"));
        PART_EDITS.put("no content types", p -> remove(p, "[Content_Types].xml"));
        PART_EDITS.put("no styles", p -> remove(p, "xl/styles.xml"));
        PART_EDITS.put("huge dimension", p -> text(p, SHEET, s -> s.replace("A1:F4", "A1:XFD1048576")));
        PART_EDITS.put("row past the last", p -> text(p, SHEET, s -> s.replace("<row r=\"4\"", "<row r=\"1048577\"")));
        PART_EDITS.put("row number 0", p -> text(p, SHEET, s -> s.replace("<row r=\"4\"", "<row r=\"0\"")));
        PART_EDITS.put("column past XFD", p -> text(p, SHEET, s -> s.replace("r=\"E4\"", "r=\"XFE4\"")));
        PART_EDITS.put("huge column", p -> text(p, SHEET, s -> s.replace("r=\"E4\"", "r=\"ZZZZZZZZ4\"")));
        PART_EDITS.put("rows out of order", p -> text(p, SHEET, s -> s.replace("<row r=\"2\"", "<row r=\"9\"")));
        PART_EDITS.put("unknown cell type", p -> text(p, SHEET, s -> s.replace("t=\"n\"", "t=\"q\"")));
        PART_EDITS.put("number cell with text", p -> text(p, SHEET, s -> s.replace("<v>0.5</v>", "<v>abc</v>")));
        PART_EDITS.put("number cell with NaN", p -> text(p, SHEET, s -> s.replace("<v>0.5</v>", "<v>NaN</v>")));
        PART_EDITS.put("boolean cell with 7", p -> text(p, SHEET, s -> s.replace("t=\"n\" s=\"0\"><v>0.5", "t=\"b\" s=\"0\"><v>7")));
        PART_EDITS.put("error cell with junk", p -> text(p, SHEET, s -> s.replace("t=\"n\" s=\"0\"><v>0.5", "t=\"e\" s=\"0\"><v>#JUNK")));
        PART_EDITS.put("date style on a huge number", p -> text(p, SHEET, s -> s.replace("<v>0.5</v>", "<v>1e308</v>")));
        PART_EDITS.put("style index out of range", p -> text(p, SHEET, s -> s.replace("s=\"0\"><v>0.5", "s=\"999\"><v>0.5")));
        PART_EDITS.put("broken formula", p -> text(p, SHEET, s -> s.replace("<f>B4*2</f>", "<f>SUM(((</f>")));
        PART_EDITS.put("formula to another book", p -> text(p, SHEET, s -> s.replace("<f>B4*2</f>", "<f>[1]Sheet1!A1</f>")));
        PART_EDITS.put("recursive formula", p -> text(p, SHEET, s -> s.replace("<f>B4*2</f>", "<f>F4+1</f>")));
        PART_EDITS.put("truncated sheet XML", p -> text(p, SHEET, s -> s.substring(0, s.length() / 2)));
        PART_EDITS.put("sheet XML with a DOCTYPE", p -> text(p, SHEET, s -> s.replace("<worksheet", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><worksheet")));
        PART_EDITS.put("entity in a shared string", p -> text(p, STRINGS, s -> s.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>").replace("<t>Study</t>", "<t>&b;</t>")));
        PART_EDITS.put("control characters in a shared string", p -> text(p, STRINGS, s -> s.replace("<t>Jones</t>", "<t>J_x0000_o_x001B_nes\u0085</t>")));
        PART_EDITS.put("sheet part that is not XML", p -> put(p, SHEET, new byte[] {(byte) 0xFF, 0, 1, 2}));
        PART_EDITS.put("empty sharedStrings", p -> put(p, STRINGS, new byte[0]));
    }

    @TestFactory
    Stream<DynamicTest> damagedPartsGiveATableOrALocatedError() {
        Map<String, byte[]> parts = unzip(Corpus.seeds(TARGET).get(0).bytes());
        return PART_EDITS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
                () -> read(zip(e.getValue().apply(new LinkedHashMap<>(parts))))));
    }

    @Test
    void mutatedPartsGiveATableOrALocatedError() {
        Random random = Budget.random("xlsx.parts");
        Map<String, byte[]> parts = unzip(Corpus.seeds(TARGET).get(0).bytes());
        List<String> names = new ArrayList<>(parts.keySet());
        List<Corpus.Seed> one = new ArrayList<>();
        for (int i = 0; i < Budget.tries(60); i++) {
            String name = names.get(random.nextInt(names.size()));
            one.clear();
            one.add(new Corpus.Seed(name, parts.get(name)));
            Mutations.Mutant m = Mutations.mutate(random, one, Mutations.TEXT_TOKENS, 4);
            Map<String, byte[]> changed = new LinkedHashMap<>(parts);
            changed.put(name, m.bytes());
            Fuzz.named(m.toString(), () -> read(zip(changed)));
        }
    }

    /** Coverage-guided (Jazzer): runs in the {@code fuzz} profile only; see docs/notes.md, "Fuzzing". */
    @FuzzTest(maxDuration = "15s")
    void coverageGuided(byte[] bytes) {
        read(bytes);
    }

    private static Map<String, byte[]> text(Map<String, byte[]> parts, String name, UnaryOperator<String> edit) {
        parts.put(name, edit.apply(new String(parts.get(name), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return parts;
    }

    private static Map<String, byte[]> remove(Map<String, byte[]> parts, String name) {
        parts.remove(name);
        return parts;
    }

    private static Map<String, byte[]> put(Map<String, byte[]> parts, String name, byte[] bytes) {
        parts.put(name, bytes);
        return parts;
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) parts.put(e.getName(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var p : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(p.getKey()));
                z.write(p.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
