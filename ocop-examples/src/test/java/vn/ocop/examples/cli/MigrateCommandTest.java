package vn.ocop.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.examples.cli.OcopCommandTest.Run;

/**
 * {@code ocop migrate} on samples/migrate/qd148-01-buoi-da-xanh.json. From the decisions' tables of set 1: 2.b
 * "Đóng gói, bao bì" has the same options (0/1/2/3) in both and becomes 2.2, its markers differ (148: 5★ at the
 * top option; 26/2026: 3★ at the third); 1.đ "Bảo vệ môi trường" becomes 1.6 unchanged; 1.a "Nguồn gốc sản phẩm"
 * (1/3/5 points) is 1.1 with 1/2/3: afresh; 1.2 "Vùng nguyên liệu được cấp chứng nhận" is new; 3.đ "Kế toán" is no
 * longer assessed.
 */
class MigrateCommandTest {
    static final String SAMPLE = "samples/migrate/qd148-01-buoi-da-xanh.json";

    @Test
    void theSampleIsCarriedWithItsFreshCriteriaListed(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("new.json");
        Run r = OcopCommandTest.run("", "migrate", "--to", "QD-26-2026", "--json", "--output", out.toString(), SAMPLE);
        assertEquals(0, r.code(), r.err());
        JsonNode m = new ObjectMapper().readTree(r.out());
        assertEquals("QD148-01", m.get("from").asText());
        assertEquals("QD26-01", m.get("to").asText());
        List<String> carried = new ArrayList<>();
        m.get("carried")
                .forEach(c ->
                        carried.add(c.get("from").asText() + "→" + c.get("to").asText() + " " + c.get("answer")
                                + (c.get("markersChanged").asBoolean() ? " markers" : "")));
        // the sample answers 2.b with option 3 and 1.đ with option 2
        assertTrue(carried.contains("2.b→2.2 3 markers"), carried.toString());
        assertTrue(carried.contains("1.đ→1.6 2"), carried.toString());
        List<String> fresh = new ArrayList<>();
        m.get("fresh")
                .forEach(f -> fresh.add(
                        f.get("criterion").asText() + " " + f.get("reason").asText()
                                + (f.has("was") ? " " + f.get("was").asText() : "")));
        assertTrue(fresh.contains("1.1 CHANGED_OPTIONS 1.a"), fresh.toString());
        assertTrue(fresh.contains("1.2 NEW_CRITERION"), fresh.toString());
        assertTrue(
                m.get("dropped").toString().contains("\"3.đ\""),
                m.get("dropped").toString());
        assertEquals(m.get("sheet"), new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8)));
        // the officer assesses the fresh criteria (here: the first option of each) and scores the new sheet
        ObjectNode sheet = (ObjectNode) new ObjectMapper().readTree(out.toFile());
        ObjectNode answers = (ObjectNode) sheet.get("answers");
        m.get("fresh").forEach(f -> answers.put(f.get("criterion").asText(), 1));
        answers.put("2.4", true); // the bilingual label criterion is yes/no
        Path filled = dir.resolve("filled.json");
        Files.writeString(filled, sheet.toString(), StandardCharsets.UTF_8);
        Run score = OcopCommandTest.run("", "score", "--json", filled.toString());
        assertEquals(0, score.code(), score.err());
        assertEquals(
                "QD-26-2026",
                new ObjectMapper().readTree(score.out()).get("edition").asText());
        Run text = OcopCommandTest.run("", "migrate", "--to", "QD-26-2026", SAMPLE);
        assertTrue(text.out().contains("2.b → 2.2 option 3 (minimum markers differ)"), text.out());
        assertTrue(text.out().contains("new criteria: 1.2, "), text.out());
    }

    @Test
    void whatCannotBeMigratedIsAUsageError() {
        Run unknown = OcopCommandTest.run("", "migrate", "--to", "QD-99", SAMPLE);
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown edition 'QD-99' (known: QD-26-2026"), unknown.err());
        Run same = OcopCommandTest.run("", "migrate", "--to", "QD-26-2026", "samples/qd26-01-buoi-da-xanh.json");
        assertEquals(2, same.code());
        assertTrue(same.err().contains("already a set of QD-26-2026"), same.err());
        Run bad = OcopCommandTest.run("{\"criteriaSet\": \"QD148-01\", \"answers\": {\"1.a\": 9}}", "migrate", "-");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("1.a"), bad.err());
    }
}
