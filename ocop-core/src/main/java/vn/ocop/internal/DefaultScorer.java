package vn.ocop.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.ocop.InvalidSheetException;
import vn.ocop.Scorer;
import vn.ocop.ScoringOptions;
import vn.ocop.SheetProblem;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.json.OcopJson;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Sheet;
import vn.ocop.spi.ScoringEngine;

/** Validates sheets against the engine's catalogue, then lets the engine score them. */
public final class DefaultScorer implements Scorer {
    private final ScoringEngine engine;
    private final ScoringOptions options;

    /**
     * @param engine  the engine
     * @param options the options
     */
    public DefaultScorer(ScoringEngine engine, ScoringOptions options) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public ScoreResult score(Sheet sheet) {
        return score(sheet, List.of(), sheet.id() == null ? "sheet" : "sheet " + sheet.id());
    }

    @Override
    public ScoreResult scoreJson(String json, String source) {
        OcopJson.Reading reading = OcopJson.readSheetLeniently(json);
        if (reading.sheet() == null) {
            throw new InvalidSheetException(source, reading.problems());
        }
        return score(reading.sheet(), reading.problems(), source);
    }

    private ScoreResult score(Sheet sheet, List<SheetProblem> earlier, String source) {
        Catalogue catalogue = engine.catalogue();
        SheetValidator.Outcome outcome = SheetValidator.validate(sheet, catalogue, earlier);
        if (!outcome.problems().isEmpty()) {
            throw new InvalidSheetException(source, outcome.problems());
        }
        CriteriaSet set = outcome.set();
        ScoreResult result = engine.score(set, sheet, options);
        List<String> warnings = new ArrayList<>(outcome.warnings());
        warnings.addAll(result.warnings());
        return withWarnings(result, warnings);
    }

    private static ScoreResult withWarnings(ScoreResult r, List<String> warnings) {
        return new ScoreResult(r.id(), r.criteriaSet(), r.edition(), r.product(), r.criteria(), r.awards(), r.groups(),
                r.parts(), r.partMaxima(), r.total(), r.maxTotal(), r.bandStars(), r.stars(), r.ocopProduct(),
                r.failedMinimums(), r.markerPolicy(), r.stops(), r.disqualifications(), warnings);
    }

    @Override
    public Catalogue catalogue() {
        return engine.catalogue();
    }

    @Override
    public ScoringOptions options() {
        return options;
    }
}
