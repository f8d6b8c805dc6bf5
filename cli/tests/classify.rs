//! `allied-health classify` run as a process: the JSON Lines contract of
//! the former `classify` example (one object per input line, in order;
//! malformed lines give an error object and the run goes on), CSV and
//! plain text in, CSV out, the `title` and `codes` fields, threads, and
//! the exit statuses.

mod common;

use std::process::Stdio;

use common::{command, error_of, json_lines, run, sample, scratch, stderr};
use serde_json::Value;

#[test]
fn one_object_per_line_in_order() {
    let input = br#"{"id": "a", "title": "Dental Nurse", "body": "GDC registered, NHS practice."}
{"id": 2, "text": "Respiratory Therapist needed in Dallas, TX. $30/hr."}
{"id": null, "title": "Receptionist"}
"#;
    let output = run(&["classify"], input.to_vec());
    assert_eq!(output.status.code(), Some(0));
    let values = json_lines(&output, 3);
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

fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect()
}

#[test]
fn each_answer_has_the_local_title_and_the_codes() {
    let input =
        br#"{"id": 1, "title": "Dental Nurse", "body": "GDC registered, NHS practice in Leeds."}
{"id": 2, "title": "Dental Assistant", "body": "Busy family practice in Austin, TX."}
{"id": 3, "text": "Respiratory Therapist needed in Dallas, TX. $30/hr."}
{"id": 4, "title": "Band 6 Physiotherapist", "body": "HCPC registered, NHS trust."}
{"id": 5, "title": "Paramedic"}
{"id": 6, "title": "Receptionist"}
"#;
    let output = run(&["classify"], input.to_vec());
    let v = json_lines(&output, 6);

    // The same profession under each jurisdiction's own title.
    assert_eq!(v[0]["profession"], "dental-assistant");
    assert_eq!(v[0]["title"], "Dental nurse");
    assert_eq!(v[1]["profession"], "dental-assistant");
    assert_eq!(v[1]["jurisdiction"], "us");
    assert_eq!(v[1]["title"], "Dental assistant");

    // US codes for a US ad, UK ones for an NHS ad.
    let codes = &v[2]["codes"];
    assert_eq!(v[2]["title"], "Respiratory therapist");
    assert_eq!(strings(&codes["soc2018"]), ["29-1126"]);
    assert_eq!(strings(&codes["onet"]), ["29-1126.00"]);
    assert!(strings(&codes["uksoc2020"]).is_empty());
    let codes = &v[3]["codes"];
    assert_eq!(v[3]["title"], "Physiotherapist");
    assert_eq!(strings(&codes["uksoc2020"]), ["2221"]);
    assert_eq!(strings(&codes["isco08"]), ["2264"]);
    assert!(strings(&codes["soc2018"]).is_empty());
    assert!(strings(&codes["onet"]).is_empty());

    // No jurisdiction: both jurisdictions' codes, each once.
    assert!(v[4]["jurisdiction"].is_null());
    assert_eq!(v[4]["title"], "Paramedic");
    let codes = &v[4]["codes"];
    assert_eq!(strings(&codes["soc2018"]), ["29-2043"]);
    assert_eq!(strings(&codes["uksoc2020"]), ["2255"]);
    assert_eq!(strings(&codes["isco08"]), ["3258", "2240"]);

    // No profession: no title, and four empty lists.
    assert!(v[5]["title"].is_null());
    let codes = v[5]["codes"].as_object().unwrap();
    let keys: Vec<&str> = codes.keys().map(String::as_str).collect();
    assert_eq!(keys.len(), 4);
    for key in ["soc2018", "onet", "uksoc2020", "isco08"] {
        assert!(strings(&codes[key]).is_empty(), "{key}");
    }
}

#[test]
fn ids_are_written_back_as_compact_json() {
    let input = br#"{"id": 1.50, "title": "Paramedic"}
{"id": {"k": [1, 2]}, "title": "Paramedic"}
{"id": "caf\u00e9", "title": "Paramedic"}
{"id": "tab\there", "title": "Paramedic"}
"#;
    let output = run(&["classify"], input.to_vec());
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 4);
    // Numbers and escapes as written; no whitespace between tokens.
    assert!(lines[0].starts_with(r#"{"id":1.50,"#), "{}", lines[0]);
    assert!(
        lines[1].starts_with(r#"{"id":{"k":[1,2]},"#),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with(r#"{"id":"caf\u00e9","#),
        "{}",
        lines[2]
    );
    assert!(
        lines[3].starts_with(r#"{"id":"tab\there","#),
        "{}",
        lines[3]
    );
}

/// A raw carriage return inside a JSON string is not JSON: the line is an
/// error line. One inside a quoted CSV id is text, escaped in the JSON
/// output. Neither reaches the output raw, which would split the line for
/// readers that take CR as a line end.
#[test]
fn a_raw_carriage_return_in_an_id_is_never_written_raw() {
    let output = run(
        &["classify"],
        b"{\"id\":\"a\rb\",\"title\":\"ODP\"}\n".to_vec(),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(!output.stdout.contains(&b'\r'));
    let v = json_lines(&output, 1);
    assert!(v[0]["id"].is_null());
    assert!(error_of(&v[0]).contains("control character"), "{}", v[0]);

    let csv = b"id,title\n\"a\rb\",ODP\n\"c\r\nd\",Paramedic\n".to_vec();
    let output = run(&["classify", "--format", "csv"], csv.clone());
    assert_eq!(output.status.code(), Some(0));
    assert!(!output.stdout.contains(&b'\r'));
    let v = json_lines(&output, 2);
    assert_eq!(v[0]["id"], "a\rb");
    assert_eq!(v[0]["profession"], "operating-department-practitioner");
    assert_eq!(v[1]["id"], "c\r\nd");

    // In CSV output the id is a quoted field.
    let output = run(&["classify", "--format", "csv", "--output", "csv"], csv);
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let ids: Vec<String> = reader.records().map(|r| r.unwrap()[0].to_owned()).collect();
    assert_eq!(ids, ["a\rb", "c\r\nd"]);
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
    let output = run(&["classify"], input);
    assert_eq!(output.status.code(), Some(1));
    let values = json_lines(&output, 8);
    let errors: Vec<_> = values.iter().filter(|v| v.get("error").is_some()).collect();
    assert_eq!(errors.len(), 6);
    assert!(values[0]["id"].is_null());
    assert_eq!(values[0]["line"], 1);
    assert_eq!(values[1]["profession"], "registered-nurse");
    assert_eq!(values[2]["id"], "bad");
    assert_eq!(error_of(&values[2]), "\"title\" is not a string");
    assert_eq!(values[3]["id"], 9);
    assert_eq!(values[3]["line"], 4);
    assert!(error_of(&values[4]).contains("UTF-8"));
    assert_eq!(values[5]["line"], 6);
    assert_eq!(values[6]["line"], 7);
    assert_eq!(values[7]["profession"], "phlebotomist");
}

#[test]
fn a_lone_surrogate_is_an_error_line_that_says_so() {
    let input = br#"{"id": 1, "title": "Paramedic \ud800"}
{"id": "\udc00", "title": "Paramedic"}
{"id": 3, "title": "Paramedic \ud83d\ude91"}
{"id": 4, "body": "x", "\ud800": 1}
"#;
    let output = run(&["classify"], input.to_vec());
    assert_eq!(output.status.code(), Some(1));
    let v = json_lines(&output, 4);
    assert_eq!(v[0]["id"], 1);
    assert!(error_of(&v[0]).contains("\"title\""), "{}", v[0]);
    assert!(
        error_of(&v[0]).contains(r"lone surrogate \ud800"),
        "{}",
        v[0]
    );
    // An id that is not Unicode text cannot be written back.
    assert!(v[1]["id"].is_null());
    assert!(
        error_of(&v[1]).contains(r"lone surrogate \udc00"),
        "{}",
        v[1]
    );
    // A surrogate pair is a character.
    assert_eq!(v[2]["profession"], "paramedic");
    assert!(error_of(&v[3]).contains("lone surrogate"), "{}", v[3]);
}

#[test]
fn text_input_reads_plain_lines() {
    let input =
        b"Band 5 Occupational Therapist, HCPC registered.\r\nOffice administrator\n\nbad \xff\n";
    let output = run(&["classify", "--format", "text"], input.to_vec());
    assert_eq!(output.status.code(), Some(1));
    let values = json_lines(&output, 4);
    assert_eq!(values[3]["id"], 4);
    assert_eq!(values[3]["line"], 4);
    assert_eq!(values[0]["id"], 1);
    assert_eq!(values[0]["profession"], "occupational-therapist");
    assert_eq!(values[0]["jurisdiction"], "nhs");
    assert_eq!(values[0]["allied_health"], true);
    assert!(values[1]["profession"].is_null());
    assert!(values[2]["profession"].is_null());
}

#[test]
fn the_format_comes_from_the_extension() {
    // ads.txt is read as text: 5 lines, ids 1 to 5.
    let output = command(&["classify", sample("ads.txt").to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let values = json_lines(&output, 5);
    assert_eq!(values[1]["id"], 2);
    assert_eq!(values[1]["profession"], "physical-therapist-assistant");

    let path = scratch("ads.csv");
    std::fs::write(&path, "id,title\nx,Orthoptist\n").unwrap();
    let output = command(&["classify", path.to_str().unwrap()])
        .output()
        .unwrap();
    std::fs::remove_file(&path).unwrap();
    let values = json_lines(&output, 1);
    assert_eq!(values[0]["id"], "x");
    assert_eq!(values[0]["profession"], "orthoptist");

    // --format wins over the extension.
    let output = command(&[
        "classify",
        "--format",
        "text",
        sample("ads.jsonl").to_str().unwrap(),
    ])
    .output()
    .unwrap();
    let values = json_lines(&output, 10);
    assert_eq!(values[0]["id"], 1);
}

#[test]
fn a_dash_or_no_file_reads_standard_input() {
    let input = b"{\"id\":1,\"title\":\"Podiatrist\"}\n".to_vec();
    for args in [&["classify", "-"][..], &["classify"]] {
        let output = run(args, input.clone());
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert_eq!(json_lines(&output, 1)[0]["profession"], "podiatrist");
    }
}

#[test]
fn csv_in_with_default_and_chosen_columns() {
    // A byte order mark, a quoted field with a comma and a line break, and
    // columns in any order; empty fields are no text.
    let input = "\u{FEFF}body,title,id\n\"Busy NHS trust, Band 6.\nHCPC registered.\",Physiotherapist,p1\n,Podiatrist,p2\n,,p3\n";
    let output = run(&["classify", "--format", "csv"], input);
    assert_eq!(output.status.code(), Some(0));
    let v = json_lines(&output, 3);
    assert_eq!(v[0]["id"], "p1");
    assert_eq!(v[0]["profession"], "physiotherapist");
    assert_eq!(v[0]["jurisdiction"], "nhs");
    assert_eq!(v[1]["id"], "p2");
    assert_eq!(v[1]["profession"], "podiatrist");
    assert_eq!(v[2]["id"], "p3");
    assert!(v[2]["profession"].is_null());
    assert!(v[2].get("error").is_none());

    // Chosen columns; names also match ignoring ASCII case.
    let input =
        "Ref,Job Title,Advert\n7,Dietitian,NHS trust\n8,Medical Assistant,\"Clinic in Ohio, US\"\n";
    let output = run(
        &[
            "classify",
            "--format",
            "csv",
            "--id-column",
            "ref",
            "--title-column",
            "Job Title",
            "--body-column",
            "Advert",
        ],
        input,
    );
    let v = json_lines(&output, 2);
    assert_eq!(v[0]["id"], "7");
    assert_eq!(v[0]["profession"], "dietitian");
    assert_eq!(v[1]["profession"], "medical-assistant");

    // A text column alone, and no id column: the id is the row number.
    let output = run(
        &["classify", "--format", "csv"],
        "text\nOrthoptist\n\"Phlebotomist\nOutpatient lab\"\n",
    );
    let v = json_lines(&output, 2);
    assert_eq!(v[0]["id"], 1);
    assert_eq!(v[0]["profession"], "orthoptist");
    assert_eq!(v[1]["id"], 2);
    assert_eq!(v[1]["profession"], "phlebotomist");
}

#[test]
fn a_missing_csv_column_is_a_usage_error_naming_it() {
    let input = "ref,headline\n1,Paramedic\n";
    let output = run(
        &["classify", "--format", "csv", "--title-column", "job"],
        input,
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let message = stderr(&output);
    assert!(message.contains("\"job\""), "{message}");
    assert!(message.contains("--title-column"), "{message}");
    assert!(message.contains("\"ref\", \"headline\""), "{message}");

    // With no flag, a header without any text column.
    let output = run(&["classify", "--format", "csv"], input);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("no \"title\", \"body\" or \"text\" column"),
        "{message}"
    );
    assert!(message.contains("\"ref\", \"headline\""), "{message}");

    // An id column named with a flag must exist too.
    let output = run(
        &["classify", "--format", "csv", "--id-column", "key"],
        "title\nODP\n",
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("\"key\""));
}

#[test]
fn a_csv_row_with_the_wrong_field_count_is_an_error_line() {
    let input = "id,title,body\n1,Paramedic,Ambulance service\n2,Dietitian\n3,Orthoptist,Eye clinic,extra\n4,Podiatrist,\n";
    for output_format in ["jsonl", "csv"] {
        let output = run(
            &["classify", "--format", "csv", "--output", output_format],
            input,
        );
        assert_eq!(output.status.code(), Some(1), "{output_format}");
        assert!(stderr(&output).is_empty());
        if output_format == "csv" {
            let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
            let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
            assert_eq!(rows.len(), 4);
            assert_eq!(&rows[1][0], "2");
            assert_eq!(&rows[1][1], "3"); // the line it starts on
            assert_eq!(&rows[1][12], "row 2 has 2 fields, the header has 3");
            assert_eq!(&rows[3][2], "podiatrist");
            continue;
        }
        let v = json_lines(&output, 4);
        assert_eq!(v[0]["profession"], "paramedic");
        assert_eq!(v[1]["id"], "2");
        assert_eq!(v[1]["line"], 3);
        assert_eq!(error_of(&v[1]), "row 2 has 2 fields, the header has 3");
        assert_eq!(v[2]["id"], "3");
        assert_eq!(error_of(&v[2]), "row 3 has 4 fields, the header has 3");
        assert_eq!(v[3]["profession"], "podiatrist");
    }
}

#[test]
fn a_csv_field_that_is_not_utf8_is_an_error_line() {
    let input = b"id,title\n1,Dietitian \xff\n2,Orthoptist\n".to_vec();
    let output = run(&["classify", "--format", "csv"], input);
    assert_eq!(output.status.code(), Some(1));
    let v = json_lines(&output, 2);
    assert_eq!(v[0]["id"], "1");
    assert!(error_of(&v[0]).starts_with("row 1: the title field is not UTF-8"));
    assert_eq!(v[1]["profession"], "orthoptist");
}

#[test]
fn csv_out_has_one_row_per_record() {
    let input =
        br#"{"id": "a", "title": "Band 6 Physiotherapist", "body": "HCPC registered, NHS trust."}
not json
{"id": 3, "title": "Physical Therapist Assistant", "body": "Outpatient clinic in Austin, TX."}
"#;
    let output = run(&["classify", "--output", "csv"], input.to_vec());
    assert_eq!(output.status.code(), Some(1));
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        header,
        [
            "id",
            "line",
            "profession",
            "title",
            "score",
            "allied_health",
            "jurisdiction",
            "soc2018",
            "onet",
            "uksoc2020",
            "isco08",
            "candidates",
            "error"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3);
    let row = &rows[0];
    assert_eq!(&row[0], "a");
    assert_eq!(&row[2], "physiotherapist");
    assert_eq!(&row[3], "Physiotherapist");
    assert_eq!(&row[5], "true");
    assert_eq!(&row[6], "nhs");
    assert_eq!(&row[9], "2221");
    assert!(row[11].starts_with("physiotherapist=0."), "{row:?}");
    assert_eq!(&row[12], "");
    assert_eq!(&rows[1][1], "2");
    assert!(rows[1][12].starts_with("not a JSON object"));
    assert_eq!(&rows[1][2], "");
    // Several codes of one system are separated by `;`.
    assert_eq!(&rows[2][0], "3");
    assert_eq!(&rows[2][2], "physical-therapist-assistant");
    assert_eq!(&rows[2][7], "31-2021;31-2022");
    assert_eq!(&rows[2][8], "31-2021.00;31-2022.00");

    // An empty input still gets the header.
    let output = run(&["classify", "--output", "csv"], Vec::new());
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8(output.stdout).unwrap().lines().count(), 1);
}

#[test]
fn output_goes_to_a_file_when_asked() {
    let path = scratch("out.jsonl");
    let output = command(&[
        "classify",
        sample("ads.jsonl").to_str().unwrap(),
        "--output-file",
        path.to_str().unwrap(),
    ])
    .output()
    .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty());
    let written = std::fs::read_to_string(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    assert_eq!(written.lines().count(), 10);

    let output = command(&[
        "classify",
        sample("ads.jsonl").to_str().unwrap(),
        "-o",
        "/nonexistent/dir/out.jsonl",
    ])
    .output()
    .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("cannot create /nonexistent/dir/out.jsonl"));
}

fn threads_output(args: &[&str], input: &[u8], threads: &str) -> Vec<u8> {
    let mut all = args.to_vec();
    all.extend(["--threads", threads]);
    let output = run(&all, input.to_vec());
    assert!(output.status.code() == Some(0) || output.status.code() == Some(1));
    assert!(stderr(&output).is_empty());
    output.stdout
}

#[test]
fn any_number_of_threads_gives_the_same_output_in_the_same_order() {
    for (file, format) in [("ads.jsonl", "jsonl"), ("ads.txt", "text")] {
        let input = std::fs::read(sample(file)).unwrap();
        let args = ["classify", "--format", format];
        let one = threads_output(&args, &input, "1");
        assert!(!one.is_empty());
        assert_eq!(threads_output(&args, &input, "3"), one, "{file}");
    }

    // Several chunks of 1024 records, with errors among them, and a last
    // line without a newline.
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
    for format in ["jsonl", "text"] {
        let args = ["classify", "--format", format];
        let one = threads_output(&args, &input, "1");
        assert_eq!(String::from_utf8_lossy(&one).lines().count(), 2501);
        assert_eq!(threads_output(&args, &input, "3"), one, "{format}");
    }

    let mut csv = b"id,title,body\n".to_vec();
    for i in 0..2100 {
        let row = match i % 3 {
            0 => format!("{i},Dental Nurse,GDC registered\n"),
            1 => format!("{i},Respiratory Therapist\n"),
            _ => format!("{i},\"Band 5, ODP\",\"Theatres,\nNHS\"\n"),
        };
        csv.extend_from_slice(row.as_bytes());
    }
    let args = ["classify", "--format", "csv", "--output", "csv"];
    let one = threads_output(&args, &csv, "1");
    assert_eq!(threads_output(&args, &csv, "3"), one);
}

#[test]
fn bad_arguments_and_unreadable_input_exit_with_2() {
    for args in [
        &["classify", "--threads", "two"][..],
        &["classify", "--bogus"],
        &["classify", "a.jsonl", "b.jsonl"],
        &["classify", "--format", "xml"],
        &["classify", "--output", "xml"],
        &["no-such-command"],
        &[],
    ] {
        let output = command(args).stdin(Stdio::null()).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        assert!(!stderr(&output).is_empty(), "{args:?}");
    }

    let output = command(&["classify", "/nonexistent/ads.jsonl"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("cannot open /nonexistent/ads.jsonl"));

    // Standard input that fails to read: a directory.
    let output = command(&["classify"])
        .stdin(std::fs::File::open("/").unwrap())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("cannot read standard input"),
        "{}",
        stderr(&output)
    );
}

#[cfg(not(feature = "sql"))]
#[test]
fn parquet_needs_the_sql_feature() {
    for args in [
        &["classify", "--format", "parquet"][..],
        &["classify", "--output", "parquet", "-o", "x.parquet"],
    ] {
        let output = run(args, Vec::new());
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stderr(&output).contains("`sql` feature"), "{args:?}");
    }
}

#[test]
fn the_long_help_documents_every_output_field() {
    let output = command(&["classify", "--help"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let help = String::from_utf8(output.stdout).unwrap();
    for field in [
        "id",
        "profession",
        "title",
        "score",
        "allied_health",
        "jurisdiction",
        "codes",
        "soc2018",
        "onet",
        "uksoc2020",
        "isco08",
        "candidates",
        "line",
        "error",
        "EXIT STATUS",
    ] {
        assert!(help.contains(field), "{field} is not in the help");
    }
}
