package vn.ocop.rules;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import vn.ocop.catalogue.CaseDefinition;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.catalogue.Criterion;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Sheet;

/** Valid, complete sheets of any criteria set; they shrink toward "none applies" everywhere. */
final class SheetArbitraries {
    private SheetArbitraries() {
    }

    /** Positions near {@code quality} percent of the ladder, so that every band is reached. */
    private static Arbitrary<Integer> near(int quality, int size) {
        int target = Math.round(quality * size / 100f);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(target)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(Math.max(0, target - 1), Math.min(size, target + 1))
                        .withDistribution(RandomDistribution.uniform())));
    }

    static Arbitrary<Answer> answer(Criterion c, int quality) {
        return switch (c.selection()) {
            case YES_NO -> near(quality, 2).map(p -> Answer.yesNo(p == 2));
            case CASES -> {
                List<Arbitrary<Answer>> perCase = new ArrayList<>();
                for (CaseDefinition k : c.cases()) {
                    perCase.add(near(quality, k.options().size()).map(o -> Answer.caseOption(k.code(), o)));
                }
                yield Arbitraries.oneOf(perCase);
            }
            default -> near(quality, c.options().size()).map(Answer::option);
        };
    }

    static Arbitrary<Sheet> sheets(CriteriaSet set) {
        return Arbitraries.integers().between(0, 100).withDistribution(RandomDistribution.uniform())
                .flatMap(quality -> sheets(set, quality));
    }

    static Arbitrary<Sheet> sheets(CriteriaSet set, int quality) {
        List<Criterion> leaves = set.leaves();
        List<Arbitrary<Answer>> answers = leaves.stream().map(c -> answer(c, quality)).toList();
        return Combinators.combine(answers).as(list -> {
            Sheet.Builder b = Sheet.builder(set.id());
            for (int i = 0; i < leaves.size(); i++) {
                b.answer(leaves.get(i).code(), list.get(i));
            }
            return b.build();
        });
    }

    static Arbitrary<Sheet> sheets(List<CriteriaSet> sets) {
        return Arbitraries.of(sets).flatMap(SheetArbitraries::sheets);
    }

    /** The same answer one rung higher, or empty when it is already at the top. */
    static java.util.Optional<Answer> raised(Criterion c, Answer a) {
        if (a instanceof Answer.YesNo yn) {
            return yn.yes() ? java.util.Optional.empty() : java.util.Optional.of(Answer.yesNo(true));
        }
        if (a instanceof Answer.CaseChoice cc) {
            int size = c.caseDefinition(cc.caseCode()).orElseThrow().options().size();
            return cc.option() < size ? java.util.Optional.of(Answer.caseOption(cc.caseCode(), cc.option() + 1))
                    : java.util.Optional.empty();
        }
        int o = ((Answer.Choice) a).option();
        return o < c.options().size() ? java.util.Optional.of(Answer.option(o + 1)) : java.util.Optional.empty();
    }
}
