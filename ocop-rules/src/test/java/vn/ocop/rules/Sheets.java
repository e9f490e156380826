package vn.ocop.rules;

import java.util.function.ToIntFunction;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.catalogue.Selection;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Sheet;

/** Sheets built from a criteria set's catalogue, for tests. */
final class Sheets {
    private Sheets() {}

    /** The highest-scoring option of every criterion (the last one of the ladder). */
    static Sheet best(CriteriaSet set) {
        Sheet.Builder b = Sheet.builder(set.id());
        for (Criterion c : set.leaves()) {
            b.answer(c.code(), bestAnswer(c));
        }
        return b.build();
    }

    static Answer bestAnswer(Criterion c) {
        return vn.ocop.testkit.OcopArbitraries.best(c);
    }

    /** "None applies" (or no) everywhere. */
    static Sheet none(CriteriaSet set) {
        Sheet.Builder b = Sheet.builder(set.id());
        for (Criterion c : set.leaves()) {
            b.answer(c.code(), c.selection() == Selection.YES_NO ? Answer.yesNo(false) : Answer.none());
        }
        return b.build();
    }

    /** Every criterion answered with the option position the function picks (clamped to the ladder). */
    static Sheet positions(CriteriaSet set, ToIntFunction<Criterion> position) {
        Sheet.Builder b = Sheet.builder(set.id());
        for (Criterion c : set.leaves()) {
            int p = position.applyAsInt(c);
            switch (c.selection()) {
                case YES_NO -> b.answer(c.code(), p >= 2);
                case CASES ->
                    b.answer(
                            c.code(),
                            Answer.caseOption(
                                    c.cases().get(0).code(),
                                    Math.min(p, c.cases().get(0).options().size())));
                default -> b.answer(c.code(), Math.min(p, c.options().size()));
            }
        }
        return b.build();
    }
}
