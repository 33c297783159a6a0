//! The snapshot harness: one `.py` case file → one text holding its AST dump, its
//! disassembly and its run (stdout, stderr, exit status).
//!
//! Extension authors use it from an integration test with insta's glob, so that
//! adding a case file is the whole work:
//!
//! ```no_run
//! insta::glob!("cases/*.py", |path| {
//!     insta::assert_snapshot!(pyforge::harness::snapshot(path));
//! });
//! ```
//!
//! then review new or changed snapshots with `cargo insta review`. Paths are shown
//! relative to the crate root, so snapshots do not depend on the checkout's location.

use std::path::Path;

use crate::ast::dump::DumpOptions;
use crate::driver;

/// The path of `path` relative to the crate root (or as given, if outside it).
pub fn display_path(path: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
        .replace('\\', "/")
}

/// The snapshot text of one case file: sections `ast`, `dis` and `run`.
pub fn snapshot(path: &Path) -> String {
    let name = display_path(path);
    let src = match driver::read_source(path) {
        Ok(s) => s,
        Err(e) => return format!("cannot read case: {e}\n"),
    };
    let result = driver::with_big_stack(move || {
        let mut out = String::new();
        let syntax = |e: &crate::error::SyntaxError| driver::render_syntax_error(e, &name, &src);
        out.push_str("== ast\n");
        match driver::ast(
            &src,
            DumpOptions {
                indent: Some(1),
                positions: false,
            },
        ) {
            Ok(t) => out.push_str(&t),
            Err(e) => out.push_str(&syntax(&e)),
        }
        out.push_str("\n== dis\n");
        match driver::dis(&src, &name, false) {
            Ok(t) => out.push_str(&t),
            Err(e) => out.push_str(&syntax(&e)),
        }
        let run = driver::run_captured(&src, &name);
        out.push_str("\n== stdout\n");
        out.push_str(&run.stdout);
        out.push_str("\n== stderr\n");
        out.push_str(&run.stderr);
        out.push_str(&format!("\n== status {}\n", run.status));
        out
    });
    result.unwrap_or_else(|panic| format!("internal error (panic): {panic}\n"))
}

/// Where two texts first differ, with 60 bytes of context on each side and the
/// line number in `want`, for a readable test failure.
pub fn first_diff(want: &str, got: &str) -> String {
    let at = want
        .bytes()
        .zip(got.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let window = |s: &str| {
        let mut start = at.saturating_sub(60).min(s.len());
        while !s.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (at + 60).min(s.len());
        while !s.is_char_boundary(end) {
            end += 1;
        }
        format!("{:?}", &s[start..end])
    };
    let line = want[..at.min(want.len())].matches('\n').count() + 1;
    format!(
        "at line {line}:\n    want: {}\n    got:  {}",
        window(want),
        window(got)
    )
}

/// `text` with every object address in a repr (`<... at 0x7f...>`) replaced
/// by `0x?`: addresses never match between two runs, let alone two
/// interpreters. `tests/gen_expected.py` masks CPython's output the same way.
pub fn mask_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" at 0x") {
        let (head, tail) = rest.split_at(i + " at 0x".len());
        out.push_str(head);
        let digits = tail.bytes().take_while(u8::is_ascii_hexdigit).count();
        out.push_str(if digits > 0 { "?" } else { "" });
        rest = &tail[digits..];
    }
    out.push_str(rest);
    out
}
