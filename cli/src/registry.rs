//! `allied-health registry`: the registry as a table or as JSON, and the
//! share of US healthcare employment each definition covers.
//!
//! This module uses only std, allied_health and serde_json, so that
//! `examples/registry.rs` includes it (`#[path]`) and prints the same.

use std::fmt::Write as _;

use allied_health::{
    BLS_EP_VERSION, Code, Definition, Jurisdiction, Profession, ProfessionInfo, Recognition,
    employment_share,
};
use serde_json::{Value, json};

pub const LONG_ABOUT: &str = "Print every profession of the registry as a table, or as JSON.\n\n\
    The table has one row per profession: id, scope, US title, NHS title (`(none)` where the \
    jurisdiction does not recognise it), whether it is allied health under `nhs-ahp`, \
    `us-broad`, `us-inclusive` and `patient-facing` (`yes` or `-`), its NHS regulator's \
    abbreviation, and its codes in the prefixed form (`soc2018:29-1123`).\n\n\
    With --json, a JSON array with one object per profession: `id`, `name`, `role_level`, \
    `scope`, `family`, `boundary`, `allied_health` (an object of definition id to true/false), \
    `settings` (ids), \
    `patient_contact`, `equivalence` (`kind`, `counterpart`, `note`), `aliases`, and \
    `recognitions`: one object per jurisdiction with `jurisdiction`, `title`, \
    `other_titles`, `codes` (prefixed), `regulator`, `protected_titles`, `entry_education`, \
    `work_experience`, `training`, `job_zone`, `afc_bands` (`lowest`, `highest`, `stage`, \
    `source`, `secondary`) and `note`. A fact no saved source states is null.\n\n\
    With --shares, the share of US healthcare employment each definition of allied health \
    covers: BLS 2024 employment (Employment Projections 2024-34) over the line items of SOC \
    29 and 31, veterinary occupations left out; a row counts when the profession that owns it \
    is allied under the definition. As a table, or with --json an array of `definition`, \
    `employment`, `total` and `share` (0 to 1).";

/// What the command prints: the table, the JSON array, or the shares.
#[must_use]
pub fn text(json: bool, shares: bool) -> String {
    match (shares, json) {
        (true, true) => shares_json(),
        (true, false) => shares_table(),
        (false, true) => registry_json(),
        (false, false) => table(),
    }
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "-" }
}

fn table() -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<34} {:<16} {:<34} {:<34} {:<8} {:<8} {:<9} {:<8} {:<9} codes",
        "id",
        "scope",
        "US title",
        "NHS title",
        "nhs-ahp",
        "us-broad",
        "us-incl.",
        "patient",
        "regulator"
    );
    for p in Profession::ALL {
        let info = p.info();
        let title = |j| info.recognition(j).map_or("(none)", Recognition::title);
        let regulator = info
            .recognition(Jurisdiction::Nhs)
            .and_then(Recognition::regulator)
            .map_or("-", |r| r.abbreviation());
        let mut codes: Vec<String> = Vec::new();
        for code in info.recognitions().iter().flat_map(Recognition::codes) {
            let code = code.to_prefixed_string();
            if !codes.contains(&code) {
                codes.push(code);
            }
        }
        let _ = writeln!(
            out,
            "{:<34} {:<16} {:<34} {:<34} {:<8} {:<8} {:<9} {:<8} {:<9} {}",
            p.id(),
            info.scope().id(),
            title(Jurisdiction::Us),
            title(Jurisdiction::Nhs),
            yes_no(info.is_allied_health(Definition::NhsAhp)),
            yes_no(info.is_allied_health(Definition::UsBroad)),
            yes_no(info.is_allied_health(Definition::UsInclusive)),
            yes_no(info.is_allied_health(Definition::PatientFacing)),
            regulator,
            codes.join(" "),
        );
    }
    out
}

fn recognition_json(r: &Recognition) -> Value {
    json!({
        "jurisdiction": r.jurisdiction().id(),
        "title": r.title(),
        "other_titles": r.other_titles(),
        "codes": r.codes().iter().map(Code::to_prefixed_string).collect::<Vec<_>>(),
        "regulator": r.regulator().map(|g| g.abbreviation()),
        "protected_titles": r.protected_titles(),
        "entry_education": r.entry_education().map(|e| e.id()),
        "work_experience": r.work_experience().map(|e| e.id()),
        "training": r.training().map(|t| t.id()),
        "job_zone": r.job_zone().map(|z| z.get()),
        "afc_bands": r.afc_bands().iter().map(|b| json!({
            "lowest": b.lowest().label(),
            "highest": b.highest().label(),
            "stage": b.stage(),
            "source": b.source_url(),
            "secondary": b.is_secondary(),
        })).collect::<Vec<_>>(),
        "note": r.note(),
    })
}

fn profession_json(info: &ProfessionInfo) -> Value {
    let allied: serde_json::Map<String, Value> = Definition::ALL
        .iter()
        .map(|d| (d.id().to_owned(), Value::Bool(info.is_allied_health(*d))))
        .collect();
    let equivalence = info.equivalence();
    json!({
        "id": info.id(),
        "name": info.name(),
        "role_level": info.role_level().id(),
        "scope": info.scope().id(),
        "family": info.family().id(),
        "boundary": info.is_boundary(),
        "allied_health": allied,
        "settings": info.settings().iter().map(|s| s.id()).collect::<Vec<_>>(),
        "patient_contact": info.patient_contact().id(),
        "equivalence": {
            "kind": equivalence.kind().id(),
            "counterpart": equivalence.counterpart().map(Profession::id),
            "note": equivalence.note(),
        },
        "aliases": info.aliases().collect::<Vec<_>>(),
        "recognitions": info.recognitions().iter().map(recognition_json).collect::<Vec<_>>(),
    })
}

fn registry_json() -> String {
    let all: Vec<Value> = Profession::ALL
        .iter()
        .map(|p| profession_json(p.info()))
        .collect();
    let mut text = serde_json::to_string_pretty(&all).unwrap_or_default();
    text.push('\n');
    text
}

/// The shares as a table.
fn shares_table() -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "US healthcare employment (BLS Employment Projections {BLS_EP_VERSION}, base year, SOC 29 and 31, veterinary occupations left out)"
    );
    let _ = writeln!(
        out,
        "{:<16} {:>12} {:>12} {:>7}",
        "definition", "employment", "total", "share"
    );
    for d in Definition::ALL {
        let s = employment_share(*d);
        let _ = writeln!(
            out,
            "{:<16} {:>12} {:>12} {:>6.1}%",
            d.id(),
            s.employment(),
            s.total(),
            s.share() * 100.0
        );
    }
    out
}

/// The shares as a JSON array.
fn shares_json() -> String {
    let rows: Vec<Value> = Definition::ALL
        .iter()
        .map(|d| {
            let s = employment_share(*d);
            json!({
                "definition": d.id(),
                "employment": s.employment(),
                "total": s.total(),
                "share": s.share(),
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&rows).unwrap_or_default();
    text.push('\n');
    text
}
