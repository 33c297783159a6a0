//! The pipeline end to end, as the CLI and the snapshot harness use it: read a
//! file, parse, compile, disassemble or run, and render errors as CPython does.

use std::path::Path;

use crate::ast::dump::{DumpOptions, dump_module};
use crate::compile::{CompileError, compile_module};
use crate::error::SyntaxError;
use crate::runtime::{Exc, ExcType, Value};
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
    decode_source(bytes, &shown.to_string())
}

/// Decodes a source file as CPython's tokenizer does: a UTF-8 byte order mark
/// is dropped, and a coding cookie (`# -*- coding: latin-1 -*-`) on the first
/// or second line selects the encoding; the default is UTF-8.
pub fn decode_source(bytes: Vec<u8>, shown: &str) -> Result<String, String> {
    let bom = bytes.starts_with(b"\xef\xbb\xbf");
    let body = if bom { &bytes[3..] } else { &bytes[..] };
    let cookie = coding_cookie(body);
    if let Some(name) = &cookie {
        let normal = normal_encoding_name(name);
        if bom && normal != "utf-8" {
            return Err(format!("SyntaxError: encoding problem: {name} with BOM"));
        }
        match normal.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => {}
            "iso-8859-1" | "latin1" | "l1" | "iso8859-1" | "8859" | "cp819" | "latin" => {
                return Ok(body.iter().map(|&b| b as char).collect());
            }
            "ascii" | "us-ascii" | "646" => {
                if let Some(at) = body.iter().position(|&b| b >= 0x80) {
                    return Err(undecodable(body, at, shown));
                }
            }
            other => {
                let Some(enc) = encoding_rs::Encoding::for_label(other.as_bytes()) else {
                    return Err(format!("SyntaxError: unknown encoding: {name}"));
                };
                let (text, had_errors) = enc.decode_without_bom_handling(body);
                if had_errors {
                    return Err(format!(
                        "SyntaxError: '{other}' codec can't decode the source of {shown}"
                    ));
                }
                return Ok(text.into_owned());
            }
        }
    }
    String::from_utf8(body.to_vec()).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        undecodable(e.as_bytes(), at, shown)
    })
}

fn undecodable(bytes: &[u8], at: usize, shown: &str) -> String {
    let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    format!(
        "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {shown} on line {line}, but no encoding declared",
        bytes[at]
    )
}

/// The encoding named by a coding cookie on line 1, or on line 2 when line 1
/// holds only a comment or blanks.
fn coding_cookie(src: &[u8]) -> Option<String> {
    let mut lines = src.split(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = cookie_in(first) {
        return Some(name);
    }
    let blank_or_comment = first
        .iter()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\x0c' | b'\r'))
        .is_none_or(|&b| b == b'#');
    if !blank_or_comment {
        return None;
    }
    cookie_in(lines.next()?)
}

/// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`, CPython's cookie pattern.
fn cookie_in(line: &[u8]) -> Option<String> {
    let start = line
        .iter()
        .position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[start] != b'#' {
        return None;
    }
    let text = String::from_utf8_lossy(&line[start..]);
    let at = text.find("coding")?;
    let rest = text[at + 6..].strip_prefix([':', '='])?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let name: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    (!name.is_empty()).then_some(name)
}

/// CPython's `get_normal_name`: lower case, `_` as `-`, and the UTF-8 and
/// Latin-1 spellings folded to `utf-8` and `iso-8859-1`.
fn normal_encoding_name(name: &str) -> String {
    let lower = name.to_ascii_lowercase().replace('_', "-");
    let family = |base: &str| lower == base || lower.starts_with(&format!("{base}-"));
    if family("utf-8") {
        "utf-8".into()
    } else if family("latin-1") || family("iso-8859-1") || family("iso-latin-1") {
        "iso-8859-1".into()
    } else {
        lower
    }
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
    let vm = Vm::capturing();
    let status = run_in(&vm, src, filename, &mut |e| {
        render_syntax_error(e, filename, src)
    });
    let (stdout, mut stderr) = vm.take_output();
    let status = match status {
        Ok(()) => 0,
        Err((text, status)) => {
            stderr.push_str(&text);
            status
        }
    };
    RunOutput {
        stdout,
        stderr,
        status,
    }
}

/// Runs `src` on `vm`; `Err` holds the text to print on stderr (a rendered
/// syntax error or a traceback) and the exit status.
pub fn run_in(
    vm: &Vm,
    src: &str,
    filename: &str,
    render: &mut dyn FnMut(&SyntaxError) -> String,
) -> Result<(), (String, i32)> {
    let module = crate::syntax::parse(src).map_err(|e| (render(&e), 1))?;
    let code =
        compile_module(&module, filename).map_err(|e| (render(&compile_error(src, &e)), 1))?;
    // Rendering a traceback may call a user `__str__`.
    let _current = vm.enter();
    let dir = Path::new(filename).parent().unwrap_or(Path::new(""));
    *vm.search_dir.borrow_mut() = Some(if dir.as_os_str().is_empty() {
        Path::new(".").to_path_buf()
    } else {
        dir.to_path_buf()
    });
    if vm.argv.borrow().is_empty() {
        vm.argv.borrow_mut().push(filename.to_string());
    }
    let result = vm.run_module(code, src);
    vm.flush();
    let status = match result {
        Ok(()) => 0,
        Err(exc) => {
            let (text, status) = if exc.is(ExcType::SystemExit) {
                system_exit(vm, &exc)
            } else {
                let sources = |f: &str| vm.source(f).map(|s| s.to_string());
                (traceback::render(&exc, &sources), 1)
            };
            vm.write_stderr(&text);
            status
        }
    };
    // The traceback is printed before the objects it kept alive are finalized.
    vm.shutdown();
    if status == 0 {
        Ok(())
    } else {
        Err((String::new(), status))
    }
}

/// What an uncaught `SystemExit` does (CPython's `handle_system_exit`): its
/// code is the exit status, `None` is 0, anything else is printed and exits 1.
fn system_exit(vm: &Vm, exc: &Exc) -> (String, i32) {
    let args = match &*exc.state().args.borrow() {
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    };
    let code = match args.len() {
        0 => Value::None,
        1 => args[0].clone(),
        _ => Value::tuple(args),
    };
    match code {
        Value::None => (String::new(), 0),
        Value::Int(i) => (String::new(), i as i32),
        Value::Bool(b) => (String::new(), b as i32),
        other => match vm.to_str(&other) {
            Ok(s) => (format!("{s}\n"), 1),
            Err(_) => (String::new(), 1),
        },
    }
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
