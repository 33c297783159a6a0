//! Code objects — CPython's `PyCodeObject`: instructions, constants, names, the
//! fast-locals table and one source position per instruction.

use std::rc::Rc;

use crate::ast::Pos;
use crate::runtime::{PyStr, Value};

/// One instruction: an opcode number (core or extension), the exception
/// handler that covers it and its argument (eight bytes in all).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instr {
    /// Opcode number; see [`super::op_info`].
    pub op: u16,
    /// 1 + index into [`Code::handlers`] of the handler an exception raised
    /// here goes to, or 0 for none. Reading it is the VM's whole handler
    /// lookup; `dis` prints the runs as CPython's exception table.
    pub exc: u16,
    /// Argument; jump targets are instruction indexes.
    pub arg: u32,
}

impl Instr {
    /// An instruction outside any exception handler's range.
    pub fn new(op: u16, arg: u32) -> Instr {
        Instr { op, exc: 0, arg }
    }
}

/// Where an exception raised in a protected range goes (an entry of CPython's
/// exception table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExcHandler {
    /// Instruction index of the handler.
    pub target: u32,
    /// Stack depth (above the locals) to unwind to before pushing the exception.
    pub depth: u32,
    /// Whether the offset of the raising instruction is pushed first.
    pub lasti: bool,
}

/// A compiled code object.
#[derive(Debug)]
pub struct Code {
    /// `co_name`.
    pub name: Rc<PyStr>,
    /// `co_qualname`.
    pub qualname: Rc<PyStr>,
    /// `co_filename`.
    pub filename: Rc<str>,
    /// `co_firstlineno`.
    pub firstlineno: u32,
    /// The instructions.
    pub instrs: Vec<Instr>,
    /// One inline cache per instruction (used by the attribute opcodes).
    pub caches: Box<[crate::runtime::object::InlineCache]>,
    /// Exception handlers, indexed by [`Instr::exc`] - 1.
    pub handlers: Vec<ExcHandler>,
    /// Source position of each instruction (`co_positions`); line 0 means none.
    pub positions: Vec<Pos>,
    /// `co_consts`.
    pub consts: Vec<Value>,
    /// `co_names`: global, attribute and module-level names.
    pub names: Vec<Rc<PyStr>>,
    /// `co_varnames`: parameters first, then the other locals that are not cells.
    pub varnames: Vec<Rc<PyStr>>,
    /// The name of every fast slot: `varnames`, then the cells that are not
    /// parameters, then `freevars` (CPython's "localsplus").
    pub localsplus: Vec<Rc<PyStr>>,
    /// `co_cellvars`: the locals that live in cells.
    pub cellvars: Vec<Rc<PyStr>>,
    /// `co_freevars`: variables of enclosing functions; their slots follow the locals.
    pub freevars: Vec<Rc<PyStr>>,
    /// `co_argcount`: positional parameters, positional-only ones included.
    pub argcount: usize,
    /// `co_posonlyargcount`.
    pub posonlyargcount: usize,
    /// `co_kwonlyargcount`.
    pub kwonlyargcount: usize,
    /// Whether it takes `*args` (`CO_VARARGS`); its slot follows the keyword-only ones.
    pub varargs: bool,
    /// Whether it takes `**kwargs` (`CO_VARKEYWORDS`); its slot comes last.
    pub varkw: bool,
    /// Whether calling it makes a generator (`CO_GENERATOR`), or a coroutine
    /// when `coroutine` is set too.
    pub generator: bool,
    /// Whether it is an `async def`'s code (`CO_COROUTINE`): calling it makes
    /// a coroutine.
    pub coroutine: bool,
    /// `co_stacksize`: the deepest the value stack gets.
    pub stacksize: usize,
    /// Whether names resolve in a module namespace (`LOAD_NAME`) rather than fast locals.
    pub is_module: bool,
}

impl Code {
    /// Whether `n` positional arguments and no keywords bind one to one to
    /// the parameters: no defaults to fill, no `*args`, `**kwargs` or
    /// keyword-only parameters.
    #[inline]
    pub fn takes_exactly(&self, n: usize) -> bool {
        n == self.argcount && self.kwonlyargcount == 0 && !self.varargs && !self.varkw
    }

    /// A `co_*` attribute of the code object, `None` for other names.
    pub fn attribute(&self, name: &str) -> Option<Value> {
        let strs =
            |v: &[Rc<PyStr>]| Value::tuple(v.iter().map(|s| Value::Str(s.clone())).collect());
        let count = |n: usize| Value::Int(n as i64);
        Some(match name {
            "co_name" => Value::Str(self.name.clone()),
            "co_qualname" => Value::Str(self.qualname.clone()),
            "co_filename" => Value::str(&self.filename),
            "co_firstlineno" => count(self.firstlineno as usize),
            "co_argcount" => count(self.argcount),
            "co_posonlyargcount" => count(self.posonlyargcount),
            "co_kwonlyargcount" => count(self.kwonlyargcount),
            "co_nlocals" => count(self.varnames.len()),
            "co_stacksize" => count(self.stacksize),
            "co_varnames" => strs(&self.varnames),
            "co_cellvars" => strs(&self.cellvars),
            "co_freevars" => strs(&self.freevars),
            "co_names" => strs(&self.names),
            "co_consts" => Value::tuple(self.consts.clone()),
            "co_flags" => count(self.flags()),
            _ => return None,
        })
    }

    /// `co_flags`: CPython's `CO_*` bits for what this code is.
    pub fn flags(&self) -> usize {
        if self.is_module {
            return 0;
        }
        let mut flags = 0x1 | 0x2; // CO_OPTIMIZED | CO_NEWLOCALS
        if self.varargs {
            flags |= 0x4;
        }
        if self.varkw {
            flags |= 0x8;
        }
        if self.qualname.as_str().contains("<locals>") {
            flags |= 0x10; // CO_NESTED
        }
        flags |= match (self.generator, self.coroutine) {
            (true, true) => 0x80,
            (true, false) => 0x20,
            _ => 0,
        };
        flags
    }

    /// The name of a fast slot.
    pub fn slot_name(&self, slot: usize) -> Option<&Rc<PyStr>> {
        self.localsplus.get(slot)
    }

    /// Whether a fast slot holds a free variable (rather than a local or cell).
    pub fn is_free_slot(&self, slot: usize) -> bool {
        slot >= self.localsplus.len() - self.freevars.len()
    }
}
