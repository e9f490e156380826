package vn.ocop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.RuleFileException;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.Selection;

/** Reading criteria-set files, and the file/line/cell of each kind of mistake. */
class RuleTablesTest {
    static final String HEADER = """
            RuleSet,x.s01
            Import,"vn.ocop.rules.internal.fact.Score"
            CriteriaSet,T-01
            Edition,T-2026
            Number,1
            Name,Thử nghiệm
            Part,A,3
            Group,A,1,3,NHÓM MỘT,Group one
            Criterion,1,1.1,2,single,Tiêu chí một,One
            Criterion,1,1.2,1,yes-no,Song ngữ,Bilingual
            """;
    static final String OPTIONS = """

            RuleTable T-01 options
            NAME,CONDITION,ACTION,DESCRIPTION
            ,$s : Score,,
            ,"criterion == ""$1"", option == $2",x,
            Rule,"Criterion, option",Points,Option
            T 1.1 #1,"1.1,1",0,Không
            T 1.1 #2,"1.1,2",2,Có
            T 1.2 #1,"1.2,1",0,No
            T 1.2 #2,"1.2,2",1,Yes
            """;
    static final String MINIMUMS = """

            RuleTable T-01 minimum markers
            NAME,CONDITION,ACTION,METADATA
            ,$s : Score,,
            ,"criterion == ""$1"", points < $2",x,option($param)
            Rule,"Criterion, minimum points",Star level,Marked option
            T 1.1 4★,"1.1,2",4,2
            """;

    @Test
    void readsASet() {
        List<RuleFileException> problems = new java.util.ArrayList<>();
        CriteriaSet s = RuleTables.readSet("t.drl.csv", Csv.parse("t.drl.csv", HEADER + OPTIONS + MINIMUMS),
                BigDecimal.valueOf(3), problems);
        assertEquals(List.of(), problems);
        assertEquals("T-01", s.id());
        assertEquals("T-2026", s.edition());
        Criterion c = s.criterion("1.1").orElseThrow();
        assertEquals(Selection.SINGLE, c.selection());
        assertEquals(List.of(BigDecimal.ZERO, BigDecimal.valueOf(2)), c.options().stream().map(o -> o.points()).toList());
        assertEquals("T 1.1 #2", c.options().get(1).rule());
        assertEquals(2, c.minimumFor(4).orElseThrow().markedOption());
        assertEquals(Selection.YES_NO, s.criterion("1.2").orElseThrow().selection());
        assertEquals(BigDecimal.valueOf(3), s.maxTotal());
    }

    static RuleFileException error(String text) {
        return assertThrows(RuleFileException.class, () -> RuleTables.readSet("t.drl.csv", text));
    }

    @Test
    void aNonNumericPointNamesTheCell() {
        RuleFileException e = error(HEADER + OPTIONS.replace("\"1.1,2\",2,Có", "\"1.1,2\",two,Có"));
        assertEquals("t.drl.csv:18 (cell C18): points must be a number: 'two'", e.getMessage());
        assertEquals("C18", e.cell());
    }

    @Test
    void anOptionOfAnUnknownCriterionNamesTheCell() {
        RuleFileException e = error(HEADER + OPTIONS.replace("\"1.2,2\",1", "\"1.3,2\",1"));
        assertEquals("t.drl.csv:20 (cell B20): option of unknown criterion '1.3'", e.getMessage());
    }

    @Test
    void aGapInTheLadderIsReported() {
        RuleFileException e = error(HEADER + OPTIONS.replace("\"1.1,2\",2", "\"1.1,3\",2"));
        assertEquals("t.drl.csv:9: criterion 1.1 has options [1, 3]: positions must run 1, 2, 3 … without gaps",
                e.getMessage());
    }

    @Test
    void aMarkerOnAMissingOptionIsReported() {
        RuleFileException e = error(HEADER + OPTIONS + MINIMUMS.replace("\"1.1,2\",4,2", "\"1.1,2\",4,5"));
        assertEquals("t.drl.csv:27 (cell D27): the 4-star marker T 1.1 4★ marks option 5 of criterion 1.1, which has"
                + " 2 options", e.getMessage());
    }

    @Test
    void anUnknownHeaderRowOrKindIsReported() {
        assertEquals("t.drl.csv:7 (cell A7): unknown header row 'Prat' (expected CriteriaSet, Edition, Number, Name,"
                + " Confidence, Source, Disqualifier, DataIssue, Part, Group, GroupNote, Criterion, Note or Case)",
                error(HEADER.replace("Part,A,3", "Prat,A,3") + OPTIONS).getMessage());
        assertEquals("t.drl.csv:9 (cell E9): unknown criterion kind 'choice' (expected single, yes-no, container or"
                + " cases)", error(HEADER.replace("2,single", "2,choice") + OPTIONS).getMessage());
    }

    @Test
    void aDuplicateRuleNameIsReported() {
        RuleFileException e = error(HEADER + OPTIONS.replace("T 1.2 #1", "T 1.1 #1"));
        assertEquals("t.drl.csv:19 (cell A19): rule name 'T 1.1 #1' is used twice", e.getMessage());
    }

    @Test
    void aYesNoCriterionNeedsTwoOptions() {
        RuleFileException e = error(HEADER + OPTIONS.replace("T 1.2 #2,\"1.2,2\",1,Yes\n", ""));
        assertEquals("t.drl.csv:10: criterion 1.2 is yes/no, so it needs exactly two options (no, yes)", e.getMessage());
    }

    /** Every arithmetic problem of a file, collected, each at the cell holding the wrong maximum. */
    static List<String> arithmetic(String text, int scale) {
        List<RuleFileException> problems = new java.util.ArrayList<>();
        RuleTables.readSet("t.drl.csv", Csv.parse("t.drl.csv", text), BigDecimal.valueOf(scale), problems);
        return problems.stream().map(RuleFileException::getMessage).toList();
    }

    @Test
    void maximaThatDoNotAddUpAreAllReported() {
        String text = HEADER.replace("Part,A,3", "Part,A,4").replace("Group,A,1,3,", "Group,A,1,5,")
                .replace("Criterion,1,1.1,2,", "Criterion,1,1.1,3,") + OPTIONS + MINIMUMS;
        assertEquals(List.of(
                "t.drl.csv:9 (cell D9): criterion 1.1 has maximum 3, but its best option gives 2",
                "t.drl.csv:8 (cell D8): group 1 has maximum 5, but its criteria add up to 4",
                "t.drl.csv:7 (cell C7): part A has maximum 4, but its groups add up to 5",
                "t.drl.csv:7 (cell C7): the parts of criteria set T-01 add up to 4, not 3"), arithmetic(text, 3));
    }

    @Test
    void aMarkerAskingForOtherPointsThanItsOptionIsReported() {
        String text = HEADER + OPTIONS + MINIMUMS.replace("\"1.1,2\",4,2", "\"1.1,1\",4,2");
        assertEquals(List.of("t.drl.csv:27 (cell B27): the 4-star marker T 1.1 4★ asks for 1 points on criterion 1.1,"
                + " but its marked option 2 gives 2"), arithmetic(text, 3));
    }

    @Test
    void theScaleIsOneHundredUnlessDeclared() {
        assertEquals(List.of("t.drl.csv:7 (cell C7): the parts of criteria set T-01 add up to 3, not 100 (a pack may"
                + " declare another total with a 'Scale' row)"), arithmetic(HEADER + OPTIONS, 100));
    }

    static final String EDITION = """
            RuleSet,x
            Edition,T-2026
            EffectiveFrom,2026-01-01
            Part,A,3

            RuleTable T-2026 star bands
            NAME,CONDITION,CONDITION,CONDITION,ACTION,DESCRIPTION
            ,$e : Evaluation,Evaluation,Evaluation,,
            ,total >= $param,total < $param,total <= $param,x,
            Rule,Total from,Total below,Total up to,Stars,Official wording
            T 3★,2,,3,3,
            T 2★,1,2,,2,
            T 1★,0,1,,1,
            """;

    static List<String> bands(String text) {
        List<RuleFileException> problems = new java.util.ArrayList<>();
        RuleTables.readEdition("e.drl.csv", Csv.parse("e.drl.csv", text), null, f -> null, BigDecimal.valueOf(3),
                problems);
        return problems.stream().map(RuleFileException::getMessage).toList();
    }

    @Test
    void bandsThatTileTheScaleAreAccepted() {
        assertEquals(List.of(), bands(EDITION));
    }

    @Test
    void gapsOverlapsAndShortBandsAreReported() {
        assertEquals(List.of("e.drl.csv:12 (cell B12): band T 2★ starts at 1.5, but the band below it ends at 1:"
                + " totals in between get no band (gap)"), bands(EDITION.replace("T 2★,1,2", "T 2★,1.5,2")));
        assertEquals(List.of("e.drl.csv:12 (cell B12): band T 2★ starts at 0.5, inside the band below it (overlap)"),
                bands(EDITION.replace("T 2★,1,2", "T 2★,0.5,2")));
        assertEquals(List.of("e.drl.csv:11 (cell B11): the top band T 3★ ends at 2.5, but totals run up to 3 inclusive"
                + " ('Total up to' 3 on the top band)"), bands(EDITION.replace("T 3★,2,,3", "T 3★,2,,2.5")));
        assertEquals(List.of("e.drl.csv:11 (cell B11): bands T 2★ and T 3★ both give 2 stars"),
                bands(EDITION.replace("T 3★,2,,3,3", "T 3★,2,,3,2")));
    }
}
