package vn.ocop.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.ocop.SheetProblem;
import vn.ocop.catalogue.CaseDefinition;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.StopRule;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Finding;
import vn.ocop.sheet.Sheet;

/** Checks a sheet against its criteria set and reports every problem at once. */
public final class SheetValidator {

    /**
     * @param choice   the sheet's edition and criteria set, or {@code null} when they could not be found
     * @param problems every problem found
     * @param warnings things worth saying that do not stop scoring
     */
    public record Outcome(EditionResolver.@Nullable Choice choice, List<SheetProblem> problems, List<String> warnings) {
        /** @return the criteria set, or {@code null} */
        public @Nullable CriteriaSet set() {
            return choice == null ? null : choice.set();
        }
    }

    private SheetValidator() {}

    private static String answerPath(String criterion) {
        return SheetProblem.answerPath(criterion);
    }

    /** The first and last dates a sheet may carry: anything else is a typing mistake or hostile input. */
    static final java.time.LocalDate EARLIEST = java.time.LocalDate.of(1900, 1, 1);

    static final java.time.LocalDate LATEST = java.time.LocalDate.of(2200, 12, 31);

    private static boolean datesInRange(Sheet sheet, List<SheetProblem> problems) {
        boolean ok = dateInRange("evaluationDate", sheet.evaluationDate(), problems);
        ok &= dateInRange("filingDate", sheet.filingDate(), problems);
        return ok & dateInRange("recognitionDate", sheet.recognitionDate(), problems);
    }

    private static boolean dateInRange(String field, java.time.@Nullable LocalDate date, List<SheetProblem> problems) {
        if (date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST))) {
            return true;
        }
        problems.add(new SheetProblem(
                SheetProblem.Code.INVALID_VALUE,
                "$." + field,
                "the date " + date + " lies outside " + EARLIEST + " to " + LATEST + ", the dates a sheet may carry"));
        return false;
    }

    /**
     * @param sheet     the sheet
     * @param catalogue the catalogue
     * @param earlier   problems already found while reading the sheet (their answers are not reported again)
     * @param edition   the caller's edition for sheets that name none, or {@code null}
     * @param indexes   the indexes of the catalogue's sets
     * @return the set, every problem and the warnings
     */
    public static Outcome validate(
            Sheet sheet,
            Catalogue catalogue,
            List<SheetProblem> earlier,
            @Nullable String edition,
            SetIndex.Cache indexes) {
        List<SheetProblem> problems = new ArrayList<>(earlier);
        List<String> warnings = new ArrayList<>();
        Set<String> reported = earlier.stream().map(SheetProblem::path).collect(Collectors.toSet());
        if (!datesInRange(sheet, problems)) {
            return new Outcome(null, problems, warnings);
        }

        EditionResolver.Choice choice =
                EditionResolver.resolve(sheet, catalogue, edition, problems).orElse(null);
        if (choice == null) {
            return new Outcome(null, problems, warnings);
        }
        CriteriaSet set = choice.set();
        Edition chosen = choice.edition();
        if (!choice.byDate() && sheet.evaluationDate() != null && !chosen.inForceOn(sheet.evaluationDate())) {
            warnings.add("evaluation date " + sheet.evaluationDate() + " lies outside the period of edition "
                    + chosen.id() + " (from " + chosen.effectiveFrom()
                    + (chosen.effectiveTo() == null ? "" : " to " + chosen.effectiveTo()) + ")");
        }

        SetIndex index = indexes.of(set);
        Map<String, Criterion> all = index.criteria();
        // Messages and paths are built only for problems: this runs on every sheet scored.
        for (Map.Entry<String, Answer> e : sheet.answers().entrySet()) {
            String code = e.getKey();
            Criterion c = all.get(code);
            if (c == null) {
                problems.add(new SheetProblem(
                        SheetProblem.Code.UNKNOWN_CRITERION,
                        answerPath(code),
                        "unknown criterion '" + code + "' in criteria set " + set.id()));
                continue;
            }
            SheetProblem problem = check(c, e.getValue());
            if (problem != null) {
                problems.add(problem);
            }
        }
        for (Criterion leaf : index.leaves()) {
            if (sheet.answers().containsKey(leaf.code())) {
                continue;
            }
            String path = answerPath(leaf.code());
            if (!reported.contains(path)) {
                problems.add(new SheetProblem(
                        SheetProblem.Code.MISSING_ANSWER,
                        path,
                        "missing answer for criterion " + leaf.code() + " (" + leaf.label() + "); answer "
                                + expected(leaf) + ", or 0 when none of its options applies"));
            }
        }
        Set<String> stoppable = new HashSet<>();
        if (!sheet.findings().isEmpty()) {
            set.stopRules().forEach(s -> s.triggeringFinding().ifPresent(stoppable::add));
        }
        for (int i = 0; i < sheet.findings().size(); i++) {
            Finding f = sheet.findings().get(i);
            if (f.kind() == Finding.Kind.STOP && !stoppable.contains(f.name())) {
                problems.add(new SheetProblem(
                        SheetProblem.Code.UNKNOWN_FINDING,
                        "$.findings[" + i + "]",
                        "finding " + f.name()
                                + " has no stop rule in criteria set " + set.id()
                                + (stoppable.isEmpty()
                                        ? " (it has none)"
                                        : " (its stop rules take "
                                                + set.stopRules().stream()
                                                        .map(StopRule::finding)
                                                        .filter(java.util.Objects::nonNull)
                                                        .distinct()
                                                        .collect(Collectors.joining(", "))
                                                + ")")));
            }
        }
        return new Outcome(choice, problems, warnings);
    }

    private static String expected(Criterion c) {
        return switch (c.selection()) {
            case SINGLE -> "an option position 1.." + c.options().size();
            case YES_NO -> "true or false";
            case CASES ->
                "{\"case\": "
                        + c.cases().stream().map(k -> "\"" + k.code() + "\"").collect(Collectors.joining(" or "))
                        + ", \"option\": n}";
            case CONTAINER -> "its criteria";
        };
    }

    private static String what(Criterion c) {
        return "criterion " + c.code() + " (" + c.label() + ")";
    }

    private static @Nullable SheetProblem check(Criterion c, Answer answer) {
        switch (c.selection()) {
            case CONTAINER:
                return kind(
                        c,
                        what(c) + " is the sum of "
                                + c.leaves().stream().map(Criterion::code).collect(Collectors.joining(", "))
                                + ": answer those instead");
            case SINGLE:
                if (answer instanceof Answer.Choice ch) {
                    return range(c, "", ch.option(), c.options().size());
                }
                return kind(
                        c,
                        what(c) + " takes an option position 0.." + c.options().size() + ", not " + describe(answer));
            case YES_NO:
                if (answer instanceof Answer.YesNo) {
                    return null;
                }
                return kind(c, what(c) + " is answered true (yes) or false (no), not " + describe(answer));
            case CASES:
                if (answer instanceof Answer.Choice ch && ch.option() == 0) {
                    return null;
                }
                if (answer instanceof Answer.CaseChoice cc) {
                    CaseDefinition k = c.caseDefinition(cc.caseCode()).orElse(null);
                    if (k == null) {
                        return new SheetProblem(
                                SheetProblem.Code.UNKNOWN_CASE,
                                answerPath(c.code()),
                                what(c)
                                        + " has no case '" + cc.caseCode() + "' (its cases: "
                                        + c.cases().stream()
                                                .map(CaseDefinition::code)
                                                .collect(Collectors.joining(", ")) + ")");
                    }
                    return range(
                            c, " case " + k.code(), cc.option(), k.options().size());
                }
                return kind(
                        c,
                        what(c) + " takes a case and an option, such as {\"case\": \""
                                + c.cases().get(0).code() + "\", \"option\": 1}, or 0 when nothing applies; not "
                                + describe(answer));
            default:
                throw new IllegalStateException(c.selection().toString());
        }
    }

    private static SheetProblem kind(Criterion c, String message) {
        return new SheetProblem(SheetProblem.Code.WRONG_ANSWER_KIND, answerPath(c.code()), message);
    }

    private static @Nullable SheetProblem range(Criterion c, String caseText, int option, int size) {
        if (option < 0 || option > size) {
            return new SheetProblem(
                    SheetProblem.Code.OPTION_OUT_OF_RANGE,
                    answerPath(c.code()),
                    "option " + option
                            + " is out of range for " + what(c) + caseText + ": it has options 1.." + size
                            + " (0 when none applies)");
        }
        return null;
    }

    private static String describe(Answer a) {
        if (a instanceof Answer.Choice ch) {
            return "the number " + ch.option();
        }
        if (a instanceof Answer.YesNo yn) {
            return String.valueOf(yn.yes());
        }
        Answer.CaseChoice cc = (Answer.CaseChoice) a;
        return "a case answer (case " + cc.caseCode() + ", option " + cc.option() + ")";
    }
}
