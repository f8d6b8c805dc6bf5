//! The crate's modules import each other in one direction only: model types,
//! then the generated tables, then the registry, then queries and profiles,
//! then the classifier. This test reads `src/` and fails on any circle of
//! `crate::` references between modules, and on a reference against the
//! layer order.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Every module of `src/`, by path (`model::code`), with its source text
/// less comments.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut BTreeMap<String, String>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix("src").unwrap().with_extension("");
                let mut parts: Vec<String> = rel
                    .iter()
                    .map(|p| p.to_string_lossy().into_owned())
                    .collect();
                if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
                    parts.pop();
                }
                let text: String = fs::read_to_string(&path)
                    .unwrap()
                    .lines()
                    .map(|l| l.split("//").next().unwrap_or(""))
                    .collect::<Vec<_>>()
                    .join("\n");
                out.insert(parts.join("::"), text);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(Path::new("src"), &mut out);
    out
}

/// The module a `crate::a::b::Item` path names: its longest prefix that is
/// a module.
fn resolve<'a>(path: &str, modules: &'a BTreeMap<String, String>) -> Option<&'a str> {
    let mut parts: Vec<&str> = path.split("::").collect();
    while !parts.is_empty() {
        let key = parts.join("::");
        if let Some((k, _)) = modules.get_key_value(&key) {
            return Some(k);
        }
        parts.pop();
    }
    None
}

fn edges(modules: &BTreeMap<String, String>) -> BTreeMap<&str, BTreeSet<&str>> {
    let mut graph: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (name, text) in modules {
        let targets = graph.entry(name).or_default();
        for (i, _) in text.match_indices("crate::") {
            let rest = &text[i + "crate::".len()..];
            let end = rest
                .find(|c: char| {
                    !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == ':')
                })
                .unwrap_or(rest.len());
            let path = rest[..end].trim_end_matches(':');
            if let Some(target) = resolve(path, modules) {
                // A child naming its parent module is not a layer edge.
                if target != name && !target.is_empty() && !name.starts_with(&format!("{target}::"))
                {
                    targets.insert(target);
                }
            }
        }
    }
    graph
}

/// The layer of a module: lower layers never name higher ones.
fn layer(module: &str) -> usize {
    let top = module.split("::").next().unwrap_or("");
    match top {
        "serde_ids" | "spelling" => 0,
        "model" => 1,
        "data" => 2,
        "registry" => 3,
        "query" | "profile" => 4,
        "classify" => 5,
        _ => 6,
    }
}

#[test]
fn no_module_names_a_higher_layer() {
    let modules = modules();
    assert!(
        modules.contains_key("model::profession"),
        "run from the crate root"
    );
    for (from, targets) in edges(&modules) {
        for to in targets {
            assert!(
                layer(to) <= layer(from),
                "{from} (layer {}) names {to} (layer {})",
                layer(from),
                layer(to)
            );
        }
    }
}

#[test]
fn no_modules_import_each_other_in_a_circle() {
    let modules = modules();
    let graph = edges(&modules);
    // Depth-first search for a back edge.
    fn visit<'a>(
        node: &'a str,
        graph: &BTreeMap<&'a str, BTreeSet<&'a str>>,
        state: &mut BTreeMap<&'a str, u8>,
        stack: &mut Vec<&'a str>,
    ) {
        state.insert(node, 1);
        stack.push(node);
        for &next in graph.get(node).into_iter().flatten() {
            match state.get(next).copied().unwrap_or(0) {
                0 => visit(next, graph, state, stack),
                1 => panic!("module circle: {} -> {next}", stack.join(" -> ")),
                _ => {}
            }
        }
        stack.pop();
        state.insert(node, 2);
    }
    let mut state = BTreeMap::new();
    for &node in graph.keys() {
        if !state.contains_key(node) {
            visit(node, &graph, &mut state, &mut Vec::new());
        }
    }
}
