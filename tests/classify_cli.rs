//! The JSON Lines contract of `examples/classify.rs`: one object per input
//! line, in order; malformed lines give an error object and the run goes
//! on; ids are echoed exactly; a closed output ends the run quietly.

#[allow(dead_code)] // `main` is the example's, not the test's.
#[path = "../examples/classify.rs"]
mod cli;

use std::io::{self, Write};

use allied_health::Classifier;
use cli::{Mode, Summary, run, run_threads};
use serde_json::Value;

fn run_on(input: &[u8], mode: Mode) -> (Vec<Value>, Vec<String>, Summary) {
    let mut out = Vec::new();
    let summary = run(input, &mut out, mode, &Classifier::new()).unwrap();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let values = lines
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (values, lines, summary)
}

#[test]
fn one_object_per_line_in_order() {
    let input = br#"{"id": "a", "title": "Dental Nurse", "body": "GDC registered, NHS practice."}
{"id": 2, "text": "Respiratory Therapist needed in Dallas, TX. $30/hr."}
{"id": null, "title": "Receptionist"}
"#;
    let (values, _, summary) = run_on(input, Mode::Json);
    assert_eq!(
        summary,
        Summary {
            lines: 3,
            failed: 0
        }
    );
    assert_eq!(values[0]["id"], "a");
    assert_eq!(values[0]["profession"], "dental-assistant");
    assert_eq!(values[0]["jurisdiction"], "nhs");
    assert_eq!(values[0]["allied_health"], false); // not an NHS AHP
    assert_eq!(values[1]["id"], 2);
    assert_eq!(values[1]["profession"], "respiratory-therapist");
    assert_eq!(values[1]["jurisdiction"], "us");
    assert_eq!(values[1]["allied_health"], true); // US broad sense
    assert!(values[2]["id"].is_null());
    assert!(values[2]["profession"].is_null());
    assert!(values[2]["allied_health"].is_null());
    for v in &values {
        let score = v["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score));
        assert!(v["candidates"].as_array().unwrap().len() <= 5);
    }
}

#[test]
fn ids_are_echoed_exactly() {
    let input = br#"{"id": 1.50, "title": "Paramedic"}
{"id": {"k": [1, 2]}, "title": "Paramedic"}
{"id": "caf\u00e9", "title": "Paramedic"}
"#;
    let (_, lines, _) = run_on(input, Mode::Json);
    assert!(lines[0].starts_with(r#"{"id":1.50,"#), "{}", lines[0]);
    assert!(
        lines[1].starts_with(r#"{"id":{"k": [1, 2]},"#),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with(r#"{"id":"caf\u00e9","#),
        "{}",
        lines[2]
    );
}

#[test]
fn malformed_lines_give_errors_and_the_run_goes_on() {
    let mut input = Vec::new();
    input.extend_from_slice(b"not json at all\n");
    input.extend_from_slice(b"{\"id\": \"x\", \"title\": \"Staff Nurse\"}\n");
    input.extend_from_slice(b"{\"id\": \"bad\", \"title\": 42}\n");
    input.extend_from_slice(b"{\"id\": 9}\n");
    input.extend_from_slice(b"{\"id\": \"u\", \"title\": \"Nurse \xff\xfe\"}\n");
    input.extend_from_slice(b"[1, 2, 3]\n");
    input.extend_from_slice(b"\n");
    input.extend_from_slice(b"{\"id\": \"last\", \"body\": \"Phlebotomist\"}");
    let (values, _, summary) = run_on(&input, Mode::Json);
    assert_eq!(
        summary,
        Summary {
            lines: 8,
            failed: 6
        }
    );
    assert_eq!(values.len(), 8);
    let errors: Vec<_> = values.iter().filter(|v| v.get("error").is_some()).collect();
    assert_eq!(errors.len(), 6);
    assert!(values[0]["id"].is_null());
    assert_eq!(values[0]["line"], 1);
    assert_eq!(values[1]["profession"], "registered-nurse");
    assert_eq!(values[2]["id"], "bad");
    assert_eq!(values[3]["id"], 9);
    assert_eq!(values[3]["line"], 4);
    assert!(values[4]["error"].as_str().unwrap().contains("UTF-8"));
    assert_eq!(values[5]["line"], 6);
    assert_eq!(values[6]["line"], 7);
    assert_eq!(values[7]["profession"], "phlebotomist");
}

#[test]
fn text_mode_reads_plain_lines() {
    let input =
        b"Band 5 Occupational Therapist, HCPC registered.\r\nOffice administrator\n\nbad \xff\n";
    let (values, _, summary) = run_on(input, Mode::Text);
    assert_eq!(
        summary,
        Summary {
            lines: 4,
            failed: 1
        }
    );
    assert_eq!(values[3]["id"], 4);
    assert_eq!(values[3]["line"], 4);
    assert_eq!(values[0]["id"], 1);
    assert_eq!(values[0]["profession"], "occupational-therapist");
    assert_eq!(values[0]["jurisdiction"], "nhs");
    assert_eq!(values[0]["allied_health"], true);
    assert!(values[1]["profession"].is_null());
    assert!(values[2]["profession"].is_null());
}

/// A writer whose reader has gone away, as `| head -1` leaves stdout.
struct ClosedPipe;

impl Write for ClosedPipe {
    fn write(&mut self, _: &[u8]) -> io::Result<usize> {
        Err(io::ErrorKind::BrokenPipe.into())
    }
    fn flush(&mut self) -> io::Result<()> {
        Err(io::ErrorKind::BrokenPipe.into())
    }
}

#[test]
fn a_closed_output_ends_quietly() {
    let input = "{\"title\": \"Paramedic\"}\n".repeat(10);
    let summary = run(input.as_bytes(), ClosedPipe, Mode::Json, &Classifier::new()).unwrap();
    assert_eq!(summary.lines, 1);
}

fn run_with(input: &[u8], mode: Mode, threads: usize) -> (String, Summary) {
    let mut out = Vec::new();
    let summary = run_threads(input, &mut out, mode, &Classifier::new(), threads).unwrap();
    (String::from_utf8(out).unwrap(), summary)
}

#[test]
fn more_threads_give_the_same_output_in_the_same_order() {
    let sample = |name: &str| {
        std::fs::read(format!(
            "{}/examples/data/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    };
    for (input, mode) in [
        (sample("ads.jsonl"), Mode::Json),
        (sample("ads.txt"), Mode::Text),
    ] {
        let one = run_with(&input, mode, 1);
        assert_eq!(run_with(&input, mode, 2), one);
        assert_eq!(run_with(&input, mode, 3), one);
    }

    // Several chunks of 1024 lines, with errors among them, and a last line
    // without a newline.
    let mut input = Vec::new();
    for i in 0..2500 {
        match i % 5 {
            0 => input.extend_from_slice(
                format!("{{\"id\": {i}, \"title\": \"Band 6 Physiotherapist\"}}\n").as_bytes(),
            ),
            1 => input.extend_from_slice(b"not json\n"),
            2 => {
                input.extend_from_slice(b"{\"text\": \"Pharmacy Technician\\nBoots, Leeds.\"}\r\n")
            }
            3 => input.extend_from_slice(b"{\"id\": \"u\", \"title\": \"Nurse \xff\"}\n"),
            _ => input.extend_from_slice(b"\n"),
        }
    }
    input.extend_from_slice(b"{\"title\": \"Phlebotomist\"}");
    for mode in [Mode::Json, Mode::Text] {
        let one = run_with(&input, mode, 1);
        assert_eq!(one.1.lines, 2501);
        assert_eq!(run_with(&input, mode, 2), one);
        assert_eq!(run_with(&input, mode, 7), one);
    }
}

#[test]
fn a_closed_output_ends_quietly_with_threads() {
    let input = "{\"title\": \"Paramedic\"}\n".repeat(3000);
    let summary = run_threads(
        input.as_bytes(),
        ClosedPipe,
        Mode::Json,
        &Classifier::new(),
        2,
    )
    .unwrap();
    assert!(summary.lines <= 1024);
}

/// Runs the example binary that `cargo test` builds, when it is there.
#[test]
fn the_binary_sets_its_exit_status() {
    let Some(binary) = example_binary() else {
        eprintln!("examples not built (run the whole test suite to check the binary)");
        return;
    };
    let output = std::process::Command::new(&binary)
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/data/ads.jsonl"
        ))
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let lines = String::from_utf8(output.stdout).unwrap();
    assert_eq!(lines.lines().count(), 10);

    let mut child = std::process::Command::new(&binary)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"title\": \"ODP\"}\nnot json\n")
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(String::from_utf8(output.stdout).unwrap().lines().count(), 2);

    // --threads 2 writes what --threads 1 writes, on both sample files.
    for args in [&["ads.jsonl"][..], &["ads.txt", "--text"]] {
        let run = |threads: &str| {
            let output = std::process::Command::new(&binary)
                .arg(format!(
                    "{}/examples/data/{}",
                    env!("CARGO_MANIFEST_DIR"),
                    args[0]
                ))
                .args(&args[1..])
                .args(["--threads", threads])
                .output()
                .unwrap();
            assert!(output.status.success(), "{output:?}");
            output.stdout
        };
        let one = run("1");
        assert!(!one.is_empty());
        assert_eq!(run("2"), one, "{args:?}");
    }
    let bad = std::process::Command::new(&binary)
        .args(["--threads", "two"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

fn example_binary() -> Option<std::path::PathBuf> {
    // target/<profile>/deps/classify_cli-<hash> -> target/<profile>/examples/classify
    let exe = std::env::current_exe().ok()?;
    let profile = exe.parent()?.parent()?;
    let binary = profile
        .join("examples")
        .join(format!("classify{}", std::env::consts::EXE_SUFFIX));
    binary.is_file().then_some(binary)
}
