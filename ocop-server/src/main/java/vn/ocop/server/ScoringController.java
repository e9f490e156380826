package vn.ocop.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ocop.InvalidSheetException;
import vn.ocop.Limit;
import vn.ocop.Ocop;
import vn.ocop.Scorer;
import vn.ocop.SheetProblem;
import vn.ocop.catalogue.CatalogueSummary;
import vn.ocop.catalogue.CriteriaSet;
import vn.ocop.json.OcopJson;
import vn.ocop.pack.Pack;
import vn.ocop.pack.PackImpact;
import vn.ocop.pack.PackInfo;
import vn.ocop.pack.PackOptions;
import vn.ocop.pack.PackReport;
import vn.ocop.pack.Packs;
import vn.ocop.result.BatchItem;
import vn.ocop.result.HtmlReport;
import vn.ocop.result.ScoreResult;
import vn.ocop.sheet.Sheet;
import vn.ocop.spring.autoconfigure.OcopEngine;

/**
 * The HTTP API, version 1. Bodies are read and written by the library's own JSON binding ({@link OcopJson}),
 * so field names are exactly those of the CLI's {@code --json} output and of the published schemas.
 */
@RestController
class ScoringController {
    static final MediaType JSON = new MediaType("application", "json", StandardCharsets.UTF_8);
    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    /** Uploaded packs are never trusted with code, whatever the service's own pack is allowed. */
    private static final String NO_TRUST = "uploaded packs are data only: DRL files are refused";

    private final Scorer scorer;
    private final OcopEngine engine;

    ScoringController(Scorer scorer, OcopEngine engine) {
        this.scorer = scorer;
        this.engine = engine;
    }

    // ---- scoring

    /** One sheet: its result. An array of sheets: one item per sheet, its result or its problems. */
    @PostMapping(path = "/v1/evaluations", produces = "application/json")
    ResponseEntity<byte[]> evaluations(HttpServletRequest request) {
        String body = body(request, Limit.SITTING_BYTES);
        if (!isArray(body)) {
            return json(scorer.scoreJson(body, "request"));
        }
        List<String> sheets = elements(body);
        engine.options().limits().check(Limit.BATCH_SHEETS, sheets.size(), "the batch");
        List<BatchItem> items = new ArrayList<>();
        List<Sheet> readable = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            try {
                readable.add(OcopJson.readSheet(sheets.get(i), "$[" + i + "]"));
                positions.add(i);
                items.add(null);
            } catch (InvalidSheetException e) {
                items.add(new BatchItem(i, null, at(i, e.problems())));
            }
        }
        List<BatchItem> scored = scorer.scoreEach(readable, null);
        for (int k = 0; k < scored.size(); k++) {
            int i = positions.get(k);
            BatchItem b = scored.get(k);
            items.set(
                    i,
                    b.scored()
                            ? new BatchItem(i, b.result(), List.of())
                            : new BatchItem(i, null, atBatch(i, b.problems())));
        }
        return json(items);
    }

    /** A council as it sat: roles, absences, the members' sheets. */
    @PostMapping(path = "/v1/councils", produces = "application/json")
    ResponseEntity<byte[]> councils(HttpServletRequest request) {
        return json(scorer.scoreSittingJson(body(request, Limit.SITTING_BYTES), "request"));
    }

    /** The advisor: the smallest changes that reach each higher star. */
    @PostMapping(path = "/v1/advice", produces = "application/json")
    ResponseEntity<byte[]> advice(
            HttpServletRequest request, @RequestParam(name = "alternatives", defaultValue = "1") int alternatives) {
        if (alternatives < 1 || alternatives > 10) {
            throw Problems.badRequest(
                    "bad-parameter",
                    "Bad parameter",
                    "alternatives must be 1 to 10, the ways shown to reach each star: " + alternatives);
        }
        Sheet sheet = OcopJson.readSheet(body(request, Limit.SHEET_BYTES), "request");
        return json(scorer.advise(sheet, alternatives));
    }

    /** The HTML report of one sheet or of each sheet of an array. */
    @PostMapping(path = "/v1/reports", produces = "text/html")
    ResponseEntity<byte[]> reports(HttpServletRequest request) {
        String body = body(request, Limit.SITTING_BYTES);
        List<String> sheets = isArray(body) ? elements(body) : List.of(body);
        engine.options().limits().check(Limit.BATCH_SHEETS, sheets.size(), "the report");
        List<HtmlReport.Section> sections = new ArrayList<>();
        List<SheetProblem> problems = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            String source = isArray(body) ? "$[" + i + "]" : "request";
            try {
                Sheet sheet = OcopJson.readSheet(sheets.get(i), source);
                ScoreResult r = scorer.score(sheet);
                CriteriaSet set = scorer.catalogue().set(r.criteriaSet()).orElseThrow();
                sections.add(new HtmlReport.Section(r.id() == null ? source : r.id(), r, set, scorer.advise(sheet, 1)));
            } catch (InvalidSheetException e) {
                problems.addAll(isArray(body) ? at(i, e.problems()) : e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw Problems.invalidSheet(problems.size() + " problems in the request", problems);
        }
        String page = HtmlReport.page("Kết quả đánh giá, phân hạng sản phẩm OCOP", sections);
        return ResponseEntity.ok().contentType(HTML).body(page.getBytes(StandardCharsets.UTF_8));
    }

    // ---- the catalogue

    /** The editions, their classification and a summary of every criteria set. */
    @GetMapping(path = "/v1/catalogue", produces = "application/json")
    ResponseEntity<byte[]> catalogue() {
        return json(CatalogueSummary.of(scorer.catalogue()));
    }

    /** One criteria set in full: groups, criteria, options, minimum markers. */
    @GetMapping(path = "/v1/catalogue/{set}", produces = "application/json")
    ResponseEntity<byte[]> criteriaSet(@PathVariable("set") String set) {
        return scorer.catalogue()
                .set(set)
                .map(ScoringController::json)
                .orElseThrow(() -> new Problems.Problem(
                        HttpStatus.NOT_FOUND,
                        "unknown-criteria-set",
                        "Unknown criteria set",
                        "no criteria set '" + abbreviate(set) + "'; GET /v1/catalogue lists them"));
    }

    // ---- packs

    /** Checks an uploaded pack (workbook, zip or jar) completely; DRL files in it are refused, never run. */
    @PostMapping(path = "/v1/packs/validate", produces = "application/json", consumes = "multipart/form-data")
    ResponseEntity<byte[]> validate(@RequestPart("pack") MultipartFile pack) throws IOException {
        Upload upload = Upload.of(pack);
        try {
            PackReport r = Packs.validate(upload.path(), uploadOptions());
            return json(new PackReport(upload.name(), r.pack(), r.problems(), r.warnings(), r.changes()));
        } finally {
            upload.delete();
        }
    }

    /**
     * Whose stars a pack changes: each sheet scored on the national criteria and on the pack (uploaded, or the
     * service's own when none is uploaded).
     */
    @PostMapping(path = "/v1/impact", produces = "application/json", consumes = "multipart/form-data")
    ResponseEntity<byte[]> impact(
            @RequestPart(name = "pack", required = false) @Nullable MultipartFile pack,
            @RequestPart("sheets") MultipartFile sheets)
            throws IOException {
        String body = decode(
                limited(sheets.getInputStream(), engine.options().limits().get(Limit.SITTING_BYTES)));
        if (!isArray(body)) {
            throw Problems.badRequest("not-json", "Not JSON", "the part 'sheets' must be a JSON array of sheets");
        }
        List<String> list = elements(body);
        engine.options().limits().check(Limit.BATCH_SHEETS, list.size(), "impact");
        PackImpact impact;
        if (pack != null) {
            Upload upload = Upload.of(pack);
            try {
                Pack loaded = Packs.load(upload.path(), uploadOptions());
                impact = new PackImpact(Ocop.scorer(engine.options()), loaded.scorer(engine.options()), loaded.info());
            } finally {
                upload.delete();
            }
        } else {
            PackInfo info = engine.pack();
            if (info == null) {
                throw Problems.badRequest(
                        "no-pack",
                        "No pack",
                        "upload a pack in the part 'pack': this service scores on the national criteria");
            }
            impact = new PackImpact(Ocop.scorer(engine.options()), scorer, info);
        }
        for (int i = 0; i < list.size(); i++) {
            impact.add("$[" + i + "]", list.get(i));
        }
        return json(impact.report());
    }

    private PackOptions uploadOptions() {
        return PackOptions.defaults()
                .withTrustDrl(false)
                .withLimits(engine.options().limits());
    }

    /** An uploaded pack written to a private temporary folder under its own (cleaned) name. */
    record Upload(String name, Path folder, Path path) {
        static Upload of(MultipartFile file) throws IOException {
            String original = file.getOriginalFilename();
            String name =
                    original == null ? "" : Path.of(original.replace('\\', '/')).getFileName() + "";
            String lower = name.toLowerCase(Locale.ROOT);
            if (!(lower.endsWith(".xlsx") || lower.endsWith(".zip") || lower.endsWith(".jar"))) {
                throw Problems.badRequest(
                        "bad-upload",
                        "Unreadable upload",
                        "a pack is uploaded as a .xlsx workbook or a .zip or .jar of its folder; got '"
                                + abbreviate(name) + "'");
            }
            String safe = name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
            Path folder = Files.createTempDirectory("ocop-upload-");
            Path path = folder.resolve(safe);
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, path);
            }
            return new Upload(name, folder, path);
        }

        void delete() throws IOException {
            Files.deleteIfExists(path);
            Files.deleteIfExists(folder);
        }
    }

    // ---- bodies

    private String body(HttpServletRequest request, Limit limit) {
        try {
            return decode(
                    limited(request.getInputStream(), engine.options().limits().get(limit)));
        } catch (IOException e) {
            throw Problems.badRequest("unreadable", "Unreadable request", "the request body could not be read");
        }
    }

    private static byte[] limited(InputStream in, long max) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new vn.ocop.LimitExceededException(Limit.SITTING_BYTES, bytes.length, max, "the request body");
        }
        return bytes;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw Problems.badRequest("not-utf-8", "Not UTF-8", "the request body is not UTF-8 text");
        }
    }

    private static boolean isArray(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '[') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return false;
            }
        }
        return false;
    }

    /** The elements of a JSON array, each as text; an element that is not an object is a problem at its path. */
    private static List<String> elements(String body) {
        JsonNode tree;
        try {
            tree = OcopJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            throw Problems.invalidSheet(
                    "the request is not JSON",
                    List.of(new SheetProblem(SheetProblem.Code.NOT_JSON, "$", "the request is not JSON" + where)));
        }
        List<String> out = new ArrayList<>();
        List<SheetProblem> problems = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            JsonNode n = tree.get(i);
            if (!n.isObject()) {
                problems.add(new SheetProblem(
                        SheetProblem.Code.NO_SHEET,
                        "$[" + i + "]",
                        "item " + i + " of the array is "
                                + n.getNodeType().name().toLowerCase(Locale.ROOT) + ", not a sheet (a JSON object)"));
            }
            out.add(n.toString());
        }
        if (!problems.isEmpty()) {
            throw Problems.invalidSheet(
                    problems.size() + (problems.size() == 1 ? " item" : " items") + " of the array not a sheet",
                    problems);
        }
        return out;
    }

    /** The batch's problems name the sheet by its place in the batch ({@code sheets[3] $.answers…}): here, in the request. */
    private static List<SheetProblem> atBatch(int position, List<SheetProblem> problems) {
        return problems.stream()
                .map(p -> {
                    String path = p.path();
                    int own = path.indexOf(" $");
                    String inSheet = path.startsWith("sheets[") && own > 0 ? path.substring(own + 1) : path;
                    return new SheetProblem(p.code(), inSheet, p.criterion(), null, p.message())
                            .at(position, "$[" + position + "]");
                })
                .toList();
    }

    private static List<SheetProblem> at(int position, List<SheetProblem> problems) {
        return problems.stream().map(p -> p.at(position, "$[" + position + "]")).toList();
    }

    static ResponseEntity<byte[]> json(Object value) {
        return ResponseEntity.ok().contentType(JSON).body(OcopJson.write(value).getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }
}
