#!/usr/bin/env python3
"""Checks the hand-written registry against the saved source files.

Reads the registry as JSON (from `cargo run --example registry -- --json`,
piped to stdin or named with --json FILE) and checks, against ../shared/data:

- every SOC 2018, O*NET-SOC, UK SOC 2020 and ISCO-08 code exists in its
  official list;
- every US entry education, work experience and on-the-job training equals
  the BLS Employment Projections 2023 row of the recognition's first SOC code
  (or the combined BLS row the recognition's note names);
- every US Job Zone equals the O*NET 30.0 Job Zone of the first O*NET code;
- every NHS protected title is on the HCPC or GOsC list, with that regulator;
- every Agenda for Change band statement cites a page the band file lists.

Exits 1 listing every mismatch, 0 when all agree, and 0 with a message when
../shared is absent (the crate never needs it to build or test).
"""

import argparse
import csv
import json
import re
import sys
from pathlib import Path

EDUCATION = {
    "No formal educational credential": "no-formal-credential",
    "High school diploma or equivalent": "high-school",
    "Postsecondary nondegree award": "postsecondary-nondegree-award",
    "Some college, no degree": "some-college",
    "Associate's degree": "associate",
    "Bachelor's degree": "bachelor",
    "Master's degree": "master",
    "Doctoral or professional degree": "doctoral-or-professional",
}
EXPERIENCE = {"None": "none", "Less than 5 years": "less-than-5-years", "5 years or more": "5-years-or-more"}
TRAINING = {
    "None": "none",
    "Short-term on-the-job training": "short-term",
    "Moderate-term on-the-job training": "moderate-term",
    "Long-term on-the-job training": "long-term",
    "Apprenticeship": "apprenticeship",
    "Internship/residency": "internship-residency",
}


def load_sources(shared: Path) -> dict:
    data = shared / "data"
    soc = {r["SOC Code"] for r in csv.DictReader(open(data / "bls-soc2018/soc_2018_definitions.csv", encoding="utf-8"))
           if r.get("SOC Code")}
    onet = {row[0] for row in csv.reader(open(data / "onet-30.0/Occupation Data.txt", encoding="utf-8"), delimiter="\t")}
    uk = {r["SOC 2020 Unit Group"].strip() for r in
          csv.DictReader(open(data / "ons-soc2020/soc2020_vol1_unit_group_descriptions.csv", encoding="utf-8"))}
    isco = {r["code"].strip() for r in csv.DictReader(open(data / "esco-isco08/ISCOGroups_en.csv", encoding="utf-8"))}
    ep = {r["soc_code"]: r for r in
          csv.DictReader(open(data / "bls-ep/education_training_assignments_table_5_4.csv", encoding="utf-8"))}
    zones = {row[0]: row[1] for row in
             csv.reader(open(data / "onet-30.0/job_zones_29_31.tsv", encoding="utf-8"), delimiter="\t")}
    protected = {}
    for name, file in (("hcpc", "hcpc_protected_titles.csv"), ("gosc", "gosc_protected_titles.csv")):
        for r in csv.DictReader(open(data / "uk-regulation" / file, encoding="utf-8")):
            protected[r["protected_title"].lower()] = name
    band_urls = {r["source_url"] for r in csv.DictReader(open(data / "uk-regulation/afc_band_evidence.csv", encoding="utf-8"))}
    return dict(soc=soc, onet=onet, uk=uk, isco=isco, ep=ep, zones=zones, protected=protected, band_urls=band_urls)


def ep_row_code(recognition: dict, first_soc: str) -> str:
    """The BLS row a recognition's education comes from: its first SOC code,
    or a combined row (29-2010, 31-1120) that its note names."""
    match = re.search(r"combined row (\d\d-\d{4})", recognition.get("note") or "")
    return match.group(1) if match else first_soc


def check(registry: list, src: dict) -> list:
    problems = []
    lists = {"soc2018": src["soc"], "onet": src["onet"], "uksoc2020": src["uk"], "isco08": src["isco"]}
    for prof in registry:
        pid = prof["id"]
        for rec in prof["recognitions"]:
            where = f"{pid} ({rec['jurisdiction']})"
            codes = [c.split(":", 1) for c in rec["codes"]]
            for system, code in codes:
                if code not in lists[system]:
                    problems.append(f"{where}: {system}:{code} is not in the official list")
            if rec["jurisdiction"] == "us":
                socs = [c for s, c in codes if s == "soc2018"]
                row = src["ep"].get(ep_row_code(rec, socs[0])) if socs else None
                if row is None:
                    problems.append(f"{where}: no BLS EP row for {socs[:1]}")
                else:
                    want = (EDUCATION[row["typical_entry_education"]], EXPERIENCE[row["work_experience"]],
                            TRAINING[row["on_the_job_training"]])
                    got = (rec["entry_education"], rec["work_experience"], rec["training"])
                    if got != want:
                        problems.append(f"{where}: BLS EP {row['soc_code']} says {want}, registry has {got}")
                onets = [c for s, c in codes if s == "onet"]
                zone = src["zones"].get(onets[0]) if onets else None
                got_zone = rec["job_zone"]
                if (int(zone) if zone else None) != got_zone:
                    problems.append(f"{where}: Job Zone of {onets[:1]} is {zone}, registry has {got_zone}")
            for title in rec["protected_titles"]:
                body = src["protected"].get(title.lower())
                if body is None:
                    problems.append(f"{where}: protected title {title!r} is on no saved list")
                elif body != (rec["regulator"] or "").lower():
                    problems.append(f"{where}: {title!r} is protected by {body}, registry says {rec['regulator']}")
            for band in rec["afc_bands"]:
                if band["source"] not in src["band_urls"]:
                    problems.append(f"{where}: band source {band['source']} is not in the band file")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared")
    parser.add_argument("--json", type=Path, help="registry JSON (default: stdin)")
    args = parser.parse_args()
    if not (args.shared / "data").is_dir():
        print(f"skipped: {args.shared}/data not found")
        return 0
    registry = json.load(open(args.json, encoding="utf-8") if args.json else sys.stdin)
    problems = check(registry, load_sources(args.shared))
    for p in problems:
        print(p)
    codes = sum(len(r["codes"]) for p in registry for r in p["recognitions"])
    print(f"checked {len(registry)} professions, {codes} codes: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
