package vn.ocop.examples.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.ocop.MarkerBasis;
import vn.ocop.MarkerPolicy;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.ScoringOptions;
import vn.ocop.SpreadPolicy;
import vn.ocop.catalogue.Catalogue;
import vn.ocop.catalogue.Edition;
import vn.ocop.pack.Pack;
import vn.ocop.pack.PackOptions;
import vn.ocop.pack.Packs;

/** The options several commands share, as picocli mixins. */
final class Options {
    private Options() {}

    /** The sheets a command reads: files of one sheet each, or {@code -} for JSON Lines on standard input. */
    static final class Sheets {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Sheets as JSON files, or '-' for JSON Lines.")
        List<String> files;
    }

    /** {@code --json}. */
    static final class Json {
        @Option(names = "--json", description = "Print JSON: one object per sheet, per line.")
        boolean json;
    }

    /** {@code --lang}. */
    static final class Lang {
        enum Language {
            vi,
            en
        }

        @Option(
                names = "--lang",
                paramLabel = "vi|en",
                description = "Language of the messages: vi or en (default: the system's, else en).")
        Language lang;

        boolean vietnamese() {
            return lang == null ? java.util.Locale.getDefault().getLanguage().equals("vi") : lang == Language.vi;
        }
    }

    /** {@code --pack} and {@code --trust-drl}. */
    static final class PackChoice {
        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        @Option(
                names = "--pack",
                paramLabel = "PACK",
                description =
                        "A province's rule pack (a folder, a .zip or .jar, or a pack.xlsx) instead of the national"
                                + " criteria.")
        Path pack;

        @Option(
                names = "--trust-drl",
                description = "Accept DRL files in the pack: they are Java code and run unsandboxed.")
        boolean trustDrl;

        /** @return the pack, loaded (refused when invalid), or {@code null} without --pack */
        Pack load() {
            if (trustDrl && pack == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--trust-drl only applies with --pack");
            }
            return pack == null ? null : Packs.load(pack, options());
        }

        /** @return the pack options the command line sets: the trust switch and the limits */
        PackOptions options() {
            return PackOptions.defaults()
                    .withTrustDrl(trustDrl)
                    .withLimits(OcopCommand.of(spec).limits());
        }

        Scorer scorer(ScoringOptions options) {
            Pack p = load();
            return p == null ? Ocop.scorer(options) : p.scorer(options);
        }

        Catalogue catalogue() {
            Pack p = load();
            return p == null ? Ocop.catalogue() : p.catalogue();
        }
    }

    /** {@code --edition} and {@code --marker-policy}. */
    static final class Scoring {
        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        @Option(
                names = "--edition",
                paramLabel = "E",
                description = "Score sheets that name no edition under E (QD-26-2026, QD-148-2023, QD-1048-2019).")
        String edition;

        @Option(
                names = "--marker-policy",
                paramLabel = "POLICY",
                description = "HIGHEST_PASSING_LEVEL (default: failed minimum markers hold the stars down) or"
                        + " REPORT_ONLY.")
        MarkerPolicy markerPolicy = MarkerPolicy.HIGHEST_PASSING_LEVEL;

        ScoringOptions options() {
            if (edition != null && Ocop.catalogue().edition(edition).isEmpty()) {
                throw unknownEdition(spec, edition, "--edition");
            }
            ScoringOptions o = ScoringOptions.defaults()
                    .withMarkerPolicy(markerPolicy)
                    .withLimits(OcopCommand.of(spec).limits());
            return edition == null ? o : o.withEdition(edition);
        }
    }

    static CommandLine.ParameterException unknownEdition(CommandSpec spec, String edition, String option) {
        return new CommandLine.ParameterException(
                spec.commandLine(),
                "unknown edition '" + edition + "' for "
                        + option + " (known: "
                        + Ocop.catalogue().editions().stream().map(Edition::id).collect(Collectors.joining(", "))
                        + ")");
    }

    /** The council's options. */
    static final class Council {
        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        @Option(
                names = "--quorum",
                paramLabel = "N",
                description = "Scoring members who must have scored for the council to be complete (default 0: every"
                        + " scoring member of the sitting).")
        Integer quorum;

        @Option(
                names = "--far-from-mean",
                paramLabel = "P",
                description = "Flag a member whose total lies more than P points from the mean (default 6).")
        BigDecimal farFromMean;

        @Option(
                names = "--rounding",
                paramLabel = "POLICY",
                description = "How the published mean is rounded before it is banded: EXACT (default), TOTAL_2DP or"
                        + " PARTS_2DP (docs/councils.md).")
        vn.ocop.Rounding rounding;

        @Option(names = "--experts-score", description = "Invited experts score (their sheets count in the mean).")
        boolean expertsScore;

        @Option(
                names = "--max-spread",
                paramLabel = "P",
                description = "Largest allowed difference between two members' totals, in points (default 10);"
                        + " every pair further apart is listed.")
        BigDecimal maxSpread;

        @Option(
                names = "--spread-policy",
                paramLabel = "WARN|ERROR",
                description = "A spread over the limit is a warning (WARN, default) or refuses the result (ERROR,"
                        + " exit 1).")
        SpreadPolicy spreadPolicy;

        @Option(
                names = "--marker-basis",
                paramLabel = "BASIS",
                description = "Markers are checked on the per-criterion means (CRITERION_MEANS, default) or on every"
                        + " member (EVERY_MEMBER).")
        MarkerBasis markerBasis;

        ScoringOptions apply(ScoringOptions o) {
            try {
                if (quorum != null) {
                    o = o.withQuorum(quorum);
                }
                if (farFromMean != null) {
                    o = o.withFarFromMean(farFromMean);
                }
                if (maxSpread != null || spreadPolicy != null) {
                    o = o.withSpread(
                            maxSpread == null ? o.maxSpread() : maxSpread,
                            spreadPolicy == null ? o.spreadPolicy() : spreadPolicy);
                }
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        quorum != null && quorum < 0
                                ? "--quorum needs a whole number of 0 or more: '" + quorum + "'"
                                : farFromMean != null && e.getMessage().startsWith("farFromMean")
                                        ? "--far-from-mean needs a number of points from 0 to 1000, in at most 6"
                                                + " decimals: '" + ResultTable.shorten(farFromMean.toString(), 30)
                                                + "'"
                                        : "--max-spread needs a number of points from 0 to 1000, in at most 6"
                                                + " decimals: '"
                                                + ResultTable.shorten(String.valueOf(maxSpread), 30) + "'");
            }
            if (rounding != null) {
                o = o.withRounding(rounding);
            }
            if (expertsScore) {
                o = o.withExpertsScoring(true);
            }
            return markerBasis == null ? o : o.withMarkerBasis(markerBasis);
        }
    }
}
