//! pyforge against CPython 3.13: every case's AST dump (plain and with positions),
//! stdout, stderr and exit status must equal what `tests/gen_expected.py` recorded
//! from CPython; extension cases must print what their hand-desugared twins print.

use std::path::{Path, PathBuf};

use pyforge::ast::dump::DumpOptions;
use pyforge::driver;
use serde_json::Value as Json;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cases(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    v.sort();
    v
}

fn expected(path: &Path) -> Json {
    let name = path.file_stem().unwrap().to_str().unwrap();
    let file = path
        .parent()
        .unwrap()
        .join("expected")
        .join(format!("{name}.json"));
    let file = if file.exists() {
        file
    } else {
        root().join("tests/expected").join(format!("{name}.json"))
    };
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run `PYENV_VERSION=3.13.0 python3 tests/gen_expected.py`",
            file.display()
        )
    });
    serde_json::from_str(&text).unwrap()
}

fn rel(path: &Path) -> String {
    pyforge::harness::display_path(path)
}

use pyforge::harness::first_diff;

fn check(failures: &mut Vec<String>, what: &str, path: &Path, want: &str, got: &str) {
    if want != got {
        failures.push(format!("{} [{what}] {}", rel(path), first_diff(want, got)));
    }
}

fn run_case(path: &Path) -> (String, driver::RunOutput) {
    let src = driver::read_source(path).unwrap();
    let name = rel(path);
    let s = src.clone();
    let out = driver::with_big_stack(move || driver::run_captured(&s, &name)).unwrap();
    (src, out)
}

/// Syntax-error cases whose message or position still differs from CPython's,
/// each with the reason. The test fails when one of them starts to match, so
/// the list only shrinks.
const KNOWN_SYNTAX_DIVERGENCES: &[(&str, &str)] = &[];

#[test]
fn core_cases_match_cpython() {
    let mut failures = Vec::new();
    let all = cases(&root().join("tests/cases"));
    assert!(all.len() >= 40, "the corpus is missing");
    for path in &all {
        let exp = expected(path);
        let (src, out) = run_case(path);
        check(
            &mut failures,
            "status",
            path,
            &exp["status"].to_string(),
            &out.status.to_string(),
        );
        if let Some(se) = exp.get("syntax_error") {
            // CPython rejects the file while parsing or, for errors such as
            // `'break' outside loop`, while compiling: pyforge must do the same.
            let error = match pyforge::syntax::parse(&src) {
                Ok(module) => pyforge::compile::compile_module(&module, "x.py")
                    .err()
                    .map(|e| driver::compile_error(&src, &e)),
                Err(e) => Some(e),
            };
            let Some(e) = error else {
                failures.push(format!("{} [syntax] pyforge accepted it", rel(path)));
                continue;
            };
            let text = |v: &Json| v.as_str().unwrap_or_default().to_string();
            let known = KNOWN_SYNTAX_DIVERGENCES
                .iter()
                .any(|(f, _)| path.ends_with(f));
            let before = failures.len();
            check(
                &mut failures,
                "syntax type",
                path,
                &text(&se["type"]),
                e.kind,
            );
            check(&mut failures, "syntax msg", path, &text(&se["msg"]), &e.msg);
            let want = format!("{}:{}", se["lineno"], se["offset"]);
            check(
                &mut failures,
                "syntax position",
                path,
                &want,
                &format!("{}:{}", e.lineno, e.col),
            );
            if known {
                let diverged = failures.len() > before;
                failures.truncate(before);
                if !diverged {
                    failures.push(format!(
                        "{} now matches CPython: remove it from KNOWN_SYNTAX_DIVERGENCES",
                        rel(path)
                    ));
                }
            }
            continue;
        }
        let plain = driver::ast(&src, DumpOptions::default()).unwrap_or_else(|e| format!("{e}"));
        check(
            &mut failures,
            "ast",
            path,
            exp["ast"].as_str().unwrap(),
            &plain,
        );
        let positions = driver::ast(
            &src,
            DumpOptions {
                indent: None,
                positions: true,
            },
        )
        .unwrap_or_else(|e| format!("{e}"));
        check(
            &mut failures,
            "ast --positions",
            path,
            exp["ast_positions"].as_str().unwrap(),
            &positions,
        );
        check(
            &mut failures,
            "stdout",
            path,
            exp["stdout"].as_str().unwrap(),
            &out.stdout,
        );
        let want_err = exp["stderr"].as_str().unwrap();
        if want_err.starts_with("  File ") {
            // A compile-time SyntaxError: CPython prints its own excerpt, pyforge a
            // diagnostic; the error line must agree.
            let want = want_err.lines().last().unwrap_or("");
            let got = out
                .stderr
                .lines()
                .next()
                .unwrap_or("")
                .trim_start_matches([' ', '×'])
                .trim();
            check(&mut failures, "compile error", path, want, got);
        } else {
            check(&mut failures, "stderr", path, want_err, &out.stderr);
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches with CPython:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn extension_cases_match_their_desugared_twins() {
    let mut failures = Vec::new();
    let mut count = 0;
    for ext in cases_dirs() {
        for path in cases(&ext) {
            count += 1;
            let exp = expected(&path);
            let (_, out) = run_case(&path);
            check(
                &mut failures,
                "stdout",
                &path,
                exp["stdout"].as_str().unwrap(),
                &out.stdout,
            );
            check(
                &mut failures,
                "status",
                &path,
                &exp["status"].to_string(),
                &out.status.to_string(),
            );
            let last = out
                .stderr
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("");
            check(
                &mut failures,
                "stderr last line",
                &path,
                exp["stderr_last_line"].as_str().unwrap(),
                last,
            );
        }
    }
    assert!(count >= 10, "the extension corpus is missing");
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn cases_dirs() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("extensions"))
        .unwrap()
        .map(|e| e.unwrap().path().join("tests"))
        .filter(|p| p.is_dir())
        .collect();
    v.sort();
    v
}

/// Cases whose `dis` listing is known to differ from CPython's, with the cause.
/// The test fails if one of them starts to match, so the list stays true.
const KNOWN_DIS_DIVERGENCES: &[(&str, &str)] = &[(
    "line_joining.py",
    "CPython keeps a NOP for the second physical line of a multi-line parameter list",
)];

/// `pyforge dis` against CPython's `dis` for every core case that compiles.
#[test]
fn disassembly_matches_cpython() {
    let mut failures = Vec::new();
    let mut compared = 0;
    for path in cases(&root().join("tests/cases")) {
        let exp = expected(&path);
        let Some(want) = exp.get("dis").and_then(Json::as_str) else {
            continue;
        };
        compared += 1;
        let src = driver::read_source(&path).unwrap();
        let name = rel(&path);
        let got = driver::with_big_stack(move || {
            driver::dis(&src, &name, false).unwrap_or_else(|e| e.to_string())
        })
        .unwrap();
        let file = path.file_name().unwrap().to_str().unwrap();
        let known = KNOWN_DIS_DIVERGENCES.iter().any(|(f, _)| *f == file);
        match (want == got, known) {
            (true, true) => failures.push(format!(
                "{} now matches CPython: remove it from KNOWN_DIS_DIVERGENCES",
                rel(&path)
            )),
            (false, false) => check(&mut failures, "dis", &path, want, &got),
            _ => {}
        }
    }
    assert!(compared >= 40, "the corpus is missing");
    assert!(
        failures.is_empty(),
        "{} of {compared} listings:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
