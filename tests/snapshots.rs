//! One insta snapshot per case file (AST dump, disassembly, run), discovered by
//! glob: adding a `.py` file under `tests/cases/` or `extensions/*/tests/` is the
//! whole work. Review changes with `cargo insta review`.

#[test]
fn core_cases() {
    insta::glob!("cases/*.py", |path| {
        insta::assert_snapshot!(pyforge::harness::snapshot(path));
    });
}

#[test]
fn extension_cases() {
    insta::glob!("../extensions", "*/tests/*.py", |path| {
        insta::assert_snapshot!(pyforge::harness::snapshot(path));
    });
}
