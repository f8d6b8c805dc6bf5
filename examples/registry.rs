//! Prints the registry as a readable table, or as JSON with `--json`; with
//! `--shares`, the share of US healthcare employment each definition of
//! allied health covers (a table, or `--shares --json`).
//!
//! ```text
//! cargo run --example registry
//! cargo run --example registry -- --json
//! cargo run --example registry -- --shares [--json]
//! ```

use std::io::{self, Write};
use std::process::ExitCode;

use allied_health::{
    BLS_EP_VERSION, Code, Definition, Jurisdiction, Profession, ProfessionInfo, Recognition,
    employment_share,
};
use serde_json::{Value, json};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [] => print_table(),
        [flag] if flag == "--json" => print_json(),
        [flag] if flag == "--shares" => print_shares(false),
        [a, b] if (a == "--shares" && b == "--json") || (a == "--json" && b == "--shares") => {
            print_shares(true)
        }
        _ => {
            eprintln!("usage: registry [--json] [--shares]");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`| head`) is a normal way for a reader to stop.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("registry: {e}");
            ExitCode::FAILURE
        }
    }
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "-" }
}

fn print_table() -> io::Result<()> {
    let mut out = io::stdout().lock();
    writeln!(
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
    )?;
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
        writeln!(
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
        )?;
    }
    Ok(())
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

fn print_json() -> io::Result<()> {
    let all: Vec<Value> = Profession::ALL
        .iter()
        .map(|p| profession_json(p.info()))
        .collect();
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &all)?;
    writeln!(out)
}

/// The share of US healthcare employment (BLS, SOC 29 and 31, veterinary
/// occupations left out) that each definition counts as allied health.
fn print_shares(as_json: bool) -> io::Result<()> {
    let mut out = io::stdout().lock();
    if as_json {
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
        serde_json::to_writer_pretty(&mut out, &rows)?;
        return writeln!(out);
    }
    writeln!(
        out,
        "US healthcare employment (BLS Employment Projections {BLS_EP_VERSION}, base year, SOC 29 and 31, veterinary occupations left out)"
    )?;
    writeln!(
        out,
        "{:<16} {:>12} {:>12} {:>7}",
        "definition", "employment", "total", "share"
    )?;
    for d in Definition::ALL {
        let s = employment_share(*d);
        writeln!(
            out,
            "{:<16} {:>12} {:>12} {:>6.1}%",
            d.id(),
            s.employment(),
            s.total(),
            s.share() * 100.0
        )?;
    }
    Ok(())
}
