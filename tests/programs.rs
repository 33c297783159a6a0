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
    (
        "args_kwargs",
        "output differs: stdout line 37: want '([1, 2, 4],) {'d': 4}' got '<EOF>'",
    ),
    (
        "closures_nonlocal",
        "output differs: stdout line 8: want '    computing 4' got '<EOF>'",
    ),
    (
        "cls_builtin_subclass",
        "output differs: stdout line 1: want 'Stack([1, 2, 3]) 3 3 1 3 True [1, 2, 3]",
    ),
    (
        "cls_class_scope",
        "output differs: stdout line 7: want 'NameError: name 'base' is not defined' ",
    ),
    (
        "cls_dynamic_attrs",
        "output differs: stdout line 12: want 'TypeError: attribute name must be stri",
    ),
    (
        "cls_isinstance_type",
        "output differs: stdout line 49: want 'flying Butterfly False' got 'crawling ",
    ),
    (
        "cls_mro_multiple",
        "output differs: stdout line 1: want 'A   ['A', 'O', 'object']' got '<EOF>'",
    ),
    (
        "cls_property",
        "output differs: stdout line 27: want 'property f f None' got 'object f f Non",
    ),
    (
        "cls_static_class_methods",
        "output differs: stdout line 8: want 'staticmethod classmethod' got 'object o",
    ),
    (
        "comp_closures",
        "output differs: stdout line 16: want '([2, 2, 2], ('n',))' got '<EOF>'",
    ),
    (
        "comp_scope",
        "output differs: stdout line 17: want '['A', 'B'] NameError: name 'prefix' is",
    ),
    (
        "dict_operations",
        "output differs: stdout line 8: want '{'a': 10, 'c': 30, 'd': 4, 'e': 5, 'f':",
    ),
    (
        "dunder_arith",
        "output differs: stdout line 22: want 'a * 'x' -> TypeError: can't multiply s",
    ),
    (
        "dunder_comparison",
        "output differs: stdout line 53: want 'eq-result 0 False' got 'True False Fal",
    ),
    (
        "dunder_container",
        "output differs: stdout line 20: want '2 8 2 (2, 5, 2)' got '<EOF>'",
    ),
    (
        "dunder_context_manager",
        "output differs: stdout line 9: want '  exit b: ValueError(boom), traceback p",
    ),
    (
        "dunder_hash",
        "output differs: stdout line 9: want 'None' got '<built-in function __hash__>",
    ),
    (
        "dunder_iter_next",
        "output differs: stdout line 54: want '[3, 1, 4, 1, 5]' got '<EOF>'",
    ),
    (
        "dunder_len_bool",
        "output differs: stdout line 45: want 'HugeLen len -> OverflowError: cannot f",
    ),
    (
        "dunder_reflected_arith",
        "output differs: stdout line 58: want '    Base.__add__' got '    Base.__radd",
    ),
    (
        "dunder_sorting",
        "output differs: stdout line 19: want '['Apple', 'apple', 'banana', 'Banana',",
    ),
    (
        "err_attribute_user_object",
        "output differs: stderr line 5: want 'AttributeError: 'Point' object has no a",
    ),
    (
        "err_call_unexpected_keyword",
        "output differs: stdout line 5: want 'TypeError: area() got an unexpected key",
    ),
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
        "output differs: stdout line 3: want 'caught: 'Row' object doesn't support it",
    ),
    (
        "err_unhashable_user",
        "output differs: stdout line 1: want 'True False' got 'False False'",
    ),
    (
        "exc_args_str_repr",
        "output differs: stdout line 58: want 'KeyError           KeyError('popitem()",
    ),
    (
        "exc_calculator",
        "output differs: stdout line 1: want ''1 + 2 * 3'            => 7' got '<EOF>",
    ),
    (
        "exc_else_finally",
        "output differs: stdout line 1: want 'ok:E                   ['body', 'body d",
    ),
    (
        "exc_except_tuple",
        "output differs: stdout line 19: want 'TypeError: catching classes that do no",
    ),
    (
        "exc_hierarchy_builtin",
        "output differs: stdout line 1: want 'ZeroDivisionError    ['ZeroDivisionErro",
    ),
    (
        "exc_nested_try",
        "output differs: stdout line 1: want 'none  ['outer try', 'inner try', 'inner",
    ),
    (
        "exc_raise_reraise",
        "output differs: stdout line 25: want '  TypeError args=('exceptions must der",
    ),
    (
        "list_operations",
        "output differs: stdout line 34: want 'ValueError: too many values to unpack ",
    ),
    (
        "params_kwonly_posonly",
        "output differs: stdout line 43: want '2 1 1 ('a', 'b', 'c')' got '<EOF>'",
    ),
    (
        "str_formatting",
        "output differs: stdout line 25: want '3,4 3' got '<EOF>'",
    ),
    (
        "str_methods_depth",
        "output differs: stdout line 3: want 'hello, world! hello, python. | HELLO, W",
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
