package vn.ocop.server;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.ocop.SheetProblem;
import vn.ocop.json.OcopJson;

/**
 * RFC 9457 problem details as the service writes them ({@code application/problem+json}, schema
 * {@code problem.schema.json}): {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance},
 * and every sheet problem with its JSON path in the request ({@code problems}) or every pack problem with its
 * file, line and cell ({@code packProblems}).
 */
final class Problems {
    /** Where the problem types are documented. */
    static final String TYPES = "https://github.com/ocop-vn/ocop/blob/main/docs/server.md#problem-";

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", StandardCharsets.UTF_8);

    private Problems() {}

    /** A problem the service answers with. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Map<String, Object> body;
        final HttpStatus status;

        Problem(HttpStatus status, String type, String title, String detail) {
            super(detail, null, false, false);
            this.status = status;
            this.body = new LinkedHashMap<>();
            body.put("type", TYPES + type);
            body.put("title", title);
            body.put("status", status.value());
            body.put("detail", detail);
        }

        Problem with(String field, Object value) {
            body.put(field, value);
            return this;
        }
    }

    static Problem badRequest(String type, String title, String detail) {
        return new Problem(HttpStatus.BAD_REQUEST, type, title, detail);
    }

    static Problem invalidSheet(String detail, List<SheetProblem> problems) {
        return badRequest("invalid-sheet", "Invalid sheet", detail).with("problems", problems);
    }

    static ResponseEntity<byte[]> respond(Problem p, @Nullable String instance) {
        if (instance != null) {
            p.body.put("instance", instance);
        }
        return ResponseEntity.status(p.status)
                .contentType(PROBLEM_JSON)
                .body(OcopJson.write(p.body).getBytes(StandardCharsets.UTF_8));
    }
}
