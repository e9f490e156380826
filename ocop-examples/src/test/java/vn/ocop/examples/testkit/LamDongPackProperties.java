package vn.ocop.examples.testkit;

import java.nio.file.Path;
import vn.ocop.testkit.RuleSet;
import vn.ocop.testkit.RuleSetProperties;

/**
 * What a province's tester writes: the kit's whole property suite, pointed at the province's pack. It runs in
 * {@code mvn verify} with the other tests; every set of the pack's edition is exercised, the pack's own
 * QD26-01 and its local set LD26-01 included.
 */
class LamDongPackProperties extends RuleSetProperties {
    @Override
    protected RuleSet ruleSet() {
        return RuleSet.pack(Path.of("packs/lam-dong"));
    }
}
