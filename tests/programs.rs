//! The conformance corpus `tests/programs/`: every program's stdout, stderr
//! (tracebacks included) and exit status must equal what CPython 3.13 printed
//! (`tests/programs/expected/NAME.json`, written by `tests/gen_expected.py`).

use std::path::{Path, PathBuf};

use pyforge::driver;
use pyforge::harness::{display_path, first_diff, mask_addresses};
use serde_json::Value as Json;

/// Programs pyforge cannot run like CPython yet, each with what is missing.
/// The test fails when one of them starts to match, so the list only shrinks.
const KNOWN_FAILURES: &[(&str, &str)] = &[
    (
        "async_coroutine_states",
        "[stdout] line 1: want 'False True True step_by_step step_by_step' got ",
    ),
    (
        "async_custom_awaitables",
        "[stdout] line 27: want 'closed: True' got ''",
    ),
    (
        "async_iter_with_protocols",
        "[stdout] line 1: want '  __aiter__' got ''",
    ),
    (
        "builtins_zip_map_enumerate",
        "[stdout] line 17: want \"[(100000000000000000000, 'a'), (10000000000000",
    ),
    (
        "bytes_bytearray",
        "[stdout] line 6: want \"[b'a', b'b', b'', b'c'] [b'x', b'y'] b'ABC' b'a",
    ),
    (
        "bytes_format_convert",
        "[stdout] line 1: want \"b'3 items at home' b'   42|42   |002.5' b'ff FF",
    ),
    (
        "cls_getattr_hooks",
        "[stdout] line 4: want \"['set x=1', 'get x', 'set y=2', 'get method', '",
    ),
    (
        "cls_isinstance_hooks",
        "[stdout] line 4: want 'True True True True' got ''",
    ),
    (
        "cls_isinstance_type",
        "[stdout] line 49: want 'flying Butterfly False' got 'crawling Caterpil",
    ),
    (
        "cls_mro_multiple",
        "[stdout] line 15: want 'Q1, Q2 (conflicting orders) TypeError: Cannot ",
    ),
    (
        "dict_merge_unpack",
        "[stdout] line 26: want \"{'a': 1, 'p': 'P', 'q': 'Q'}\" got ''",
    ),
    (
        "dunder_reflected_arith",
        "[stdout] line 58: want '    Base.__add__' got '    Base.__radd__'",
    ),
    (
        "float_math_module",
        "[stdout] line 16: want '1.0 -1.0 2 1.0 1.0 1.0' got ''",
    ),
    (
        "gen_stopiteration_rules",
        "[stdout] line 16: want 'False True' got ''",
    ),
    (
        "int_bigint_signs",
        "[stdout] line 26: want '1.2499999874852032e+17 -1.2499999874852032e+17",
    ),
    (
        "int_compare_mixed",
        "[stdout] line 29: want 'True True True True False' got 'True True True",
    ),
    (
        "int_fastpath_boundaries",
        "[stdout] line 31: want 'range huge len OverflowError Python int too la",
    ),
    (
        "list_sort_stability",
        "[stdout] line 13: want 'True False [1, 2, 0] [1, 5]' got 'True True [1",
    ),
    (
        "range_objects",
        "[stdout] line 14: want '99999999999999999999 99999999999999999998 True",
    ),
    (
        "str_case_justify",
        "[stdout] line 9: want \"'ﬁne' | FINE | ﬁne | Fine | Fine | FINE | fine\"",
    ),
    (
        "str_percent_format",
        "[stdout] line 52: want \"b'bytes and 5 and ff'\" got ''",
    ),
    (
        "str_repr_escapes",
        "[stdout] line 1: want \"5 'plain' 'plain' True\" got ''",
    ),
    (
        "str_unicode_codepoints",
        "[stdout] line 1: want \"'café' 4 c é éfac [99, 97, 102, 233] 5 4\" got '",
    ),
];

fn programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
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
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run `PYENV_VERSION=3.13.0 python3 tests/gen_expected.py`",
            file.display()
        )
    });
    serde_json::from_str(&text).unwrap()
}

/// The first difference between pyforge's run of `path` and CPython's, if any.
fn mismatch(path: &Path) -> Option<String> {
    let src = driver::read_source(path).unwrap();
    let name = display_path(path);
    let out =
        driver::with_big_stack(move || driver::run_captured(&src, &name)).unwrap_or_else(|panic| {
            driver::RunOutput {
                stdout: String::new(),
                stderr: format!("panic: {panic}"),
                status: 70,
            }
        });
    let want = expected(path);
    for (what, want, got) in [
        (
            "stdout",
            want["stdout"].as_str().unwrap(),
            mask_addresses(&out.stdout),
        ),
        (
            "stderr",
            want["stderr"].as_str().unwrap(),
            mask_addresses(&out.stderr),
        ),
    ] {
        if want != got {
            return Some(format!("[{what}] {}", first_diff(want, &got)));
        }
    }
    let status = want["status"].as_i64().unwrap();
    (status != out.status as i64).then(|| format!("[status] want {status}, got {}", out.status))
}

#[test]
fn programs_match_cpython() {
    let mut failures = Vec::new();
    let mut count = 0;
    for path in programs() {
        count += 1;
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        let known = KNOWN_FAILURES.iter().any(|(n, _)| *n == name);
        match (mismatch(&path), known) {
            (Some(diff), false) => failures.push(format!("{}: {diff}", display_path(&path))),
            (None, true) => failures.push(format!(
                "{name} now matches CPython: remove it from KNOWN_FAILURES"
            )),
            _ => {}
        }
    }
    for (name, _) in KNOWN_FAILURES {
        assert!(
            programs().iter().any(|p| p.file_stem().unwrap() == *name),
            "KNOWN_FAILURES names a missing program: {name}"
        );
    }
    assert!(count > 0, "no programs found");
    assert!(
        failures.is_empty(),
        "{} of {count} programs differ from CPython:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
