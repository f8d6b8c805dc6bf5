//! `allied-health registry`, `profile`, `query` and `evaluate` run as
//! processes: what they print, and their exit statuses.

mod common;

use std::process::Stdio;

use allied_health::Profession;
use common::{command, run, scratch, stderr};
use serde_json::Value;

fn stdout_of(args: &[&str]) -> String {
    let output = command(args).output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}",
        stderr(&output)
    );
    assert!(stderr(&output).is_empty(), "{args:?}");
    String::from_utf8(output.stdout).unwrap()
}

fn exits_with_2(args: &[&str]) -> String {
    let output = command(args).stdin(Stdio::null()).output().unwrap();
    assert_eq!(output.status.code(), Some(2), "{args:?}");
    assert!(output.stdout.is_empty(), "{args:?}");
    stderr(&output)
}

#[test]
fn registry_prints_a_table_or_json() {
    let table = stdout_of(&["registry"]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("id "), "{}", lines[0]);
    assert_eq!(lines.len(), Profession::ALL.len() + 1);
    let physio = lines
        .iter()
        .find(|l| l.starts_with("physiotherapist "))
        .unwrap();
    assert!(physio.contains("Physical therapist"));
    assert!(physio.contains("HCPC"));
    assert!(physio.contains("soc2018:29-1123"));

    let json: Value = serde_json::from_str(&stdout_of(&["registry", "--json"])).unwrap();
    let all = json.as_array().unwrap();
    assert_eq!(all.len(), Profession::ALL.len());
    let nurse = all.iter().find(|p| p["id"] == "registered-nurse").unwrap();
    assert_eq!(nurse["boundary"], true);
    assert_eq!(nurse["allied_health"]["us-broad"], false);
    let jurisdictions: Vec<&str> = nurse["recognitions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["jurisdiction"].as_str().unwrap())
        .collect();
    assert_eq!(jurisdictions, ["us", "nhs"]);

    exits_with_2(&["registry", "--csv"]);
    exits_with_2(&["registry", "extra"]);
}

#[test]
fn registry_prints_the_employment_shares() {
    let rows: Value =
        serde_json::from_str(&stdout_of(&["registry", "--shares", "--json"])).unwrap();
    let rows = rows.as_array().unwrap();
    let ids: Vec<&str> = rows
        .iter()
        .map(|r| r["definition"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["nhs-ahp", "us-broad", "us-inclusive", "patient-facing"]
    );
    for r in rows {
        let (employment, total) = (
            r["employment"].as_u64().unwrap(),
            r["total"].as_u64().unwrap(),
        );
        assert!(employment <= total);
        let share = r["share"].as_f64().unwrap();
        assert!((share - employment as f64 / total as f64).abs() < 1e-9);
    }
    // The broad sense counts fewer jobs than the inclusive one.
    assert!(rows[1]["employment"].as_u64() < rows[2]["employment"].as_u64());
    let table = stdout_of(&["registry", "--shares"]);
    assert!(
        table.lines().any(|l| l.starts_with("us-inclusive ")),
        "{table}"
    );

    // Every profession of the registry, with its scope and family.
    let all: Value = serde_json::from_str(&stdout_of(&["registry", "--json"])).unwrap();
    let ids: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = Profession::ALL.iter().map(|p| p.id()).collect();
    assert_eq!(ids, expected);
    assert_eq!(all[0]["scope"], "allied-role");
    assert_eq!(all[0]["family"], "therapies");
}

#[test]
fn profile_prints_a_career_card() {
    let card = stdout_of(&["profile", "diagnostic-radiographer"]);
    assert!(card.starts_with("Diagnostic radiographer (diagnostic-radiographer)\n"));
    assert!(card.contains("\nUnited States: Radiologic technologist\n"));
    assert!(card.contains("\nUK NHS: Diagnostic radiographer\n"));
    assert!(card.contains("Median annual wage: $77,660 (2024)"));

    let nhs = stdout_of(&["profile", "paramedic", "--jurisdiction", "nhs"]);
    assert!(nhs.contains("\nUK NHS: Paramedic\n"));
    assert!(!nhs.contains("United States"));

    let json: Value =
        serde_json::from_str(&stdout_of(&["profile", "dental-assistant", "--json"])).unwrap();
    assert_eq!(json["id"], "dental-assistant");
    let titles: Vec<&str> = json["jurisdictions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Dental assistant", "Dental nurse"]);
}

#[test]
fn profile_rejects_unknown_ids_and_jurisdictions() {
    let message = exits_with_2(&["profile", "brain-surgeon"]);
    assert!(message.contains("brain-surgeon"), "{message}");
    assert!(message.contains("known ids: physiotherapist"), "{message}");
    let message = exits_with_2(&["profile", "paramedic", "--jurisdiction", "eu"]);
    assert!(message.contains("expected us or nhs"), "{message}");
    // Recognised in the US only.
    let message = exits_with_2(&["profile", "respiratory-therapist", "--jurisdiction", "nhs"]);
    assert!(message.contains("try --jurisdiction us"), "{message}");
    exits_with_2(&["profile"]);
}

#[test]
fn query_lists_the_matches() {
    let query = r#"{"jurisdiction":"nhs","allied_health":"nhs-ahp","protected_title":true}"#;
    let text = stdout_of(&["query", query]);
    let ids: Vec<&str> = text
        .lines()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert!(ids.contains(&"physiotherapist"), "{text}");
    assert!(ids.contains(&"operating-department-practitioner"), "{text}");
    assert!(!ids.contains(&"respiratory-therapist"), "{text}");
    let physio = text
        .lines()
        .find(|l| l.starts_with("physiotherapist\t"))
        .unwrap();
    assert_eq!(
        physio,
        "physiotherapist\tPhysiotherapist\tPhysical therapist\tPhysiotherapist"
    );
    // ODP has no US title.
    assert!(
        text.contains("operating-department-practitioner\tOperating department practitioner\t-\t")
    );

    let json: Value = serde_json::from_str(&stdout_of(&[
        "query",
        r#"{"code_prefix":"soc2018:29-20"}"#,
        "--json",
        "--sort",
        "name",
    ]))
    .unwrap();
    let names: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(!names.is_empty());
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| n.to_ascii_lowercase());
    assert_eq!(names, sorted);

    // The query from standard input.
    let output = run(&["query", "-", "--json"], r#"{"word":"orthoptist"}"#);
    assert_eq!(output.status.code(), Some(0));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json[0]["id"], "orthoptist");
    assert_eq!(json.as_array().unwrap().len(), 1);
}

#[test]
fn a_malformed_query_exits_with_2() {
    for query in [
        r#"{"jurisdicton":"nhs"}"#,
        r#"{"jurisdiction":"eu"}"#,
        "[]",
        "not json",
        r#"{"code_prefix":"soc2018:2920"}"#,
    ] {
        let message = exits_with_2(&["query", query]);
        assert!(message.contains("not a query"), "{query}: {message}");
    }
    exits_with_2(&["query"]);
}

/// Labelled ads written for this test (not from any real source).
const LABELLED: &str = r#"{"id":"t1","title":"Band 6 Physiotherapist","body":"HCPC registered, NHS trust.","label":"physiotherapist","jurisdiction":"nhs","confidence":"high","source":"a"}
{"id":"t2","title":"Respiratory Therapist","body":"Hospital in Dallas, TX.","label":"respiratory-therapist","jurisdiction":"us","confidence":"high","source":"a"}
{"id":"t3","title":"Receptionist","body":"Front desk of a GP surgery, NHS Band 2.","label":"none","also":[],"jurisdiction":"nhs","confidence":"medium","source":"b"}
{"id":"t4","title":"Practice Manager","body":"Run a dental practice.","label":"practice-manager","also":["none"],"jurisdiction":null,"confidence":"low","source":"b"}
{"id":"t5","title":"Dental Nurse","body":"GDC registration.","label":"dental-hygienist","jurisdiction":"nhs","confidence":"high","source":"b"}

not json
{"id":"t7","title":"Orthoptist"}
"#;

#[test]
fn evaluate_reports_accuracy_first() {
    let path = scratch("labelled.jsonl");
    std::fs::write(&path, LABELLED).unwrap();
    let output = command(&["evaluate", path.to_str().unwrap()])
        .output()
        .unwrap();
    std::fs::remove_file(&path).unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report = String::from_utf8(output.stdout.clone()).unwrap();
    // t5 is wrong: a dental nurse is no hygienist; `none` in t4's `also`
    // accepts no profession.
    assert_eq!(report.lines().next(), Some("accuracy: 0.800 (4/5)"));
    assert!(report.contains("accuracy (high confidence): 0.667 (2/3)"));
    assert!(report.contains("jurisdiction accuracy: 1.000 (4/4)"));
    // Every label, with recall and precision; one no registry id is marked.
    let row = |label: &str| {
        report
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{label} ")))
            .unwrap_or_else(|| panic!("no row for {label}: {report}"))
            .to_owned()
    };
    assert!(row("dental-hygienist").contains("0.000 (0/1)"));
    assert!(row("dental-hygienist").contains("n/a (0/0)"));
    assert!(row("dental-assistant").contains("n/a (0/0)"));
    assert!(row("practice-manager").contains('*'));
    assert!(!row("physiotherapist").contains('*'));
    assert!(report.contains("1  dental-hygienist -> dental-assistant"));
    // The malformed lines are reported on stderr.
    let errors = stderr(&output);
    assert!(errors.contains("line 7: skipped: not JSON"), "{errors}");
    assert!(errors.contains("line 8: skipped: no \"label\""), "{errors}");

    let message = exits_with_2(&["evaluate", "/nonexistent/dev.jsonl"]);
    assert!(message.contains("cannot open"), "{message}");
    exits_with_2(&["evaluate"]);

    let path = scratch("unlabelled.jsonl");
    std::fs::write(&path, "{\"title\":\"Paramedic\"}\n").unwrap();
    let output = command(&["evaluate", path.to_str().unwrap()])
        .output()
        .unwrap();
    std::fs::remove_file(&path).unwrap();
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn the_long_help_documents_each_commands_output() {
    let help = |command_name: &str| stdout_of(&[command_name, "--help"]);
    let registry = help("registry");
    for field in [
        "recognitions",
        "codes",
        "regulator",
        "afc_bands",
        "allied_health",
    ] {
        assert!(registry.contains(field), "registry: {field}");
    }
    let profile = help("profile");
    for field in [
        "jurisdictions",
        "outlook",
        "median_wage",
        "related",
        "technology",
    ] {
        assert!(profile.contains(field), "profile: {field}");
    }
    let query = help("query");
    for field in ["us_title", "nhs_title", "code_prefix", "status 2"] {
        assert!(query.contains(field), "query: {field}");
    }
    let evaluate = help("evaluate");
    for field in [
        "accuracy",
        "precision",
        "recall",
        "confusions",
        "Exit status",
    ] {
        assert!(evaluate.contains(field), "evaluate: {field}");
    }
    let top = stdout_of(&["--help"]);
    for command_name in ["classify", "registry", "profile", "query", "evaluate"] {
        assert!(top.contains(command_name), "{command_name}");
    }
}

#[test]
fn a_closed_output_fails_every_command() {
    // More output than a pipe holds, and a reader that reads none of it.
    let mut child = command(&["registry", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("cannot write to standard output"));
}
