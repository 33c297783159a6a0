//! AST parity with CPython 3.13 over the AST-only corpus: for every
//! `tests/ast_cases/NAME.py`, `pyforge ast` (without and with `--positions`)
//! must print exactly the `ast.dump` and `ast.dump(..., include_attributes=True)`
//! that `tests/gen_expected.py` recorded from CPython in
//! `tests/ast_expected/NAME.json`. These cases are parsed only, never run, so
//! they may use syntax the VM cannot execute yet. Every mismatch is collected
//! and reported with the case name and where the dumps first differ.

use std::path::{Path, PathBuf};

use pyforge::ast::dump::DumpOptions;
use pyforge::driver;
use serde_json::Value as Json;

/// Fewer cases than this means the corpus went missing.
const MIN_CASES: usize = 40;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The corpus, sorted by name.
fn ast_cases() -> Vec<PathBuf> {
    let dir = root().join("tests/ast_cases");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    v.sort();
    v
}

fn name(path: &Path) -> &str {
    path.file_stem().unwrap().to_str().unwrap()
}

/// The CPython dumps recorded for a case.
fn expected(path: &Path) -> Result<Json, String> {
    let file = root()
        .join("tests/ast_expected")
        .join(format!("{}.json", name(path)));
    let text = std::fs::read_to_string(&file).map_err(|e| {
        format!(
            "{}: {e}; run `PYENV_VERSION=3.13.0 python3 tests/gen_expected.py`",
            file.display()
        )
    })?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))
}

use pyforge::harness::first_diff;

#[test]
fn ast_cases_match_cpython() {
    let all = ast_cases();
    assert!(
        all.len() >= MIN_CASES,
        "only {} cases in tests/ast_cases: the corpus is missing",
        all.len()
    );
    let mut failures = Vec::new();
    let mut failed_cases = 0;
    for path in &all {
        let case = format!("tests/ast_cases/{}.py", name(path));
        let before = failures.len();
        let exp = match expected(path) {
            Ok(exp) => exp,
            Err(e) => {
                failures.push(format!("{case}: {e}"));
                failed_cases += 1;
                continue;
            }
        };
        let src = match driver::read_source(path) {
            Ok(src) => src,
            Err(e) => {
                failures.push(format!("{case}: {e}"));
                failed_cases += 1;
                continue;
            }
        };
        for (key, positions) in [("ast", false), ("ast_positions", true)] {
            let Some(want) = exp[key].as_str() else {
                failures.push(format!("{case}: no {key:?} in its expected json"));
                continue;
            };
            let opts = DumpOptions {
                indent: None,
                positions,
            };
            let s = src.clone();
            let got = driver::with_big_stack(move || driver::ast(&s, opts))
                .map_err(|panic| format!("panicked: {panic}"))
                .and_then(|r| r.map_err(|e| format!("{e} at {}:{}", e.lineno, e.col)));
            let what = if positions { "ast --positions" } else { "ast" };
            match got {
                Ok(got) if got == want => {}
                Ok(got) => failures.push(format!("{case} [{what}] {}", first_diff(want, &got))),
                Err(e) => failures.push(format!("{case} [{what}] pyforge rejects it: {e}")),
            }
        }
        if failures.len() > before {
            failed_cases += 1;
        }
    }
    assert!(
        failures.is_empty(),
        "{failed_cases} of {} AST cases differ from CPython 3.13:\n{}",
        all.len(),
        failures.join("\n")
    );
}
