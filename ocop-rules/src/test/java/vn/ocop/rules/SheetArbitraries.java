package vn.ocop.rules;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Sheet;
import vn.ocop.testkit.OcopArbitraries;

/** The tester kit's generators, for these tests. */
final class SheetArbitraries {
    private SheetArbitraries() {}

    static Arbitrary<Sheet> sheets(CriteriaSet set) {
        return OcopArbitraries.sheets(set);
    }

    static Arbitrary<Sheet> sheets(List<CriteriaSet> sets) {
        return Arbitraries.of(sets).flatMap(OcopArbitraries::sheets);
    }

    /** The same answer one rung higher, or empty when it is already at the top. */
    static Optional<Answer> raised(Criterion c, Answer a) {
        return Optional.ofNullable(OcopArbitraries.raised(c, a));
    }
}
