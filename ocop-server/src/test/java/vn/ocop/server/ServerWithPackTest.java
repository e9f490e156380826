package vn.ocop.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service with a province pack named by a property, as `java -jar ocop-server.jar --ocop.pack.location=…`. */
class ServerWithPackTest {

    @Test
    void aPackByPropertyScoresAndIsNamedInHealthAndImpact() throws Exception {
        try (Http http = Http.start("--ocop.pack.location=" + ServerTest.LAM_DONG.toAbsolutePath())) {
            String pomelo = ServerTest.sample("qd26-01-buoi-da-xanh.json");
            JsonNode result = ServerTest.json(http.postJson("/v1/evaluations", pomelo));
            // the pack raises 1.5 option 2 from 1 to 1.5 points: 75.5
            assertEquals(
                    new BigDecimal("75.5"), result.get("total").decimalValue().stripTrailingZeros());
            assertEquals(
                    "Lâm Đồng OCOP 2026 (example)",
                    result.get("pack").get("name").asText());

            JsonNode ocop = ServerTest.json(http.get("/actuator/health"))
                    .get("components")
                    .get("ocop");
            assertEquals(
                    "Lâm Đồng OCOP 2026 (example)",
                    ocop.get("details").get("pack").get("name").asText());
            assertEquals(
                    "2026.1", ocop.get("details").get("pack").get("version").asText());

            // the local set LD26-01 is in the catalogue the page offers
            assertEquals(200, http.get("/v1/catalogue/LD26-01").statusCode());

            HttpResponse<String> impact = http.upload(
                    "/v1/impact",
                    List.of(new Http.Part(
                            "sheets",
                            "sheets.json",
                            "application/json",
                            ("[" + pomelo + "]").getBytes(StandardCharsets.UTF_8))));
            assertEquals(200, impact.statusCode(), impact.body());
            JsonNode row = ServerTest.json(impact).get("sheets").get(0);
            assertEquals(
                    new BigDecimal("75"),
                    row.get("national").get("total").decimalValue().stripTrailingZeros());
            assertEquals(
                    new BigDecimal("75.5"),
                    row.get("pack").get("total").decimalValue().stripTrailingZeros());
        }
    }
}
