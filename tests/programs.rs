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
        "args_kwargs",
        "[stdout] line 37: want \"([1, 2, 4],) {'d': 4}\" got '<EOF>'",
    ),
    (
        "builtins_attr_reflection",
        "[stdout] line 12: want \"getattr nonstr TypeError attribute name must b",
    ),
    (
        "builtins_numeric_conv",
        "[stdout] line 4: want \"65 233 8364 128512 65 122 A é 😀 '\\\\x00'\" got '<",
    ),
    (
        "builtins_sorted_minmax",
        "[stdout] line 9: want 'True [0, 0, 1]' got 'True [0, 0, 1, 0, 1]'",
    ),
    (
        "builtins_zip_map_enumerate",
        "[stdout] line 7: want \"zip int TypeError 'int' object is not iterable\"",
    ),
    (
        "bytes_bytearray",
        "[stdout] line 2: want \"b'\\\\x00\\\\x00\\\\x00' b'ABC' b'\\\\x00\\\\x01\\\\x02\\\\x0",
    ),
    (
        "closures_nonlocal",
        "[stdout] line 8: want '    computing 4' got '<EOF>'",
    ),
    (
        "cls_builtin_subclass",
        "[stdout] line 1: want 'Stack([1, 2, 3]) 3 3 1 3 True [1, 2, 3]' got '<",
    ),
    (
        "cls_class_scope",
        "[stdout] line 7: want \"NameError: name 'base' is not defined\" got '[11",
    ),
    (
        "cls_dynamic_attrs",
        "[stdout] line 12: want \"TypeError: attribute name must be string, not ",
    ),
    (
        "cls_getattr_hooks",
        "[stdout] line 3: want \"AttributeError 'Logged' object has no attribute",
    ),
    (
        "cls_init_subclass_type",
        "[stdout] line 1: want \"['alpha', 'bee', 'gamma'] gamma False\" got '<EO",
    ),
    (
        "cls_isinstance_type",
        "[stdout] line 49: want 'flying Butterfly False' got 'crawling Caterpil",
    ),
    (
        "cls_mro_multiple",
        "[stdout] line 1: want \"A   ['A', 'O', 'object']\" got '<EOF>'",
    ),
    (
        "cls_operators_full",
        "[stdout] line 10: want \"mul str TypeError can't multiply sequence by n",
    ),
    (
        "cls_property",
        "[stdout] line 27: want 'property f f None' got 'object f f None'",
    ),
    (
        "cls_static_class_methods",
        "[stdout] line 8: want 'staticmethod classmethod' got 'object object'",
    ),
    (
        "comp_closures",
        "[stdout] line 16: want \"([2, 2, 2], ('n',))\" got '<EOF>'",
    ),
    (
        "comp_scope",
        "[stdout] line 17: want \"['A', 'B'] NameError: name 'prefix' is not def",
    ),
    (
        "complex_numbers",
        "[stdout] line 2: want '(4+2j) (2+6j) (11-2j) (-1+2j) (-3-4j) (3+4j) 5.",
    ),
    (
        "dict_merge_unpack",
        "[stdout] line 1: want \"{'x': 1, 'y': 20, 'z': 30} {'y': 2, 'z': 30, 'x",
    ),
    (
        "dict_methods_views",
        "[stdout] line 4: want \"('c', 3) {'b': 20, 'a': 1}\" got '<EOF>'",
    ),
    (
        "dict_operations",
        "[stdout] line 8: want \"{'a': 10, 'c': 30, 'd': 4, 'e': 5, 'f': 6} ('g'",
    ),
    (
        "dunder_arith",
        "[stdout] line 22: want \"a * 'x' -> TypeError: can't multiply sequence ",
    ),
    (
        "dunder_comparison",
        "[stdout] line 53: want 'eq-result 0 False' got 'True False False'",
    ),
    (
        "dunder_container",
        "[stdout] line 20: want '2 8 2 (2, 5, 2)' got '<EOF>'",
    ),
    (
        "dunder_context_manager",
        "[stdout] line 9: want '  exit b: ValueError(boom), traceback present: ",
    ),
    (
        "dunder_hash",
        "[stdout] line 9: want 'None' got '<built-in function __hash__>'",
    ),
    (
        "dunder_iter_next",
        "[stdout] line 54: want '[3, 1, 4, 1, 5]' got '<EOF>'",
    ),
    (
        "dunder_len_bool",
        "[stdout] line 45: want \"HugeLen len -> OverflowError: cannot fit 'int'",
    ),
    (
        "dunder_reflected_arith",
        "[stdout] line 58: want '    Base.__add__' got '    Base.__radd__'",
    ),
    (
        "dunder_sorting",
        "[stdout] line 19: want \"['Apple', 'apple', 'banana', 'Banana', 'cherry",
    ),
    (
        "err_attribute_user_object",
        "[stderr] line 5: want \"AttributeError: 'Point' object has no attribute",
    ),
    (
        "err_call_unexpected_keyword",
        "[stdout] line 5: want \"TypeError: area() got an unexpected keyword arg",
    ),
    (
        "err_nested_calls",
        "[stderr] line 4: want '    ~~~~~~^^' got '  File \"tests/programs/err_n",
    ),
    (
        "err_not_iterable_user",
        "[stderr] line 4: want '             ^' got \"TypeError: 'Bag' object is",
    ),
    (
        "err_not_subscriptable_user",
        "[stdout] line 3: want \"caught: 'Row' object doesn't support item delet",
    ),
    (
        "err_unhashable_user",
        "[stdout] line 1: want 'True False' got 'False False'",
    ),
    (
        "exc_args_str_repr",
        "[stdout] line 58: want \"KeyError           KeyError('popitem(): dictio",
    ),
    (
        "exc_calculator",
        "[stdout] line 1: want \"'1 + 2 * 3'            => 7\" got '<EOF>'",
    ),
    (
        "exc_else_finally",
        "[stdout] line 1: want \"ok:E                   ['body', 'body done', 'a",
    ),
    (
        "exc_except_tuple",
        "[stdout] line 19: want 'TypeError: catching classes that do not inheri",
    ),
    (
        "exc_hierarchy_builtin",
        "[stdout] line 1: want \"ZeroDivisionError    ['ZeroDivisionError', 'Ari",
    ),
    (
        "exc_nested_try",
        "[stdout] line 1: want \"none  ['outer try', 'inner try', 'inner try end",
    ),
    (
        "exc_raise_reraise",
        "[stdout] line 25: want \"  TypeError args=('exceptions must derive from",
    ),
    (
        "float_methods",
        "[stdout] line 1: want '0.0 True (0, 1) 0x0.0p+0 0.0 0.0 0.0' got '<EOF",
    ),
    (
        "float_parse_errors",
        "[stdout] line 25: want \"'３.５' -> 3.5\" got \"'３.５' -> ValueError could n",
    ),
    (
        "float_repr_shortest",
        "[stdout] line 47: want '3.0 0x1.999999999999ap-4 0x1.0000000000000p+0 ",
    ),
    (
        "float_round_banker",
        "[stdout] line 38: want '0.3 0.3 1e+300 1.5 0.0' got '0.3 0.3 1.0000000",
    ),
    (
        "fstring_features",
        "[stdout] line 6: want '[      93.457] [       Grace] [***Grace****] [0",
    ),
    (
        "func_closures_decorators",
        "[stdout] line 1: want \"16 True 1 ('count',)\" got '<EOF>'",
    ),
    (
        "func_signature_errors",
        "[stdout] line 32: want \"1 1 1 (1,) {'e': 5} 2\" got '<EOF>'",
    ),
    (
        "int_bigint_arith",
        "[stdout] line 35: want '1000037000601005683034804144718414778810695035",
    ),
    (
        "int_bit_ops",
        "[stdout] line 1: want '0 0 0 0b0 0x0 0o0 -1' got '<EOF>'",
    ),
    (
        "int_divmod_floor",
        "[stdout] line 30: want 'divmod float ZeroDivisionError float divmod()'",
    ),
    (
        "int_parsing_bases",
        "[stdout] line 16: want \"('010', 0)  -> ValueError invalid literal for ",
    ),
    (
        "int_pow_mod",
        "[stdout] line 25: want 'kw 2' got 'kw TypeError pow expected at least ",
    ),
    (
        "iter_protocol",
        "[stdout] line 2: want 'True str_ascii_iterator dict_keyiterator range_",
    ),
    (
        "list_methods_errors",
        "[stdout] line 16: want 'insert 1 arg TypeError insert expected 2 argum",
    ),
    (
        "list_operations",
        "[stdout] line 34: want 'ValueError: too many values to unpack (expecte",
    ),
    (
        "list_slice_assign",
        "[stdout] line 17: want '[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, ",
    ),
    (
        "list_sort_stability",
        "[stdout] line 7: want \"['Apple', 'Banana', 'apple', 'banana', 'cherry'",
    ),
    (
        "params_kwonly_posonly",
        "[stdout] line 43: want \"2 1 1 ('a', 'b', 'c')\" got '<EOF>'",
    ),
    (
        "range_objects",
        "[stdout] line 9: want '6 15 range(3, 12, 3) range(18, -3, -3) range(0,",
    ),
    (
        "set_operations",
        "[stdout] line 2: want '[1, 2, 3, 4, 9, 10] [1, 2] [3, 4] [1, 2, 3, 7]'",
    ),
    (
        "slice_objects",
        "[stdout] line 1: want 'slice(1, 10, 2) slice(1, 10, 2) 1 10 2 slice(No",
    ),
    (
        "str_case_justify",
        "[stdout] line 1: want \"'hello world' | HELLO WORLD | hello world | Hel",
    ),
    (
        "str_format_spec",
        "[stdout] line 23: want \"      '010,'             1234 -> '00,001,234'\"",
    ),
    (
        "str_formatting",
        "[stdout] line 25: want '3,4 3' got '<EOF>'",
    ),
    (
        "str_methods_depth",
        "[stdout] line 3: want 'hello, world! hello, python. | HELLO, WORLD! HE",
    ),
    (
        "str_percent_format",
        "[stdout] line 5: want \"'%#08x|%-#8o|' -> '0x0000ff|0o10    |'\" got \"'%",
    ),
    (
        "str_predicates",
        "[stdout] line 1: want 'sample       alph digi deci nume alnu spac uppe",
    ),
    (
        "str_slicing_indexing",
        "[stdout] line 5: want 'abcdefghij abcd beh jgda' got '<EOF>'",
    ),
    (
        "str_split_partition",
        "[stdout] line 4: want \"['  the quick  brown', 'fox', 'jumps']\" got '<E",
    ),
    (
        "str_strip_find_replace",
        "[stdout] line 5: want '14 2 17 -1 17 0' got '<EOF>'",
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
