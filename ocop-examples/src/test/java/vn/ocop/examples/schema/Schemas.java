package vn.ocop.examples.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.ocop.json.OcopJson;

/**
 * The published schemas as a consumer gets them: from ocop-core's jar ({@code vn/ocop/schema/}), resolved by
 * their {@code $id}, validated by an independent JSON Schema 2020-12 implementation (networknt).
 */
final class Schemas {
    static final String BASE = "https://github.com/ocop-vn/ocop/schema/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix(BASE, "classpath:vn/ocop/schema/")));
    private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

    private Schemas() {}

    static Schema get(String name) {
        return LOADED.computeIfAbsent(name, n -> REGISTRY.getSchema(SchemaLocation.of(BASE + n)));
    }

    static List<Error> errors(String schema, JsonNode json) {
        return get(schema).validate(json);
    }

    static List<Error> errors(String schema, String json) {
        try {
            return errors(schema, OcopJson.mapper().readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static void valid(String schema, String what, JsonNode json) {
        List<Error> errors = errors(schema, json);
        assertTrue(errors.isEmpty(), what + " against " + schema + ": " + errors);
    }

    static void valid(String schema, String what, String json) {
        List<Error> errors = errors(schema, json);
        assertTrue(errors.isEmpty(), what + " against " + schema + ": " + errors);
    }

    static void invalid(String schema, String what, String json) {
        assertTrue(!errors(schema, json).isEmpty(), what + " must not pass " + schema);
    }
}
