package vn.ocop.examples;

import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.json.OcopJson;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Sheet;

/**
 * Scores one sheet built in Java, as an application embedding ocop would (the README shows it).
 * Run: {@code java -cp ocop-examples/target/ocop.jar vn.ocop.examples.EmbedScorer}.
 */
public final class EmbedScorer {
    private EmbedScorer() {}

    /** @return the sheet of the README example: a fresh vegetable product, set QD26-01 */
    public static Sheet sampleSheet() {
        return Sheet.builder("QD26-01")
                .product("name", "Bưởi da xanh")
                .answer("1.1", 3)
                .answer("1.2", 2)
                .answer("1.3", 2)
                .answer("1.4", 2)
                .answer("1.5", 2)
                .answer("1.6", 2)
                .answer("1.7", 2)
                .answer("2.1", 3)
                .answer("2.2", 3)
                .answer("2.3", 3)
                .answer("2.4", true)
                .answer("3.1", 3)
                .answer("3.2", 2)
                .answer("3.3", 3)
                .answer("3.4", 2)
                .answer("3.5", 2)
                .answer("4.1", 3)
                .answer("4.2", 3)
                .answer("4.3", 4)
                .answer("5.1", 5)
                .answer("5.2", 3)
                .answer("5.3", 3)
                .answer("6.1", 3)
                .answer("6.2", 4)
                .answer("6.3", 3)
                .answer("6.4", 4)
                .answer("7", 2)
                .answer("8", 3)
                .answer("9", 2)
                .answer("10", 2)
                .answer("11", 2)
                .answer("12", 2)
                .build();
    }

    /** @param args ignored */
    public static void main(String[] args) {
        Scorer scorer = Ocop.scorer();
        ScoreResult result = scorer.score(sampleSheet());
        System.out.println(
                "total " + result.total() + ", band " + result.bandStars() + "★, final " + result.stars() + "★");
        result.failedMinimums()
                .forEach((stars, failed) -> failed.forEach(f -> System.out.println(
                        "  " + stars + "★ needs " + f.required() + " on " + f.criterion() + ", has " + f.actual())));
        System.out.println(OcopJson.write(result));
    }
}
