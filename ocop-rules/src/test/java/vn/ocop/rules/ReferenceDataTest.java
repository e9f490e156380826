package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.Ocop;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.CriterionGroup;
import vn.ocop.catalogue.Minimum;
import vn.ocop.catalogue.Option;
import vn.ocop.catalogue.Part;

/**
 * The shipped rule files say exactly what the project's reference data says (../shared/domain, read
 * by this test only): every part, group, criterion, option, point and star marker of every set.
 * Skipped when the reference data is not beside the checkout.
 */
class ReferenceDataTest {
    static final Path REFERENCE = Path.of("..", "..", "shared", "domain", "ocop-criteria.json");

    static Stream<String> sets() {
        return Ocop.catalogue().editions().stream()
                .flatMap(e -> e.sets().stream())
                .map(CriteriaSet::id);
    }

    /** The 148 transcription repeats some codes inside a set; the rule files answer repeats as 6.a#2 …. */
    static String withoutRepeatSuffix(String code) {
        return code.replaceFirst("#\\d+$", "");
    }

    static JsonNode reference(String id) throws IOException {
        assumeTrue(Files.exists(REFERENCE), "reference data not found at " + REFERENCE.toAbsolutePath());
        JsonNode root = new ObjectMapper().readTree(REFERENCE.toFile());
        for (JsonNode s : root.get("criteria_sets")) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("set " + id + " is not in the reference data");
    }

    static void leaves(JsonNode c, List<JsonNode> out) {
        if (c.has("children")) {
            c.get("children").forEach(ch -> leaves(ch, out));
        } else {
            out.add(c);
        }
    }

    static List<String> options(JsonNode options) {
        List<String> out = new ArrayList<>();
        // A spreadsheet keeps no trailing space in a cell; the reference data has a few.
        options.forEach(o ->
                out.add(o.get("points").asInt() + " " + o.get("label").asText().strip()));
        return out;
    }

    static List<String> options(List<Option> options) {
        return options.stream()
                .map(o -> o.points().intValueExact() + " " + o.label())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void ruleFileMatchesTheReferenceData(String id) throws IOException {
        JsonNode ref = reference(id);
        CriteriaSet set = Ocop.catalogue().set(id).orElseThrow();
        assertEquals(ref.get("name").asText(), set.name());
        assertEquals(ref.get("parts").size(), set.parts().size());
        for (int p = 0; p < set.parts().size(); p++) {
            JsonNode rp = ref.get("parts").get(p);
            Part part = set.parts().get(p);
            assertEquals(rp.get("code").asText(), part.code().name());
            assertEquals(
                    0, part.max().compareTo(new BigDecimal(rp.get("max_points").asText())), id + " part max");
            assertEquals(rp.get("groups").size(), part.groups().size(), id + " groups of " + part.code());
            for (int g = 0; g < part.groups().size(); g++) {
                JsonNode rg = rp.get("groups").get(g);
                CriterionGroup group = part.groups().get(g);
                String where = id + " group " + group.code();
                assertEquals(rg.get("code").asText(), group.code(), where);
                assertEquals(rg.get("label").asText(), group.label(), where);
                assertEquals(rg.get("max_points").asInt(), group.max().intValueExact(), where);
                List<JsonNode> refLeaves = new ArrayList<>();
                rg.get("criteria").forEach(c -> leaves(c, refLeaves));
                List<Criterion> leaves = group.criteria().stream()
                        .flatMap(c -> c.leaves().stream())
                        .toList();
                assertEquals(refLeaves.size(), leaves.size(), where + " criteria");
                for (int i = 0; i < leaves.size(); i++) {
                    JsonNode rc = refLeaves.get(i);
                    Criterion c = leaves.get(i);
                    String at = id + " criterion " + c.code();
                    assertEquals(rc.get("code").asText(), withoutRepeatSuffix(c.code()), at);
                    assertEquals(rc.get("label").asText(), c.label(), at);
                    assertEquals(rc.get("max_points").asInt(), c.max().intValueExact(), at);
                    if (rc.has("cases")) {
                        assertEquals(rc.get("cases").size(), c.cases().size(), at);
                        for (int k = 0; k < c.cases().size(); k++) {
                            assertEquals(
                                    options(rc.get("cases").get(k).get("options")),
                                    options(c.cases().get(k).options()),
                                    at + " case " + c.cases().get(k).code());
                        }
                    } else {
                        assertEquals(options(rc.get("options")), options(c.options()), at);
                    }
                    Map<String, Integer> refMin = new TreeMap<>();
                    if (rc.has("min_points_by_star")) {
                        rc.get("min_points_by_star")
                                .properties()
                                .forEach(
                                        e -> refMin.put(e.getKey(), e.getValue().asInt()));
                    }
                    Map<String, Integer> min = new TreeMap<>();
                    for (Minimum m : c.minimums()) {
                        min.put(String.valueOf(m.stars()), m.points().intValueExact());
                    }
                    // 148 marks some criteria as a whole (3.e ****); min_points_by_star covers those too.
                    assertEquals(refMin, min, at + " minimum markers");
                    for (JsonNode o : rc.path("options")) {
                        if (o.has("min_star")) {
                            int position = 1;
                            for (JsonNode x : rc.get("options")) {
                                if (x == o) {
                                    break;
                                }
                                position++;
                            }
                            int pos = position;
                            int star = o.get("min_star").asInt();
                            assertEquals(pos, c.minimumFor(star).orElseThrow().markedOption(), at + " marker " + star);
                        }
                    }
                }
            }
        }
        List<String> disq = new ArrayList<>();
        ref.path("disqualifiers").forEach(d -> disq.add(d.asText()));
        assertEquals(disq, set.disqualifiers(), id + " disqualifiers");
        java.util.Set<String> notes = new java.util.TreeSet<>();
        ref.path("gating_notes").forEach(n -> notes.add(n.get("rule").asText()));
        assertEquals(
                notes,
                new java.util.TreeSet<>(
                        set.stopRules().stream().map(s -> s.text()).toList()),
                id + " stop rules: one per official note");
        List<String> issues = new ArrayList<>();
        ref.path("data_issues").forEach(d -> issues.add(d.asText()));
        // The full official wording: no option is cut short, and no two options of a criterion read the same
        // unless the reference data records it as a defect of the source.
        for (Criterion c : set.leaves()) {
            List<Option> all = new ArrayList<>(c.options());
            c.cases().forEach(k -> all.addAll(k.options()));
            for (Option o : all) {
                assertTrue(
                        !o.label().endsWith("…") && !o.label().endsWith("..."),
                        id + " " + c.code() + " option " + o.position() + " is cut short: " + o.label());
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Option o : c.options()) {
                if (!seen.add(o.label())) {
                    String criterion = withoutRepeatSuffix(c.code());
                    assertTrue(
                            issues.stream()
                                    .anyMatch(i ->
                                            i.startsWith("criterion " + criterion + ":") && i.contains("same wording")),
                            id + " " + c.code() + ": two options read '" + o.label()
                                    + "', and the reference data records no such defect");
                }
            }
        }
        assertEquals(
                issues,
                set.dataIssues().stream()
                        .filter(i -> !i.startsWith("criterion code "))
                        .toList(),
                id + " data issues");
    }
}
