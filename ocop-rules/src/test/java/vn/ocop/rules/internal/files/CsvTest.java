package vn.ocop.rules.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.RuleFileException;

class CsvTest {
    @Test
    void parsesQuotedCellsAndKeepsLineNumbers() {
        List<Csv.Row> rows = Csv.parse("f.csv", "\uFEFFa,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\nlast");
        assertEquals(List.of("a", "b, c", "say \"hi\""), rows.get(0).cells());
        assertEquals(1, rows.get(0).line());
        assertEquals(List.of("two\nlines", "x"), rows.get(1).cells());
        assertEquals(2, rows.get(1).line());
        assertEquals(4, rows.get(2).line());
        assertEquals("B4", rows.get(2).cellName(1));
    }

    @Test
    void namesColumnsLikeASpreadsheet() {
        assertEquals("A", Csv.columnName(0));
        assertEquals("Z", Csv.columnName(25));
        assertEquals("AA", Csv.columnName(26));
        assertEquals("AZ", Csv.columnName(51));
    }

    @Test
    void anUnclosedQuoteNamesItsLine() {
        RuleFileException e = assertThrows(RuleFileException.class, () -> Csv.parse("f.csv", "a\nb,\"oops\nc"));
        assertEquals("f.csv:2: a quoted cell is never closed", e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void aLoneCarriageReturnEndsALineAsOldMacFilesWriteThem() {
        List<Csv.Row> rows = Csv.parse("f.csv", "a,b\rc,\"d\re\"\r\nf");
        assertEquals(List.of("a", "b"), rows.get(0).cells());
        assertEquals(List.of("c", "d\re"), rows.get(1).cells());
        assertEquals(2, rows.get(1).line());
        assertEquals(List.of("f"), rows.get(2).cells());
        assertEquals(3, rows.get(2).line());
    }
}
