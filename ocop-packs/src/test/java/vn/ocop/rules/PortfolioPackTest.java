package vn.ocop.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.Ocop;
import vn.ocop.pack.InvalidPackException;
import vn.ocop.pack.Pack;
import vn.ocop.pack.PackOptions;
import vn.ocop.pack.Packs;
import vn.ocop.portfolio.DueList;
import vn.ocop.portfolio.Locality;
import vn.ocop.portfolio.PortfolioProduct;
import vn.ocop.portfolio.PortfolioRecognition;

/**
 * A province's portfolio rule layered over the library's: a trusted DRL file named for a portfolio concern
 * (PORTFOLIO_DUE) in the manifest's Rules row. The province lists its 5★ products a year ahead of expiry, where
 * the national due list looks 6 months ahead. On 2026-12-02: FIVE (5★, expires 2027-09-01, 9 months ahead) is
 * listed EXPIRING by the province only; FOUR (4★, same expiry) by neither; SOON (5★, expires 2027-01-05, 34 days)
 * by both, once.
 */
class PortfolioPackTest {
    static final String RULE = """
            package vn.ocop.packs.bentre.portfolio;
            import vn.ocop.rules.internal.fact.portfolio.Held;
            import vn.ocop.rules.internal.fact.portfolio.Listed;
            import vn.ocop.rules.internal.fact.portfolio.Today;
            rule "Bến Tre: a 5-star certificate is listed a year before it expires"
            when
                Today( graceDays > 0, $today : day )
                $h : Held( latest, stars == 5, expires >= $today, expires <= $today + 365, $e : expires )
            then
                insert( new Listed( $h, "EXPIRING", "5★: the province reviews it a year ahead" ) );
            end
            """;

    static Path pack(Path dir) throws Exception {
        Path p = TestPacks.pack(dir, "1", "Rules,portfolio/five-stars.drl,PORTFOLIO_DUE");
        Files.createDirectories(p.resolve("portfolio"));
        Files.writeString(p.resolve("portfolio/five-stars.drl"), RULE, StandardCharsets.UTF_8);
        return p;
    }

    static PortfolioProduct product(String id, int stars, String expires) {
        return new PortfolioProduct(
                id,
                null,
                null,
                Locality.UNKNOWN,
                List.of(new PortfolioRecognition(
                        stars, "QD-26-2026", LocalDate.parse("2026-06-01"), null, null, LocalDate.parse(expires))));
    }

    static final List<PortfolioProduct> PORTFOLIO = List.of(
            product("FIVE", 5, "2027-09-01"), product("FOUR", 4, "2027-09-01"), product("SOON", 5, "2027-01-05"));

    static Set<String> listed(DueList list) {
        Set<String> out = new TreeSet<>();
        list.due().forEach(d -> assertTrue(out.add(d.id() + " " + d.reason()), "listed twice: " + d));
        return out;
    }

    @Test
    void aTrustedPortfolioRuleJoinsTheLibrarysDueRules(@TempDir Path dir) throws Exception {
        LocalDate asOf = LocalDate.parse("2026-12-02");
        assertEquals(Set.of("SOON EXPIRING"), listed(Ocop.scorer().due(PORTFOLIO, asOf, 6)));
        Pack pack = Packs.load(pack(dir), PackOptions.defaults().withTrustDrl(true));
        assertEquals(
                Set.of("FIVE EXPIRING", "SOON EXPIRING"), listed(pack.scorer().due(PORTFOLIO, asOf, 6)));
        // the other concerns keep the library's rules alone
        assertEquals(Ocop.scorer().stats(PORTFOLIO, asOf), pack.scorer().stats(PORTFOLIO, asOf));
    }

    @Test
    void withoutTheTrustSwitchThePortfolioRuleIsRefused(@TempDir Path dir) throws Exception {
        InvalidPackException e =
                assertThrows(InvalidPackException.class, () -> Packs.load(pack(dir), PackOptions.defaults()));
        assertTrue(
                e.problems().stream().anyMatch(p -> p.message().contains("DRL file refused")), e.problems()::toString);
    }

    @Test
    void aRulesRowNamesACriteriaSetOrAPortfolioConcern(@TempDir Path dir) throws Exception {
        Path p = TestPacks.pack(dir, "1", "Rules,portfolio/five-stars.drl,PORTFOLIO_LATER");
        Files.createDirectories(p.resolve("portfolio"));
        Files.writeString(p.resolve("portfolio/five-stars.drl"), RULE, StandardCharsets.UTF_8);
        InvalidPackException e = assertThrows(
                InvalidPackException.class,
                () -> Packs.load(p, PackOptions.defaults().withTrustDrl(true)));
        assertTrue(
                e.problems().stream()
                        .anyMatch(
                                q -> q.message()
                                        .contains(
                                                "nor is it a portfolio concern: PORTFOLIO_DUE, PORTFOLIO_STATS, PORTFOLIO_PLAN")),
                e.problems()::toString);
    }
}
