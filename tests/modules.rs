//! The crate's modules depend on each other in one direction: the model, then the state and
//! the shared names (DOM ids, labels), then the components, then the app. No module uses one
//! that uses it back; a new cycle fails here, with the modules that make it.
//!
//! A module is a file or folder at the top of `src/` (its uses are `crate::NAME`), or a file of
//! `src/model/` (its uses of another are `super::NAME`). What a test module or a comment names
//! does not count.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Graph = BTreeMap<String, BTreeSet<String>>;

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a readable folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// A file's code without its test module and its comments.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]\nmod tests").next().unwrap_or_default();
    text.lines().filter(|line| !line.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

/// The names that follow `prefix` in `code` (`crate::` → `model`, `app`, …).
fn names_after<'a>(code: &'a str, prefix: &'a str) -> impl Iterator<Item = &'a str> {
    code.match_indices(prefix).map(move |(at, _)| {
        let rest = &code[at + prefix.len()..];
        &rest[..rest.find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')).unwrap_or(rest.len())]
    })
}

/// Which module uses which, from the sources under `src`.
fn uses(src: &Path) -> Graph {
    let name = |path: &Path| path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
    let top: BTreeSet<String> = (std::fs::read_dir(src).expect("src").flatten())
        .map(|e| e.path())
        .filter(|p| p.is_dir() || p.extension().is_some_and(|e| e == "rs"))
        .map(|p| name(&p))
        .filter(|n| !["lib", "main", "bin"].contains(&n.as_str()))
        .collect();
    let model: BTreeSet<String> = rust_files(&src.join("model")).iter().map(|p| name(p)).collect();
    let mut graph = Graph::new();
    for file in rust_files(src) {
        let relative = file.strip_prefix(src).expect("under src");
        let Some(first) = relative.components().next().and_then(|c| c.as_os_str().to_str()) else { continue };
        let first = first.trim_end_matches(".rs").to_owned();
        if !top.contains(&first) {
            continue;
        }
        let code = code(&std::fs::read_to_string(&file).expect("readable"));
        let edges = graph.entry(first.clone()).or_default();
        edges.extend(names_after(&code, "crate::").filter(|n| *n != first && top.contains(*n)).map(str::to_owned));
        let in_model = relative.parent() == Some(Path::new("model")) && name(&file) != "mod";
        if in_model {
            let me = format!("model::{}", name(&file));
            let edges = graph.entry(me).or_default();
            let used = names_after(&code, "super::").filter(|n| *n != name(&file) && model.contains(*n));
            edges.extend(used.map(|n| format!("model::{n}")));
        }
    }
    graph
}

/// A cycle in `graph`, as the modules around it (the first repeated at the end), if it has one.
fn a_cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(node: &str, graph: &Graph, path: &mut Vec<String>, done: &mut BTreeSet<String>) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_module_uses_one_that_uses_it_back() {
    let graph = uses(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")));
    assert!(graph.get("app").is_some_and(|uses| uses.contains("components")), "the sources were read: {graph:?}");
    assert!(graph.contains_key("model::dataset"), "the model's files were read: {graph:?}");
    if let Some(cycle) = a_cycle(&graph) {
        panic!("these modules use each other in a circle: {}", cycle.join(" → "));
    }
}

#[test]
fn a_circle_of_uses_is_found_and_a_chain_is_not() {
    let graph = |edges: &[(&str, &str)]| {
        let mut graph = Graph::new();
        for (from, to) in edges {
            graph.entry((*from).to_owned()).or_default().insert((*to).to_owned());
        }
        graph
    };
    assert_eq!(a_cycle(&graph(&[("app", "components"), ("components", "focus"), ("app", "focus")])), None);
    assert_eq!(
        a_cycle(&graph(&[("app", "components"), ("components", "focus"), ("focus", "app")])),
        Some(vec!["app".into(), "components".into(), "focus".into(), "app".into()])
    );
    let code = code("use crate::state::X;\n// crate::app is only named\n#[cfg(test)]\nmod tests { use crate::app; }");
    assert_eq!(names_after(&code, "crate::").collect::<Vec<_>>(), ["state"]);
}
