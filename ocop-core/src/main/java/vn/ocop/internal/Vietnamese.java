package vn.ocop.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Vietnamese wording of the messages a province officer sees when a pack is checked. The library
 * writes each message in English (the contract of logs and of {@code PackProblem.message}); this catalogue
 * gives the officer's language, pattern by pattern, in one place a translator can read. A message no
 * pattern knows stays in English.
 */
public final class Vietnamese {
    private record Rule(Pattern pattern, Function<Matcher, String> text) {}

    private static final List<Rule> RULES = new ArrayList<>();
    /** Messages longer than this (a cell's whole text quoted in it, say) stay in English. */
    static final int MAX_LENGTH = 800;

    /** Words that stand for a value in English messages. */
    private static final Map<String, String> TERMS = Map.ofEntries(
            Map.entry("points", "điểm"), Map.entry("criterion maximum", "điểm tối đa của tiêu chí"),
            Map.entry("group maximum", "điểm tối đa của nhóm"), Map.entry("part maximum", "điểm tối đa của phần"),
            Map.entry("option number", "số thứ tự phương án"), Map.entry("band start", "điểm bắt đầu của hạng"),
            Map.entry("band end", "điểm kết thúc của hạng"), Map.entry("star level", "hạng sao"),
            Map.entry("the scale", "thang điểm"), Map.entry("set number", "số của bộ tiêu chí"),
            Map.entry("criterion code", "mã tiêu chí"), Map.entry("group code", "mã nhóm"),
            Map.entry("criteria set code", "mã bộ tiêu chí"), Map.entry("edition", "mã văn bản"),
            Map.entry("case", "trường hợp"), Map.entry("finding", "phát hiện"),
            Map.entry("option wording", "nội dung phương án"), Map.entry("criterion wording", "nội dung tiêu chí"),
            Map.entry("group heading", "tên nhóm"), Map.entry("note text", "nội dung ghi chú"),
            Map.entry("months", "số tháng"), Map.entry("days", "số ngày"));

    private Vietnamese() {}

    private static void rule(String regex, Function<Matcher, String> text) {
        RULES.add(new Rule(Pattern.compile(regex, Pattern.DOTALL), text));
    }

    private static String term(String english) {
        return TERMS.getOrDefault(english, english);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static {
        rule(
                "the cell holds more than ([0-9,]+) characters, the most a spreadsheet cell holds",
                m -> "Ô chứa hơn " + m.group(1).replace(',', '.') + " ký tự, số ký tự nhiều nhất của một ô bảng tính");
        rule(
                "(.+) must be a number such as 3 or 1\\.5: '(.*)'",
                m -> capital(term(m.group(1))) + " phải là một số như 3 hoặc 1.5: '" + m.group(2) + "'");
        rule(
                "(.+) '(.*)' uses a decimal comma: write (.+) \\(a dot\\), or format the cell as a number",
                m -> capital(term(m.group(1))) + " '" + m.group(2) + "' dùng dấu phẩy thập phân: hãy viết " + m.group(3)
                        + " (dấu chấm), hoặc định dạng ô là số");
        rule(
                "(.+) must be a whole number: '(.*)'",
                m -> capital(term(m.group(1))) + " phải là số nguyên: '" + m.group(2) + "'");
        rule(
                "(.+) must be from (\\d+) to (\\d+): (-?\\d+)",
                m -> capital(term(m.group(1))) + " phải từ " + m.group(2) + " đến " + m.group(3) + ": " + m.group(4));
        rule(
                "(.+) must be a date like 2026-05-22: '(.*)'",
                m -> capital(term(m.group(1))) + " phải là ngày dạng 2026-05-22: '" + m.group(2) + "'");
        rule("(.+) is missing", m -> "Thiếu " + term(m.group(1)));
        rule(
                "(.+) '(.*)' is not a valid code \\(expected something like (.+)\\)",
                m -> capital(term(m.group(1))) + " '" + m.group(2) + "' không đúng dạng mã (ví dụ đúng: "
                        + m.group(3).replace(" or ", " hoặc ") + ")");
        rule(
                "criterion (\\S+) has maximum (\\S+), but its best option gives (\\S+) \\(option (\\d+)\\): correct the"
                        + " maximum or the option's points",
                m -> "Tiêu chí " + m.group(1) + ": điểm tối đa " + m.group(2)
                        + " nhưng phương án cao nhất cho " + m.group(3) + " (phương án " + m.group(4)
                        + "): hãy sửa điểm tối đa hoặc điểm của phương án");
        rule(
                "criterion (\\S+) has maximum (\\S+), but its best (case )?option gives (\\S+)",
                m -> "Tiêu chí " + m.group(1) + ": điểm tối đa " + m.group(2) + " nhưng phương án cao nhất cho "
                        + m.group(4));
        rule(
                "criterion (\\S+) has maximum (\\S+), but the criteria it contains add up to (\\S+)",
                m -> "Tiêu chí " + m.group(1) + ": điểm tối đa " + m.group(2) + " nhưng tổng các tiêu chí con là "
                        + m.group(3));
        rule(
                "group (\\S+) has maximum (\\S+), but its criteria add up to (\\S+)",
                m -> "Nhóm " + m.group(1) + ": điểm tối đa " + m.group(2) + " nhưng tổng các tiêu chí là "
                        + m.group(3));
        rule(
                "part (\\S+) has maximum (\\S+), but its groups add up to (\\S+)",
                m -> "Phần " + m.group(1) + ": điểm tối đa " + m.group(2) + " nhưng tổng các nhóm là " + m.group(3));
        rule(
                "the parts of criteria set (\\S+) add up to (\\S+), not (\\S+).*",
                m -> "Các phần của bộ tiêu chí " + m.group(1) + " cộng lại được " + m.group(2) + ", không phải "
                        + m.group(3));
        rule(
                "the part maxima add up to (\\S+), not (\\S+)",
                m -> "Điểm tối đa các phần cộng lại được " + m.group(1) + ", không phải " + m.group(2));
        rule(
                "unknown criterion '(.*)' \\(declare it on a 'Criterion' row above\\)",
                m -> "Không có tiêu chí '" + m.group(1) + "' (hãy khai báo ở một dòng Criterion phía trên)");
        rule(
                "unknown row '(.*)' \\(expected (.*); a row starting with # is a comment\\)",
                m -> "Loại dòng '"
                        + m.group(1) + "' không hợp lệ (cột A phải là một trong: "
                        + m.group(2).replace(" or ", ", ")
                        + "; dòng bắt đầu bằng # là ghi chú)");
        rule(
                "'(.*)' is a row of a Drools decision table or of DRL, which are code: .*",
                m -> "'" + m.group(1)
                        + "' là dòng của bảng quyết định Drools hoặc của DRL, tức là mã chương trình: tệp quy tắc chỉ chứa"
                        + " dữ liệu, thư viện tự viết các quy tắc (mã chương trình chỉ được dùng qua tệp .drl tin cậy)");
        rule(
                "a '(\\S+)' row does not use column (\\S+) .*; leave it empty: '(.*)'",
                m -> "Dòng '" + m.group(1) + "' không dùng cột " + m.group(2) + "; hãy để trống ô này: '" + m.group(3)
                        + "'");
        rule(
                "criterion (\\S+)( case \\S+)? has options (\\[.*\\]): option numbers must run 1, 2, 3 … without gaps",
                m -> "Tiêu chí " + m.group(1)
                        + (m.group(2) == null ? "" : " (trường hợp" + m.group(2).substring(5) + ")")
                        + " có các phương án " + m.group(3) + ": số thứ tự phải liên tục 1, 2, 3 …");
        rule(
                "criterion (\\S+)( case \\S+)? has two rows for option (\\d+)",
                m -> "Tiêu chí " + m.group(1) + " có hai dòng cho phương án " + m.group(3));
        rule("criterion (\\S+) is declared twice", m -> "Tiêu chí " + m.group(1) + " được khai báo hai lần");
        rule(
                "write the marker without spaces: '(.*)' instead of '(.*)'",
                m -> "Viết dấu sao liền nhau: '" + m.group(1) + "' thay cho '" + m.group(2) + "'");
        rule(
                "a minimum-star marker is \\*\\*\\*, \\*\\*\\*\\* or \\*\\*\\*\\*\\* .*: '(.*)'",
                m -> "Dấu sao tối" + " thiểu là ***, **** hoặc ***** (3, 4 hoặc 5 sao), hoặc để trống: '" + m.group(1)
                        + "'");
        rule(
                "criterion (\\S+) already has the (\\*+) marker on option (\\d+); .*",
                m -> "Tiêu chí " + m.group(1)
                        + " đã có dấu " + m.group(2) + " ở phương án " + m.group(3)
                        + "; mỗi dấu sao chỉ ghi một lần trong một"
                        + " tiêu chí");
        rule(
                "criterion (\\S+): the (\\*+) marker on option (\\d+) \\((\\S+) points\\) asks less than the (\\*+) marker"
                        + " on option (\\d+) \\((\\S+) points\\); .*",
                m -> "Tiêu chí " + m.group(1) + ": dấu " + m.group(2)
                        + " ở phương án " + m.group(3) + " (" + m.group(4) + " điểm) đòi ít điểm hơn dấu " + m.group(5)
                        + " ở phương án " + m.group(6) + " (" + m.group(7) + " điểm); hạng sao cao hơn phải đòi ít nhất"
                        + " bằng ngần ấy điểm");
        rule(
                "the (\\d)★ band ends below (\\S+) \\(cell (\\S+)\\) but the (\\d)★ band starts at (\\S+): totals in"
                        + " between get no band \\(gap\\); .*",
                m -> "Hạng " + m.group(1) + "★ kết thúc dưới " + m.group(2)
                        + " (ô " + m.group(3) + ") nhưng hạng " + m.group(4) + "★ bắt đầu từ " + m.group(5)
                        + ": các tổng điểm ở giữa không thuộc hạng nào (hở); một trong hai ngưỡng bị gõ sai");
        rule(
                "the (\\d)★ band ends below (\\S+) \\(cell (\\S+)\\) but the (\\d)★ band starts at (\\S+): the bands"
                        + " overlap; .*",
                m -> "Hạng " + m.group(1) + "★ kết thúc dưới " + m.group(2) + " (ô " + m.group(3)
                        + ") nhưng hạng " + m.group(4) + "★ bắt đầu từ " + m.group(5)
                        + ": hai hạng chồng lên nhau; một trong hai ngưỡng bị gõ sai");
        rule(
                "the band from (\\S+) gives (\\d)★, but the lower band from (\\S+) gives (\\d)★: .*",
                m -> "Hạng từ "
                        + m.group(1) + " cho " + m.group(2) + "★ nhưng hạng thấp hơn từ " + m.group(3) + " cho "
                        + m.group(4)
                        + "★: hạng sao phải tăng theo tổng điểm (có phải hai dòng bị đổi chỗ hạng sao?)");
        rule(
                "the top band \\((\\d)★\\) ends (at|below) (\\S+), but totals run up to (\\S+) inclusive.*",
                m -> "Hạng"
                        + " cao nhất (" + m.group(1) + "★) kết thúc "
                        + (m.group(2).equals("at") ? "tại " : "dưới ")
                        + m.group(3) + " nhưng tổng điểm có thể tới " + m.group(4) + " (ghi 'Đến' " + m.group(4)
                        + " ở hạng cao nhất)");
        rule(
                "two bands give (\\d) stars; each star level has one band",
                m -> "Hai hạng cùng cho " + m.group(1) + " sao; mỗi hạng sao chỉ có một dòng");
        rule(
                "the cell holds a formula \\(=(.*)\\): rule files hold values, so type the value itself(.*?)"
                        + "( / Ô chứa công thức.*)?",
                m -> "Ô chứa công thức (=" + m.group(1) + "): tệp quy tắc chỉ chứa giá"
                        + " trị, hãy nhập trực tiếp giá trị"
                        + m.group(2).replace(" (the spreadsheet last showed ", " (bảng tính hiển thị lần cuối: "));
        rule(
                "file not named in (\\S+): .*",
                m -> "Tệp không có trong danh mục " + m.group(1)
                        + ": gói chỉ được chứa các tệp mà danh mục nêu (dòng Replace, Add, Bands hoặc Rules); hãy xoá tệp");
        rule(
                "sheet '(.*)' is not named in the 'Pack' sheet: .*",
                m -> "Trang '" + m.group(1) + "' không có trong"
                        + " trang Pack: hãy thêm dòng Replace hoặc Add cho trang này, hoặc xoá trang");
        rule(
                "DRL file refused: .*",
                m -> "Từ chối tệp DRL: DRL là mã Java chạy với toàn quyền của ứng dụng và JDK"
                        + " không có cơ chế cách ly; chỉ nạp gói với --trust-drl nếu tin tác giả như tin mã của chính mình,"
                        + " hoặc thể hiện thay đổi trong các bảng của gói");
        rule(
                "file '(.*)' is not inside the pack: .*",
                m -> "Tệp '" + m.group(1) + "' nằm ngoài gói: hãy ghi đường"
                        + " dẫn tương đối trong thư mục gói, không có .. hoặc / ở đầu");
        rule("file (.*) is not in the pack", m -> "Gói không có tệp " + m.group(1));
        rule(
                "archive entry with an unsafe path .*",
                m -> "Mục trong tệp nén có đường dẫn không an toàn (tuyệt đối,"
                        + " hoặc ra ngoài gói bằng ..): bị từ chối");
        rule(
                "symbolic link pointing outside the pack .*",
                m -> "Liên kết tượng trưng trỏ ra ngoài gói: gói chỉ" + " được chứa tệp của chính nó");
        rule(
                "criteria set (\\S+) is named twice \\(on line (\\d+) too\\)",
                m -> "Bộ tiêu chí " + m.group(1) + " được nêu hai lần (cả ở dòng " + m.group(2) + ")");
        rule(
                "replaced criteria set (\\S+) does not exist in edition (\\S+).*",
                m -> "Bộ tiêu chí thay thế " + m.group(1) + " không có trong " + m.group(2)
                        + "; dùng dòng Add cho bộ tiêu chí địa phương mới");
        rule(
                "added criteria set (\\S+) has the code of a national set .*",
                m -> "Bộ tiêu chí thêm mới " + m.group(1)
                        + " trùng mã bộ tiêu chí quốc gia; hãy đặt mã riêng hoặc dùng dòng Replace");
        rule(
                "criteria sets (\\S+) and (\\S+) both have number (\\d+) in edition (\\S+)",
                m -> "Bộ tiêu chí " + m.group(1) + " và " + m.group(2) + " cùng có số " + m.group(3) + " trong "
                        + m.group(4));
        rule(
                "criterion type must be single, yes-no, container or cases: '(.*)'",
                m -> "Kiểu tiêu chí phải là" + " single, yes-no, container hoặc cases: '" + m.group(1) + "'");
        rule(
                "effect must be NOT_ASSESSED or ELIMINATED: '(.*)'",
                m -> "Hiệu lực phải là NOT_ASSESSED hoặc" + " ELIMINATED: '" + m.group(1) + "'");
        rule("unknown finding '(.*)' .*", m -> "Phát hiện '" + m.group(1) + "' không có trong danh sách của thư viện");
        rule("part must be A, B or C: '(.*)'", m -> "Phần phải là A, B hoặc C: '" + m.group(1) + "'");
        // The manifest and the pack as a whole.
        rule("'(\\w+)' is given twice", m -> "Dòng '" + m.group(1) + "' được ghi hai lần");
        rule("'(\\w+)' needs a value", m -> "Dòng '" + m.group(1) + "' cần một giá trị");
        rule("'(\\w+)' needs the criteria set's code", m -> "Dòng '" + m.group(1) + "' cần mã bộ tiêu chí");
        rule(
                "'(\\w+)' needs (a sheet name|a file, relative to the pack)",
                m -> "Dòng '" + m.group(1) + "' cần "
                        + (m.group(2).startsWith("a sheet") ? "tên trang" : "tên tệp, tương đối trong gói"));
        rule("no 'Pack' row names the pack", m -> "Thiếu dòng 'Pack' ghi tên gói");
        rule("no 'Version' row gives the pack's version", m -> "Thiếu dòng 'Version' ghi phiên bản của gói");
        rule(
                "no 'Edition' row names the national edition .*",
                m -> "Thiếu dòng 'Edition' ghi bộ tiêu chí quốc gia" + " mà gói áp dụng (ví dụ QD-26-2026)");
        rule(
                "unknown row '(.*)' \\(expected Pack, .*",
                m -> "Dòng '" + m.group(1) + "' không hợp lệ trong danh mục"
                        + " (Pack, Version, Edition, Scale, Description, Replace, Add, Bands hoặc Rules; dòng bắt đầu bằng #"
                        + " là ghi chú)");
        rule(
                "unknown edition '(.*)' \\(known: (.*)\\)",
                m -> "Không có bộ tiêu chí quốc gia '" + m.group(1) + "' (có: " + m.group(2) + ")");
        rule(
                "the pack has no pack.csv manifest, nor .*",
                m -> "Gói không có danh mục pack.csv, cũng không có tệp"
                        + " pack.xlsx với trang 'Pack' (lệnh ocop.jar export-pack tạo sẵn một trong hai)");
        rule(
                "the workbook has no sheet '(.*)' \\(its sheets: (.*)\\)",
                m -> "Tệp bảng tính không có trang '" + m.group(1) + "' (các trang: " + m.group(2) + ")");
        rule(
                "the workbook has no 'Pack' sheet .*",
                m -> "Tệp bảng tính không có trang 'Pack' ghi tên gói, bộ tiêu" + " chí áp dụng và các trang của gói");
        rule(
                "the pack holds both pack.csv and pack.xlsx.*",
                m -> "Gói có cả pack.csv và pack.xlsx: chỉ giữ một" + " trong hai dạng");
        rule(
                "a workbook named in pack.csv holds one table, but this one has sheets (.*): .*",
                m -> "Tệp bảng tính"
                        + " nêu trong pack.csv chỉ chứa một bảng, nhưng tệp này có các trang " + m.group(1)
                        + ": chỉ giữ trang của bảng, hoặc dùng pack.xlsx");
        rule(
                "the manifest names criteria set (\\S+), but (.*) defines (\\S+)",
                m -> "Danh mục ghi bộ tiêu chí " + m.group(1) + " nhưng " + m.group(2) + " định nghĩa " + m.group(3));
        rule(
                "criteria set (\\S+) says edition (\\S+), but the pack is layered over (\\S+)",
                m -> "Bộ tiêu chí " + m.group(1) + " ghi văn bản " + m.group(2) + " nhưng gói áp dụng cho "
                        + m.group(3));
        rule(
                "the pack declares scale (\\S+), so it needs its own star bands .*",
                m -> "Gói khai báo thang điểm " + m.group(1) + " nên cần ngưỡng hạng sao riêng (dòng Bands)");
        rule(
                "cannot read the workbook \\(is it an .xlsx file\\?\\): (.*)",
                m -> "Không đọc được tệp bảng tính" + " (có phải tệp .xlsx không?): " + m.group(1));
        rule("the cell holds an error value(.*)", m -> "Ô chứa giá trị lỗi" + m.group(1));
        rule("no 'CriteriaSet' row names the set", m -> "Thiếu dòng 'CriteriaSet' ghi mã bộ tiêu chí");
        rule(
                "no 'Edition' row names the edition of (\\S+)",
                m -> "Thiếu dòng 'Edition' ghi văn bản của bộ tiêu" + " chí " + m.group(1));
        rule(
                "'(\\w+)' is given twice \\(on line (\\d+) too\\)",
                m -> "Dòng '" + m.group(1) + "' được ghi hai lần (cả ở dòng " + m.group(2) + ")");
        rule(
                "a '(\\w+)' row comes after the '(\\w+)' row it belongs to",
                m -> "Dòng '" + m.group(1) + "' phải nằm sau dòng '" + m.group(2) + "' mà nó thuộc về");
        rule(
                "(part|group) (\\S+) is declared twice",
                m -> (m.group(1).equals("part") ? "Phần " : "Nhóm ") + m.group(2) + " được khai báo hai lần");
        rule(
                "the (\\d)★ band is empty: .*",
                m -> "Hạng " + m.group(1) + "★ rỗng: điểm bắt đầu không nhỏ hơn điểm" + " kết thúc");
        rule(
                "the lowest band \\((\\d)★\\) starts at (\\S+), but totals start at 0",
                m -> "Hạng thấp nhất (" + m.group(1) + "★) bắt đầu từ " + m.group(2) + " nhưng tổng điểm bắt đầu từ 0");
    }

    /**
     * @param english a message of the library
     * @return its Vietnamese wording, or the English message when the catalogue has none
     */
    public static String translate(String english) {
        if (english.length() > MAX_LENGTH) {
            return english; // the patterns backtrack on long text; a message this long is not an officer's
        }
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(english);
            if (m.matches()) {
                return r.text().apply(m);
            }
        }
        return english;
    }

    /**
     * @param english a message of the library
     * @return whether the catalogue has a Vietnamese wording for it
     */
    public static boolean knows(String english) {
        return english.length() <= MAX_LENGTH
                && RULES.stream().anyMatch(r -> r.pattern().matcher(english).matches());
    }
}
