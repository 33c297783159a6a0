//! The pipeline end to end, as the CLI and the snapshot harness use it: read a
//! file, parse, compile, disassemble or run, and render errors as CPython does.

use std::path::Path;

use crate::ast::dump::{DumpOptions, dump_module};
use crate::compile::{CompileError, compile_module};
use crate::error::SyntaxError;
use crate::vm::{Vm, traceback};

/// Stack size of the thread the pipeline runs on: deep but legal nesting in the
/// parser and Python recursion up to the recursion limit must fit.
const STACK_SIZE: usize = 1 << 30;

/// Exit status for an internal error (a Rust panic), as `sysexits.h`'s `EX_SOFTWARE`.
pub const EXIT_INTERNAL: i32 = 70;

/// What running a file produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunOutput {
    /// Everything written to stdout.
    pub stdout: String,
    /// Everything written to stderr (tracebacks, diagnostics).
    pub stderr: String,
    /// The exit status.
    pub status: i32,
}

/// Reads a source file; the error is a one-line message (`can't open file ...`).
pub fn read_source(path: &Path) -> Result<String, String> {
    let shown = path.display();
    if path.is_dir() {
        return Err(format!("can't find '__main__' module in '{shown}'"));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        let errno = e
            .raw_os_error()
            .map_or(String::new(), |n| format!("[Errno {n}] "));
        let reason = e.to_string();
        let reason = reason.split(" (os error").next().unwrap_or(&reason);
        format!("can't open file '{shown}': {errno}{reason}")
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        format!(
            "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {shown} on line {line}, but no encoding declared",
            bytes[at]
        )
    })
}

/// Turns a compile error into the syntax error CPython would raise.
pub fn compile_error(src: &str, e: &CompileError) -> SyntaxError {
    let line_start: usize = src
        .split_inclusive('\n')
        .take(e.pos.lineno.saturating_sub(1) as usize)
        .map(str::len)
        .sum();
    let start = line_start + e.pos.col_offset as usize;
    let len = if e.pos.end_lineno == e.pos.lineno {
        (e.pos.end_col_offset - e.pos.col_offset) as usize
    } else {
        1
    };
    SyntaxError::new(e.kind, e.msg.clone(), src, start, len)
}

/// Renders a syntax error as a miette diagnostic without colours (for snapshots
/// and non-terminals).
pub fn render_syntax_error(e: &SyntaxError, filename: &str, src: &str) -> String {
    let mut out = String::new();
    let handler =
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor());
    let report = e.report(filename, src);
    if handler.render_report(&mut out, report.as_ref()).is_err() {
        out = format!("{e}\n");
    }
    out
}

/// `pyforge ast`.
pub fn ast(src: &str, opts: DumpOptions) -> Result<String, SyntaxError> {
    let module = crate::syntax::parse(src)?;
    Ok(dump_module(&module, opts))
}

/// `pyforge dis`.
pub fn dis(src: &str, filename: &str, show_offsets: bool) -> Result<String, SyntaxError> {
    let module = crate::syntax::parse(src)?;
    let code = compile_module(&module, filename).map_err(|e| compile_error(src, &e))?;
    Ok(crate::bytecode::dis::disassemble(&code, show_offsets))
}

/// `pyforge run` with output captured; syntax errors are rendered with miette.
pub fn run_captured(src: &str, filename: &str) -> RunOutput {
    let mut vm = Vm::capturing();
    let status = run_in(&mut vm, src, filename, &mut |e| {
        render_syntax_error(e, filename, src)
    });
    let (stdout, mut stderr) = vm.take_output();
    if let Err(text) = &status {
        stderr.push_str(text);
    }
    RunOutput {
        stdout,
        stderr,
        status: if status.is_ok() { 0 } else { 1 },
    }
}

/// Runs `src` on `vm`; `Err` holds the text to print on stderr (a rendered
/// syntax error or a traceback).
pub fn run_in(
    vm: &mut Vm,
    src: &str,
    filename: &str,
    render: &mut dyn FnMut(&SyntaxError) -> String,
) -> Result<(), String> {
    let module = crate::syntax::parse(src).map_err(|e| render(&e))?;
    let code = compile_module(&module, filename).map_err(|e| render(&compile_error(src, &e)))?;
    let result = vm.run_module(code, src);
    vm.flush();
    result.map_err(|exc| {
        let sources = |f: &str| vm.source(f).map(str::to_string);
        traceback::render(&exc, &sources)
    })
}

/// Runs `f` on a thread with a deep stack, turning a panic into `Err` with its message.
pub fn with_big_stack<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, String> {
    let handle = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(f)
        .map_err(|e| format!("cannot start the interpreter thread: {e}"))?;
    handle.join().map_err(|p| {
        p.downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "unknown panic".into())
    })
}
