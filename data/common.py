"""Shared by the generators in this folder: Rust string literals, and the
comparison of a freshly generated file with the committed one for their
`--check` mode."""

import difflib
from pathlib import Path


def check(output: Path, generated: str, repo_root: Path, command: str) -> int:
    """Prints whether `output` equals `generated`; returns 0 if it does, or 1
    with a short diff summary and the `command` that regenerates it."""
    current = output.read_text(encoding="utf-8") if output.exists() else ""
    if current == generated:
        print(f"{output.relative_to(repo_root)} is up to date")
        return 0
    diff = list(difflib.unified_diff(
        current.splitlines(), generated.splitlines(),
        "committed", "regenerated", lineterm="", n=0))
    added = sum(1 for line in diff if line.startswith("+") and not line.startswith("+++"))
    removed = sum(1 for line in diff if line.startswith("-") and not line.startswith("---"))
    print(f"{output.relative_to(repo_root)} is stale: {added} line(s) to add, "
          f"{removed} to remove; run `{command}`")
    for line in diff[2:22]:
        print(f"  {line}")
    return 1


def rust_string(s: str) -> str:
    """A Rust string literal for `s`: printable ASCII as is, quotes and
    backslashes escaped, anything else as a `\\u{..}` escape, so that the
    generated files are plain ASCII."""
    out = []
    for ch in s:
        if ch in ('"', "\\"):
            out.append("\\" + ch)
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            out.append(f"\\u{{{ord(ch):x}}}")
    return '"' + "".join(out) + '"'
