package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.rules.TestPacks.edit;
import static vn.ocop.rules.TestPacks.line;
import static vn.ocop.rules.TestPacks.pack;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.PartCode;
import vn.ocop.pack.InvalidPackException;
import vn.ocop.pack.Pack;
import vn.ocop.pack.PackChange;
import vn.ocop.pack.PackOptions;
import vn.ocop.pack.PackProblem;
import vn.ocop.pack.PackReport;
import vn.ocop.pack.Packs;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Sheet;

/** Province packs: what a change does, and how each kind of mistake is reported. */
class PacksTest {
    static final String S01 = "s01/QD26-01.csv";
    static final String OPTION_1_5_2 = "Option,1.5,,2,1,,,";

    static InvalidPackException invalid(Path pack) {
        return assertThrows(InvalidPackException.class, () -> Packs.load(pack));
    }

    static PackProblem only(InvalidPackException e) {
        assertEquals(1, e.problems().size(), e::getMessage);
        return e.problems().get(0);
    }

    static void at(PackProblem p, String file, int line, String cell, String messagePart) {
        assertEquals(file, p.file(), p::toString);
        assertEquals(line, p.line(), p::toString);
        assertEquals(cell, p.cell(), p::toString);
        assertTrue(p.message().contains(messagePart), () -> p + " does not say: " + messagePart);
    }

    @Nested
    class Changes {
        @TempDir
        Path dir;

        @Test
        void raisingOneOptionChangesExactlyThatCriterionPartAndTotal() {
            Path p = pack(dir, "1", "Replace,QD26-01," + S01);
            edit(p.resolve(S01), OPTION_1_5_2, "Option,1.5,,2,1.5,,,");
            Pack pack = Packs.load(p);
            assertEquals(
                    List.of(PackChange.Kind.OPTION_CHANGED),
                    pack.changes().stream().map(PackChange::kind).toList());

            // The Bến Tre pomelo sample answers 1.5 with option 2 (contracts for 50–75 % of sales): the
            // national table gives 1 point, the pack 1.5. Worked by hand: total 75 → 75.5, part A 32 → 32.5.
            Sheet pomelo = SpecialRulesTest.pomelo();
            ScoreResult national = Ocop.scorer().score(pomelo);
            ScoreResult local = pack.scorer().score(pomelo);
            assertEquals(new BigDecimal("75"), national.total());
            assertEquals(0, new BigDecimal("75.5").compareTo(local.total()));
            assertEquals(0, new BigDecimal("1.5").compareTo(local.criteria().get("1.5")));
            assertEquals(0, new BigDecimal("32").compareTo(national.parts().get(PartCode.A)));
            assertEquals(0, new BigDecimal("32.5").compareTo(local.parts().get(PartCode.A)));
            assertEquals(national.parts().get(PartCode.B), local.parts().get(PartCode.B));
            assertEquals(national.parts().get(PartCode.C), local.parts().get(PartCode.C));
            national.criteria().forEach((code, points) -> {
                if (!code.equals("1.5")) {
                    assertEquals(points, local.criteria().get(code), code);
                }
            });
            assertEquals(national.stars(), local.stars());
            assertEquals("Test pack", local.pack().name());
            assertEquals(pack.info(), local.pack());
            assertNull(national.pack());
            assertEquals(
                    S01,
                    local.awards().stream()
                            .filter(a -> a.criterion().equals("1.5"))
                            .findFirst()
                            .orElseThrow()
                            .file());
        }

        @Test
        void onGeneratedSheetsOnlyOption2Of15MovesTheTotal() {
            Path p = pack(dir, "1", "Replace,QD26-01," + S01);
            edit(p.resolve(S01), OPTION_1_5_2, "Option,1.5,,2,1.5,,,");
            Scorer local = Packs.load(p).scorer();
            Scorer national = Ocop.scorer();
            CriteriaSet set = Ocop.catalogue().set("QD26-01").orElseThrow();
            SheetArbitraries.sheets(set).sampleStream().limit(300).forEach(s -> {
                BigDecimal expected =
                        s.answers().get("1.5").equals(Answer.option(2)) ? new BigDecimal("0.5") : BigDecimal.ZERO;
                BigDecimal diff =
                        local.score(s).total().subtract(national.score(s).total());
                assertEquals(0, expected.compareTo(diff), () -> "sheet " + s.answers());
            });
        }

        @Test
        void anUnchangedSetKeepsTheNationalRulesAndAddsNoChange() {
            Path p = pack(dir, "1", "Replace,QD26-02,s02/QD26-02.csv");
            Pack pack = Packs.load(p);
            assertEquals(List.of(), pack.changes());
            Sheet best = Sheets.best(pack.catalogue().set("QD26-02").orElseThrow());
            assertEquals(new BigDecimal("100"), pack.scorer().score(best).total());
        }

        @Test
        void aBandsWordingChangeIsReported() {
            Path p = pack(dir, "1", "Bands,edition.csv");
            edit(p.resolve("edition.csv"), "Band,3,50,70,,\"có đặc thù", "Band,3,50,70,,\"có nét đặc thù");
            Pack pack = Packs.load(p);
            assertEquals(
                    List.of(PackChange.Kind.BANDS_CHANGED),
                    pack.changes().stream().map(PackChange::kind).toList());
            assertTrue(
                    pack.changes().get(0).detail().startsWith("wording of the 3★ band: 'có đặc thù"),
                    pack.changes()::toString);
        }

        @Test
        void bandsCanBeChanged() {
            Path p = pack(dir, "1", "Bands,edition.csv");
            Path bands = p.resolve("edition.csv");
            edit(bands, "Band,4,70,90,", "Band,4,75,90,");
            edit(bands, "Band,3,50,70,", "Band,3,50,75,");
            Pack pack = Packs.load(p);
            assertEquals(
                    List.of(PackChange.Kind.BANDS_CHANGED),
                    pack.changes().stream().map(PackChange::kind).toList());
            CriteriaSet set = pack.catalogue().set("QD26-01").orElseThrow();
            Sheet at72 = BandEdgesTest.findSheetWithTotal(set, 72).orElseThrow();
            assertEquals(4, Ocop.scorer().score(at72).bandStars());
            assertEquals(3, pack.scorer().score(at72).bandStars());
        }
    }

    @Nested
    class Mistakes {
        @TempDir
        Path dir;

        @Test
        void aGroupMaximumThatDoesNotAddUpNamesItsCell() {
            Path p = pack(dir, "1", "Replace,QD26-01," + S01);
            Path f = p.resolve(S01);
            int group = line(f, "Group,1,,,18,");
            int part = line(f, "Part,A,,,40");
            edit(f, "Group,1,,,18,", "Group,1,,,19,");
            InvalidPackException e = invalid(p);
            assertEquals(2, e.problems().size(), e::getMessage);
            at(e.problems().get(0), S01, group, "E" + group, "group 1 has maximum 19, but its criteria add up to 18");
            at(e.problems().get(1), S01, part, "E" + part, "part A has maximum 40, but its groups add up to 41");
        }

        @Test
        void aTotalOtherThanTheScaleIsReported() {
            Path p = pack(dir, "1", "Replace,QD26-01," + S01);
            Path f = p.resolve(S01);
            edit(f, "Criterion,1.1,,,3,", "Criterion,1.1,,,4,");
            edit(f, "Option,1.1,,3,3,", "Option,1.1,,3,4,");
            edit(f, "Group,1,,,18,", "Group,1,,,19,");
            edit(f, "Part,A,,,40", "Part,A,,,41");
            int part = line(f, "Part,A,,,41");
            at(only(invalid(p)), S01, part, "E" + part, "the parts of criteria set QD26-01 add up to 101, not 100");
        }

        @Test
        void aBandGapIsReportedAtItsRow() {
            Path p = pack(dir, "1", "Bands,edition.csv");
            Path f = p.resolve("edition.csv");
            edit(f, "Band,4,70,90,", "Band,4,71,90,");
            int row = line(f, "Band,4,");
            int below = line(f, "Band,3,");
            at(
                    only(invalid(p)),
                    "edition.csv",
                    row,
                    "C" + row,
                    "the 3★ band ends below 70 (cell D" + below + ") but the"
                            + " 4★ band starts at 71: totals in between get no band (gap); one of the two edges is mistyped");
        }

        @Test
        void aMarkerTwiceOnOneCriterionIsReportedAtItsCell() {
            Path p = pack(dir, "1", "Replace,QD26-01," + S01);
            Path f = p.resolve(S01);
            edit(f, "Option,1.5,,4,3,*****,", "Option,1.5,,4,3,****,");
            int row = line(f, "Option,1.5,,4,");
            at(only(invalid(p)), S01, row, "F" + row, "criterion 1.5 already has the **** marker on option 3");
        }

        @Test
        void duplicateCodesAreReported() throws IOException {
            Path p = pack(dir, "1", "Replace,QD26-01," + S01, "Replace,QD26-01," + S01, "Add,QD26-03,s01/QD26-01.csv");
            InvalidPackException e = invalid(p);
            at(e.problems().get(0), "pack.csv", 5, "B5", "criteria set QD26-01 is named twice (on line 4 too)");
            at(e.problems().get(1), "pack.csv", 6, "B6", "added criteria set QD26-03 has the code of a national set");
        }

        @Test
        void aReplacedSetThatDoesNotExistIsReported() {
            Path p = pack(dir, "1", "Replace,QD26-99," + S01);
            InvalidPackException e = invalid(p);
            at(
                    e.problems().get(0),
                    "pack.csv",
                    4,
                    "B4",
                    "replaced criteria set QD26-99 does not exist in edition" + " QD-26-2026");
        }

        @Test
        void aMistypedRowKindNamesItsCell() {
            Path p = pack(dir, "1", "Replace,QD26-01," + S01);
            Path f = p.resolve(S01);
            edit(f, "Option,1.1,,1,", "Opiton,1.1,,1,");
            int row = line(f, "Opiton,");
            at(only(invalid(p)), S01, row, "A" + row, "unknown row 'Opiton'");
        }

        @Test
        void everyProblemOfEveryFileIsReportedTogether() {
            Path p = pack(dir, "1", "Replace,QD26-01," + S01, "Bands,edition.csv", "Replace,QD26-77,nowhere.csv");
            edit(p.resolve(S01), "Group,1,,,18,", "Group,1,,,19,");
            edit(p.resolve("edition.csv"), "Band,4,70,90,", "Band,4,71,90,");
            InvalidPackException e = invalid(p);
            assertEquals(
                    List.of("pack.csv", "edition.csv", S01, S01),
                    e.problems().stream().map(PackProblem::file).toList(),
                    e::getMessage);
        }

        @Test
        void aFileTheManifestDoesNotNameIsReported() throws IOException {
            Path p = pack(dir, "1", "Replace,QD26-01," + S01);
            Files.copy(p.resolve(S01), p.resolve("QD26-01-copy.csv"));
            at(only(invalid(p)), "QD26-01-copy.csv", 0, null, "file not named in pack.csv");
        }

        @Test
        void aScaleOtherThan100NeedsItsOwnBandsAndSets() throws IOException {
            Path p = pack(dir, "1", "Scale,200", "Replace,QD26-01," + S01);
            InvalidPackException e = invalid(p);
            at(e.problems().get(0), "pack.csv", 4, "B4", "the pack declares scale 200, so it needs its own star bands");
            int part = line(p.resolve(S01), "Part,A,,,40");
            assertTrue(
                    e.problems().stream()
                            .anyMatch(x -> x.file().equals(S01)
                                    && x.line() == part
                                    && x.message().contains("add up to 100, not 200")),
                    e::getMessage);
            assertTrue(
                    e.problems().stream()
                            .anyMatch(x -> x.message()
                                    .contains("national criteria set QD26-02, which it"
                                            + " does not replace, totals 100")),
                    e::getMessage);
        }

        @Test
        void aMissingManifestIsReported() throws IOException {
            Files.createDirectories(dir);
            at(only(invalid(dir)), "pack.csv", 0, null, "the pack has no pack.csv manifest");
        }

        @Test
        void validateReportsInsteadOfThrowing() {
            Path p = pack(dir, "1", "Replace,QD26-99," + S01);
            PackReport r = Packs.validate(p, PackOptions.defaults());
            assertTrue(!r.valid());
            at(r.problems().get(0), "pack.csv", 4, "B4", "replaced criteria set QD26-99 does not exist");
        }
    }

    @Nested
    class Drl {
        @TempDir
        Path dir;

        static final String RULE = """
                package vn.ocop.packs.test;
                import vn.ocop.rules.internal.fact.Evaluation;
                rule "Provincial audit trail"
                when
                    Evaluation( total > 1000 )
                then
                end
                """;

        Path drlPack() throws IOException {
            Path p = pack(dir, "1", "Rules,rules/audit.drl");
            Files.createDirectories(p.resolve("rules"));
            Files.writeString(p.resolve("rules/audit.drl"), RULE, StandardCharsets.UTF_8);
            return p;
        }

        @Test
        void isRefusedWithoutTheTrustSwitch() throws IOException {
            PackProblem p = only(invalid(drlPack()));
            at(p, "rules/audit.drl", 0, null, "DRL file refused");
            assertTrue(p.message().contains("--trust-drl"), p::toString);
        }

        @Test
        void isCompiledIntoEverySetWithIt() throws IOException {
            Pack pack = Packs.load(drlPack(), PackOptions.defaults().withTrustDrl(true));
            assertEquals(
                    List.of(PackChange.Kind.DRL_ADDED),
                    pack.changes().stream().map(PackChange::kind).toList());
            assertEquals(
                    new BigDecimal("75"),
                    pack.scorer().score(SpecialRulesTest.pomelo()).total());
        }
    }

    @Nested
    class Workbooks {
        @TempDir
        Path dir;

        @Test
        void anExportedWorkbookPackIsValidAndScoresLikeTheNationalEdition() {
            Packs.export("QD-26-2026", dir.resolve("x"), vn.ocop.pack.PackFormat.XLSX);
            PackReport r = Packs.validate(dir.resolve("x"), PackOptions.defaults());
            assertTrue(r.valid(), () -> r.problems().toString());
            assertEquals(List.of(), r.changes());
            assertEquals(
                    new BigDecimal("75"),
                    Packs.load(dir.resolve("x"))
                            .scorer()
                            .score(SpecialRulesTest.pomelo())
                            .total());
        }

        /**
         * Exports 26/2026 as workbooks and edits, in QD26-01's workbook, the points cell of option 2 of 1.5.
         *
         * @return the worksheet row edited (1-based)
         */
        int exportAndEditOption2Of15(java.util.function.Consumer<org.apache.poi.ss.usermodel.Cell> edit)
                throws IOException {
            Packs.export("QD-26-2026", dir.resolve("x"), vn.ocop.pack.PackFormat.XLSX);
            Path f = dir.resolve("x/pack.xlsx");
            int row = -1;
            try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(Files.newInputStream(f))) {
                for (var r : wb.getSheet("QD26-01")) {
                    if (r.getCell(0) != null
                            && r.getCell(0).getStringCellValue().equals("Option")
                            && r.getCell(1).getStringCellValue().equals("1.5")
                            && r.getCell(3).getNumericCellValue() == 2) {
                        edit.accept(r.getCell(4));
                        row = r.getRowNum() + 1;
                    }
                }
                try (var out = Files.newOutputStream(f)) {
                    wb.write(out);
                }
            }
            assertTrue(row > 0, "option 2 of 1.5 found in the workbook");
            return row;
        }

        @Test
        void aWorkbookCellErrorNamesTheSheetAndCell() throws IOException {
            int row = exportAndEditOption2Of15(cell -> cell.setCellValue("một"));
            PackProblem p = only(invalid(dir.resolve("x")));
            at(p, "pack.xlsx", row, "'QD26-01'!E" + row, "points must be a number such as 3 or 1.5: 'một'");
        }

        /** Edits the exported pack.xlsx with POI, as a spreadsheet program would save it. */
        void editWorkbook(java.util.function.Consumer<org.apache.poi.ss.usermodel.Workbook> edit) throws IOException {
            Path f = dir.resolve("x/pack.xlsx");
            try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(Files.newInputStream(f))) {
                edit.accept(wb);
                try (var out = Files.newOutputStream(f)) {
                    wb.write(out);
                }
            }
        }

        @Test
        void numbersStoredAsTextTrailingSpacesAndEmptyRowsReadAsTheValues() throws IOException {
            exportAndEditOption2Of15(cell -> cell.setCellValue("1.5 ")); // a number stored as text
            editWorkbook(wb -> {
                var sh = wb.getSheet("QD26-01");
                sh.shiftRows(20, sh.getLastRowNum(), 3); // three empty rows inserted
                for (var r : sh) {
                    if (r.getCell(1) != null
                            && r.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && r.getCell(1).getStringCellValue().equals("1.1")) {
                        r.getCell(1).setCellValue("1.1  "); // trailing spaces in a code
                    }
                }
            });
            Pack pack = Packs.load(dir.resolve("x/pack.xlsx"));
            assertEquals(
                    List.of(PackChange.Kind.OPTION_CHANGED),
                    pack.changes().stream().map(PackChange::kind).toList());
            assertEquals(
                    0,
                    new BigDecimal("75.5")
                            .compareTo(pack.scorer()
                                    .score(SpecialRulesTest.pomelo())
                                    .total()));
        }

        @Test
        void aVietnameseDecimalCommaIsRefusedWithAHint() throws IOException {
            int row = exportAndEditOption2Of15(cell -> cell.setCellValue("1,5"));
            at(
                    only(invalid(dir.resolve("x"))),
                    "pack.xlsx",
                    row,
                    "'QD26-01'!E" + row,
                    "points '1,5' uses a decimal" + " comma: write 1.5 (a dot)");
        }

        @Test
        void aSheetTheManifestDoesNotNameIsRefused() throws IOException {
            Packs.export("QD-26-2026", dir.resolve("x"), vn.ocop.pack.PackFormat.XLSX);
            editWorkbook(wb -> {
                wb.createSheet("Ghi chú");
                wb.setSheetOrder("Ghi chú", 0);
            });
            at(
                    only(invalid(dir.resolve("x"))),
                    "pack.xlsx",
                    0,
                    null,
                    "sheet 'Ghi chú' is not named in the 'Pack' sheet");
        }

        @Test
        void inlineStringsAndASecondSheetInAOneTableWorkbook() throws IOException {
            // A workbook written with inline strings (as streaming writers do) holding QD26-01 with 1.5/2 at 1.5.
            Path p = dir.resolve("inline");
            Files.createDirectories(p);
            List<vn.ocop.rules.internal.files.Csv.Row> rows = vn.ocop.rules.internal.files.Csv.parse(
                    "x", Files.readString(TestPacks.national("QD-26-2026").resolve(S01)));
            try (var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook()) {
                var sh = wb.createSheet("QD26-01");
                for (int r = 0; r < rows.size(); r++) {
                    var row = sh.createRow(r);
                    for (int c = 0; c < rows.get(r).cells().size(); c++) {
                        String v = rows.get(r).cells().get(c).replace("\uFEFF", "");
                        if (rows.get(r).cell(0).equals("Option")
                                && rows.get(r).cell(1).equals("1.5")
                                && rows.get(r).cell(3).equals("2")
                                && c == 4) {
                            row.createCell(c).setCellValue(1.5);
                        } else if (!v.isEmpty()) {
                            row.createCell(c).setCellValue(v);
                        }
                    }
                }
                try (var out = Files.newOutputStream(p.resolve("QD26-01.xlsx"))) {
                    wb.write(out);
                }
            }
            Files.writeString(
                    p.resolve("pack.csv"), "Pack,I\nVersion,1\nEdition,QD-26-2026\nReplace,QD26-01,QD26-01.xlsx\n");
            Pack pack = Packs.load(p);
            assertEquals(
                    0,
                    new BigDecimal("75.5")
                            .compareTo(pack.scorer()
                                    .score(SpecialRulesTest.pomelo())
                                    .total()));

            try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(
                    Files.newInputStream(p.resolve("QD26-01.xlsx")))) {
                wb.createSheet("Trang mới");
                wb.setSheetOrder("Trang mới", 0);
                try (var out = Files.newOutputStream(p.resolve("QD26-01.xlsx"))) {
                    wb.write(out);
                }
            }
            at(
                    only(invalid(p)),
                    "QD26-01.xlsx",
                    0,
                    null,
                    "holds one table, but this one has sheets Trang mới, QD26-01");
        }

        @Test
        void aNumberTypedIntoAWorkbookCellIsReadInFull() throws IOException {
            exportAndEditOption2Of15(cell -> cell.setCellValue(1.5)); // a number cell, as Excel stores a typed number
            Pack pack = Packs.load(dir.resolve("x"));
            assertEquals(
                    0,
                    new BigDecimal("75.5")
                            .compareTo(pack.scorer()
                                    .score(SpecialRulesTest.pomelo())
                                    .total()));
        }
    }

    @Nested
    class Exports {
        @TempDir
        Path dir;

        @Test
        void everyExportedEditionValidatesWithoutChanges() {
            for (String edition : List.of("QD-26-2026", "QD-148-2023", "QD-1048-2019")) {
                PackReport r = Packs.validate(TestPacks.national(edition), PackOptions.defaults());
                assertTrue(r.valid(), () -> edition + ": " + r.problems());
                assertEquals(List.of(), r.changes(), edition);
                // The known arithmetic defects of the transcribed sources, acknowledged by DataIssue rows: 148
                // set 7 (6.d headed 4, best option 3), sets 11–13 (part C prints 32/32/33 of 35); 1048 (group 3
                // and part A). 26/2026 adds up everywhere.
                List<String> files = r.warnings().stream()
                        .map(w -> w.substring(0, w.indexOf(':')))
                        .distinct()
                        .toList();
                assertEquals(
                        switch (edition) {
                            case "QD-148-2023" ->
                                List.of("s07/QD148-07.csv", "s11/QD148-11.csv", "s12/QD148-12.csv", "s13/QD148-13.csv");
                            case "QD-1048-2019" -> List.of("s01/QD1048-01.csv");
                            default -> List.of();
                        },
                        files,
                        () -> edition + ": " + r.warnings());
            }
        }

        @Test
        void anExportRefusesAFolderThatIsNotEmpty() throws IOException {
            Files.writeString(dir.resolve("keep.txt"), "x");
            assertThrows(
                    vn.ocop.OcopException.class, () -> Packs.export("QD-26-2026", dir, vn.ocop.pack.PackFormat.CSV));
        }

        /**
         * Every set file given one more stop rule (for a finding the generated sheets never carry), so that the
         * rules of the whole edition are written and compiled from the pack's files.
         */
        @Test
        void recompiledExportsScoreLikeTheNationalEditionsOnGeneratedSheetsOfEverySet() throws IOException {
            Scorer national = Ocop.scorer();
            for (String edition : List.of("QD-26-2026", "QD-148-2023", "QD-1048-2019")) {
                Path copy = dir.resolve(edition);
                copyTree(TestPacks.national(edition), copy);
                try (Stream<Path> files = Files.walk(copy)) {
                    for (Path f : files.filter(x -> x.getFileName().toString().matches("QD.*\\.csv"))
                            .toList()) {
                        CriteriaSet set = national.catalogue()
                                .set(f.getFileName().toString().replace(".csv", ""))
                                .orElseThrow();
                        String finding = java.util.stream.Stream.of("COPIED_PRODUCT", "IP_VIOLATION")
                                .filter(x -> set.stopRules().stream().noneMatch(r -> x.equals(r.finding())))
                                .findFirst()
                                .orElseThrow();
                        String text = Files.readString(f, StandardCharsets.UTF_8);
                        Files.writeString(
                                f,
                                text + "Stop," + set.leaves().get(0).code() + "," + finding
                                        + ",,,,NOT_ASSESSED,recompiled\n",
                                StandardCharsets.UTF_8);
                    }
                }
                Pack pack = Packs.load(copy);
                assertEquals(
                        java.util.Set.of(PackChange.Kind.STOP_RULE_CHANGED),
                        pack.changes().stream().map(PackChange::kind).collect(java.util.stream.Collectors.toSet()),
                        edition);
                Scorer local = pack.scorer();
                int compared = 0;
                for (CriteriaSet set :
                        pack.catalogue().edition(edition).orElseThrow().sets()) {
                    for (Sheet s : SheetArbitraries.sheets(set)
                            .sampleStream()
                            .limit(12)
                            .toList()) {
                        ScoreResult a = national.score(s);
                        ScoreResult b = local.score(s);
                        assertEquals(a.criteria(), b.criteria(), set.id());
                        assertEquals(a.total(), b.total(), set.id());
                        assertEquals(a.stars(), b.stars(), set.id());
                        assertEquals(a.failedMinimums(), b.failedMinimums(), set.id());
                        assertEquals(a.stops(), b.stops(), set.id());
                        assertNotEquals(null, b.pack());
                        compared++;
                    }
                }
                assertTrue(compared >= 12, edition);
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
