//! The conformance corpus `tests/programs/`: every program's stdout, stderr
//! (tracebacks included) and exit status must equal what CPython 3.13 printed
//! (`tests/programs/expected/NAME.json`, written by `tests/gen_expected.py`).

use std::path::{Path, PathBuf};

use pyforge::driver;
use pyforge::harness::{display_path, first_diff};
use serde_json::Value as Json;

/// Programs pyforge cannot run like CPython yet, each with what is missing.
/// The test fails when one of them starts to match, so the list only shrinks.
const KNOWN_FAILURES: &[(&str, &str)] = &[
    ("args_kwargs", "cannot compile '/', '*' and '**' parameters"),
    ("closures_nonlocal", "cannot compile comprehensions"),
    ("cls_attributes_basic", "cannot compile comprehensions"),
    (
        "cls_builtin_subclass",
        "cannot compile '/', '*' and '**' parameters",
    ),
    ("cls_class_scope", "cannot compile comprehensions"),
    (
        "cls_dynamic_attrs",
        "cannot compile '/', '*' and '**' parameters",
    ),
    ("cls_inheritance_single", "cannot compile comprehensions"),
    (
        "cls_init_repr_str",
        "cannot compile '/', '*' and '**' parameters",
    ),
    ("cls_isinstance_type", "cannot compile comprehensions"),
    ("cls_mro_multiple", "cannot compile comprehensions"),
    (
        "cls_property",
        "output differs: stdout line 27: want 'property f f None' got 'object f f Non",
    ),
    (
        "cls_static_class_methods",
        "cannot compile '/', '*' and '**' parameters",
    ),
    (
        "cls_super_diamond",
        "cannot compile '/', '*' and '**' parameters",
    ),
    ("comp_closures", "cannot compile comprehensions"),
    ("comp_dict_set", "cannot compile comprehensions"),
    ("comp_list_basic", "cannot compile comprehensions"),
    ("comp_nested_for_if", "cannot compile comprehensions"),
    ("comp_scope", "cannot compile comprehensions"),
    ("dict_operations", "cannot compile sets"),
    (
        "dunder_arith",
        "output differs: stdout line 22: want 'a * 'x' -> TypeError: can't multiply s",
    ),
    ("dunder_call", "cannot compile '/', '*' and '**' parameters"),
    (
        "dunder_comparison",
        "cannot compile '/', '*' and '**' parameters",
    ),
    ("dunder_container", "cannot compile comprehensions"),
    (
        "dunder_context_manager",
        "cannot compile '/', '*' and '**' parameters",
    ),
    ("dunder_hash", "cannot compile sets"),
    ("dunder_iter_next", "cannot compile comprehensions"),
    ("dunder_len_bool", "cannot compile comprehensions"),
    (
        "dunder_reflected_arith",
        "output differs: stdout line 58: want '    Base.__add__' got '    Base.__radd",
    ),
    ("dunder_sorting", "cannot compile comprehensions"),
    (
        "err_attribute_user_object",
        "output differs: stderr line 5: want 'AttributeError: 'Point' object has no a",
    ),
    (
        "err_call_kwonly_missing",
        "cannot compile '/', '*' and '**' parameters",
    ),
    (
        "err_call_posonly_keyword",
        "cannot compile '/', '*' and '**' parameters",
    ),
    (
        "err_call_unexpected_keyword",
        "cannot compile '**' arguments",
    ),
    (
        "err_custom_exception",
        "output differs: stdout line 4: want 'handled: account alice is short by 5 ('",
    ),
    ("err_index_user_sequence", "cannot compile comprehensions"),
    ("err_key_user_key", "cannot compile comprehensions"),
    (
        "err_nested_calls",
        "output differs: stderr line 4: want '    ~~~~~~^^' got '  File 'tests/progra",
    ),
    (
        "err_not_iterable_user",
        "output differs: stderr line 4: want '             ^' got 'TypeError: 'Bag' o",
    ),
    (
        "err_not_subscriptable_user",
        "cannot compile '/', '*' and '**' parameters",
    ),
    ("err_raise_in_method", "cannot compile comprehensions"),
    ("err_unhashable_user", "cannot compile sets"),
    (
        "exc_args_str_repr",
        "output differs: stdout line 31: want 'StopIteration(42).value = 42' got '<EO",
    ),
    (
        "exc_as_binding_deleted",
        "output differs: stdout line 2: want 'after handler, 'e' in globals(): False'",
    ),
    (
        "exc_calculator",
        "output differs: stdout line 1: want ''1 + 2 * 3'            => 7' got '<EOF>",
    ),
    ("exc_else_finally", "cannot compile comprehensions"),
    ("exc_except_tuple", "cannot compile comprehensions"),
    ("exc_hierarchy_builtin", "cannot compile comprehensions"),
    (
        "exc_nested_try",
        "output differs: stdout line 1: want 'none  ['outer try', 'inner try', 'inner",
    ),
    (
        "exc_raise_reraise",
        "output differs: stdout line 25: want '  TypeError args=('exceptions must der",
    ),
    ("exc_user_defined", "cannot compile comprehensions"),
    ("list_operations", "cannot compile comprehensions"),
    (
        "params_kwonly_posonly",
        "cannot compile '/', '*' and '**' parameters",
    ),
    ("str_formatting", "cannot compile comprehensions"),
    ("str_methods_depth", "cannot compile comprehensions"),
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
            out.stdout.as_str(),
        ),
        (
            "stderr",
            want["stderr"].as_str().unwrap(),
            out.stderr.as_str(),
        ),
    ] {
        if want != got {
            return Some(format!("[{what}] {}", first_diff(want, got)));
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
