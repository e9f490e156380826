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
}

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
        ["Import", ", ".join(f"{FACTS}.{n}" for n in ("Score", "Finding", "Stop"))],
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

    def criterion_rows(c, parent):
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

    award = 'modify($s) { award("$param", drools.getRule().getName()) }'
    table("options", ["NAME", "CONDITION", "ACTION", "DESCRIPTION"],
          [["", "$s : Score", "", ""], ["", 'criterion == "$1", option == $2', award, ""]],
          ["Rule", "Criterion, option", "Points", "Option (official wording)"], options)
    if case_options:
        table("case options", ["NAME", "CONDITION", "ACTION", "DESCRIPTION"],
              [["", "$s : Score", "", ""], ["", 'criterion == "$1", caseCode == "$2", option == $3', award, ""]],
              ["Rule", "Criterion, case, option", "Points", "Option (official wording)"], case_options)
    table("minimum markers", ["NAME", "CONDITION", "ACTION", "METADATA"],
          [["", "$s : Score", "", ""],
           ["", 'criterion == "$1", points < $2',
            "insertLogical($s.failMinimum($param, drools.getRule().getName()));", "option($param)"]],
          ["Rule", "Criterion, minimum points", "Star level", "Marked option"], minimums)
    if stops:
        table("stop rules", ["NAME", "CONDITION", "ACTION", "METADATA", "DESCRIPTION"],
              [["", "Finding", "", "", ""],
               ["", 'code == "$param"', 'insertLogical(new Stop(drools.getRule().getName(), "$param"));',
                'criterion("$param")', ""]],
              ["Rule", "Finding", "Effect", "Criterion", "Official note"], stops)
    if zero_stops:
        table("zero-point stop rules", ["NAME", "CONDITION", "ACTION", "DESCRIPTION"],
              [["", "Score", "", ""],
               ["", 'criterion == "$param", points == 0',
                'insertLogical(new Stop(drools.getRule().getName(), "$param"));', ""]],
              ["Rule", "Criterion scoring 0", "Effect", "Official note"], zero_stops)
    return rows_to_csv(rows)


def edition_file(data, eid, package, sets):
    folder, start, end, act = EDITIONS[eid]
    version = next(v for v in data["versions"] if v["id"] == eid)
    bands = data["star_bands"][eid]["value"]
    parts = data["parts"][eid]["value"]
    rows = [
        ["RuleSet", package],
        ["Import", f"{FACTS}.Evaluation"],
        ["Notes", f"Edition {eid}: effective period, parts and star bands. Bands are compiled by Drools."],
        ["Edition", eid],
        ["Act", act],
        ["Title", version["title"]],
        ["Signed", version["date"]],
        ["EffectiveFrom", start],
        ["EffectiveTo", end],
    ]
    for p in parts:
        rows.append(["Part", p["code"], p["max"], p.get("label_vi", ""), p.get("label_en", "")])
    for s in sets:
        rows.append(["Set", s["id"], f"s{s['number']:02d}/{s['id']}.drl.csv"])
    rows.append([])
    rows.append([f"RuleTable {eid} star bands"])
    rows.append(["NAME", "CONDITION", "CONDITION", "CONDITION", "ACTION", "DESCRIPTION"])
    rows.append(["", "$e : Evaluation", "Evaluation", "Evaluation", "", ""])
    rows.append(["", "total >= $param", "total < $param", "total <= $param", "modify($e) { band($param, drools.getRule().getName()) }", ""])
    rows.append(["Rule", "Total from", "Total below", "Total up to", "Stars", "Official wording"])
    for b in sorted(bands, key=lambda b: -b["stars"]):
        upper_incl = b.get("max_inclusive", False)
        rows.append([f"{eid} {b['stars']}★", b["min"], "" if upper_incl else b["max"],
                     b["max"] if upper_incl else "", b["stars"], b.get("desc_vi", "")])
    return rows_to_csv(rows)


def classification_file(data, eid):
    rows = [["Category", "Category (vi)", "Category (en)", "Group", "Group (vi)", "Group (en)",
             "Subgroup", "Subgroup (vi)", "Criteria set"]]
    for cat in data["classification"][eid]["tree"]:
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
