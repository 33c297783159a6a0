//! The `pyforge` binary on bad and hostile input: a clear message and a proper
//! exit status, never a panic or a stack overflow.

use std::path::PathBuf;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn pyforge(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pyforge"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyforge-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Exit codes other than 0, 1 and 2 (a crash, or 70 for an internal error) fail.
fn assert_clean_exit(o: &Output, want: i32) {
    assert_eq!(o.status.code(), Some(want), "stderr: {}", stderr(o));
    assert!(!stderr(o).contains("panicked"), "{}", stderr(o));
}

#[test]
fn missing_file_is_one_line() {
    let o = pyforge(&["run", "no/such/file.py"]);
    assert_clean_exit(&o, 2);
    assert_eq!(stderr(&o).lines().count(), 1);
    assert!(
        stderr(&o)
            .contains("can't open file 'no/such/file.py': [Errno 2] No such file or directory")
    );
}

#[test]
fn directory_is_one_line() {
    let dir = std::env::temp_dir();
    let o = pyforge(&["ast", dir.to_str().unwrap()]);
    assert_clean_exit(&o, 2);
    assert_eq!(stderr(&o).lines().count(), 1);
}

#[test]
fn non_utf8_is_one_line() {
    let p = temp_file("latin1.py", b"x = 1\ns = '\xe9'\n");
    let o = pyforge(&["run", p.to_str().unwrap()]);
    assert_clean_exit(&o, 1);
    assert_eq!(stderr(&o).lines().count(), 1);
    assert!(
        stderr(&o).contains("Non-UTF-8 code starting with '\\xe9'"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).contains("on line 2"), "{}", stderr(&o));
}

#[test]
fn empty_file_is_an_empty_module() {
    let p = temp_file("empty.py", b"");
    let o = pyforge(&["ast", p.to_str().unwrap()]);
    assert_clean_exit(&o, 0);
    // CPython 3.13's ast.dump leaves out the empty body too.
    assert_eq!(String::from_utf8_lossy(&o.stdout), "Module()\n");
    let o = pyforge(&["run", p.to_str().unwrap()]);
    assert_clean_exit(&o, 0);
    assert!(o.stdout.is_empty());
}

#[test]
fn syntax_error_is_a_labelled_diagnostic() {
    let p = temp_file("colon.py", b"x = 3\nwhile x\n    x -= 1\n");
    let o = pyforge(&["run", p.to_str().unwrap()]);
    assert_clean_exit(&o, 1);
    let err = stderr(&o);
    assert!(err.contains("SyntaxError: expected ':'"), "{err}");
    assert!(err.contains("colon.py:2:8"), "{err}");
    assert!(err.contains("while x"), "{err}");
}

#[test]
fn deeply_nested_brackets_are_a_syntax_error() {
    let src = format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    let p = temp_file("parens.py", src.as_bytes());
    let o = pyforge(&["run", p.to_str().unwrap()]);
    assert_clean_exit(&o, 1);
    assert!(
        stderr(&o).contains("too many nested parentheses"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn deeply_nested_operators_are_a_syntax_error() {
    for src in [
        format!("x = {}1\n", "-".repeat(200_000)),
        format!("x = {}1\n", "not ".repeat(100_000)),
        format!("x = {}\n", "1 if 1 else ".repeat(50_000) + "1"),
        format!("x = {}1\n", "lambda: ".repeat(50_000)),
        format!("x = 2{}\n", "**2".repeat(100_000)),
        format!("x = {}1\n", "1+".repeat(100_000)),
        format!("x = f{}\n", "()".repeat(100_000)),
        format!("x = a{}\n", ".b".repeat(100_000)),
    ] {
        let p = temp_file("deep.py", src.as_bytes());
        let o = pyforge(&["ast", p.to_str().unwrap()]);
        let code = o.status.code();
        assert!(
            code == Some(0) || code == Some(1),
            "exit {code:?}: {}",
            stderr(&o)
        );
        assert!(
            !stderr(&o).contains("panicked") && !stderr(&o).contains("has overflowed its stack"),
            "{}",
            stderr(&o)
        );
    }
}

#[test]
fn infinite_recursion_is_a_recursion_error() {
    let p = temp_file("rec.py", b"def f(n):\n    return f(n + 1)\nf(0)\n");
    let o = pyforge(&["run", p.to_str().unwrap()]);
    assert_clean_exit(&o, 1);
    assert!(
        stderr(&o).ends_with("RecursionError: maximum recursion depth exceeded\n"),
        "{}",
        stderr(&o)
    );
}

/// pest does not memoise: nesting depth must cost linear time, not exponential.
#[test]
fn nesting_depth_costs_linear_time() {
    let time = |depth: usize| {
        let src = format!(
            "x = {}1{}\nprint(x)\n",
            "(".repeat(depth),
            ")".repeat(depth)
        );
        pyforge::driver::with_big_stack(move || {
            let start = Instant::now();
            let module = pyforge::syntax::parse(&src).expect("parses");
            assert_eq!(module.body.len(), 2);
            start.elapsed()
        })
        .unwrap()
    };
    let nested_calls = |depth: usize| {
        let src = format!("x = {}1{}\n", "f(".repeat(depth), ")".repeat(depth));
        pyforge::driver::with_big_stack(move || {
            let start = Instant::now();
            pyforge::syntax::parse(&src).expect("parses");
            start.elapsed()
        })
        .unwrap()
    };
    // Warm up, then compare 20 levels with 180: linear growth is 9x; allow a wide margin.
    time(5);
    let (small, large) = (time(20), time(180));
    assert!(
        large < small * 60 + Duration::from_millis(50),
        "20 levels: {small:?}, 180 levels: {large:?}"
    );
    let (small, large) = (nested_calls(20), nested_calls(180));
    assert!(
        large < small * 60 + Duration::from_millis(50),
        "20 calls: {small:?}, 180 calls: {large:?}"
    );
}

#[test]
fn parse_tree_shows_extension_rules() {
    let o = pyforge(&["parse-tree", "examples/until.py"]);
    assert_clean_exit(&o, 0);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.lines()
            .any(|l| l.trim_start().starts_with("until_stmt ")),
        "{out}"
    );
    assert!(out.contains("soft_kw_until"), "{out}");
}

#[test]
fn dis_offsets_column() {
    let o = pyforge(&["dis", "--offsets", "examples/until.py"]);
    assert_clean_exit(&o, 0);
    let out = String::from_utf8_lossy(&o.stdout);
    // CPython 3.13's layout: line, label, offset, opname.
    assert!(
        out.lines()
            .next()
            .is_some_and(|l| l.split_whitespace().collect::<Vec<_>>() == ["0", "0", "RESUME", "0"]),
        "{out}"
    );
}
