//! `allied-health classify` as a pipeline sees it, run as a process: a
//! truncated JSON line, a line that is not UTF-8, a 50 MB line, an empty
//! file, no final newline, blank lines, a thousand mixed lines, and a
//! reader that goes away (`| head -1`). Each gives a clear per-line error
//! or a classification, one output line per input line, in order, no
//! panic, and the documented exit status (0, or 1 if any line failed, 2
//! if the input cannot be read or the output cannot be written).

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Output, Stdio};

use common::{error_of, json_lines, limited_command, run_command};
use serde_json::Value;

/// Runs `classify` with `args` on `input`, under the memory limit.
fn run(args: &[&str], input: Vec<u8>) -> Output {
    let mut all = vec!["classify"];
    all.extend_from_slice(args);
    run_command(limited_command(&all), input)
}

fn command(args: &[&str]) -> std::process::Command {
    let mut all = vec!["classify"];
    all.extend_from_slice(args);
    limited_command(&all)
}

fn lines(output: &Output, records: usize) -> Vec<Value> {
    json_lines(output, records)
}

#[test]
fn a_truncated_json_line_is_an_error_line() {
    let input = b"{\"id\":1,\"title\":\"Paramedic\"}\n{\"id\":2,\"title\":\"Param\n{\"id\":3,\"title\":\"ODP\"}\n{\"id\":4,\"ti".to_vec();
    let output = run(&[], input);
    let values = lines(&output, 4);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(values[0]["profession"], "paramedic");
    assert_eq!(values[1]["line"], 2);
    assert!(values[1]["id"].is_null());
    assert!(
        error_of(&values[1]).starts_with("not a JSON object: EOF"),
        "{}",
        values[1]
    );
    assert_eq!(values[2]["profession"], "operating-department-practitioner");
    assert_eq!(values[3]["line"], 4);
    assert!(error_of(&values[3]).contains("EOF"));
}

#[test]
fn a_line_that_is_not_utf8_is_an_error_line() {
    let input = b"{\"id\":1,\"title\":\"Staff Nurse \xff\"}\ncaf\xe9 au lait\n\xc3\n{\"id\":4,\"title\":\"Dietitian\"}\n".to_vec();
    let output = run(&[], input.clone());
    let values = lines(&output, 4);
    assert_eq!(output.status.code(), Some(1));
    for (i, v) in values[..3].iter().enumerate() {
        assert_eq!(v["line"], i + 1);
        assert!(error_of(v).starts_with("line is not UTF-8"), "{v}");
    }
    assert_eq!(values[3]["profession"], "dietitian");

    // In text mode the id is the line number, even on an error line.
    let output = run(&["--format", "text"], input);
    let values = lines(&output, 4);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(values[1]["id"], 2);
    assert!(error_of(&values[1]).starts_with("line is not UTF-8"));
}

#[test]
fn a_50_megabyte_line_streams_through() {
    const SIZE: usize = 50 * 1024 * 1024;
    let filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ";
    let mut input = Vec::with_capacity(2 * SIZE + 100);
    input.extend_from_slice(br#"{"id":"big","title":"Band 6 Physiotherapist","body":""#);
    while input.len() < SIZE {
        input.extend_from_slice(filler.as_bytes());
    }
    input.extend_from_slice(b"\"}\n{\"id\":\"small\",\"title\":\"Podiatrist\"}\n");
    // A 50 MB line that is not JSON at all.
    input.resize(input.len() + SIZE, b'x');
    input.push(b'\n');
    let output = run(&[], input);
    let values = lines(&output, 3);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(values[0]["id"], "big");
    assert_eq!(values[0]["profession"], "physiotherapist");
    assert_eq!(values[1]["profession"], "podiatrist");
    assert_eq!(values[2]["line"], 3);
    // The message quotes none of the 50 MB.
    assert!(error_of(&values[2]).len() < 200, "{}", values[2]);
}

#[test]
fn an_empty_file_gives_no_lines_and_success() {
    let path =
        std::env::temp_dir().join(format!("allied-health-empty-{}.jsonl", std::process::id()));
    std::fs::write(&path, b"").unwrap();
    let output = command(&[path.to_str().unwrap()]).output().unwrap();
    std::fs::remove_file(&path).unwrap();
    lines(&output, 0);
    assert_eq!(output.status.code(), Some(0));

    let output = run(&[], Vec::new());
    lines(&output, 0);
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn the_last_line_needs_no_newline() {
    let output = run(
        &[],
        b"{\"id\":1,\"title\":\"ODP\"}\r\n{\"id\":2,\"title\":\"Orthoptist\"}".to_vec(),
    );
    let values = lines(&output, 2);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(values[1]["id"], 2);
    assert_eq!(values[1]["profession"], "orthoptist");

    let output = run(&["--format", "text"], b"Band 5 Radiographer".to_vec());
    let values = lines(&output, 1);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(values[0]["profession"], "diagnostic-radiographer");
}

#[test]
fn a_byte_order_mark_does_not_cost_the_first_line() {
    let input = "\u{FEFF}{\"id\":1,\"title\":\"ODP\"}\n\u{FEFF}{\"id\":2}\n"
        .as_bytes()
        .to_vec();
    let output = run(&[], input);
    let values = lines(&output, 2);
    assert_eq!(values[0]["profession"], "operating-department-practitioner");
    // Only the file's first line may start with one.
    assert!(error_of(&values[1]).starts_with("not a JSON object"));
    assert_eq!(output.status.code(), Some(1));

    let output = run(
        &["--format", "text"],
        "\u{FEFF}Paramedic".as_bytes().to_vec(),
    );
    assert_eq!(lines(&output, 1)[0]["profession"], "paramedic");
}

/// An empty or blank line is an error line in JSON mode (every input line
/// has its output line), and an ad with no text in text mode.
#[test]
fn blank_lines_are_error_lines_not_skipped() {
    let input = b"\n{\"id\":2,\"title\":\"Paramedic\"}\n  \n\r\n\t\n".to_vec();
    let output = run(&[], input.clone());
    let values = lines(&output, 5);
    assert_eq!(output.status.code(), Some(1));
    for i in [0, 2, 3, 4] {
        assert_eq!(values[i]["line"], i + 1);
        assert_eq!(error_of(&values[i]), "empty line, expected a JSON object");
    }
    assert_eq!(values[1]["id"], 2);

    let output = run(&["--format", "text"], input);
    let values = lines(&output, 5);
    assert_eq!(output.status.code(), Some(0));
    assert!(values[0]["profession"].is_null());
    assert_eq!(values[0]["id"], 1);
    assert!(values[0].get("error").is_none());
}

/// A small deterministic generator, so the mixed input is the same on
/// every run.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

#[test]
fn a_thousand_mixed_lines_keep_count_and_order() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let titles = [
        "Paramedic",
        "Staff Nurse",
        "Receptionist",
        "ODP",
        "Physiotherapy Assistant",
    ];
    let mut input = Vec::new();
    let mut bad = Vec::new();
    for n in 1..=1000usize {
        let title = titles[rng.below(titles.len())];
        let good = format!(r#"{{"id":{n},"title":"{title}","body":"NHS trust, Band 5."}}"#);
        let line: Vec<u8> = match rng.below(8) {
            0 => good.as_bytes()[..rng.below(good.len())].to_vec(), // truncated
            1 => b"{\"id\":0,\"title\":\"\xff\xfe\"}".to_vec(),     // not UTF-8
            2 => Vec::new(),                                        // empty
            3 => format!(r#"{{"id":{n},"title":42}}"#).into_bytes(), // wrong type
            4 => format!(r#"{{"id":{n}}}"#).into_bytes(),           // no text
            _ => good.into_bytes(),
        };
        let fails = serde_json::from_slice::<Value>(&line)
            .ok()
            .is_none_or(|v| !v["title"].is_string());
        if fails {
            bad.push(n);
        }
        input.extend_from_slice(&line);
        input.extend_from_slice(if rng.below(4) == 0 { b"\r\n" } else { b"\n" });
    }
    let output = run(&[], input);
    let values = lines(&output, 1000);
    assert_eq!(output.status.code(), Some(1));
    let mut failed = Vec::new();
    for (i, v) in values.iter().enumerate() {
        let n = i + 1;
        if v.get("error").is_some() {
            assert_eq!(v["line"], n, "{v}");
            failed.push(n);
        } else {
            assert_eq!(v["id"], n, "{v}");
            let score = v["score"].as_f64().unwrap();
            assert!((0.0..=1.0).contains(&score));
        }
    }
    assert_eq!(failed, bad);
}

/// Spawns the binary on many lines, reads `read` lines of its output and
/// closes the pipe, as `| head -1` does; the run must end by itself with
/// status 2 and say why on stderr: output that did not arrive is an error,
/// not a success.
fn close_after(read: usize, args: &[&str]) {
    let mut child: Child = command(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // Far more output than a pipe holds; the writes fail once the child
    // has gone, which is fine.
    let writer = std::thread::spawn(move || {
        let line =
            b"{\"id\":1,\"title\":\"Band 6 Physiotherapist\",\"body\":\"HCPC registered.\"}\n";
        for _ in 0..20_000 {
            if stdin.write_all(line).is_err() {
                break;
            }
        }
    });
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    for _ in 0..read {
        let mut first = String::new();
        stdout.read_line(&mut first).unwrap();
        // A CSV header, or an answer.
        assert!(
            first.starts_with("id,") || first.contains("physiotherapist"),
            "{first}"
        );
    }
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    writer.join().unwrap();
    assert!(
        stderr.contains("cannot write to standard output"),
        "stderr: {stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "stderr: {stderr}");
    assert_eq!(status.code(), Some(2), "{status}");
}

#[test]
fn a_closed_output_is_an_error_with_status_2() {
    close_after(1, &[]);
    close_after(0, &[]);
    close_after(1, &["--threads", "1"]);
    close_after(2, &["--output", "csv"]);
}

#[test]
fn exit_status_for_unreadable_input_and_bad_arguments() {
    let output = command(&["/nonexistent/ads.jsonl"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot open"));
    let output = command(&["a.jsonl", "b.jsonl"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
}
