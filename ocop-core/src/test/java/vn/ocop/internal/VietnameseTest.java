package vn.ocop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ocop.pack.PackProblem;

/** The officer's messages in Vietnamese: the catalogue's wording, and the fallback to English. */
class VietnameseTest {
    @Test
    void translatesWithTheValuesOfTheMessage() {
        assertEquals(
                "Tiêu chí 1.5: điểm tối đa 3 nhưng phương án cao nhất cho 4 (phương án 4): hãy sửa điểm tối đa"
                        + " hoặc điểm của phương án",
                Vietnamese.translate("criterion 1.5 has maximum 3, but its best option"
                        + " gives 4 (option 4): correct the maximum or the option's points"));
        assertEquals(
                "Nhóm 1: điểm tối đa 19 nhưng tổng các tiêu chí là 18",
                Vietnamese.translate("group 1 has maximum 19, but its criteria add up to 18"));
        assertEquals("Dòng 'Pack' được ghi hai lần", Vietnamese.translate("'Pack' is given twice"));
        assertEquals(
                "Dòng 'Name' được ghi hai lần (cả ở dòng 5)",
                Vietnamese.translate("'Name' is given twice (on line 5 too)"));
        assertEquals(
                "Hạng 3★ kết thúc dưới 70 (ô D43) nhưng hạng 4★ bắt đầu từ 71: các tổng điểm ở giữa không thuộc"
                        + " hạng nào (hở); một trong hai ngưỡng bị gõ sai",
                Vietnamese.translate("the 3★ band ends below 70"
                        + " (cell D43) but the 4★ band starts at 71: totals in between get no band (gap); one of the two edges"
                        + " is mistyped"));
    }

    @Test
    void anUnknownMessageStaysInEnglish() {
        assertFalse(Vietnamese.knows("something the catalogue has never seen"));
        assertEquals(
                "something the catalogue has never seen",
                Vietnamese.translate("something the catalogue has never" + " seen"));
    }

    @Test
    void aProblemPrintsItsLocationInTheReadersLanguage() {
        PackProblem p = new PackProblem(
                "pack.xlsx",
                31,
                "'QD26-01'!E31",
                "points '1,5' uses a decimal comma: write 1.5" + " (a dot), or format the cell as a number");
        assertEquals(
                "pack.xlsx:31 (ô 'QD26-01'!E31): Điểm '1,5' dùng dấu phẩy thập phân: hãy viết 1.5 (dấu chấm),"
                        + " hoặc định dạng ô là số",
                p.toString(Locale.forLanguageTag("vi")));
        assertEquals(
                "pack.xlsx:31 (cell 'QD26-01'!E31): points '1,5' uses a decimal comma: write 1.5 (a dot), or format"
                        + " the cell as a number",
                p.toString());
    }
}
