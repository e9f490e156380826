package vn.ocop.rules;

import vn.ocop.testkit.RuleSet;
import vn.ocop.testkit.RuleSetProperties;

/** The tester kit's property suite over every set of the national edition 26/2026/QĐ-TTg. */
class NationalEdition26Properties extends RuleSetProperties {
    @Override
    protected RuleSet ruleSet() {
        return RuleSet.national("QD-26-2026");
    }
}
