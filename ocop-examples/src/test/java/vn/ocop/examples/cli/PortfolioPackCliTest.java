package vn.ocop.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.examples.cli.OcopCommandTest.Run;

/**
 * {@code portfolio due --pack PACK --trust-drl}: an exported national pack with one trusted portfolio rule (a
 * 4★ certificate is listed a year before it expires). On 2026-12-02 the sample's BT-001 (4★, expires 2027-03-01)
 * is EXPIRING either way; BT-004 (4★, expires 2029-08-10) is not within a year: listed by neither. Without the
 * trust switch the pack is refused.
 */
class PortfolioPackCliTest {
    @Test
    void aPacksPortfolioRuleRunsWithTheTrustSwitchOnly(@TempDir Path dir) throws Exception {
        Path pack = dir.resolve("pack");
        assertEquals(
                0,
                OcopCommandTest.run("", "export-pack", "--edition", "QD-26-2026", pack.toString())
                        .code());
        Files.writeString(
                pack.resolve("pack.csv"),
                Files.readString(pack.resolve("pack.csv"), StandardCharsets.UTF_8)
                        + "\nRules,province-due.drl,PORTFOLIO_DUE\n",
                StandardCharsets.UTF_8);
        Files.writeString(pack.resolve("province-due.drl"), """
                package vn.ocop.packs.test.due;
                import vn.ocop.rules.internal.fact.portfolio.Held;
                import vn.ocop.rules.internal.fact.portfolio.Listed;
                import vn.ocop.rules.internal.fact.portfolio.Today;
                rule "A 4-star certificate is listed a year before it expires"
                when
                    Today( graceDays > 0, $today : day )
                    $h : Held( latest, stars == 4, expires >= $today, expires <= $today + 365 )
                then
                    insert( new Listed( $h, "EXPIRING", "the province reviews 4-star products a year ahead" ) );
                end
                """, StandardCharsets.UTF_8);
        Run refused = OcopCommandTest.run(
                "",
                "portfolio",
                "due",
                "--as-of",
                "2026-12-02",
                "--pack",
                pack.toString(),
                PortfolioCommandTest.SAMPLE);
        assertTrue(refused.code() != 0, refused.out());
        assertTrue(refused.err().contains("DRL file refused"), refused.err());
        Run trusted = OcopCommandTest.run(
                "",
                "portfolio",
                "due",
                "--json",
                "--as-of",
                "2026-12-02",
                "--within",
                "1",
                "--pack",
                pack.toString(),
                "--trust-drl",
                PortfolioCommandTest.SAMPLE);
        assertEquals(0, trusted.code(), trusted.err());
        // within 1 month the library lists no EXPIRING 4★ product; the province's rule lists BT-001 (89 days)
        assertTrue(trusted.out().contains("\"id\":\"BT-001\",\"reason\":\"EXPIRING\""), trusted.out());
        assertFalse(trusted.out().contains("\"id\":\"BT-004\",\"reason\":\"EXPIRING\""), trusted.out());
        Run national = OcopCommandTest.run(
                "",
                "portfolio",
                "due",
                "--json",
                "--as-of",
                "2026-12-02",
                "--within",
                "1",
                PortfolioCommandTest.SAMPLE);
        assertFalse(national.out().contains("\"id\":\"BT-001\",\"reason\":\"EXPIRING\""), national.out());
    }
}
