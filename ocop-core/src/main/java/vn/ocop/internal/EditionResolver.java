package vn.ocop.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.ocop.SheetProblem;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Edition;
import vn.ocop.catalogue.Transition;
import vn.ocop.sheet.Sheet;

/**
 * Chooses the edition and criteria set of a sheet: the edition named (by the sheet, else by the
 * caller), else the edition of a set's full code, else the edition the dates select — the filing date,
 * else the evaluation date — with the transition of the newer edition: a dossier filed under the previous
 * edition finishes under it when it is evaluated within the transition's days (fewer for a re-evaluation).
 */
public final class EditionResolver {

    /**
     * @param edition the edition
     * @param set     the criteria set
     * @param reason  why, in a sentence
     * @param byDate  whether the sheet's dates chose the edition
     */
    public record Choice(Edition edition, CriteriaSet set, String reason, boolean byDate) {}

    private EditionResolver() {}

    /**
     * @param sheet     the sheet
     * @param catalogue the catalogue
     * @param given     the caller's edition (for example {@code --edition}), or {@code null}
     * @param problems  receives the problems
     * @return the choice, when there is one
     */
    public static Optional<Choice> resolve(
            Sheet sheet, Catalogue catalogue, @Nullable String given, List<SheetProblem> problems) {
        String code = sheet.criteriaSet();
        Integer number = number(code);
        CriteriaSet named = number == null ? catalogue.set(code).orElse(null) : null;
        if (number == null && named == null) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.UNKNOWN_CRITERIA_SET,
                    "$.criteriaSet",
                    "unknown criteria set '" + code + "' (known: "
                            + catalogue.editions().stream()
                                    .flatMap(e -> e.sets().stream())
                                    .map(CriteriaSet::id)
                                    .collect(Collectors.joining(", "))
                            + "; or a set's number with an edition or a date)"));
            return Optional.empty();
        }
        if (sheet.edition() != null && given != null && !sheet.edition().equals(given)) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.UNKNOWN_EDITION,
                    "$.edition",
                    "the sheet names edition " + sheet.edition() + " but the caller" + " asked for " + given));
            return Optional.empty();
        }
        String explicit = sheet.edition() != null ? sheet.edition() : given;
        if (explicit != null) {
            String path = sheet.edition() != null ? "$.edition" : "$";
            String who = sheet.edition() != null ? "named in the sheet" : "chosen by the caller";
            Edition e = catalogue.edition(explicit).orElse(null);
            if (e == null) {
                problems.add(new SheetProblem(
                        SheetProblem.Code.UNKNOWN_EDITION,
                        path,
                        "unknown edition '" + explicit + "' (known: "
                                + catalogue.editions().stream().map(Edition::id).collect(Collectors.joining(", "))
                                + ")"));
                return Optional.empty();
            }
            if (named != null) {
                if (!named.edition().equals(e.id())) {
                    problems.add(new SheetProblem(
                            SheetProblem.Code.UNKNOWN_EDITION,
                            path,
                            "criteria set " + named.id() + " belongs to edition " + named.edition() + ", not " + e.id()
                                    + " (" + who + ")"));
                    return Optional.empty();
                }
                return Optional.of(new Choice(e, named, "edition " + who, false));
            }
            return inEdition(e, number, "edition " + who, false, problems);
        }
        if (named != null) {
            Edition e = catalogue.edition(named.edition()).orElseThrow();
            return Optional.of(
                    new Choice(e, named, "criteria set " + named.id() + " belongs to edition " + e.id(), false));
        }
        LocalDate date = sheet.filingDate() != null ? sheet.filingDate() : sheet.evaluationDate();
        if (date == null) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.NO_EDITION,
                    "$.criteriaSet",
                    "set number " + number + " needs an edition, or a filingDate or"
                            + " evaluationDate to choose one"));
            return Optional.empty();
        }
        String dateName = sheet.filingDate() != null ? "filing date" : "evaluation date";
        String datePath = sheet.filingDate() != null ? "$.filingDate" : "$.evaluationDate";
        Edition byDate = catalogue.editionInForceOn(date).orElse(null);
        if (byDate == null) {
            Edition earliest = catalogue.editions().stream()
                    .min(Comparator.comparing(Edition::effectiveFrom))
                    .orElseThrow();
            problems.add(new SheetProblem(
                    SheetProblem.Code.NO_EDITION,
                    datePath,
                    "no edition was in force on " + date + " (the earliest, " + earliest.id() + ", applies from "
                            + earliest.effectiveFrom() + ")"));
            return Optional.empty();
        }
        String reason = "in force on the " + dateName + " " + date;
        if (sheet.filingDate() != null) {
            for (Edition newer : catalogue.editions()) {
                Transition t = newer.transition();
                if (t == null || !t.previous().equals(byDate.id())) {
                    continue;
                }
                int days = sheet.reEvaluation() ? t.reEvaluationDays() : t.days();
                LocalDate last = newer.effectiveFrom().plusDays(days);
                LocalDate evaluated = sheet.evaluationDate();
                String kind = sheet.reEvaluation() ? "re-evaluation " : "";
                if (evaluated != null && evaluated.isAfter(last)) {
                    return inEdition(
                            newer,
                            number,
                            kind + "dossier filed " + date + " under " + byDate.id()
                                    + " but evaluated " + evaluated + ", after the " + days + " days (until " + last
                                    + ") in which " + newer.id() + " lets such dossiers finish under it",
                            true,
                            problems);
                }
                reason = kind + "dossier filed " + date + " under " + byDate.id()
                        + (evaluated == null ? "" : ", evaluated " + evaluated) + ": " + newer.id()
                        + " lets it finish under " + byDate.id()
                        + " until " + last + " (" + days + " days)";
            }
        }
        return inEdition(byDate, number, reason, true, problems);
    }

    private static Optional<Choice> inEdition(
            Edition e, @Nullable Integer number, String reason, boolean byDate, List<SheetProblem> problems) {
        Optional<CriteriaSet> set = number == null ? Optional.empty() : e.setNumber(number);
        if (set.isEmpty()) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.UNKNOWN_CRITERIA_SET,
                    "$.criteriaSet",
                    "edition " + e.id() + " has no criteria set " + number
                            + " (it has "
                            + e.sets().stream()
                                    .map(s -> String.valueOf(s.number()))
                                    .collect(Collectors.joining(", "))
                            + ")"));
            return Optional.empty();
        }
        return Optional.of(new Choice(e, set.get(), reason, byDate));
    }

    private static @Nullable Integer number(String code) {
        if (!code.matches("\\d{1,3}")) {
            return null;
        }
        return Integer.parseInt(code);
    }
}
