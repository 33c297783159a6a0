//! The compiler — CPython's `Python/compile.c` and `flowgraph.c`: AST → code objects.
//!
//! [`Compiler`] is also the API extension compile steps use: [`Compiler::emit`],
//! labels ([`Compiler::new_label`], [`Compiler::bind`]), [`Compiler::expr`] and
//! [`Compiler::stmts`] for children, [`Compiler::jump_if`] for conditions, and
//! [`Compiler::loop_body`] to make `break`/`continue` target a loop.

mod class;
mod comprehension;
mod exceptions;
mod expr;
mod fold;
mod fstring;
mod pattern;
mod peephole;
mod stmt;
pub mod symtable;

use std::collections::HashMap;
use std::rc::Rc;

use thiserror::Error;

use crate::ast::*;
use crate::bytecode::{Code, Instr, OpInfo, Opcode, op_info};
use crate::runtime::{PyStr, Value, intern};
use expr::two_part_slice;
use symtable::{Scope, ScopeKind, SymTable};

/// The position of an instruction that has no source location of its own; a
/// later pass gives it the position of the instruction before it (CPython's
/// `NO_LOCATION` and `propagate_line_numbers`).
pub const NO_LOCATION: Pos = Pos {
    lineno: u32::MAX,
    col_offset: 0,
    end_lineno: u32::MAX,
    end_col_offset: 0,
};

/// CPython's limit on values a display pushes before switching to append-style
/// building (`STACK_USE_GUIDELINE`).
const STACK_USE_GUIDELINE: usize = 30;

/// An error found while compiling (CPython raises these as `SyntaxError` too).
#[derive(Debug, Clone, Error)]
#[error("{msg}")]
pub struct CompileError {
    /// The exception type: `SyntaxError`, or `NotImplementedError` for syntax
    /// that parses but that this compiler cannot translate yet.
    pub kind: &'static str,
    /// CPython's message (`'break' outside loop`).
    pub msg: String,
    /// Where.
    pub pos: Pos,
}

type R = Result<(), CompileError>;

/// Where a name lives in the code being compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameSite {
    /// A fast local in this slot.
    Fast(u32),
    /// A cell or free variable in this slot.
    Deref(u32),
    /// The module namespace, seen from a function or declared `global`.
    Global,
    /// The namespace of module or class code (`LOAD_NAME`).
    Namespace,
}

/// What a display with `*` elements builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DisplayKind {
    /// `[...]`
    List,
    /// `(...)` (built as a list, then converted)
    Tuple,
    /// `{...}`
    Set,
}

/// A jump target; bind it with [`Compiler::bind`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label(u32);

/// The targets `break` and `continue` use inside a loop body.
#[derive(Debug, Clone, Copy)]
struct LoopTargets {
    continue_to: Label,
    break_to: Label,
    /// Values the loop keeps on the stack (a `for` loop's iterator) that `break` pops.
    pops_on_break: u32,
}

/// A block of the statement being compiled that `break`, `continue` and
/// `return` must leave in order (CPython's `fblockinfo`).
#[derive(Debug, Clone, Copy)]
enum FBlock {
    /// A loop body.
    Loop(LoopTargets),
    /// The body of a `try` with handlers.
    TryExcept,
    /// The body of a `try` with a `finally`; leaving it runs the finally body,
    /// whose statements these are. The pointer is into the module being
    /// compiled, which outlives the compiler.
    FinallyTry(*const [Stmt]),
    /// The exception path of a `finally` body (the exception is on the stack).
    FinallyEnd,
    /// An `except` body, with the name its exception is bound to.
    HandlerCleanup(Option<*const str>),
    /// The part of an `except` clause that runs before its body.
    ExceptionHandler,
    /// The clauses of a `try`/`except*`, which nothing may leave early.
    ExceptionGroupHandler,
    /// A `with` body (the statement's position for the `__exit__` call);
    /// `true` for `async with`, whose `__aexit__` is awaited.
    With(Pos, bool),
    /// A value kept on the stack while a finally body runs for a `return`.
    PopValue,
}

/// One code object being built.
struct Unit {
    name: String,
    qualname: String,
    firstlineno: u32,
    kind: ScopeKind,
    instrs: Vec<Instr>,
    positions: Vec<Pos>,
    consts: Vec<Value>,
    const_index: HashMap<(u8, String), u32>,
    names: Vec<Rc<PyStr>>,
    name_index: HashMap<String, u32>,
    /// `co_varnames`: parameters and the locals that are not cells.
    varnames: Vec<Rc<PyStr>>,
    /// Every fast slot: `varnames`, then cells that are not parameters, then
    /// free variables (CPython's "localsplus" layout).
    slots: Vec<Rc<PyStr>>,
    cells: Vec<String>,
    frees: Vec<String>,
    /// Names declared `global` in this code.
    globals: Vec<String>,
    argcount: usize,
    posonlyargcount: usize,
    kwonlyargcount: usize,
    varargs: bool,
    varkw: bool,
    /// Parameters of every kind (bound when the frame starts).
    nparams: usize,
    labels: Vec<Option<u32>>,
    /// Constants folded from built tuples, added after all others as CPython's
    /// flow-graph optimiser adds them: (instruction index, value).
    late_consts: Vec<(usize, Value)>,
    fblocks: Vec<FBlock>,
    /// Names bound only by inlined comprehensions (see `Scope::comp_only`).
    comp_only: Vec<String>,
    /// Whether this is a generator function's code (a coroutine's too).
    generator: bool,
    /// Whether this is an `async def`'s code.
    coroutine: bool,
    /// Names bound by the comprehensions being compiled, innermost last.
    comp_active: Vec<String>,
    /// The class name private names are mangled with (`Scope::private`).
    private: Option<String>,
    pos: Pos,
}

/// Builds code objects from an analysed module.
pub struct Compiler<'a> {
    filename: Rc<str>,
    symtable: &'a SymTable,
    /// Folded values of constant expressions, by node address (see `fold`).
    folded: std::collections::HashMap<usize, Value>,
    unit: Unit,
    outer: Vec<Unit>,
    /// `from __future__ import annotations`: annotations are kept as their
    /// source text, never evaluated.
    future_annotations: bool,
}

/// Compiles a module to its code object.
pub fn compile_module(module: &Module, filename: &str) -> Result<Rc<Code>, CompileError> {
    reject_surrogates(module)?;
    let symtable = SymTable::build(module)?;
    let scope = symtable.scope(module);
    let mut c = Compiler {
        filename: filename.into(),
        symtable: &symtable,
        folded: fold::fold_module(module),
        unit: Unit::new("<module>".into(), "<module>".into(), 1, scope),
        outer: Vec::new(),
        future_annotations: future_annotations(&module.body),
    };
    // Cells of inlined comprehensions are made before `RESUME`, without a line.
    c.unit.pos = NO_LOCATION;
    for cell in c.unit.cells.clone() {
        let slot = c.cell_slot(&cell);
        c.emit(Opcode::MAKE_CELL, slot);
    }
    c.unit.pos = Pos::default();
    c.emit(Opcode::RESUME, 0);
    let mut body = &module.body[..];
    if let Some(first) = body.first()
        && has_annotations(body)
    {
        c.set_pos(first.pos);
        c.emit(Opcode::SETUP_ANNOTATIONS, 0);
    }
    if let Some((doc, first)) = docstring(body) {
        c.set_pos(first.pos);
        c.load_const(Value::str(doc));
        c.store_name("__doc__");
        body = &body[1..];
    }
    c.stmts(body)?;
    // The implicit `return None` has no line of its own.
    c.unit.pos = NO_LOCATION;
    let none = c.add_const(Value::None);
    c.emit(Opcode::RETURN_CONST, none);
    Ok(Rc::new(c.finish_unit()))
}

fn const_key(v: &Value) -> Option<(u8, String)> {
    let tag = match v {
        Value::None => 0,
        Value::Bool(_) => 1,
        Value::Int(_) | Value::BigInt(_) => 2,
        Value::Float(_) => 3,
        Value::Complex(..) => 4,
        Value::Str(_) => 5,
        Value::Bytes(_) => 6,
        Value::Tuple(_) => 7,
        Value::Ellipsis => 8,
        Value::FrozenSet(_) => 9,
        _ => return None,
    };
    // The repr distinguishes 0.0 from -0.0 and, with the tag, 1 from 1.0 and True.
    Some((tag, format!("{v:?}")))
}

impl peephole::Consts for Unit {
    fn get(&self, index: u32) -> Value {
        self.consts
            .get(index as usize)
            .cloned()
            .unwrap_or(Value::Null)
    }
    fn add(&mut self, v: Value) -> u32 {
        add_const_to(&mut self.consts, &mut self.const_index, v)
    }
}

/// Adds a constant to a table, reusing an equal one; returns its index.
fn add_const_to(consts: &mut Vec<Value>, index: &mut HashMap<(u8, String), u32>, v: Value) -> u32 {
    if let Some(key) = const_key(&v) {
        if let Some(&i) = index.get(&key) {
            return i;
        }
        index.insert(key, consts.len() as u32);
    }
    consts.push(v);
    consts.len() as u32 - 1
}

impl Unit {
    fn new(name: String, qualname: String, firstlineno: u32, scope: &Scope) -> Unit {
        // CPython sorts cell and free variable names.
        let mut cells = scope.cells.clone();
        cells.sort();
        let mut frees = scope.frees.clone();
        frees.sort();
        let varnames: Vec<Rc<PyStr>> = scope
            .locals
            .iter()
            .enumerate()
            .filter(|(i, l)| *i < scope.nparams || !cells.contains(l))
            .map(|(_, l)| intern(l))
            .collect();
        let mut slots = varnames.clone();
        slots.extend(
            cells
                .iter()
                .filter(|c| !varnames.iter().any(|v| v.as_str() == c.as_str()))
                .map(|c| intern(c)),
        );
        slots.extend(frees.iter().map(|f| intern(f)));
        Unit {
            name,
            qualname,
            firstlineno,
            kind: scope.kind,
            instrs: Vec::new(),
            positions: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames,
            slots,
            cells,
            frees,
            globals: scope.globals.clone(),
            argcount: scope.argcount,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            varargs: false,
            varkw: false,
            nparams: scope.nparams,
            labels: Vec::new(),
            late_consts: Vec::new(),
            fblocks: Vec::new(),
            comp_only: scope.comp_only.clone(),
            generator: scope.generator || scope.coroutine,
            coroutine: scope.coroutine,
            comp_active: Vec::new(),
            private: scope.private.clone(),
            pos: Pos::default(),
        }
    }
}

impl<'a> Compiler<'a> {
    // ------------------------------------------------------------ the emit API

    /// Emits a core instruction at the current source position.
    pub fn emit(&mut self, op: Opcode, arg: u32) {
        self.unit.instrs.push(Instr::new(op as u16, arg));
        self.unit.positions.push(self.unit.pos);
    }

    /// Emits an extension's instruction (registered by its extension).
    pub fn emit_ext(&mut self, op: &'static OpInfo, arg: u32) {
        let n = crate::extension::ext_opcode_number(op);
        self.unit.instrs.push(Instr::new(n, arg));
        self.unit.positions.push(self.unit.pos);
    }

    /// Emits an extension's jump instruction to `target`.
    pub fn emit_ext_jump(&mut self, op: &'static OpInfo, target: Label) {
        self.emit_ext(op, target.0);
    }

    /// Emits a core jump instruction to `target`.
    pub fn emit_jump(&mut self, op: Opcode, target: Label) {
        debug_assert!(crate::bytecode::CORE_OPCODES[op as usize].is_jump());
        self.emit(op, target.0);
    }

    /// A new, unbound label.
    pub fn new_label(&mut self) -> Label {
        self.unit.labels.push(None);
        Label(self.unit.labels.len() as u32 - 1)
    }

    /// Binds `label` to the next instruction.
    pub fn bind(&mut self, label: Label) {
        self.unit.labels[label.0 as usize] = Some(self.unit.instrs.len() as u32);
    }

    /// Moves the instructions from `from` to the end so that they start at
    /// `dest`, labels and folded constants following their instructions.
    /// CPython compiles some code after code it is laid out before (an
    /// `except*`'s `else` block comes after the handlers, which it moves to
    /// the end as cold blocks); compiling in its order numbers names and
    /// constants as it does.
    pub fn move_tail(&mut self, from: usize, dest: usize) {
        let u = &mut self.unit;
        let len = u.instrs.len();
        let k = len - from;
        u.instrs[dest..].rotate_right(k);
        u.positions[dest..].rotate_right(k);
        let map = |i: usize| match i {
            i if i < dest || i >= len => i,
            i if i < from => i + k,
            i => i - (from - dest),
        };
        for l in u.labels.iter_mut().flatten() {
            *l = map(*l as usize) as u32;
        }
        for (i, _) in u.late_consts.iter_mut() {
            *i = map(*i);
        }
    }

    /// Sets the source position of the instructions emitted next; returns the old one.
    pub fn set_pos(&mut self, pos: Pos) -> Pos {
        std::mem::replace(&mut self.unit.pos, pos)
    }

    /// Adds a constant; returns its index.
    pub fn add_const(&mut self, v: Value) -> u32 {
        add_const_to(&mut self.unit.consts, &mut self.unit.const_index, v)
    }

    /// Emits `LOAD_CONST` of `v`.
    pub fn load_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Opcode::LOAD_CONST, i);
    }

    /// `name` as the current code spells it: private names are mangled
    /// inside a class ([`crate::text::mangle`]).
    pub(crate) fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        crate::text::mangle(self.unit.private.as_deref(), name)
    }

    /// The `co_names` index of an attribute name (mangled when private).
    pub(crate) fn attr_index(&mut self, attr: &str) -> u32 {
        let attr = self.mangle(attr).into_owned();
        self.name_index(&attr)
    }

    pub(crate) fn name_index(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.unit.name_index.get(name) {
            return i;
        }
        let i = self.unit.names.len() as u32;
        self.unit.names.push(intern(name));
        self.unit.name_index.insert(name.to_string(), i);
        i
    }

    /// Compiles `body` as a loop body whose `continue` jumps to `continue_to` and
    /// whose `break` pops `pops_on_break` values and jumps to `break_to`.
    pub fn loop_body(
        &mut self,
        continue_to: Label,
        break_to: Label,
        pops_on_break: u32,
        body: impl FnOnce(&mut Self) -> R,
    ) -> R {
        self.unit.fblocks.push(FBlock::Loop(LoopTargets {
            continue_to,
            break_to,
            pops_on_break,
        }));
        let r = body(self);
        self.unit.fblocks.pop();
        r
    }

    pub(crate) fn error(&self, pos: Pos, msg: impl Into<String>) -> CompileError {
        CompileError {
            kind: "SyntaxError",
            msg: msg.into(),
            pos,
        }
    }

    /// The error for syntax the compiler does not translate yet (`what` names it).
    pub(crate) fn unsupported(&self, pos: Pos, what: &str) -> CompileError {
        CompileError {
            kind: "NotImplementedError",
            msg: format!("pyforge cannot compile {what} yet"),
            pos,
        }
    }

    /// An annotation's value as the compiler emits it: its source text under
    /// `from __future__ import annotations`, else `None` (it is evaluated).
    pub(crate) fn annotation_text(&self, annotation: &Expr) -> Option<Value> {
        self.future_annotations
            .then(|| Value::str(&crate::ast::unparse::unparse(annotation)))
    }

    /// Pushes a function's annotations as a tuple of name and value pairs
    /// (CPython's order: positional, positional-only, `*args`, keyword-only,
    /// `**kwargs`, `return`); false when it has none.
    pub(crate) fn function_annotations(
        &mut self,
        args: &Arguments,
        returns: Option<&Expr>,
        pos: Pos,
    ) -> Result<bool, CompileError> {
        let mut items: Vec<(&str, &Expr)> = Vec::new();
        for a in args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg)
        {
            if let Some(an) = &a.annotation {
                items.push((&a.arg, an));
            }
        }
        if let Some(r) = returns {
            items.push(("return", r));
        }
        if items.is_empty() {
            return Ok(false);
        }
        let consts: Option<Vec<Value>> = items
            .iter()
            .flat_map(|(name, an)| {
                [
                    Some(Value::str(&self.mangle(name))),
                    self.annotation_text(an).or_else(|| self.literal(an)),
                ]
            })
            .collect();
        if let Some(values) = consts {
            self.load_folded_tuple(values, pos);
            return Ok(true);
        }
        for (name, an) in &items {
            self.set_pos(pos);
            let key = Value::str(&self.mangle(name));
            self.load_const(key);
            match self.annotation_text(an) {
                Some(text) => self.load_const(text),
                None => self.expr(an)?,
            }
        }
        self.set_pos(pos);
        self.emit(Opcode::BUILD_TUPLE, 2 * items.len() as u32);
        Ok(true)
    }

    // ------------------------------------------------------------ finishing

    pub(crate) fn finish_unit(&mut self) -> Code {
        for (at, v) in std::mem::take(&mut self.unit.late_consts) {
            self.unit.instrs[at].arg = self.add_const(v);
        }
        // The flow-graph passes whose effect `dis` shows, in CPython's order.
        let mut instrs = std::mem::take(&mut self.unit.instrs);
        let mut positions = std::mem::take(&mut self.unit.positions);
        let mut labels = std::mem::take(&mut self.unit.labels);
        peephole::thread_jumps(&mut instrs, &labels);
        peephole::inline_exit_blocks(&mut instrs, &mut positions, &mut labels);
        peephole::remove_dead_code(&mut instrs, &mut positions, &mut labels);
        peephole::optimize_pairs(&mut instrs, &labels, &mut self.unit);
        peephole::optimize_swaps(&mut instrs, &mut positions, &labels);
        // CPython's `remove_redundant_nops_and_pairs`, to a fixed point.
        loop {
            let removed = peephole::remove_redundant_nops(&mut instrs, &mut positions, &mut labels);
            let pairs = peephole::remove_dead_pairs(&mut instrs, &labels);
            if !removed && !pairs {
                break;
            }
        }
        peephole::remove_dead_code(&mut instrs, &mut positions, &mut labels);
        peephole::duplicate_exits(&mut instrs, &mut positions, &mut labels);
        peephole::propagate_line_numbers(&mut positions);
        let u = &mut self.unit;
        (u.instrs, u.positions, u.labels) = (instrs, positions, labels);
        if u.kind == ScopeKind::Function {
            peephole::load_fast_checks(&mut u.instrs, &u.labels, u.varnames.len(), u.nparams);
        }
        let deref_slots: Vec<bool> = u
            .slots
            .iter()
            .map(|n| u.cells.iter().chain(&u.frees).any(|c| c == n.as_str()))
            .collect();
        peephole::superinstructions(&mut u.instrs, &mut u.positions, &mut u.labels, &deref_slots);
        peephole::normalize_jumps(&mut u.instrs, &mut u.positions, &mut u.labels);
        let (mut handlers, stacksize) =
            exceptions::label_exception_targets(&mut u.instrs, &mut u.positions, &mut u.labels);
        for h in &mut handlers {
            h.target = u.labels[h.target as usize].expect("every handler label is bound");
        }
        // Jump arguments are label numbers up to here; an unconditional jump is
        // named for its direction.
        for (at, i) in u.instrs.iter_mut().enumerate() {
            if !op_info(i.op).is_jump() {
                continue;
            }
            i.arg = u.labels[i.arg as usize].expect("every jump target is bound");
            if i.op == Opcode::JUMP_FORWARD as u16 || i.op == Opcode::JUMP_BACKWARD as u16 {
                let back = i.arg as usize <= at;
                i.op = if back {
                    Opcode::JUMP_BACKWARD
                } else {
                    Opcode::JUMP_FORWARD
                } as u16;
            }
        }
        peephole::remove_unused_consts(&mut u.instrs, &mut u.consts);
        Code {
            name: intern(&u.name),
            qualname: intern(&u.qualname),
            filename: self.filename.clone(),
            firstlineno: u.firstlineno,
            caches: (0..u.instrs.len()).map(|_| Default::default()).collect(),
            instrs: std::mem::take(&mut u.instrs),
            handlers,
            positions: std::mem::take(&mut u.positions),
            consts: std::mem::take(&mut u.consts),
            names: std::mem::take(&mut u.names),
            varnames: std::mem::take(&mut u.varnames),
            localsplus: std::mem::take(&mut u.slots),
            cellvars: u.cells.iter().map(|c| intern(c)).collect(),
            freevars: u.frees.iter().map(|c| intern(c)).collect(),
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            varargs: u.varargs,
            varkw: u.varkw,
            generator: u.generator,
            coroutine: u.coroutine,
            stacksize,
            is_module: u.kind == ScopeKind::Module,
        }
    }

    // ------------------------------------------------------------ names

    /// `__qualname__` of a function or class defined in the current code.
    pub(crate) fn child_qualname(&self, name: &str) -> String {
        match self.unit.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{name}", self.unit.qualname),
            ScopeKind::Function => format!("{}.<locals>.{name}", self.unit.qualname),
            ScopeKind::Comprehension => unreachable!("comprehensions are inlined"),
        }
    }

    /// The slot of `name` among the fast locals, cells and free variables.
    fn slot_of(&self, name: &str) -> Option<u32> {
        self.unit
            .slots
            .iter()
            .position(|v| v.as_str() == name)
            .map(|i| i as u32)
    }

    /// Where `name` lives here (CPython's `compiler_nameop` scope decision):
    /// names bound by the comprehensions being compiled are fast (or cell)
    /// slots even in module and class code; a comprehension's names mean
    /// nothing outside it.
    pub(crate) fn name_site(&self, name: &str) -> NameSite {
        let name = &*self.mangle(name);
        let is_cell = || {
            self.unit
                .cells
                .iter()
                .chain(&self.unit.frees)
                .any(|c| c == name)
        };
        if self.unit.comp_active.iter().any(|n| n == name) {
            let slot = self.slot_of(name).expect("comprehension names have slots");
            return if is_cell() {
                NameSite::Deref(slot)
            } else {
                NameSite::Fast(slot)
            };
        }
        let function = self.unit.kind == ScopeKind::Function;
        if self.is_declared_global(name) {
            return NameSite::Global;
        }
        // Inside a class body's comprehension the class's names are hidden:
        // a name is an enclosing function's variable or a global.
        if self.unit.kind == ScopeKind::Class && !self.unit.comp_active.is_empty() {
            return match self.unit.frees.iter().any(|c| c == name) {
                true => NameSite::Deref(self.cell_slot(name)),
                false => NameSite::Global,
            };
        }
        if !self.unit.comp_only.iter().any(|n| n == name) {
            if let (true, Some(slot)) = (is_cell(), self.slot_of(name)) {
                return NameSite::Deref(slot);
            }
            if function && let Some(slot) = self.slot_of(name) {
                return NameSite::Fast(slot);
            }
        }
        if function {
            NameSite::Global
        } else {
            NameSite::Namespace
        }
    }

    /// The fast slot of `name` if it is a plain local here.
    pub(crate) fn local_slot(&self, name: &str) -> Option<u32> {
        match self.name_site(name) {
            NameSite::Fast(slot) => Some(slot),
            _ => None,
        }
    }

    /// The slot of `name` if it is a cell or free variable here.
    pub(crate) fn deref_slot(&self, name: &str) -> Option<u32> {
        match self.name_site(name) {
            NameSite::Deref(slot) => Some(slot),
            _ => None,
        }
    }

    /// The slot of a cell or free variable by name, wherever it is used (the
    /// prologue's `MAKE_CELL`, a closure tuple).
    pub(crate) fn cell_slot(&self, name: &str) -> u32 {
        self.slot_of(&self.mangle(name))
            .expect("cells and free variables have slots")
    }

    /// Emits the load, store or delete of `name` for its site.
    fn name_op(&mut self, name: &str, ops: [Opcode; 4]) {
        let name = &*self.mangle(name).into_owned();
        let [fast, deref, global, namespace] = ops;
        match self.name_site(name) {
            NameSite::Fast(slot) => self.emit(fast, slot),
            NameSite::Deref(slot) => self.emit(deref, slot),
            NameSite::Global => {
                let i = self.name_index(name);
                // `LOAD_GLOBAL`'s argument also carries the push-NULL bit.
                let arg = if global == Opcode::LOAD_GLOBAL {
                    i << 1
                } else {
                    i
                };
                self.emit(global, arg);
            }
            NameSite::Namespace => {
                let i = self.name_index(name);
                self.emit(namespace, i);
            }
        }
    }

    pub(crate) fn load_name(&mut self, name: &str, pos: Pos) {
        self.set_pos(pos);
        use Opcode::*;
        self.name_op(name, [LOAD_FAST, LOAD_DEREF, LOAD_GLOBAL, LOAD_NAME]);
    }

    /// Whether a `global` statement of this scope declares `name`.
    pub(crate) fn is_declared_global(&self, name: &str) -> bool {
        let name = &*self.mangle(name);
        self.unit.globals.iter().any(|g| g == name)
    }

    pub(crate) fn store_name(&mut self, name: &str) {
        use Opcode::*;
        self.name_op(name, [STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME]);
    }

    /// Compiles `del target`.
    pub fn delete(&mut self, target: &Expr) -> R {
        self.set_pos(target.pos);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                use Opcode::*;
                self.name_op(id, [DELETE_FAST, DELETE_DEREF, DELETE_GLOBAL, DELETE_NAME]);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_pos(target.pos);
                self.emit(Opcode::DELETE_SUBSCR, 0);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.set_pos(target.pos);
                let i = self.attr_index(attr);
                self.emit(Opcode::DELETE_ATTR, i);
            }
            _ => return Err(self.error(target.pos, "cannot delete expression")),
        }
        Ok(())
    }

    /// Stores the value on top of the stack into an assignment target.
    pub fn store(&mut self, target: &Expr) -> R {
        self.set_pos(target.pos);
        match &target.kind {
            ExprKind::Name { id, .. } => self.store_name(id),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.set_pos(target.pos);
                let i = self.attr_index(attr);
                self.emit(Opcode::STORE_ATTR, i);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                if let Some((lower, upper)) = two_part_slice(slice) {
                    self.slice_bounds(lower, upper)?;
                    self.set_pos(target.pos);
                    self.emit(Opcode::STORE_SLICE, 0);
                } else {
                    self.expr(slice)?;
                    self.set_pos(target.pos);
                    self.emit(Opcode::STORE_SUBSCR, 0);
                }
            }
            ExprKind::Starred { .. } => {
                return Err(self.error(
                    target.pos,
                    "starred assignment target must be in a list or tuple",
                ));
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let stars: Vec<usize> = elts
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches!(e.kind, ExprKind::Starred { .. }))
                    .map(|(i, _)| i)
                    .collect();
                match stars[..] {
                    [] => self.emit(Opcode::UNPACK_SEQUENCE, elts.len() as u32),
                    [i] => {
                        let after = elts.len() - i - 1;
                        if i >= 256 || after >= (1 << 24) {
                            return Err(self.error(
                                target.pos,
                                "too many expressions in star-unpacking assignment",
                            ));
                        }
                        self.emit(Opcode::UNPACK_EX, (i | after << 8) as u32);
                    }
                    [_, second, ..] => {
                        return Err(self.error(
                            elts[second].pos,
                            "multiple starred expressions in assignment",
                        ));
                    }
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.store(value)?,
                        _ => self.store(e)?,
                    }
                }
            }
            _ => return Err(self.error(target.pos, "cannot assign to expression")),
        }
        Ok(())
    }
}

/// `BINARY_OP`'s operator number for an AST operator (`NB_*`).
pub fn nb_op(op: Operator) -> u32 {
    match op {
        Operator::Add => 0,
        Operator::BitAnd => 1,
        Operator::FloorDiv => 2,
        Operator::LShift => 3,
        Operator::MatMult => 4,
        Operator::Mult => 5,
        Operator::Mod => 6,
        Operator::BitOr => 7,
        Operator::Pow => 8,
        Operator::RShift => 9,
        Operator::Sub => 10,
        Operator::Div => 11,
        Operator::BitXor => 12,
    }
}

/// The VM's strings are UTF-8 and cannot hold a lone surrogate: such a literal
/// is refused rather than silently changed.
fn reject_surrogates(module: &Module) -> Result<(), CompileError> {
    let mut exprs: Vec<&Expr> = Vec::new();
    let mut stmts: Vec<&Stmt> = module.body.iter().collect();
    while let Some(s) = stmts.pop() {
        walk_stmt_children(s, &mut |c| match c {
            Child::Expr(e) => exprs.push(e),
            Child::Stmts(b) => stmts.extend(b),
        });
        while let Some(e) = exprs.pop() {
            if let ExprKind::Constant {
                value: Constant::SurrogateStr(_),
                ..
            } = e.kind
            {
                return Err(CompileError {
                    kind: "NotImplementedError",
                    msg: "pyforge cannot compile strings with lone surrogates yet".into(),
                    pos: e.pos,
                });
            }
            walk_expr_children(e, &mut |c| exprs.push(c));
        }
    }
    Ok(())
}

/// The runtime value of a literal.
pub fn constant_value(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => Value::int(i.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex(i) => Value::Complex(0.0, *i),
        Constant::Str(s) => Value::Str(intern(s)),
        // `compile_module` rejects these before any constant is built.
        Constant::SurrogateStr(cps) => Value::Str(intern(
            &cps.iter()
                .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                .collect::<String>(),
        )),
        Constant::Bytes(b) => Value::Bytes(b.as_slice().into()),
        Constant::Ellipsis => Value::Ellipsis,
    }
}

/// The docstring of a body: its first statement when that is a string literal.
/// Whether the module starts (after its docstring) with
/// `from __future__ import annotations` among its future statements.
fn future_annotations(body: &[Stmt]) -> bool {
    let start = usize::from(docstring(body).is_some());
    body[start..]
        .iter()
        .map_while(|s| match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } if m == "__future__" => Some(names),
            _ => None,
        })
        .flatten()
        .any(|a| a.name == "annotations")
}

/// Whether a module or class body has an annotated assignment of its own
/// (nested blocks count, nested functions and classes do not): its
/// `__annotations__` is then made first (`SETUP_ANNOTATIONS`).
pub(crate) fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
            has_annotations(body) || has_annotations(orelse)
        }
        StmtKind::If { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

pub(crate) fn docstring(body: &[Stmt]) -> Option<(&str, &Stmt)> {
    let first = body.first()?;
    match &first.kind {
        StmtKind::Expr { value } => match &value.kind {
            ExprKind::Constant {
                value: Constant::Str(s),
                ..
            } => Some((s, first)),
            _ => None,
        },
        _ => None,
    }
}
