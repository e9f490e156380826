#!/usr/bin/env python3
"""Writes ocop-rules' national rule files from the reference data in ../shared/domain.

This is a one-off developer tool, not part of the build: the generated files under
ocop-rules/src/main/resources/vn/ocop/rules are the source of truth once committed, and
the library never reads ../shared at run time. Re-run it only to re-import the reference
data, then review the diff like any other change to the rules.

    python3 tools/generate_rule_files.py ../shared/domain/ocop-criteria.json [EDITION ...]
"""
import csv
import io
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "ocop-rules", "src", "main", "resources")
RULES = "vn/ocop/rules"
FACTS = "vn.ocop.rules.internal.fact"

EDITIONS = {
    # edition id -> (folder/package suffix, effective from, effective to (inclusive), act)
    "QD-26-2026": ("qd26", "2026-05-22", "", "26/2026/QĐ-TTg"),
    "QD-148-2023": ("qd148", "2023-02-24", "2026-05-21", "148/QĐ-TTg"),
    "QD-1048-2019": ("qd1048", "2019-08-21", "2023-02-23", "1048/QĐ-TTg"),
}

# Procedure facts per edition (domain README "Procedure facts"; JSON recognition_authority,
# certificate, procedure): who recognises each star level and when, certificate validity, the
# re-evaluation window and the transition from the previous edition.
PROCEDURE = {
    "QD-26-2026": [
        ["Recognition", 3, "province", "", "", "Chủ tịch UBND cấp tỉnh"],
        ["Recognition", 4, "province", "", "", "Chủ tịch UBND cấp tỉnh"],
        ["Recognition", 5, "central", "", "", "Bộ trưởng Bộ Nông nghiệp và Môi trường"],
        ["CertificateMonths", 36],
        ["ReEvaluationWindow", 180, 120],
        ["Transition", "QD-148-2023", 60, 30],
    ],
    "QD-148-2023": [
        ["Amendment", "1489/QĐ-TTg", "2025-07-06",
         "Sửa đổi quy trình: bỏ cấp huyện; UBND cấp tỉnh công nhận sản phẩm 3 sao và 4 sao"],
        ["Recognition", 3, "district", "", "2025-07-05", "UBND cấp huyện"],
        ["Recognition", 3, "province", "2025-07-06", "", "UBND cấp tỉnh (Quyết định 1489/QĐ-TTg)"],
        ["Recognition", 4, "province", "", "", "UBND cấp tỉnh"],
        ["Recognition", 5, "central", "", "2025-07-05", "Bộ Nông nghiệp và Phát triển nông thôn"],
        ["Recognition", 5, "central", "2025-07-06", "", "Bộ Nông nghiệp và Môi trường"],
        ["CertificateMonths", 36],
    ],
    "QD-1048-2019": [
        ["Recognition", 3, "province", "", "", "UBND cấp tỉnh"],
        ["Recognition", 4, "province", "", "", "UBND cấp tỉnh"],
        ["Recognition", 5, "central", "", "", "Bộ Nông nghiệp và Phát triển nông thôn"],
        ["CertificateMonths", 36],
    ],
}

PART_LABELS = {"A": ("Sản phẩm và sức mạnh của cộng đồng", "Product & community strength"),
               "B": ("Khả năng tiếp thị", "Marketing capability"),
               "C": ("Chất lượng sản phẩm", "Product quality")}

# Stop rules ("gating notes") of the official text, recognised by their wording.
STOPS = [
    ("tạp chất", "FOREIGN_MATTER", "NOT_ASSESSED"),
    ("giống hệt sản phẩm", "COPIED_PRODUCT", "ELIMINATED"),
    ("nguyên liệu nhập khẩu", "IMPORTED_RAW_MATERIAL", "ELIMINATED"),
    ("Giấy chứng nhận đủ điều kiện ATTP", "FOOD_SAFETY_CERTIFICATE_UNSUITABLE", "NOT_ASSESSED"),
    ("Phiếu công bố sản phẩm", "NO_PRODUCT_ANNOUNCEMENT", "NOT_ASSESSED"),
    ("tính phổ biến", "COMMON_PRODUCT_WITHOUT_DISTINCTION", "NOT_ASSESSED"),
    ("sở hữu trí tuệ", "IP_VIOLATION", "ELIMINATED"),
]
ZERO_STOP = "Nếu được 0 điểm tại một trong các chỉ tiêu trên"

SELECTION = {"single": "single", "binary": "yes-no", "container_sum_of_children": "container",
             "choose_one_case_then_single_option": "cases"}


def rows_to_csv(rows):
    width = max(len(r) for r in rows)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    for r in rows:
        w.writerow([("" if c is None else str(c)) for c in r] + [""] * (width - len(r)))
    return out.getvalue()


def write(path, text):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def leaves(c):
    if c["selection"] == "container_sum_of_children":
        for ch in c["children"]:
            yield from leaves(ch)
    else:
        yield c


def set_file(s, package):
    sid = s["id"]
    rows = [
        ["RuleSet", package],
        ["Import", ", ".join(f"{FACTS}.{n}" for n in ("Score", "Tally", "Finding"))],
        ["Notes", f"Bộ tiêu chí {sid}: one row per option, minimum marker and stop rule. "
                  "Header rows describe the set; the RuleTables below are compiled by Drools."],
        ["CriteriaSet", sid],
        ["Edition", s["version"]],
        ["Number", s["number"]],
        ["Name", s["name"]],
        ["Confidence", s["confidence"]],
        ["Source", s["source"]],
    ]
    for d in s.get("disqualifiers", []):
        rows.append(["Disqualifier", d])
    for d in s.get("data_issues", []):
        rows.append(["DataIssue", d])
    options, case_options, minimums, stops, zero_stops = [], [], [], [], []
    seen = {}
    renamed = []

    def unique(c):
        # The 148 transcription repeats some codes inside a set (13: "6.a" five times, 18/19: "3.c"
        # twice); a sheet needs one key per criterion, so repeats become "6.a#2" … and say so.
        code = c["code"]
        seen[code] = seen.get(code, 0) + 1
        if seen[code] > 1:
            new = f"{code}#{seen[code]}"
            renamed.append(f"criterion code {code} appears more than once in the source; its occurrence number "
                           f"{seen[code]} ({c['label'][:60]}) is answered as {new}")
            c = dict(c, code=new)
        return c

    def criterion_rows(c, parent):
        c = unique(c)
        rows.append(["Criterion", parent, c["code"], c["max_points"], SELECTION[c["selection"]],
                     c["label"], c.get("label_en", "")])
        for n in c.get("notes", []):
            rows.append(["Note", c["code"], n])
        for ca in c.get("cases", []):
            rows.append(["Case", c["code"], ca["code"], ca["label"]])
        if c["selection"] == "container_sum_of_children":
            for ch in c["children"]:
                criterion_rows(ch, c["code"])
            return
        code = c["code"]
        if c["selection"] == "choose_one_case_then_single_option":
            for ca in c["cases"]:
                for i, o in enumerate(ca["options"], 1):
                    case_options.append([f"{sid} {code}{ca['code']} #{i}", f"{code},{ca['code']},{i}",
                                         o["points"], o["label"]])
            return
        for i, o in enumerate(c["options"], 1):
            options.append([f"{sid} {code} #{i}", f"{code},{i}", o["points"], o["label"]])
        for star, pts in sorted(c.get("min_points_by_star", {}).items()):
            marked = next(i for i, o in enumerate(c["options"], 1) if o["points"] >= pts)
            minimums.append([f"{sid} {code} {star}★", f"{code},{pts}", star, marked])

    for p in s["parts"]:
        rows.append(["Part", p["code"], p["max_points"]])
    for p in s["parts"]:
        for g in p["groups"]:
            rows.append(["Group", p["code"], g["code"], g["max_points"], g["label"], g.get("label_en", "")])
            for n in g.get("notes", []):
                rows.append(["GroupNote", g["code"], n])
            for c in g["criteria"]:
                criterion_rows(c, g["code"])

    for r in renamed:
        dq = ["DataIssue", r]
        first_part = next(i for i, row in enumerate(rows) if row and row[0] == "Part")
        rows.insert(first_part, dq)
    leaf_codes = [l["code"] for p in s["parts"] for g in p["groups"] for c in g["criteria"] for l in leaves(c)]
    for gn in s.get("gating_notes", []):
        text = gn["rule"]
        if ZERO_STOP in text:
            gi = leaf_codes.index(gn["criterion"])
            group = gn["criterion"].split(".")[0]
            for code in leaf_codes[: gi + 1]:
                if code.split(".")[0] == group:
                    zero_stops.append([f"{sid} stop {code} = 0", code, "NOT_ASSESSED", text])
            continue
        match = [(f, e) for (k, f, e) in STOPS if k in text]
        if len(match) != 1:
            raise SystemExit(f"{sid}: cannot classify stop rule on {gn['criterion']}: {text}")
        finding, effect = match[0]
        stops.append([f"{sid} stop {finding}", finding, effect, gn["criterion"], text])

    def table(title, header, templates, labels, data):
        rows.append([])
        rows.append([f"RuleTable {sid} {title}"])
        rows.append(header)
        rows.append(templates[0])
        rows.append(templates[1])
        rows.append(labels)
        rows.extend(data)

    award = '$s.award("$param", drools.getRule().getName());'
    table("options", ["NAME", "CONDITION", "ACTION", "DESCRIPTION"],
          [["", "$s : Score", "", ""], ["", 'criterion == "$1", option == $2', award, ""]],
          ["Rule", "Criterion, option", "Points", "Option (official wording)"], options)
    if case_options:
        table("case options", ["NAME", "CONDITION", "ACTION", "DESCRIPTION"],
              [["", "$s : Score", "", ""], ["", 'criterion == "$1", caseCode == "$2", option == $3', award, ""]],
              ["Rule", "Criterion, case, option", "Points", "Option (official wording)"], case_options)
    table("minimum markers", ["NAME", "CONDITION", "ACTION", "METADATA"],
          [["", "$t : Tally", "", ""],
           ["", 'points("$1") < $2',
            "$t.failMinimum($param, drools.getRule().getName());", "option($param)"]],
          ["Rule", "Criterion, minimum points", "Star level", "Marked option"], minimums)
    if stops:
        table("stop rules", ["NAME", "CONDITION", "ACTION", "METADATA", "DESCRIPTION"],
              [["", "$f : Finding", "", "", ""],
               ["", 'code == "$param"', 'insert($f.stop(drools.getRule().getName(), "$param"));',
                'criterion("$param")', ""]],
              ["Rule", "Finding", "Effect", "Criterion", "Official note"], stops)
    if zero_stops:
        table("zero-point stop rules", ["NAME", "CONDITION", "ACTION", "DESCRIPTION"],
              [["", "$t : Tally", "", ""],
               ["", 'points("$param") == 0',
                'insert($t.stop(drools.getRule().getName(), "$param"));', ""]],
              ["Rule", "Criterion scoring 0", "Effect", "Official note"], zero_stops)
    return rows_to_csv(rows)


def edition_file(data, eid, package, sets):
    folder, start, end, act = EDITIONS[eid]
    version = next(v for v in data["versions"] if v["id"] == eid)
    bands = data["star_bands"][eid]["value"]
    parts = data["parts"][eid]["value"]
    rows = [
        ["RuleSet", package],
        ["Import", f"{FACTS}.Rating"],
        ["Notes", f"Edition {eid}: effective period, parts and star bands. Bands are compiled by Drools."],
        ["Edition", eid],
        ["Act", act],
        ["Title", version["title"]],
        ["Signed", version["date"]],
        ["EffectiveFrom", start],
        ["EffectiveTo", end],
    ]
    for p in parts:
        vi, en = PART_LABELS[p["code"]]
        rows.append(["Part", p["code"], p["max"], p.get("label_vi", vi), p.get("label_en", en)])
    rows.extend(PROCEDURE[eid])
    for s in sets:
        rows.append(["Set", s["id"], f"s{s['number']:02d}/{s['id']}.drl.csv"])
    rows.append([])
    rows.append([f"RuleTable {eid} star bands"])
    rows.append(["NAME", "CONDITION", "CONDITION", "CONDITION", "ACTION", "DESCRIPTION"])
    rows.append(["", "$r : Rating", "Rating", "Rating", "", ""])
    rows.append(["", "total >= $param", "total < $param", "total <= $param", "insert($r.band($param, drools.getRule().getName()));", ""])
    rows.append(["Rule", "Total from", "Total below", "Total up to", "Stars", "Official wording"])
    ordered = sorted(bands, key=lambda b: -b["stars"])
    for i, b in enumerate(ordered):
        if "max_inclusive" in b:
            upper_incl = b["max_inclusive"]
            below, up_to, wording = ("" if upper_incl else b["max"]), (b["max"] if upper_incl else ""), b.get("desc_vi", "")
        else:
            # 1048 writes whole-number ranges ("70 đến 89"), which leave a mean such as 89.5
            # undefined; they are applied as the half-open bands of the later editions.
            top = i == 0
            below = "" if top else ordered[i - 1]["min"]
            up_to = b["max"] if top else ""
            wording = b.get("wording", "") + ("" if top else f" (applied as {b['min']} ≤ total < {below})")
        rows.append([f"{eid} {b['stars']}★", b["min"], below, up_to, b["stars"], wording])
    return rows_to_csv(rows)


def classification_file(data, eid):
    rows = [["Category", "Category (vi)", "Category (en)", "Group", "Group (vi)", "Group (en)",
             "Subgroup", "Subgroup (vi)", "Criteria set"]]
    if eid == "QD-1048-2019":
        # Only set 1 of 1048 is known; its place in 1048's own classification.
        rows.append(["I", "Thực phẩm", "Food", "I.1", "Thực phẩm tươi sống", "Fresh food", "I.1.a",
                     "Rau, củ, quả, hạt tươi", "QD1048-01"])
        return rows_to_csv(rows)
    # 148 keeps the 6 → 17 → 26 tree of 26/2026 (reference data), with its own set codes.
    for cat in data["classification"]["QD-26-2026"]["tree"]:
        for g in cat["groups"]:
            for sg in g["subgroups"]:
                rows.append([cat["code"], cat["name_vi"], cat.get("name_en", ""), g["code"], g["name_vi"],
                             g.get("name_en", ""), sg["code"], sg["name_vi"], sg["criteria_set"][eid]])
    return rows_to_csv(rows)


def main():
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    editions = sys.argv[2:] or list(EDITIONS)
    index = [["Edition", "Folder"]]
    kbases = []
    for eid in editions:
        folder = EDITIONS[eid][0]
        package = f"vn.ocop.rules.{folder}"
        sets = [s for s in data["criteria_sets"] if s["version"] == eid]
        write(f"{RULES}/{folder}/edition.drl.csv", edition_file(data, eid, package, sets))
        write(f"{RULES}/{folder}/classification.csv", classification_file(data, eid))
        for s in sets:
            sub = f"s{s['number']:02d}"
            write(f"{RULES}/{folder}/{sub}/{s['id']}.drl.csv", set_file(s, f"{package}.{sub}"))
            kbases.append((s["id"], f"vn.ocop.rules.common,{package},{package}.{sub}"))
        index.append([eid, f"{RULES}/{folder}"])
    write(f"{RULES}/editions.csv", rows_to_csv(index))
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             "<!-- One KIE base per criteria set: common scoring rules + the edition's bands + the set's tables.",
             "     Written by tools/generate_rule_files.py; keep it in step with vn/ocop/rules/editions.csv. -->",
             '<kmodule xmlns="http://www.drools.org/xsd/kmodule">']
    for name, packages in kbases:
        lines.append(f'  <kbase name="{name}" packages="{packages}"/>')
    lines.append("</kmodule>")
    write("META-INF/kmodule.xml", "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
