package vn.ocop.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The machine-readable contract: the OpenAPI 3.1 document at {@code /v3/api-docs}, and the JSON Schemas it
 * refers to at {@code /schema/NAME.schema.json}, served from ocop-core's jar (the same files as
 * {@code docs/schema/}).
 */
@RestController
class DocsController {
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z-]{0,40}\\.schema\\.json");

    @GetMapping(path = "/v3/api-docs", produces = "application/json")
    ResponseEntity<byte[]> openApi() throws IOException {
        ResponseEntity<byte[]> doc = resource("/openapi.json", MediaType.APPLICATION_JSON);
        if (doc == null) {
            throw new IllegalStateException("openapi.json is missing from the service's jar");
        }
        return doc;
    }

    @GetMapping(path = "/schema/{name}", produces = "application/schema+json")
    ResponseEntity<byte[]> schema(@PathVariable("name") String name) throws IOException {
        if (!SCHEMA_NAME.matcher(name).matches()) {
            return notFound(name);
        }
        ResponseEntity<byte[]> found = resource("/vn/ocop/schema/" + name, new MediaType("application", "schema+json"));
        return found == null ? notFound(name) : found;
    }

    private static ResponseEntity<byte[]> notFound(String name) {
        return Problems.respond(
                new Problems.Problem(
                        HttpStatus.NOT_FOUND,
                        "unknown-schema",
                        "Unknown schema",
                        "no schema '" + (name.length() > 60 ? name.substring(0, 60) + "…" : name)
                                + "'; /v3/api-docs names them"),
                null);
    }

    private static @org.jspecify.annotations.Nullable ResponseEntity<byte[]> resource(String path, MediaType type)
            throws IOException {
        try (InputStream in = DocsController.class.getResourceAsStream(path)) {
            if (in == null) {
                return null;
            }
            return ResponseEntity.ok()
                    .contentType(new MediaType(type, java.nio.charset.StandardCharsets.UTF_8))
                    .body(in.readAllBytes());
        }
    }
}
