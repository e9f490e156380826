package vn.ocop.json;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import vn.ocop.InvalidSheetException;
import vn.ocop.OcopException;
import vn.ocop.SheetProblem;
import vn.ocop.sheet.Answer;
import vn.ocop.sheet.Finding;
import vn.ocop.sheet.Sheet;

/**
 * Reads sheets from and writes results to JSON.
 *
 * <p>Reading reports every structural problem with its JSON path (for example
 * {@code $.answers["1.1"]: expected an option position (a whole number) but found "3"}); it never
 * lets a Jackson exception through.
 */
@API(status = STABLE, since = "0.1.0")
public final class OcopJson {

    /** Top-level fields of a sheet. */
    public static final Set<String> SHEET_FIELDS = Set.of(
            "id",
            "criteriaSet",
            "edition",
            "evaluationDate",
            "filingDate",
            "recognitionDate",
            "reEvaluation",
            "product",
            "answers",
            "findings",
            "notes",
            "meta");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // text after the document is an error, not silently ignored
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .addModule(module())
            .build();

    /**
     * The serializers the JSON contract needs beyond Jackson's defaults, for a host that writes ocop values
     * with its own mapper: dates as {@code 2026-09-15}, answers as the sheet contract writes them. Configure
     * that mapper as {@link #mapper()} is (plain BigDecimals, no null fields) to get the same bytes.
     *
     * @return a new module
     */
    public static com.fasterxml.jackson.databind.Module module() {
        SimpleModule module = new SimpleModule("ocop") {
            private static final long serialVersionUID = 1L;

            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.insertAnnotationIntrospector(new ValueAccessors());
            }
        };
        module.addSerializer(LocalDate.class, ToStringSerializer.instance)
                .addSerializer(vn.ocop.sheet.Answer.class, new AnswerSerializer());
        // The contract's field names that differ from the Java ones live here, not on the records.
        module.setMixInAnnotation(vn.ocop.result.Award.class, CaseMixIn.class);
        module.setMixInAnnotation(vn.ocop.result.Advice.Change.class, CaseMixIn.class);
        module.setMixInAnnotation(vn.ocop.pack.PackReport.class, ValidMixIn.class);
        module.setMixInAnnotation(vn.ocop.catalogue.Confidence.class, CodeMixIn.class);
        return module;
    }

    /** The packages whose classes are values: the results, the catalogue and the sheet. */
    private static final Set<String> VALUE_PACKAGES =
            Set.of("vn.ocop.result", "vn.ocop.catalogue", "vn.ocop.sheet", "vn.ocop.portfolio");

    /**
     * The values that are final classes with builders rather than records (so that they can grow without
     * breaking callers) are written as a record would be: each field under its own name, read through its public
     * accessor (so the core's packages need not be opened to Jackson), in the order the fields are declared.
     */
    private static boolean valueClass(Class<?> type) {
        return !type.isRecord()
                && !type.isEnum()
                && !type.isInterface()
                && VALUE_PACKAGES.contains(type.getPackageName());
    }

    /** Names the accessors of the value classes as properties, in field order. */
    private static final class ValueAccessors
            extends com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector {
        private static final long serialVersionUID = 1L;

        @Override
        public com.fasterxml.jackson.databind.@Nullable PropertyName findNameForSerialization(
                com.fasterxml.jackson.databind.introspect.Annotated a) {
            if (a instanceof com.fasterxml.jackson.databind.introspect.AnnotatedMethod m
                    && valueClass(m.getDeclaringClass())
                    && m.getParameterCount() == 0
                    && !m.hasAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class)
                    && fieldNames(m.getDeclaringClass()).contains(m.getName())) {
                return com.fasterxml.jackson.databind.PropertyName.construct(m.getName());
            }
            return null;
        }

        @Override
        public String @Nullable [] findSerializationPropertyOrder(
                com.fasterxml.jackson.databind.introspect.AnnotatedClass ac) {
            return valueClass(ac.getRawType()) ? fieldNames(ac.getRawType()).toArray(String[]::new) : null;
        }

        private static List<String> fieldNames(Class<?> type) {
            List<String> names = new ArrayList<>();
            for (java.lang.reflect.Field f : type.getDeclaredFields()) {
                if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    names.add(f.getName());
                }
            }
            return names;
        }
    }

    /** Written as the word rule files use. */
    private abstract static class CodeMixIn {
        @com.fasterxml.jackson.annotation.JsonValue
        abstract String code();
    }

    /** A case code is written as {@code case}, as sheets write it. */
    private abstract static class CaseMixIn {
        @com.fasterxml.jackson.annotation.JsonProperty("case")
        abstract String caseCode();
    }

    /** A pack report says whether the pack can be used. */
    private abstract static class ValidMixIn {
        @com.fasterxml.jackson.annotation.JsonProperty("valid")
        abstract boolean valid();
    }

    /**
     * Answers as the sheet contract writes them: a single choice as its position ({@code 3}), a yes/no as
     * {@code true}/{@code false}, a case choice as {@code {"case": "a", "option": 2}}; so a written sheet reads
     * back as the same sheet.
     */
    private static final class AnswerSerializer
            extends com.fasterxml.jackson.databind.ser.std.StdSerializer<vn.ocop.sheet.Answer> {
        private static final long serialVersionUID = 1L;

        AnswerSerializer() {
            super(vn.ocop.sheet.Answer.class);
        }

        @Override
        public void serialize(
                vn.ocop.sheet.Answer value,
                JsonGenerator gen,
                com.fasterxml.jackson.databind.SerializerProvider provider)
                throws java.io.IOException {
            if (value instanceof vn.ocop.sheet.Answer.Choice c) {
                gen.writeNumber(c.option());
            } else if (value instanceof vn.ocop.sheet.Answer.YesNo yn) {
                gen.writeBoolean(yn.yes());
            } else if (value instanceof vn.ocop.sheet.Answer.CaseChoice cc) {
                gen.writeStartObject();
                gen.writeStringField("case", cc.caseCode());
                gen.writeNumberField("option", cc.option());
                gen.writeEndObject();
            } else {
                throw new IllegalStateException("unknown answer " + value);
            }
        }
    }

    private OcopJson() {}

    /**
     * @return a copy of the library's configured mapper (strict duplicate keys, plain BigDecimals, no null
     *         fields, {@link #module()}), the caller's to change; the library's own is never handed out
     */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /**
     * The outcome of reading a sheet leniently.
     *
     * @param sheet    the sheet as far as it could be read, or {@code null} when nothing usable was found
     * @param problems structural problems, each with its JSON path
     */
    public record Reading(@Nullable Sheet sheet, List<SheetProblem> problems) {}

    /**
     * Reads a sheet; any problem is an error.
     *
     * @param json   the sheet as JSON
     * @param source where it came from, for messages
     * @return the sheet
     * @throws InvalidSheetException listing every structural problem
     */
    public static Sheet readSheet(String json, String source) {
        Reading r = readSheetLeniently(json);
        if (!r.problems().isEmpty() || r.sheet() == null) {
            throw new InvalidSheetException(source, r.problems());
        }
        return r.sheet();
    }

    /**
     * Reads a sheet, collecting structural problems instead of stopping at the first.
     *
     * @param json the sheet as JSON
     * @return the sheet as far as it could be read, and the problems
     */
    public static Reading readSheetLeniently(String json) {
        List<SheetProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            problems.add(notJson(
                    e,
                    "the sheet's JSON object",
                    "a sheet is one JSON object (several sheets go one per" + " line, as JSON Lines)"));
            return new Reading(null, problems);
        }
        return sheetOf(root, problems);
    }

    /** A sheet from its JSON tree, with its structural problems. */
    private static Reading sheetOf(@Nullable JsonNode root, List<SheetProblem> problems) {
        if (root == null || !root.isObject()) {
            problems.add(
                    new SheetProblem(SheetProblem.Code.NOT_JSON, "$", "a sheet is a JSON object, not " + kind(root)));
            return new Reading(null, problems);
        }
        unknownFields(root, problems);
        String criteriaSet = text(root, "criteriaSet", true, problems);
        String edition = text(root, "edition", false, problems);
        String id = id(root, problems);
        LocalDate date = date(root, "evaluationDate", problems);
        LocalDate filed = date(root, "filingDate", problems);
        LocalDate recognised = date(root, "recognitionDate", problems);
        boolean reEvaluation = reEvaluation(root, problems);
        Map<String, Object> product = product(root, problems);
        Map<String, Answer> answers = answers(root, problems);
        List<Finding> findings = findings(root, problems);
        if (criteriaSet == null) {
            return new Reading(null, problems);
        }
        return new Reading(
                Sheet.builder(nfc(criteriaSet))
                        .id(id)
                        .edition(edition == null ? null : nfc(edition))
                        .evaluationDate(date)
                        .filingDate(filed)
                        .recognitionDate(recognised)
                        .reEvaluation(reEvaluation)
                        .product(product == null ? Map.of() : product)
                        .answers(answers)
                        .findings(findings)
                        .build(),
                problems);
    }

    /**
     * Reads one product of a portfolio (one line of its JSON Lines; {@link
     * vn.ocop.portfolio.PortfolioProduct}'s form). Fields the contract does not name are kept out, without
     * complaint: other systems add their own.
     *
     * @param json     the product as JSON
     * @param problems receives every problem, with its JSON path
     * @return the product, or {@code null} when it has problems
     */
    public static vn.ocop.portfolio.@Nullable PortfolioProduct readPortfolioProduct(
            String json, List<SheetProblem> problems) {
        int before = problems.size();
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            problems.add(notJson(e, "the product's JSON object", "a portfolio has one product a line"));
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.NOT_JSON, "$", "a portfolio product is a JSON object, not " + kind(root)));
            return null;
        }
        String id = text(root, "id", true, problems);
        String name = text(root, "name", false, problems);
        String set = text(root, "criteriaSet", false, problems);
        vn.ocop.portfolio.Locality locality = locality(root, "$", problems);
        List<vn.ocop.portfolio.PortfolioRecognition> recognitions = new ArrayList<>();
        JsonNode rs = root.get("recognitions");
        if (rs != null && !rs.isNull()) {
            if (!rs.isArray()) {
                problems.add(new SheetProblem(
                        SheetProblem.Code.INVALID_VALUE,
                        "$.recognitions",
                        "expected a list of recognitions but found " + kind(rs)));
            } else {
                for (int i = 0; i < rs.size(); i++) {
                    vn.ocop.portfolio.PortfolioRecognition r =
                            recognition(rs.get(i), "$.recognitions[" + i + "]", problems);
                    if (r != null) {
                        recognitions.add(r);
                    }
                }
            }
        }
        if (problems.size() > before || id == null) {
            return null;
        }
        return new vn.ocop.portfolio.PortfolioProduct(
                nfc(id), name, set == null ? null : nfc(set), locality, recognitions);
    }

    /** The {@code locality} of a product or a target ({@code at} is the object's path), unknown when absent. */
    private static vn.ocop.portfolio.Locality locality(JsonNode root, String at, List<SheetProblem> problems) {
        JsonNode l = root.get("locality");
        if (l == null || l.isNull()) {
            return vn.ocop.portfolio.Locality.UNKNOWN;
        }
        if (!l.isObject()) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.INVALID_VALUE,
                    at + ".locality",
                    "expected {\"province\", \"district\", \"commune\"} but found " + kind(l)));
            return vn.ocop.portfolio.Locality.UNKNOWN;
        }
        List<SheetProblem> own = new ArrayList<>();
        vn.ocop.portfolio.Locality locality = new vn.ocop.portfolio.Locality(
                text(l, "province", false, own), text(l, "district", false, own), text(l, "commune", false, own));
        own.forEach(p -> problems.add(
                new SheetProblem(p.code(), at + ".locality" + p.path().substring(1), p.message())));
        return locality;
    }

    /** How many targets a plan may have. */
    public static final int MAX_PLAN_TARGETS = 10_000;

    /**
     * Reads a plan ({@code docs/portfolio.md}):
     * <pre>{@code
     * {"name": "Kế hoạch OCOP 2024", "targets": [
     *   {"id": "NEW-3", "year": 2024, "measure": "NEW", "stars": 3, "count": 40, "locality": {"province": "Bến Tre"}},
     *   {"id": "EVERY-COMMUNE", "year": 2024, "measure": "EACH_COMMUNE", "communes": ["Mỹ Thạnh", "An Khánh"],
     *    "locality": {"province": "Bến Tre"}}]}
     * }</pre>
     * {@code stars} defaults to 3 and {@code count} to 1; {@code communes} belongs to {@code EACH_COMMUNE} alone.
     * Every problem is added with its JSON path.
     *
     * @param json     the plan
     * @param problems where problems are added
     * @return the plan, or {@code null} when any problem was found
     */
    public static vn.ocop.portfolio.@Nullable Plan readPlan(String json, List<SheetProblem> problems) {
        int before = problems.size();
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            problems.add(notJson(e, "the plan's JSON object", "a plan is one JSON object"));
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add(
                    new SheetProblem(SheetProblem.Code.NOT_JSON, "$", "a plan is a JSON object, not " + kind(root)));
            return null;
        }
        String name = text(root, "name", false, problems);
        JsonNode ts = root.get("targets");
        List<vn.ocop.portfolio.PlanTarget> targets = new ArrayList<>();
        if (ts == null || ts.isNull()) {
            problems.add(new SheetProblem(SheetProblem.Code.MISSING_FIELD, "$.targets", "missing"));
        } else if (!ts.isArray()) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.INVALID_VALUE, "$.targets", "expected a list of targets but found " + kind(ts)));
        } else if (ts.size() > MAX_PLAN_TARGETS) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.INVALID_VALUE,
                    "$.targets",
                    "a plan has at most " + MAX_PLAN_TARGETS + " targets, not " + ts.size()));
        } else {
            java.util.Map<String, Integer> ids = new java.util.HashMap<>();
            for (int i = 0; i < ts.size(); i++) {
                String at = "$.targets[" + i + "]";
                vn.ocop.portfolio.PlanTarget t = target(ts.get(i), at, problems);
                if (t == null) {
                    continue;
                }
                Integer earlier = ids.putIfAbsent(t.id(), i);
                if (earlier != null) {
                    problems.add(new SheetProblem(
                            SheetProblem.Code.INVALID_VALUE,
                            at + ".id",
                            "target '" + shown(t.id()) + "' is also $.targets[" + earlier + "]: ids are distinct"));
                } else {
                    targets.add(t);
                }
            }
        }
        return problems.size() > before ? null : new vn.ocop.portfolio.Plan(name, targets);
    }

    private static vn.ocop.portfolio.@Nullable PlanTarget target(JsonNode t, String at, List<SheetProblem> problems) {
        if (!t.isObject()) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.INVALID_VALUE,
                    at,
                    "a target is {\"id\", \"year\", \"measure\", \"count\", …}, not " + kind(t)));
            return null;
        }
        List<SheetProblem> own = new ArrayList<>();
        String id = text(t, "id", true, own);
        if (id != null && id.isBlank()) {
            own.add(new SheetProblem(SheetProblem.Code.INVALID_VALUE, "$.id", "the id is empty"));
        }
        Integer year = whole(t, "year", null, 1900, 2200, "a plan year", own);
        String m = text(t, "measure", true, own);
        vn.ocop.portfolio.PlanMeasure measure = null;
        if (m != null) {
            try {
                measure = vn.ocop.portfolio.PlanMeasure.valueOf(m);
            } catch (IllegalArgumentException e) {
                own.add(new SheetProblem(
                        SheetProblem.Code.INVALID_VALUE,
                        "$.measure",
                        "unknown measure '" + shown(m) + "' (known: "
                                + java.util.Arrays.toString(vn.ocop.portfolio.PlanMeasure.values())
                                        .replaceAll("[\\[\\]]", "")
                                + ")"));
            }
        }
        Integer stars = whole(t, "stars", 3, 3, 5, "stars", own);
        Integer count = whole(t, "count", 1, 1, 1_000_000, "the count", own);
        List<String> communes = new ArrayList<>();
        JsonNode cs = t.get("communes");
        if (cs != null && !cs.isNull()) {
            if (!cs.isArray()) {
                own.add(new SheetProblem(
                        SheetProblem.Code.INVALID_VALUE,
                        "$.communes",
                        "expected a list of communes but found " + kind(cs)));
            } else {
                for (int i = 0; i < cs.size(); i++) {
                    JsonNode c = cs.get(i);
                    if (!c.isTextual() || c.asText().isBlank()) {
                        own.add(new SheetProblem(
                                SheetProblem.Code.INVALID_VALUE,
                                "$.communes[" + i + "]",
                                "a commune is a name, not " + kind(c)));
                    } else if (communes.stream()
                            .anyMatch(k -> vn.ocop.portfolio.Locality.key(k)
                                    .equals(vn.ocop.portfolio.Locality.key(c.asText())))) {
                        own.add(new SheetProblem(
                                SheetProblem.Code.INVALID_VALUE,
                                "$.communes[" + i + "]",
                                "commune '" + shown(c.asText()) + "' is listed twice"));
                    } else {
                        communes.add(c.asText());
                    }
                }
            }
        }
        if (measure == vn.ocop.portfolio.PlanMeasure.EACH_COMMUNE
                && communes.isEmpty()
                && own.stream().noneMatch(p -> p.path().startsWith("$.communes"))) {
            own.add(new SheetProblem(
                    SheetProblem.Code.MISSING_FIELD,
                    "$.communes",
                    "EACH_COMMUNE lists the communes that must each reach the count"));
        } else if (measure != null
                && measure != vn.ocop.portfolio.PlanMeasure.EACH_COMMUNE
                && cs != null
                && !cs.isNull()) {
            own.add(new SheetProblem(
                    SheetProblem.Code.INVALID_VALUE, "$.communes", "only EACH_COMMUNE lists communes, not " + measure));
        }
        vn.ocop.portfolio.Locality locality = locality(t, "$", own);
        own.forEach(p -> problems.add(new SheetProblem(p.code(), at + p.path().substring(1), p.message())));
        if (!own.isEmpty() || id == null || year == null || measure == null || stars == null || count == null) {
            return null;
        }
        return vn.ocop.portfolio.PlanTarget.builder(id, year, measure)
                .stars(stars)
                .count(count)
                .locality(locality)
                .communes(communes)
                .build();
    }

    /** A whole number field between {@code min} and {@code max}; its default when absent (or missing if none). */
    private static @Nullable Integer whole(
            JsonNode root,
            String field,
            @Nullable Integer absent,
            int min,
            int max,
            String what,
            List<SheetProblem> problems) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            if (absent == null) {
                problems.add(new SheetProblem(SheetProblem.Code.MISSING_FIELD, "$." + field, "missing"));
            }
            return absent;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.INVALID_VALUE,
                    "$." + field,
                    what + " is a whole number from " + min + " to " + max + ", not " + kind(n)));
            return null;
        }
        return n.intValue();
    }

    private static vn.ocop.portfolio.@Nullable PortfolioRecognition recognition(
            JsonNode r, String at, List<SheetProblem> problems) {
        if (!r.isObject()) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.INVALID_VALUE,
                    at,
                    "a recognition is {\"stars\", \"edition\", \"recognitionDate\", …}, not " + kind(r)));
            return null;
        }
        List<SheetProblem> own = new ArrayList<>();
        JsonNode starsNode = r.get("stars");
        Integer stars = null;
        if (starsNode == null || starsNode.isNull()) {
            own.add(new SheetProblem(SheetProblem.Code.MISSING_FIELD, "$.stars", "missing"));
        } else if (!starsNode.isIntegralNumber()
                || !starsNode.canConvertToInt()
                || starsNode.intValue() < 3
                || starsNode.intValue() > 5) {
            own.add(new SheetProblem(
                    SheetProblem.Code.INVALID_VALUE,
                    "$.stars",
                    "a recognition gives 3, 4 or 5 stars, not " + kind(starsNode)));
        } else {
            stars = starsNode.intValue();
        }
        String edition = text(r, "edition", true, own);
        LocalDate date = date(r, "recognitionDate", own);
        if (date == null && own.stream().noneMatch(p -> p.path().equals("$.recognitionDate"))) {
            own.add(new SheetProblem(SheetProblem.Code.MISSING_FIELD, "$.recognitionDate", "missing"));
        }
        String certificate = text(r, "certificate", false, own);
        String level = text(r, "level", false, own);
        vn.ocop.sheet.EvaluationLevel lv = null;
        if (level != null) {
            try {
                lv = vn.ocop.sheet.EvaluationLevel.valueOf(level.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                own.add(new SheetProblem(
                        SheetProblem.Code.INVALID_VALUE,
                        "$.level",
                        "unknown level \"" + shown(level) + "\" (known: DISTRICT, PROVINCE, CENTRAL)"));
            }
        }
        LocalDate expires = date(r, "expires", own);
        for (SheetProblem p : own) {
            problems.add(new SheetProblem(p.code(), at + p.path().substring(1), p.message()));
        }
        for (LocalDate d : new LocalDate[] {date, expires}) {
            if (d != null && (d.getYear() < 1900 || d.getYear() > 2200)) {
                problems.add(new SheetProblem(
                        SheetProblem.Code.INVALID_VALUE,
                        at + (d == date ? ".recognitionDate" : ".expires"),
                        "the date " + d + " is outside 1900-01-01 to 2200-12-31"));
                return null;
            }
        }
        if (!own.isEmpty() || stars == null || edition == null || date == null) {
            return null;
        }
        return new vn.ocop.portfolio.PortfolioRecognition(stars, nfc(edition), date, certificate, lv, expires);
    }

    /** The fields of a council sitting document. */
    private static final Set<String> SITTING_FIELDS = Set.of("level", "members");

    /** The fields of a seat of a sitting. */
    private static final Set<String> SEAT_FIELDS = Set.of("name", "role", "sheet");

    /**
     * Reads a council sitting ({@link vn.ocop.sheet.Sitting}'s JSON form); every structural problem of the
     * sitting and of its sheets is reported, with its JSON path in the sitting.
     *
     * @param json   the sitting as JSON
     * @param source where it came from, for messages
     * @return the sitting
     * @throws InvalidSheetException listing every structural problem
     */
    public static vn.ocop.sheet.Sitting readSitting(String json, String source) {
        List<SheetProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidSheetException(
                    source, List.of(notJson(e, "the sitting's JSON object", "a sitting is one JSON object")));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidSheetException(
                    source,
                    List.of(new SheetProblem(
                            SheetProblem.Code.NOT_JSON, "$", "a council sitting is a JSON object, not " + kind(root))));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!SITTING_FIELDS.contains(field)) {
                problems.add(new SheetProblem(
                        SheetProblem.Code.UNKNOWN_FIELD,
                        "$." + field,
                        "unknown field '" + shown(field) + "' (a council sitting has level, members)"));
            }
        }
        vn.ocop.sheet.Sitting.Builder sitting = vn.ocop.sheet.Sitting.builder();
        String level = text(root, "level", false, problems);
        if (level != null) {
            try {
                sitting.level(vn.ocop.sheet.EvaluationLevel.valueOf(level));
            } catch (IllegalArgumentException e) {
                problems.add(new SheetProblem(
                        SheetProblem.Code.INVALID_VALUE,
                        "$.level",
                        "unknown level \"" + shown(level) + "\" (known: DISTRICT, PROVINCE, CENTRAL)"));
            }
        }
        JsonNode members = root.get("members");
        if (members == null || members.isNull()) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.MISSING_FIELD, "$.members", "missing: a sitting lists its seats"));
        } else if (!members.isArray()) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.INVALID_VALUE,
                    "$.members",
                    "expected a list of seats but found " + kind(members)));
        } else {
            for (int i = 0; i < members.size(); i++) {
                seat(members.get(i), i, sitting, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSheetException(source, problems);
        }
        return sitting.build();
    }

    private static void seat(JsonNode seat, int i, vn.ocop.sheet.Sitting.Builder sitting, List<SheetProblem> problems) {
        String at = "$.members[" + i + "]";
        if (!seat.isObject()) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.INVALID_VALUE,
                    at,
                    "a seat is {\"name\": …, \"role\": \"MEMBER\", \"sheet\": {…}}, not " + kind(seat)));
            return;
        }
        int before = problems.size();
        for (Iterator<String> it = seat.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!SEAT_FIELDS.contains(field)) {
                problems.add(new SheetProblem(
                        SheetProblem.Code.UNKNOWN_FIELD,
                        at + "." + field,
                        "unknown field '" + shown(field) + "' (a seat has name, role, sheet)"));
            }
        }
        List<SheetProblem> own = new ArrayList<>();
        String name = text(seat, "name", true, own);
        String role = text(seat, "role", true, own);
        own.forEach(p -> problems.add(new SheetProblem(p.code(), at + p.path().substring(1), null, i, p.message())));
        vn.ocop.sheet.Role r = null;
        if (role != null) {
            try {
                r = vn.ocop.sheet.Role.valueOf(role);
            } catch (IllegalArgumentException e) {
                problems.add(new SheetProblem(
                        SheetProblem.Code.INVALID_VALUE,
                        at + ".role",
                        null,
                        i,
                        "unknown role \"" + shown(role) + "\" (known: CHAIR, MEMBER, SECRETARY, EXPERT)"));
            }
        }
        Sheet sheet = null;
        JsonNode sheetNode = seat.get("sheet");
        if (sheetNode != null && !sheetNode.isNull()) {
            List<SheetProblem> sheetProblems = new ArrayList<>();
            Reading reading = sheetOf(sheetNode, sheetProblems);
            sheetProblems.forEach(p -> problems.add(p.at(i, at + ".sheet")));
            sheet = reading.sheet();
        }
        if (problems.size() == before && name != null && r != null) {
            sitting.seat(nfc(name), r, sheet);
        }
    }

    private static void unknownFields(JsonNode root, List<SheetProblem> problems) {
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!SHEET_FIELDS.contains(field)) {
                problems.add(new SheetProblem(
                        SheetProblem.Code.UNKNOWN_FIELD,
                        "$." + field,
                        "unknown field '" + shown(field) + "' (a sheet has "
                                + SHEET_FIELDS.stream().sorted().collect(Collectors.joining(", ")) + ")"));
            }
        }
    }

    private static @Nullable String id(JsonNode root, List<SheetProblem> problems) {
        JsonNode idNode = root.get("id");
        if (idNode == null || idNode.isNull()) {
            return null;
        }
        if (idNode.isTextual() || idNode.isIntegralNumber()) {
            return idNode.asText();
        }
        problems.add(new SheetProblem(
                SheetProblem.Code.INVALID_VALUE,
                "$.id",
                "expected a string or a whole number" + " but found " + kind(idNode)));
        return null;
    }

    private static boolean reEvaluation(JsonNode root, List<SheetProblem> problems) {
        JsonNode re = root.get("reEvaluation");
        if (re == null || re.isNull()) {
            return false;
        }
        if (re.isBoolean()) {
            return re.booleanValue();
        }
        problems.add(new SheetProblem(
                SheetProblem.Code.INVALID_VALUE,
                "$.reEvaluation",
                "expected true or false but" + " found " + kind(re)));
        return false;
    }

    private static @Nullable Map<String, Object> product(JsonNode root, List<SheetProblem> problems) {
        JsonNode productNode = root.get("product");
        if (productNode == null || productNode.isNull()) {
            return null;
        }
        if (productNode.isObject()) {
            return MAPPER.convertValue(
                    productNode,
                    MAPPER.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class));
        }
        problems.add(new SheetProblem(
                SheetProblem.Code.INVALID_VALUE, "$.product", "expected an object but found " + kind(productNode)));
        return null;
    }

    private static Map<String, Answer> answers(JsonNode root, List<SheetProblem> problems) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        JsonNode answersNode = root.get("answers");
        if (answersNode == null || answersNode.isNull()) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.MISSING_FIELD,
                    "$.answers",
                    "missing: a sheet answers its" + " criteria, keyed by criterion code"));
        } else if (!answersNode.isObject()) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.INVALID_VALUE,
                    "$.answers",
                    "expected an object keyed by" + " criterion code but found " + kind(answersNode)));
        } else {
            for (Map.Entry<String, JsonNode> e : answersNode.properties()) {
                String code = nfc(e.getKey());
                Answer a = answer(code, e.getValue(), problems);
                if (a != null) {
                    answers.put(code, a);
                }
            }
        }
        return answers;
    }

    private static List<Finding> findings(JsonNode root, List<SheetProblem> problems) {
        List<Finding> findings = new ArrayList<>();
        JsonNode findingsNode = root.get("findings");
        if (findingsNode == null || findingsNode.isNull()) {
            return findings;
        }
        if (!findingsNode.isArray()) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.INVALID_VALUE,
                    "$.findings",
                    "expected a list of finding" + " codes but found " + kind(findingsNode)));
            return findings;
        }
        for (int i = 0; i < findingsNode.size(); i++) {
            JsonNode f = findingsNode.get(i);
            Finding finding = f.isTextual() ? Finding.fromCode(f.asText()).orElse(null) : null;
            if (finding == null) {
                problems.add(new SheetProblem(
                        SheetProblem.Code.UNKNOWN_FINDING,
                        "$.findings[" + i + "]",
                        "unknown"
                                + " finding " + shown(f) + " (known: "
                                + java.util.Arrays.stream(Finding.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", "))
                                + ")"));
            } else {
                findings.add(finding);
            }
        }
        return findings;
    }

    private static @Nullable LocalDate date(JsonNode root, String field, List<SheetProblem> problems) {
        String text = text(root, field, false, problems);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.INVALID_VALUE,
                    "$." + field,
                    "expected a date like 2026-09-15 but found \"" + shown(text) + "\""));
            return null;
        }
    }

    private static @Nullable Answer answer(String code, JsonNode v, List<SheetProblem> problems) {
        String path = SheetProblem.answerPath(code);
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return Answer.option(v.intValue());
        }
        if (v.isBoolean()) {
            return Answer.yesNo(v.booleanValue());
        }
        if (v.isObject()) {
            JsonNode c = v.get("case");
            JsonNode o = v.get("option");
            List<String> extra = new ArrayList<>();
            v.fieldNames().forEachRemaining(f -> {
                if (!f.equals("case") && !f.equals("option")) {
                    extra.add(f);
                }
            });
            if (c == null
                    || !c.isTextual()
                    || o == null
                    || !o.isIntegralNumber()
                    || !o.canConvertToInt()
                    || !extra.isEmpty()) {
                problems.add(new SheetProblem(
                        SheetProblem.Code.INVALID_VALUE,
                        path,
                        "a case answer is {\"case\": \"a\", \"option\": 1}; found " + shown(v)));
                return null;
            }
            return Answer.caseOption(nfc(c.asText()), o.intValue());
        }
        String found = v.isArray() ? "a list (a criterion takes exactly one answer)" : kind(v);
        problems.add(new SheetProblem(
                SheetProblem.Code.INVALID_VALUE,
                path,
                "expected an option position (a whole number), true/false, or "
                        + "{\"case\": …, \"option\": …}, but found " + found));
        return null;
    }

    private static @Nullable String text(JsonNode root, String field, boolean required, List<SheetProblem> problems) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                problems.add(new SheetProblem(SheetProblem.Code.MISSING_FIELD, "$." + field, "missing"));
            }
            return null;
        }
        if (!n.isTextual()) {
            problems.add(new SheetProblem(
                    SheetProblem.Code.INVALID_VALUE, "$." + field, "expected a string but found " + kind(n)));
            return null;
        }
        return n.asText();
    }

    /**
     * The problem of a document that is not JSON, at its line and column.
     *
     * @param what the document ("the sheet's JSON object"), for text that follows it
     * @param one  what a document of this kind is, said when text follows it
     */
    private static SheetProblem notJson(JsonProcessingException e, String what, String one) {
        String where = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        String message = e.getOriginalMessage().startsWith("Trailing token")
                ? "text after " + what + where + ": " + one
                : "not valid JSON" + where + ": " + plain(e.getOriginalMessage());
        return new SheetProblem(SheetProblem.Code.NOT_JSON, "$", message);
    }

    /**
     * Jackson's message in the user's terms: without the names of Jackson's settings and classes (which the
     * user cannot change), and quoting at most 40 characters of a token.
     */
    static String plain(String jackson) {
        String m = jackson.replaceAll(",? from `[^`]*`", "")
                .replaceAll(": enable `[^`]*` to allow", "")
                .replaceAll(
                        " \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)",
                        " (JSON has none)")
                .replaceAll("`[^`]*`", "")
                .replaceAll("'([^']{40})[^']{4,}'", "'$1…'");
        if (m.startsWith("Non-standard token")) {
            m += " (JSON numbers have no NaN or Infinity)";
        }
        return m;
    }

    /** A JSON value as a message quotes it: at most 60 characters, and its length when longer. */
    private static String shown(JsonNode n) {
        return shown(n.toString());
    }

    private static String shown(String text) {
        return text.length() <= 60
                ? text
                : text.substring(0, 59) + "… (" + String.format(Locale.ROOT, "%,d", text.length()) + " characters)";
    }

    private static String kind(@Nullable JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isTextual()) {
            return "the string " + shown(n);
        }
        if (n.isNumber()) {
            return "the number " + shown(n);
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isObject()) {
            return "an object";
        }
        return n.toString();
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * @param value a result, a catalogue record or a list of them
     * @return compact JSON on one line
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new OcopException(
                    "cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @param value a result, a catalogue record or a list of them
     * @return indented JSON
     */
    public static String writePretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new OcopException(
                    "cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
