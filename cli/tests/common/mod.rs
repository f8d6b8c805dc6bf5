//! Runs the `allied-health` binary that `cargo test` built, as a process.

// Each test file uses some of these helpers.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// The binary under test.
pub fn binary() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_allied-health"))
}

/// A file of the repository's own sample data (`examples/data`).
pub fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../examples/data")
        .join(name)
}

/// A scratch file path in the temp directory, unique to this process and
/// `name`.
pub fn scratch(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("allied-health-cli-{}-{name}", std::process::id()))
}

/// The command for the binary with `args`.
pub fn command(args: &[&str]) -> Command {
    let mut c = Command::new(binary());
    c.args(args);
    c
}

/// The command under a 1 GiB address-space limit where the shell can set
/// one, so that memory out of proportion to the input fails the test
/// instead of the machine.
pub fn limited_command(args: &[&str]) -> Command {
    if cfg!(unix) && Path::new("/bin/sh").exists() {
        let mut c = Command::new("/bin/sh");
        c.arg("-c")
            .arg("ulimit -v 1048576 && exec \"$0\" \"$@\"")
            .arg(binary())
            .args(args);
        c
    } else {
        command(args)
    }
}

/// Runs `command` with `input` on its stdin (written from another thread,
/// so a large input cannot deadlock against a full output pipe).
pub fn run_command(mut command: Command, input: Vec<u8>) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    output
}

/// Runs the binary with `args` and `input` on its stdin.
pub fn run(args: &[&str], input: impl Into<Vec<u8>>) -> Output {
    run_command(command(args), input.into())
}

/// The output lines as JSON, after checking that stderr is silent and that
/// there is one line per input record.
pub fn json_lines(output: &Output, records: usize) -> Vec<Value> {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.is_empty(), "stderr: {stderr}");
    let stdout = std::str::from_utf8(&output.stdout).expect("the output is UTF-8");
    assert!(stdout.is_empty() || stdout.ends_with('\n'));
    let values: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l:.200}")))
        .collect();
    assert_eq!(values.len(), records, "{stdout:.2000}");
    values
}

/// The `error` of an error line.
pub fn error_of(v: &Value) -> &str {
    v["error"]
        .as_str()
        .unwrap_or_else(|| panic!("not an error: {v}"))
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
