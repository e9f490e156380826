package vn.ocop.examples.schema;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.json.OcopJson;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Sheet;
import vn.ocop.testkit.OcopArbitraries;
import vn.ocop.testkit.RuleSet;

/** Generated sheets of every set, as the library writes them, and their results and advice, against the schemas. */
class SchemaProperties {
    static final Scorer SCORER = Ocop.scorer();
    static final RuleSet NATIONAL = RuleSet.national("QD-26-2026");

    @Provide
    Arbitrary<Sheet> sheets() {
        return OcopArbitraries.sheets(NATIONAL);
    }

    @Property(tries = 150)
    void generatedSheetsAndTheirResultsAreValid(@ForAll("sheets") Sheet sheet) {
        Schemas.valid("sheet.schema.json", "a generated sheet", OcopJson.write(sheet));
        ScoreResult r = SCORER.score(sheet);
        Schemas.valid("result.schema.json", "its result", OcopJson.write(r));
    }

    @Property(tries = 25)
    void generatedSheetsAdviceIsValid(@ForAll("sheets") Sheet sheet) {
        Schemas.valid("advice.schema.json", "the advice", OcopJson.write(SCORER.advise(sheet, 2)));
    }
}
