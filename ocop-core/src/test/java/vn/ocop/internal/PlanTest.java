package vn.ocop.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.SheetProblem;
import vn.ocop.json.OcopJson;
import vn.ocop.portfolio.Locality;
import vn.ocop.portfolio.Plan;
import vn.ocop.portfolio.PlanMeasure;
import vn.ocop.portfolio.PlanProgress;
import vn.ocop.portfolio.PlanTarget;
import vn.ocop.spi.Contribution;
import vn.ocop.spi.Holding;

/** Plans read from JSON, their checks, and progress counted from what the rules found (no rules run here). */
class PlanTest {
    static List<String> problems(String json) {
        List<SheetProblem> problems = new ArrayList<>();
        assertNull(OcopJson.readPlan(json, problems), json);
        return problems.stream().map(p -> p.path() + ": " + p.message()).toList();
    }

    @Test
    void aPlanIsReadWithItsDefaults() {
        List<SheetProblem> problems = new ArrayList<>();
        Plan plan = OcopJson.readPlan(
                "{\"name\": \"Kế hoạch\", \"targets\": [{\"id\": \"a\", \"year\": 2024, \"measure\": \"NEW\","
                        + " \"locality\": {\"province\": \"Bến Tre\"}}, {\"id\": \"b\", \"year\": 2025, \"measure\":"
                        + " \"EACH_COMMUNE\", \"stars\": 4, \"count\": 2, \"communes\": [\"X\", \"Y\"]}]}",
                problems);
        assertEquals(List.of(), problems);
        assertEquals("Kế hoạch", plan.name());
        PlanTarget a = plan.targets().get(0);
        assertEquals(List.of(3, 1, 1), List.of(a.stars(), a.count(), a.goal()), "stars 3 and count 1 by default");
        assertEquals(new Locality("Bến Tre", null, null), a.locality());
        PlanTarget b = plan.targets().get(1);
        assertEquals(2, b.goal(), "EACH_COMMUNE asks for each commune listed");
        assertEquals(PlanMeasure.EACH_COMMUNE, b.measure());
    }

    @Test
    void everyProblemOfAPlanIsNamedByPath() {
        assertEquals(List.of("$.targets: missing"), problems("{}"));
        assertEquals(
                List.of("$.targets: expected a list of targets but found an object"), problems("{\"targets\": {}}"));
        assertEquals(List.of("$: a plan is a JSON object, not a list"), problems("[]"));
        assertTrue(problems("{").get(0).startsWith("$: not valid JSON"));
        assertEquals(
                List.of(
                        "$.targets[0]: a target is {\"id\", \"year\", \"measure\", \"count\", …}, not the number 1",
                        "$.targets[1].id: missing",
                        "$.targets[1].year: missing",
                        "$.targets[1].measure: missing",
                        "$.targets[2].id: the id is empty",
                        "$.targets[2].count: the count is a whole number from 1 to 1000000, not the number 0",
                        "$.targets[2].locality: expected {\"province\", \"district\", \"commune\"} but found a list",
                        "$.targets[3].stars: stars is a whole number from 3 to 5, not the number 2.5",
                        "$.targets[3].communes: EACH_COMMUNE lists the communes that must each reach the count",
                        "$.targets[4].communes: expected a list of communes but found the string \"X\"",
                        "$.targets[5].communes[0]: a commune is a name, not the string \" \"",
                        "$.targets[7].id: target 'a' is also $.targets[6]: ids are distinct"),
                problems("{\"targets\": [1, {},"
                        + " {\"id\": \" \", \"year\": 2024, \"measure\": \"NEW\", \"count\": 0, \"locality\": []},"
                        + " {\"id\": \"d\", \"year\": 2024, \"measure\": \"EACH_COMMUNE\", \"stars\": 2.5},"
                        + " {\"id\": \"e\", \"year\": 2024, \"measure\": \"EACH_COMMUNE\", \"communes\": \"X\"},"
                        + " {\"id\": \"f\", \"year\": 2024, \"measure\": \"EACH_COMMUNE\", \"communes\": [\" \"]},"
                        + " {\"id\": \"a\", \"year\": 2024, \"measure\": \"HELD\"},"
                        + " {\"id\": \"a\", \"year\": 2025, \"measure\": \"HELD\"}]}"));
        StringBuilder many = new StringBuilder("{\"targets\": [");
        for (int i = 0; i <= OcopJson.MAX_PLAN_TARGETS; i++) {
            many.append(i == 0 ? "" : ",").append("1");
        }
        assertEquals(
                List.of("$.targets: a plan has at most 10000 targets, not 10001"),
                problems(many.append("]}").toString()));
    }

    @Test
    void aTargetRefusesWhatCannotBeCounted() {
        Locality any = Locality.UNKNOWN;
        assertThrows(
                IllegalArgumentException.class,
                () -> PlanTarget.builder("t", 1800, PlanMeasure.NEW)
                        .stars(3)
                        .count(1)
                        .locality(any)
                        .communes(List.of())
                        .build());
        assertThrows(
                IllegalArgumentException.class,
                () -> PlanTarget.builder("t", 2024, PlanMeasure.NEW)
                        .stars(6)
                        .count(1)
                        .locality(any)
                        .communes(List.of())
                        .build());
        assertThrows(
                IllegalArgumentException.class,
                () -> PlanTarget.builder("t", 2024, PlanMeasure.NEW)
                        .stars(3)
                        .count(0)
                        .locality(any)
                        .communes(List.of())
                        .build());
        assertThrows(
                IllegalArgumentException.class,
                () -> PlanTarget.builder("t", 2024, PlanMeasure.NEW)
                        .stars(3)
                        .count(1)
                        .locality(any)
                        .communes(List.of("X"))
                        .build(),
                "only EACH_COMMUNE lists communes");
        assertThrows(
                IllegalArgumentException.class,
                () -> PlanTarget.builder("t", 2024, PlanMeasure.EACH_COMMUNE)
                        .stars(3)
                        .count(1)
                        .locality(any)
                        .communes(List.of())
                        .build());
        assertThrows(
                IllegalArgumentException.class,
                () -> PlanTarget.builder("t", 2024, PlanMeasure.EACH_COMMUNE)
                        .stars(3)
                        .count(1)
                        .locality(any)
                        .communes(List.of("Xã A", " xã a "))
                        .build(),
                "the same commune twice");
        PlanTarget t = PlanTarget.builder("t", 2024, PlanMeasure.NEW)
                .stars(3)
                .count(1)
                .locality(any)
                .communes(List.of())
                .build();
        assertThrows(IllegalArgumentException.class, () -> new Plan(null, List.of(t, t)));
    }

    @Test
    void progressCountsDistinctProductsAndCommunesThatReachTheCount() {
        Locality a = new Locality("P", "D", "A");
        Locality b = new Locality("P", null, "B");
        List<Holding> holdings = List.of(holding("x"), holding("x"), holding("y"), holding("z"));
        Map<String, Locality> localities = Map.of("x", a, "y", b);
        Plan plan = new Plan(
                "plan",
                List.of(
                        PlanTarget.builder("new", 2024, PlanMeasure.NEW)
                                .stars(3)
                                .count(2)
                                .locality(Locality.UNKNOWN)
                                .communes(List.of())
                                .build(),
                        PlanTarget.builder("each", 2024, PlanMeasure.EACH_COMMUNE)
                                .stars(3)
                                .count(2)
                                .locality(Locality.UNKNOWN)
                                .communes(List.of("A", "B", "C"))
                                .build(),
                        PlanTarget.builder("none", 2030, PlanMeasure.HELD)
                                .stars(3)
                                .count(1)
                                .locality(Locality.UNKNOWN)
                                .communes(List.of())
                                .build()));
        PlanProgress p = Planning.progress(
                4,
                holdings,
                localities,
                plan,
                LocalDate.of(2025, 1, 1),
                List.of(
                        new Contribution(0, 0, null),
                        new Contribution(0, 1, null), // the same product twice counts once
                        new Contribution(0, 3, null),
                        new Contribution(1, 2, "B"),
                        new Contribution(1, 3, "B")));
        PlanProgress.Progress n = p.targets().get(0);
        assertEquals(List.of("x", "z"), n.counted());
        assertEquals(Map.of("D / A", 1, "(unknown)", 1), n.byCommune());
        assertEquals(PlanProgress.Status.MET, n.status());
        assertTrue(n.closed());
        PlanProgress.Progress e = p.targets().get(1);
        assertEquals(Map.of("A", 0, "B", 2, "C", 0), e.byCommune());
        assertEquals(1, e.achieved());
        assertEquals(3, e.goal());
        assertEquals(PlanProgress.Status.PARTLY_MET, e.status());
        PlanProgress.Progress none = p.targets().get(2);
        assertEquals(PlanProgress.Status.NOT_MET, none.status());
        assertFalse(none.closed());
        assertThrows(
                IllegalStateException.class,
                () -> Planning.progress(
                        4,
                        holdings,
                        localities,
                        plan,
                        LocalDate.of(2025, 1, 1),
                        List.of(new Contribution(3, 0, null))));
    }

    static Holding holding(String id) {
        return new Holding(id, 3, "E", LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1), null);
    }
}
