//! Documentation that shows code or output is checked against the real thing:
//! `docs/opcodes.md` is generated from the opcode table, and every fenced block in
//! the docs preceded by an `include:` or `output:` marker must equal the file region
//! or the command output it names. `UPDATE_DOCS=1 cargo test --test docs` rewrites
//! them.
//!
//! Markers (an HTML comment on the line before the fence):
//! - `<!-- include: PATH -->` or `<!-- include: PATH#NAME -->` — the file, or the lines
//!   between `ANCHOR: NAME` and `ANCHOR_END: NAME` comments in it;
//! - `<!-- output: pyforge ast|dis|run FILE -->` — what that command prints.

use std::path::{Path, PathBuf};

use pyforge::ast::dump::DumpOptions;
use pyforge::driver;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn updating() -> bool {
    std::env::var_os("UPDATE_DOCS").is_some()
}

#[test]
fn opcode_reference_is_generated_from_the_table() {
    let path = root().join("docs/opcodes.md");
    let want = pyforge::bytecode::opcodes::reference_markdown();
    if updating() {
        std::fs::write(&path, &want).unwrap();
    }
    let got = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        got == want,
        "docs/opcodes.md is stale: run `UPDATE_DOCS=1 cargo test --test docs`"
    );
}

fn region(path: &Path, anchor: Option<&str>) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let Some(name) = anchor else { return text };
    let mut out = String::new();
    let mut inside = false;
    for line in text.lines() {
        if line.contains(&format!("ANCHOR_END: {name}")) {
            inside = false;
        } else if line.contains(&format!("ANCHOR: {name}")) {
            inside = true;
        } else if inside && !line.contains("ANCHOR") {
            out.push_str(line);
            out.push('\n');
        }
    }
    assert!(!out.is_empty(), "no region `{name}` in {}", path.display());
    // Strip the region's common indentation, as a reader expects.
    let indent = out
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    out.lines()
        .map(|l| l.get(indent..).unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

fn command_output(cmd: &str) -> String {
    let words: Vec<&str> = cmd.split_whitespace().collect();
    let ["pyforge", sub, file] = words[..] else {
        panic!("unsupported output marker: {cmd}")
    };
    let src = driver::read_source(&root().join(file)).unwrap();
    let file = file.to_string();
    let sub = sub.to_string();
    driver::with_big_stack(move || match sub.as_str() {
        "ast" => {
            driver::ast(
                &src,
                DumpOptions {
                    indent: Some(2),
                    positions: false,
                },
            )
            .unwrap()
                + "\n"
        }
        "dis" => driver::dis(&src, &file, false).unwrap(),
        "run" => {
            let out = driver::run_captured(&src, &file);
            out.stdout + &out.stderr
        }
        other => panic!("unsupported command {other}"),
    })
    .unwrap()
}

/// Checks (or rewrites) every marked block of one markdown file.
fn check_markdown(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::new();
    let mut problems = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        out.push(line.to_string());
        let marker = line
            .trim()
            .strip_prefix("<!--")
            .and_then(|l| l.strip_suffix("-->"))
            .map(str::trim);
        let want = match marker {
            Some(m) if m.starts_with("include:") => {
                let spec = m["include:".len()..].trim();
                let (file, anchor) = match spec.split_once('#') {
                    Some((f, a)) => (f, Some(a)),
                    None => (spec, None),
                };
                Some(region(&root().join(file), anchor))
            }
            Some(m) if m.starts_with("output:") => {
                Some(command_output(m["output:".len()..].trim()))
            }
            _ => None,
        };
        i += 1;
        let Some(want) = want else { continue };
        assert!(
            i < lines.len() && lines[i].starts_with("```"),
            "{}:{}: marker without a fenced block",
            path.display(),
            i
        );
        out.push(lines[i].to_string());
        i += 1;
        let mut got = String::new();
        while i < lines.len() && !lines[i].starts_with("```") {
            got.push_str(lines[i]);
            got.push('\n');
            i += 1;
        }
        if got != want {
            problems.push(format!(
                "{}: block after `{}` is stale",
                path.display(),
                line.trim()
            ));
        }
        out.extend(want.lines().map(str::to_string));
        if i < lines.len() {
            out.push(lines[i].to_string());
            i += 1;
        }
    }
    if updating() {
        std::fs::write(path, out.join("\n") + "\n").unwrap();
        return Vec::new();
    }
    problems
}

#[test]
fn marked_blocks_match_the_sources_and_outputs() {
    let mut problems = Vec::new();
    for doc in ["docs/tutorial/adding-until.md", "README.md"] {
        problems.extend(check_markdown(&root().join(doc)));
    }
    assert!(
        problems.is_empty(),
        "{}\nrun `UPDATE_DOCS=1 cargo test --test docs`",
        problems.join("\n")
    );
}
