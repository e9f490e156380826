package vn.ocop.rules.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.RuleFileException;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.Minimum;
import vn.ocop.catalogue.Selection;

/** Reading data-only criteria-set and edition files, and the file/line/cell of each kind of mistake. */
class RuleFilesTest {
    // Line numbers: the heading is line 1, CriteriaSet line 2 …
    static final String SET = """
            # Loại dòng / Row,Mã / Code,Trường hợp / Case,Phương án / Option,Điểm / Points,Sao / Marker,Kiểu / Type,Nội dung / Wording,English
            CriteriaSet,T-01
            Edition,T-2026
            Number,1
            Name,,,,,,,Thử nghiệm
            Part,A,,,3
            Group,1,,,3,,,NHÓM MỘT,Group one
            Criterion,1.1,,,2,,single,Tiêu chí một,One
            Option,1.1,,1,0,,,Không
            Option,1.1,,2,1,***,,Một phần
            Option,1.1,,3,2,*****,,Có
            Criterion,1.2,,,1,,yes-no,Song ngữ,Bilingual
            Option,1.2,,1,0,,,No
            Option,1.2,,2,1,,,Yes
            Stop,1.1,FOREIGN_MATTER,,,,NOT_ASSESSED,Ghi chú
            """;

    static CriteriaSet read(String text, int scale, List<RuleFileException> problems) {
        return RuleFiles.readSet("t.csv", Csv.parse("t.csv", text), BigDecimal.valueOf(scale), problems);
    }

    @Test
    void readsASetAndNamesItsRules() {
        List<RuleFileException> problems = new java.util.ArrayList<>();
        CriteriaSet s = read(SET, 3, problems);
        assertEquals(List.of(), problems);
        assertEquals("T-01", s.id());
        assertEquals("T-2026", s.edition());
        Criterion c = s.criterion("1.1").orElseThrow();
        assertEquals(Selection.SINGLE, c.selection());
        assertEquals(
                List.of(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.valueOf(2)),
                c.options().stream().map(o -> o.points()).toList());
        assertEquals("T-01 1.1 #2", c.options().get(1).rule());
        assertEquals("T-01 stop FOREIGN_MATTER", s.stopRules().get(0).rule());
        assertEquals(Selection.YES_NO, s.criterion("1.2").orElseThrow().selection());
        assertEquals(BigDecimal.valueOf(3), s.maxTotal());
    }

    @Test
    void markersAreCumulativeFromTheOptionsThatCarryThem() {
        Criterion c = read(SET, 3, new java.util.ArrayList<>()).criterion("1.1").orElseThrow();
        // *** on option 2 (1 point): 3★ and 4★ need 1; ***** on option 3 (2 points): 5★ needs 2.
        assertEquals(
                List.of(
                        new Minimum(3, BigDecimal.ONE, 2, "T-01 1.1 3★"),
                        new Minimum(4, BigDecimal.ONE, 2, "T-01 1.1 4★"),
                        new Minimum(5, BigDecimal.valueOf(2), 3, "T-01 1.1 5★")),
                c.minimums());
    }

    static RuleFileException error(String text) {
        return assertThrows(RuleFileException.class, () -> RuleFiles.readSet("t.csv", text));
    }

    @Test
    void aNonNumericPointNamesTheCell() {
        RuleFileException e = error(SET.replace("Option,1.1,,3,2,", "Option,1.1,,3,two,"));
        assertEquals("t.csv:11 (cell E11): points must be a number such as 3 or 1.5: 'two'", e.getMessage());
        assertEquals("E11", e.cell());
    }

    @Test
    void aDecimalCommaGetsAHint() {
        RuleFileException e = error(SET.replace("Option,1.1,,2,1,", "Option,1.1,,2,\"0,5\","));
        assertEquals(
                "t.csv:10 (cell E10): points '0,5' uses a decimal comma: write 0.5 (a dot), or format the cell"
                        + " as a number",
                e.getMessage());
    }

    @Test
    void numbersAreFinitePlainDecimals() {
        for (String bad : List.of("1E3", "-1", "NaN", "Infinity", "1_000", "0x10", "1.5.2", "+1")) {
            RuleFileException e = error(SET.replace("Option,1.1,,2,1,", "Option,1.1,,2," + bad + ","));
            assertEquals("E10", e.cell(), bad);
        }
    }

    @Test
    void codesFollowTheirGrammar() {
        assertEquals(
                "t.csv:8 (cell B8): criterion code '1.1\") || true || (\"' is not a valid code (expected"
                        + " something like 1.5 or 6.1.2)",
                error(SET.replace("Criterion,1.1,", "Criterion,\"1.1\"\") ||" + " true || (\"\"\","))
                        .getMessage());
        assertEquals(
                "B2",
                error(SET.replace("CriteriaSet,T-01", "CriteriaSet,T 01;x")).cell());
        assertEquals(
                "C15", error(SET.replace("FOREIGN_MATTER", "FOREIGN;MATTER")).cell());
    }

    @Test
    void anOptionOfAnUnknownCriterionNamesTheCell() {
        RuleFileException e = error(SET.replace("Option,1.2,,2,1", "Option,1.3,,2,1"));
        assertEquals(
                "t.csv:14 (cell B14): unknown criterion '1.3' (declare it on a 'Criterion' row above)", e.getMessage());
    }

    @Test
    void aGapInTheLadderIsReported() {
        RuleFileException e = error(SET.replace("Option,1.1,,3,2,", "Option,1.1,,4,2,"));
        assertEquals(
                "t.csv:8 (cell B8): criterion 1.1 has options [1, 2, 4]: option numbers must run 1, 2, 3 …"
                        + " without gaps",
                e.getMessage());
    }

    @Test
    void markersAreWrittenAsTheDecisionPrintsThem() {
        assertEquals(
                "t.csv:10 (cell F10): write the marker without spaces: '***' instead of '* * *'",
                error(SET.replace("***,,Một", "* * *,,Một")).getMessage());
        assertEquals("F10", error(SET.replace("***,,Một", "3★,,Một")).cell());
        assertEquals(
                "t.csv:11 (cell F11): criterion 1.1 already has the *** marker on option 2; the decision prints"
                        + " each marker once per criterion",
                error(SET.replace("*****,,Có", "***,,Có")).getMessage());
        assertEquals(
                "F13",
                error(SET.replace("Option,1.2,,1,0,,", "Option,1.2,,1,0,***,")).cell());
    }

    @Test
    void aMarkerThatAsksLessForMoreStarsIsReported() {
        List<RuleFileException> problems = new java.util.ArrayList<>();
        read(SET.replace(",***,,Một", ",*****,,Một").replace(",*****,,Có", ",***,,Có"), 3, problems);
        assertEquals(
                List.of("t.csv:10 (cell F10): criterion 1.1: the ***** marker on option 2 (1 points) asks less"
                        + " than the *** marker on option 3 (2 points); more stars need at least as many points"),
                problems.stream().map(RuleFileException::getMessage).toList());
    }

    @Test
    void codeAndUnknownRowsAreRefused() {
        RuleFileException e = error("RuleSet,x.y\nImport,java.lang.Runtime\n" + SET);
        assertEquals("A1", e.cell());
        assertTrue(
                e.getMessage().contains("is a row of a Drools decision table or of DRL, which are code"),
                e.getMessage());
        assertTrue(error(SET + "RuleTable T-01 options\n").getMessage().contains("which are code"));
        assertTrue(
                error(SET + "Functions,\"function void f() {}\"\n").getMessage().contains("which are code"));
        assertEquals(
                "t.csv:6 (cell A6): unknown row 'Prat' (expected CriteriaSet, Edition, Number, Name, Confidence,"
                        + " Source, Disqualifier, DataIssue, Part, Group, GroupNote, Criterion, Note, Case, Option, Stop or"
                        + " StopAtZero; a row starting with # is a comment)",
                error(SET.replace("Part,A,,,3", "Prat,A,,,3")).getMessage());
        assertEquals(
                "t.csv:8 (cell G8): criterion type must be single, yes-no, container or cases: 'choice'",
                error(SET.replace("2,,single", "2,,choice")).getMessage());
    }

    @Test
    void cellsARowDoesNotUseMustBeEmpty() {
        RuleFileException e = error(SET.replace("Option,1.1,,1,0,,,Không", "Option,1.1,,1,0,,,Không,,\"rule x\""));
        assertEquals(
                "t.csv:9 (cell J9): a 'Option' row does not use column J (beyond the last column); leave it"
                        + " empty: 'rule x'",
                e.getMessage());
        assertEquals(
                "G2",
                error(SET.replace("CriteriaSet,T-01", "CriteriaSet,T-01,,,,,hidden"))
                        .cell());
    }

    @Test
    void aCriterionCodeThatWouldRepeatACaseOptionsRuleNameIsRefused() {
        String cases = SET.replace("Stop,1.1,FOREIGN_MATTER,,,,NOT_ASSESSED,Ghi chú\n", "")
                        .replace("Part,A,,,3", "Part,A,,,5")
                        .replace("Group,1,,,3,", "Group,1,,,5,")
                + "Criterion,1.5,,,1,,cases,Trường hợp,Cases\nCase,1.5,a,,,,,Một\nOption,1.5,a,1,1,,,A\n"
                + "Criterion,1.5a,,,1,,single,Lạ,Odd\nOption,1.5a,,1,1,,,B\n";
        RuleFileException e = error(cases);
        assertTrue(e.getMessage().contains("would make a second rule named 'T-01 1.5a #1'"), e.getMessage());
    }

    @Test
    void aStopAtZeroNamesALeafAndChildrenStayUnderTheirContainer() {
        String nested = SET.replace("Stop,1.1,FOREIGN_MATTER,,,,NOT_ASSESSED,Ghi chú\n", "")
                        .replace("Part,A,,,3", "Part,A,,,4")
                        .replace("Group,1,,,3,", "Group,1,,,4,")
                + "Criterion,1.3,,,1,,container,Cảm quan,Sensory\nCriterion,1.3.1,,,1,,single,Màu,Colour\n"
                + "Option,1.3.1,,1,1,,,Đạt\n";
        List<RuleFileException> problems = new java.util.ArrayList<>();
        assertEquals(4, read(nested, 4, problems).maxTotal().intValueExact());
        assertEquals(List.of(), problems);
        RuleFileException zero = error(nested + "StopAtZero,1.3,,,,,NOT_ASSESSED,x\n");
        assertTrue(zero.getMessage().contains("criterion 1.3 contains other criteria"), zero.getMessage());
        RuleFileException order = error(nested + "Criterion,1.4,,,0,,yes-no,X,X\nOption,1.4,,1,0,,,N\n"
                + "Option,1.4,,2,0,,,Y\nCriterion,1.3.2,,,0,,single,Y,Y\nOption,1.3.2,,1,0,,,Z\n");
        assertTrue(order.getMessage().contains("criterion 1.3.2 belongs to criterion 1.3"), order.getMessage());
    }

    @Test
    void theLongestCodesStillMakeRules() {
        String code = "ABCDEFGHIJKLMNOP-ABCDEFGHIJKLMNO-ABCDEFGHIJKLMNO";
        CriteriaSet s = read(
                SET.replace("CriteriaSet,T-01", "CriteriaSet," + code)
                        .replace("FOREIGN_MATTER", "NO_MANDATORY_PRODUCTION_CONDITIONS"),
                3,
                new java.util.ArrayList<>());
        assertTrue(RuleWriter.set("x.y", s).contains("rule \"" + code + " stop NO_MANDATORY_PRODUCTION_CONDITIONS\""));
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aHugeCellIsQuotedShortAndItsMessageTranslatedQuickly() {
        String huge = "1".repeat(70_000) + "x";
        RuleFileException e = error(SET.replace("Option,1.1,,2,1,", "Option,1.1,,2," + huge + ","));
        assertTrue(e.getMessage().length() < 300, e.getMessage().length() + " characters");
        vn.ocop.internal.Vietnamese.translate(e.getMessage());
        vn.ocop.internal.Vietnamese.translate("x '" + "1".repeat(70_000) + "' uses a decimal comma: write 1 (a dot)");
    }

    @Test
    void aYesNoCriterionNeedsTwoOptions() {
        RuleFileException e = error(SET.replace("Option,1.2,,2,1,,,Yes\n", ""));
        assertEquals(
                "t.csv:12 (cell B12): criterion 1.2 is yes/no, so it needs exactly two options (1 no, 2 yes)",
                e.getMessage());
    }

    static List<String> arithmetic(String text, int scale) {
        List<RuleFileException> problems = new java.util.ArrayList<>();
        read(text, scale, problems);
        return problems.stream().map(RuleFileException::getMessage).toList();
    }

    @Test
    void maximaThatDoNotAddUpAreAllReported() {
        String text = SET.replace("Part,A,,,3", "Part,A,,,4")
                .replace("Group,1,,,3,", "Group,1,,,5,")
                .replace("Criterion,1.1,,,2,", "Criterion,1.1,,,3,");
        assertEquals(
                List.of(
                        "t.csv:8 (cell E8): criterion 1.1 has maximum 3, but its best option gives 2 (option 3): correct the"
                                + " maximum or the option's points",
                        "t.csv:7 (cell E7): group 1 has maximum 5, but its criteria add up to 4",
                        "t.csv:6 (cell E6): part A has maximum 4, but its groups add up to 5",
                        "t.csv:6 (cell E6): the parts of criteria set T-01 add up to 4, not 3"),
                arithmetic(text, 3));
    }

    @Test
    void theScaleIsOneHundredUnlessDeclared() {
        assertEquals(
                List.of("t.csv:6 (cell E6): the parts of criteria set T-01 add up to 3, not 100 (a pack may"
                        + " declare another total with a 'Scale' row)"),
                arithmetic(SET, 100));
    }

    static final String EDITION = """
            # Loại dòng / Row,Giá trị / Values
            Edition,T-2026
            EffectiveFrom,2026-01-01
            Part,A,3
            Band,3,2,,3,
            Band,2,1,2,,
            Band,1,0,1,,
            """;

    static List<String> bands(String text) {
        List<RuleFileException> problems = new java.util.ArrayList<>();
        RuleFiles.readEdition("e.csv", Csv.parse("e.csv", text), null, f -> null, BigDecimal.valueOf(3), problems);
        return problems.stream().map(RuleFileException::getMessage).toList();
    }

    @Test
    void bandsThatTileTheScaleAreAccepted() {
        assertEquals(List.of(), bands(EDITION));
    }

    @Test
    void aMistypedEdgeIsReportedOnceNamingBothCells() {
        assertEquals(
                List.of("e.csv:5 (cell C5): the 2★ band ends below 2 (cell D6) but the 3★ band starts at 2.5:"
                        + " totals in between get no band (gap); one of the two edges is mistyped"),
                bands(EDITION.replace("Band,3,2,,3", "Band,3,2.5,,3")));
        assertEquals(
                List.of("e.csv:6 (cell C6): the 1★ band ends below 1 (cell D7) but the 2★ band starts at 0.5:"
                        + " the bands overlap; one of the two edges is mistyped"),
                bands(EDITION.replace("Band,2,1,2", "Band,2,0.5,2")));
        assertEquals(
                List.of("e.csv:5 (cell E5): the top band (3★) ends at 2.5, but totals run up to 3 inclusive"
                        + " ('Total up to' 3 on the top band)"),
                bands(EDITION.replace("Band,3,2,,3", "Band,3,2,,2.5")));
    }

    @Test
    void starLevelsMustRiseWithTheTotal() {
        // The 2★ and 3★ rows carry each other's star level.
        List<String> p = bands(EDITION.replace("Band,3,2,,3", "Band,2,2,,3").replace("Band,2,1,2,", "Band,3,1,2,"));
        assertEquals(
                List.of("e.csv:5 (cell B5): the band from 2 gives 2★, but the lower band from 1 gives 3★: star"
                        + " levels must rise with the total (are two rows' star levels swapped?)"),
                p);
        RuleFileException twice =
                assertThrows(RuleFileException.class, () -> bands(EDITION.replace("Band,3,2,,3", "Band,2,2,,3")));
        assertEquals("e.csv:6 (cell B6): two bands give 2 stars; each star level has one band", twice.getMessage());
    }

    @Test
    void theNationalFilesReadAndTheirRulesHoldOnlyCheckedValues() {
        List<RuleFileException> problems = new java.util.ArrayList<>();
        var catalogue = vn.ocop.rules.internal.ClasspathRules.load(
                path -> {
                    try (var in = RuleFilesTest.class.getClassLoader().getResourceAsStream(path)) {
                        return in == null
                                ? null
                                : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                },
                problems);
        assertEquals(3, catalogue.editions().size());
        for (var e : catalogue.editions()) {
            String bands = RuleWriter.bands("x.y", e);
            assertEquals(5, bands.split("\nrule ").length - 1, e.id());
            for (var s : e.sets()) {
                String drl = RuleWriter.set("x.y", s);
                assertFalse(drl.contains("/*"), s.id());
                long rules = drl.split("\nrule ").length - 1;
                long expected = s.leaves().stream()
                                .mapToLong(c -> c.options().size()
                                        + c.cases().stream()
                                                .mapToLong(k -> k.options().size())
                                                .sum())
                                .sum()
                        + s.criteria().values().stream()
                                .mapToLong(c -> c.minimums().size())
                                .sum()
                        + s.stopRules().size();
                assertEquals(expected, rules, s.id());
            }
        }
    }

    /** The officer's typical mistakes are told in Vietnamese too (the catalogue of vn.ocop.internal.Vietnamese). */
    @Test
    void typicalMistakesHaveAVietnameseWording() {
        List<String> messages = new java.util.ArrayList<>();
        for (String text : List.of(
                SET.replace("Option,1.1,,3,2,", "Option,1.1,,3,two,"),
                SET.replace("Option,1.1,,2,1,", "Option,1.1,,2,\"0,5\","),
                SET.replace("Option,1.2,,2,1", "Option,1.3,,2,1"),
                SET.replace("Option,1.1,,3,2,", "Option,1.1,,4,2,"),
                SET.replace("***,,Một", "* * *,,Một"),
                SET.replace("*****,,Có", "***,,Có"),
                SET.replace("Part,A,,,3", "Prat,A,,,3"),
                "RuleSet,x\n" + SET,
                SET.replace("Option,1.1,,1,0,,,Không", "Option,1.1,,1,0,,,Không,,x"),
                SET.replace("Criterion,1.1,", "Criterion,1;1,"))) {
            messages.add(RuleFilesTest.stripped(error(text)));
        }
        String grown = SET.replace("Part,A,,,3", "Part,A,,,4")
                .replace("Group,1,,,3,", "Group,1,,,5,")
                .replace("Criterion,1.1,,,2,", "Criterion,1.1,,,3,");
        List<RuleFileException> problems = new java.util.ArrayList<>();
        read(grown, 3, problems);
        problems.forEach(e -> messages.add(stripped(e)));
        for (String edition : List.of(
                EDITION.replace("Band,3,2,,3", "Band,3,2.5,,3"),
                EDITION.replace("Band,3,2,,3", "Band,2,2,,3").replace("Band,2,1,2,", "Band,3,1,2,"))) {
            List<RuleFileException> p = new java.util.ArrayList<>();
            RuleFiles.readEdition("e.csv", Csv.parse("e.csv", edition), null, f -> null, BigDecimal.valueOf(3), p);
            p.forEach(e -> messages.add(stripped(e)));
        }
        assertEquals(16, messages.size());
        for (String m : messages) {
            assertTrue(vn.ocop.internal.Vietnamese.knows(m), () -> "no Vietnamese wording for: " + m);
        }
        assertEquals(
                "Tiêu chí 1.1: điểm tối đa 3 nhưng phương án cao nhất cho 2 (phương án 3): hãy sửa điểm tối đa"
                        + " hoặc điểm của phương án",
                vn.ocop.internal.Vietnamese.translate(messages.get(10)));
        assertEquals(
                "Điểm '0,5' dùng dấu phẩy thập phân: hãy viết 0.5 (dấu chấm), hoặc định dạng ô là số",
                vn.ocop.internal.Vietnamese.translate(messages.get(1)));
    }

    static String stripped(RuleFileException e) {
        String m = e.getMessage();
        int at = m.indexOf("): ");
        return at >= 0 ? m.substring(at + 3) : m.substring(m.indexOf(": ") + 2);
    }

    @Test
    void theWriterRefusesAnythingButCheckedValues() {
        assertThrows(IllegalArgumentException.class, () -> RuleWriter.literal("1.1\" || true", Cells.CRITERION_CODE));
        assertThrows(IllegalArgumentException.class, () -> RuleWriter.decimal(new BigDecimal("1234567.5")));
        assertThrows(IllegalArgumentException.class, () -> RuleWriter.decimal(new BigDecimal("-1")));
        assertEquals("\"6.1.2\"", RuleWriter.literal("6.1.2", Cells.CRITERION_CODE));
    }

    @Test
    void ruleTextIsAsciiWhateverTheNames() {
        // Drools reads a rule resource in the JVM's default charset: the writer leaves nothing for it to misread
        assertEquals(
                "\"LD26-01 1.1 5\\u2605\"",
                RuleWriter.literal("LD26-01 1.1 5★", java.util.regex.Pattern.compile(".*")));
        String drl = RuleWriter.set("vn.ocop.pack.t.s01", read(SET, 3, new java.util.ArrayList<>()));
        assertTrue(drl.chars().allMatch(c -> c < 0x80), "the written rules are ASCII");
        assertTrue(drl.contains("rule \"T-01 1.1 3\\u2605\""), drl);
    }
}
