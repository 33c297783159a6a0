//! `_fileio` — the file system calls `lib/io.py` builds `open()` on (CPython's
//! `Modules/_io/fileio.c`, reduced to whole-file reads and writes): errors are
//! `OSError` subclasses with CPython's errno and message.

use std::rc::Rc;

use crate::runtime::builtins::{Builtin, Kwargs};
use crate::runtime::{Exc, ExcType, Module, Value};
use crate::vm::Vm;

type R<T> = Result<T, Exc>;

/// Fills in the module.
pub fn init(_: &Vm, m: &Rc<Module>) -> R<()> {
    super::add_functions(m, FUNCTIONS);
    Ok(())
}

static FUNCTIONS: &[Builtin] = &[
    Builtin {
        name: "read",
        func: read,
    },
    Builtin {
        name: "write",
        func: write,
    },
];

fn path_arg(a: &[Value]) -> R<String> {
    match a.first() {
        Some(v) => v.str_like().map(str::to_string).ok_or_else(|| {
            Exc::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                v.type_name()
            ))
        }),
        None => Err(Exc::type_error("a path is required")),
    }
}

/// The `OSError` subclass and `[Errno N] message: 'path'` of an I/O error.
fn os_error(e: &std::io::Error, path: &str) -> Exc {
    use std::io::ErrorKind::*;
    let (ty, errno, msg) = match e.kind() {
        NotFound => (ExcType::FileNotFoundError, 2, "No such file or directory"),
        PermissionDenied => (ExcType::PermissionError, 13, "Permission denied"),
        AlreadyExists => (ExcType::FileExistsError, 17, "File exists"),
        IsADirectory => (ExcType::IsADirectoryError, 21, "Is a directory"),
        NotADirectory => (ExcType::NotADirectoryError, 20, "Not a directory"),
        _ => (
            ExcType::OSError,
            e.raw_os_error().unwrap_or(5),
            "Input/output error",
        ),
    };
    let e = Exc::with_args(ty, vec![Value::Int(errno as i64), Value::str(msg)]);
    *e.state().os_fields.borrow_mut() = Some(Box::new([
        Value::Int(errno as i64),
        Value::str(msg),
        Value::str(path),
        Value::None,
    ]));
    e
}

/// `read(path)`: the file's bytes.
fn read(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let path = path_arg(a)?;
    match std::fs::read(&path) {
        Ok(data) => Ok(Value::Bytes(data.into())),
        Err(e) => Err(os_error(&e, &path)),
    }
}

/// `write(path, data, how)`: `how` is `'w'` (truncate), `'a'` (append), `'x'`
/// (create, failing if it exists) or `'t'` (only create or truncate).
fn write(_: &Vm, a: &[Value], _: Kwargs<'_>) -> R<Value> {
    let path = path_arg(a)?;
    let data: Vec<u8> = match a.get(1) {
        Some(Value::Bytes(b)) => b.to_vec(),
        Some(v) => match v.str_like() {
            Some(s) => s.as_bytes().to_vec(),
            None => return Err(Exc::type_error("write() needs str or bytes")),
        },
        None => Vec::new(),
    };
    let how = a.get(2).and_then(|v| v.str_like()).unwrap_or("w");
    let mut opts = std::fs::OpenOptions::new();
    match how {
        "a" => opts.append(true).create(true),
        "x" => opts.write(true).create_new(true),
        _ => opts.write(true).create(true).truncate(true),
    };
    let r = opts.open(&path).and_then(|mut f| {
        use std::io::Write as _;
        f.write_all(&data)
    });
    r.map_err(|e| os_error(&e, &path))?;
    Ok(Value::None)
}
