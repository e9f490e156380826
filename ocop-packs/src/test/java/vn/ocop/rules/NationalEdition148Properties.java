package vn.ocop.rules;

import vn.ocop.testkit.RuleSet;
import vn.ocop.testkit.RuleSetProperties;

/** The tester kit's property suite over every set of the national edition 148/QĐ-TTg. */
class NationalEdition148Properties extends RuleSetProperties {
    @Override
    protected RuleSet ruleSet() {
        return RuleSet.national("QD-148-2023");
    }
}
