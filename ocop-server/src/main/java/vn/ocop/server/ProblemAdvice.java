package vn.ocop.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import vn.ocop.CouncilSpreadException;
import vn.ocop.InvalidSheetException;
import vn.ocop.LimitExceededException;
import vn.ocop.pack.InvalidPackException;

/** Turns the library's refusals into problem details; anything else is a 500 that names no internals. */
@RestControllerAdvice(assignableTypes = ScoringController.class)
class ProblemAdvice {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(Problems.Problem.class)
    ResponseEntity<byte[]> problem(Problems.Problem p, HttpServletRequest request) {
        return Problems.respond(p, request.getRequestURI());
    }

    @ExceptionHandler(InvalidSheetException.class)
    ResponseEntity<byte[]> invalidSheet(InvalidSheetException e, HttpServletRequest request) {
        int n = e.problems().size();
        return Problems.respond(
                Problems.invalidSheet(n + (n == 1 ? " problem" : " problems") + " in the request", e.problems()),
                request.getRequestURI());
    }

    @ExceptionHandler(CouncilSpreadException.class)
    ResponseEntity<byte[]> spread(CouncilSpreadException e, HttpServletRequest request) {
        return Problems.respond(
                new Problems.Problem(
                                HttpStatus.UNPROCESSABLE_CONTENT,
                                "council-spread",
                                "Members disagree beyond the allowed spread",
                                e.getMessage())
                        .with("council", e.council()),
                request.getRequestURI());
    }

    @ExceptionHandler(LimitExceededException.class)
    ResponseEntity<byte[]> limit(LimitExceededException e, HttpServletRequest request) {
        return Problems.respond(
                new Problems.Problem(HttpStatus.CONTENT_TOO_LARGE, "limit", "Request beyond a limit", e.getMessage())
                        .with("limit", e.limit().setting())
                        .with("value", e.value())
                        .with("max", e.max()),
                request.getRequestURI());
    }

    @ExceptionHandler(InvalidPackException.class)
    ResponseEntity<byte[]> invalidPack(InvalidPackException e, HttpServletRequest request) {
        return Problems.respond(
                Problems.badRequest("invalid-pack", "Invalid pack", e.getMessage())
                        .with("packProblems", e.problems()),
                request.getRequestURI());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<byte[]> uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return Problems.respond(
                new Problems.Problem(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "limit",
                        "Request beyond a limit",
                        "the upload is larger than the service accepts"),
                request.getRequestURI());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<byte[]> multipart(MultipartException e, HttpServletRequest request) {
        return Problems.respond(
                Problems.badRequest(
                        "bad-upload", "Unreadable upload", "the request is not a readable multipart/form-data upload"),
                request.getRequestURI());
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<byte[]> unexpected(RuntimeException e, HttpServletRequest request) {
        String id = Long.toString(System.nanoTime() & 0xffffffffL, 36).toUpperCase(Locale.ROOT);
        LOG.error("internal error {} on {}", id, request.getRequestURI(), e);
        return Problems.respond(
                new Problems.Problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal",
                        "Internal error",
                        "the service failed on this request (error " + id + " in its log); the request may be fine"),
                request.getRequestURI());
    }
}
