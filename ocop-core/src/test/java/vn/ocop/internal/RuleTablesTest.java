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
        CriteriaSet s = RuleTables.readSet("t.drl.csv", HEADER + OPTIONS + MINIMUMS);
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
        assertEquals("t.drl.csv:9: criterion 1.1 has a 4-star marker on option 5, which does not exist (rule T 1.1 4★)",
                e.getMessage());
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
}
