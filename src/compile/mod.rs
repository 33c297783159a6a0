//! The compiler — CPython's `Python/compile.c` and `flowgraph.c`: AST → code objects.
//!
//! [`Compiler`] is also the API extension compile steps use: [`Compiler::emit`],
//! labels ([`Compiler::new_label`], [`Compiler::bind`]), [`Compiler::expr`] and
//! [`Compiler::stmts`] for children, [`Compiler::jump_if`] for conditions, and
//! [`Compiler::loop_body`] to make `break`/`continue` target a loop.

mod fold;
mod fstring;
mod peephole;
pub mod symtable;

use std::collections::HashMap;
use std::rc::Rc;

use thiserror::Error;

use crate::ast::*;
use crate::bytecode::{Code, Instr, OpInfo, Opcode, op_info};
use crate::runtime::{PyStr, Value, intern};
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
    /// CPython's message (`'break' outside loop`).
    pub msg: String,
    /// Where.
    pub pos: Pos,
}

type R = Result<(), CompileError>;

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
    argcount: usize,
    labels: Vec<Option<u32>>,
    /// Constants folded from built tuples, added after all others as CPython's
    /// flow-graph optimiser adds them: (instruction index, value).
    late_consts: Vec<(usize, Value)>,
    loops: Vec<LoopTargets>,
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
}

/// Compiles a module to its code object.
pub fn compile_module(module: &Module, filename: &str) -> Result<Rc<Code>, CompileError> {
    let symtable = SymTable::build(module);
    let scope = symtable.scope(module);
    let mut c = Compiler {
        filename: filename.into(),
        symtable: &symtable,
        folded: fold::fold_module(module),
        unit: Unit::new("<module>".into(), "<module>".into(), 1, scope),
        outer: Vec::new(),
    };
    c.unit.pos = Pos::default();
    c.emit(Opcode::RESUME, 0);
    let mut body = &module.body[..];
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
            argcount: scope.argcount,
            labels: Vec::new(),
            late_consts: Vec::new(),
            loops: Vec::new(),
            pos: Pos::default(),
        }
    }
}

impl<'a> Compiler<'a> {
    // ------------------------------------------------------------ the emit API

    /// Emits a core instruction at the current source position.
    pub fn emit(&mut self, op: Opcode, arg: u32) {
        self.unit.instrs.push(Instr { op: op as u16, arg });
        self.unit.positions.push(self.unit.pos);
    }

    /// Emits an extension's instruction (registered by its extension).
    pub fn emit_ext(&mut self, op: &'static OpInfo, arg: u32) {
        let n = crate::extension::ext_opcode_number(op);
        self.unit.instrs.push(Instr { op: n, arg });
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

    fn name_index(&mut self, name: &str) -> u32 {
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
        self.unit.loops.push(LoopTargets {
            continue_to,
            break_to,
            pops_on_break,
        });
        let r = body(self);
        self.unit.loops.pop();
        r
    }

    fn error(&self, pos: Pos, msg: impl Into<String>) -> CompileError {
        CompileError {
            msg: msg.into(),
            pos,
        }
    }

    // ------------------------------------------------------------ finishing

    fn finish_unit(&mut self) -> Code {
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
        // CPython's `remove_redundant_nops_and_pairs`: until nothing changes.
        loop {
            let removed = peephole::remove_redundant_nops(&mut instrs, &mut positions, &mut labels);
            let pairs = peephole::remove_dead_pairs(&mut instrs, &labels);
            if !removed && !pairs {
                break;
            }
        }
        peephole::inline_exit_blocks(&mut instrs, &mut positions, &mut labels);
        peephole::remove_dead_code(&mut instrs, &mut positions, &mut labels);
        peephole::duplicate_exits(&mut instrs, &mut positions, &mut labels);
        peephole::propagate_line_numbers(&mut positions);
        let u = &mut self.unit;
        (u.instrs, u.positions, u.labels) = (instrs, positions, labels);
        if u.kind == ScopeKind::Function {
            peephole::load_fast_checks(&mut u.instrs, &u.labels, u.varnames.len(), u.argcount);
        }
        let deref_slots: Vec<bool> = u
            .slots
            .iter()
            .map(|n| u.cells.iter().chain(&u.frees).any(|c| c == n.as_str()))
            .collect();
        peephole::superinstructions(&mut u.instrs, &mut u.positions, &mut u.labels, &deref_slots);
        peephole::normalize_jumps(&mut u.instrs, &mut u.positions, &mut u.labels);
        // Jump arguments are label numbers until here; an unconditional jump is
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
        let stacksize = stack_depth(&u.instrs);
        Code {
            name: intern(&u.name),
            qualname: intern(&u.qualname),
            filename: self.filename.clone(),
            firstlineno: u.firstlineno,
            instrs: std::mem::take(&mut u.instrs),
            positions: std::mem::take(&mut u.positions),
            consts: std::mem::take(&mut u.consts),
            names: std::mem::take(&mut u.names),
            varnames: std::mem::take(&mut u.varnames),
            localsplus: std::mem::take(&mut u.slots),
            cellvars: u.cells.iter().map(|c| intern(c)).collect(),
            freevars: u.frees.iter().map(|c| intern(c)).collect(),
            argcount: u.argcount,
            stacksize,
            is_module: u.kind == ScopeKind::Module,
        }
    }

    // ------------------------------------------------------------ statements

    /// Compiles a block of statements.
    pub fn stmts(&mut self, body: &[Stmt]) -> R {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    /// Compiles one statement.
    pub fn stmt(&mut self, s: &Stmt) -> R {
        self.set_pos(s.pos);
        match &s.kind {
            StmtKind::Expr { value } => {
                self.expr(value)?;
                self.set_pos(s.pos);
                self.emit(Opcode::POP_TOP, 0);
            }
            StmtKind::Assign { targets, value } => {
                if targets.len() == 1 && self.swap_assign(&targets[0], value)? {
                    return Ok(());
                }
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Opcode::COPY, 1);
                    }
                    self.store(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let else_ = if orelse.is_empty() {
                    end
                } else {
                    self.new_label()
                };
                self.jump_if(test, false, else_)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.set_pos(NO_LOCATION);
                    self.emit_jump(Opcode::JUMP_FORWARD, end);
                    self.bind(else_);
                    self.stmts(orelse)?;
                }
                self.bind(end);
            }
            StmtKind::While { test, body, orelse } => {
                // CPython 3.13's shape: the test at the top guards entry, and a copy
                // of it at the bottom jumps back into the body (a backward
                // conditional jump, which `peephole::normalize_jumps` turns into a
                // forward one around a `JUMP_BACKWARD`). `continue` goes to the top.
                let top = self.new_label();
                let body_start = self.new_label();
                let else_ = self.new_label();
                let end = self.new_label();
                self.bind(top);
                self.jump_if(test, false, else_)?;
                self.bind(body_start);
                self.loop_body(top, end, 0, |c| c.stmts(body))?;
                self.jump_if(test, true, body_start)?;
                self.bind(else_);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                let top = self.new_label();
                let exhausted = self.new_label();
                let end = self.new_label();
                self.sequence_operand(iter)?;
                self.set_pos(s.pos);
                self.emit(Opcode::GET_ITER, 0);
                self.bind(top);
                self.emit_jump(Opcode::FOR_ITER, exhausted);
                self.store(target)?;
                self.loop_body(top, end, 1, |c| c.stmts(body))?;
                // The back edge takes the last line of the body, as in CPython.
                self.set_pos(NO_LOCATION);
                self.emit_jump(Opcode::JUMP_BACKWARD, top);
                self.set_pos(s.pos);
                self.bind(exhausted);
                self.emit(Opcode::END_FOR, 0);
                self.emit(Opcode::POP_TOP, 0);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::Break => {
                let Some(l) = self.unit.loops.last().copied() else {
                    return Err(self.error(s.pos, "'break' outside loop"));
                };
                // The NOP keeps the statement's line when the jump is threaded away.
                self.emit(Opcode::NOP, 0);
                for _ in 0..l.pops_on_break {
                    self.emit(Opcode::POP_TOP, 0);
                }
                self.emit_jump(Opcode::JUMP_FORWARD, l.break_to);
            }
            StmtKind::Continue => {
                let Some(l) = self.unit.loops.last().copied() else {
                    return Err(self.error(s.pos, "'continue' not properly in loop"));
                };
                self.emit(Opcode::NOP, 0);
                self.emit_jump(Opcode::JUMP_BACKWARD, l.continue_to);
            }
            StmtKind::Pass => self.emit(Opcode::NOP, 0),
            StmtKind::Return { value } => {
                if self.unit.kind == ScopeKind::Module {
                    return Err(self.error(s.pos, "'return' outside function"));
                }
                // Values the enclosing loops keep on the stack (iterators) are
                // dropped first, under the return value when it is computed.
                let pops: u32 = self.unit.loops.iter().map(|l| l.pops_on_break).sum();
                let constant = match value.as_deref() {
                    None => Some(Value::None),
                    Some(v) => self.literal(v),
                };
                match (constant, value.as_deref()) {
                    (Some(c), _) => {
                        for _ in 0..pops {
                            self.emit(Opcode::POP_TOP, 0);
                        }
                        let i = self.add_const(c);
                        self.emit(Opcode::RETURN_CONST, i);
                    }
                    (None, Some(v)) => {
                        self.expr(v)?;
                        self.set_pos(s.pos);
                        for _ in 0..pops {
                            self.emit(Opcode::SWAP, 2);
                            self.emit(Opcode::POP_TOP, 0);
                        }
                        self.emit(Opcode::RETURN_VALUE, 0);
                    }
                    (None, None) => unreachable!("a missing value is the constant None"),
                }
            }
            StmtKind::FunctionDef {
                name, args, body, ..
            } => {
                let scope = self.symtable.scope(s);
                let doc = docstring(body);
                let body = if doc.is_some() { &body[1..] } else { &body[..] };
                self.function(s.pos, name, args, scope, doc.map(|d| d.0), |c| {
                    c.stmts(body)
                })?;
                self.set_pos(s.pos);
                self.store_name(name);
            }
            StmtKind::Ext(node) => node.compile(self, s.pos)?,
        }
        Ok(())
    }

    /// `a, b = b, a` and three-element forms: CPython builds no tuple but swaps
    /// the stack (or, when every target is a distinct name, stores in reverse
    /// order). Returns whether it compiled the assignment.
    fn swap_assign(&mut self, target: &Expr, value: &Expr) -> Result<bool, CompileError> {
        let (ExprKind::Tuple { elts: targets, .. } | ExprKind::List { elts: targets, .. }) =
            &target.kind
        else {
            return Ok(false);
        };
        let ExprKind::Tuple { elts: values, .. } = &value.kind else {
            return Ok(false);
        };
        let n = targets.len();
        if !(2..=3).contains(&n) || values.len() != n || self.literal(value).is_some() {
            return Ok(false);
        }
        for v in values {
            self.expr(v)?;
        }
        let names: Vec<&str> = targets
            .iter()
            .filter_map(|t| match &t.kind {
                ExprKind::Name { id, .. } => Some(id.as_str()),
                _ => None,
            })
            .collect();
        // CPython reorders the stores only when all are distinct fast locals.
        let distinct = names.len() == n
            && (1..n).all(|i| !names[..i].contains(&names[i]))
            && names
                .iter()
                .all(|name| self.local_slot(name).is_some() && self.deref_slot(name).is_none());
        if distinct {
            for t in targets.iter().rev() {
                self.store(t)?;
            }
        } else {
            self.set_pos(value.pos);
            self.emit(Opcode::SWAP, n as u32);
            for t in targets {
                self.store(t)?;
            }
        }
        Ok(true)
    }

    fn aug_assign(&mut self, target: &Expr, op: Operator, value: &Expr) -> R {
        let nb = nb_op(op) + 13;
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.load_name(id, target.pos);
                self.expr(value)?;
                self.set_pos(target.pos.to(value.pos));
                self.emit(Opcode::BINARY_OP, nb);
                self.store_name(id);
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Opcode::COPY, 1);
                let i = self.name_index(attr);
                self.emit(Opcode::LOAD_ATTR, i << 1);
                self.expr(value)?;
                self.set_pos(target.pos.to(value.pos));
                self.emit(Opcode::BINARY_OP, nb);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_ATTR, i);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::COPY, 2);
                self.set_pos(target.pos);
                self.emit(Opcode::BINARY_SUBSCR, 0);
                self.expr(value)?;
                self.set_pos(target.pos.to(value.pos));
                self.emit(Opcode::BINARY_OP, nb);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_SUBSCR, 0);
            }
            _ => return Err(self.error(target.pos, "illegal expression for augmented assignment")),
        }
        Ok(())
    }

    /// Compiles a function body into a nested code object and emits the
    /// instructions that create the function (defaults first).
    fn function(
        &mut self,
        pos: Pos,
        name: &str,
        args: &Arguments,
        scope: &Scope,
        doc: Option<&str>,
        body: impl FnOnce(&mut Self) -> R,
    ) -> R {
        // Checked here, as CPython's symbol table does, not by the parser.
        let params: Vec<&Arg> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg)
            .collect();
        for (i, p) in params.iter().enumerate() {
            if params[..i].iter().any(|q| q.arg == p.arg) {
                return Err(self.error(
                    p.pos,
                    format!("duplicate argument '{}' in function definition", p.arg),
                ));
            }
        }
        let has_defaults = !args.defaults.is_empty();
        if has_defaults {
            self.defaults_tuple(&args.defaults, pos)?;
        }
        let qualname = match self.unit.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Function => format!("{}.<locals>.{name}", self.unit.qualname),
        };
        let unit = Unit::new(name.to_string(), qualname, pos.lineno, scope);
        self.outer.push(std::mem::replace(&mut self.unit, unit));
        // A function's first constant is its docstring, or None (CPython 3.13).
        self.add_const(doc.map_or(Value::None, Value::str));
        self.unit.pos = Pos {
            lineno: pos.lineno,
            col_offset: pos.col_offset,
            end_lineno: pos.lineno,
            end_col_offset: pos.col_offset,
        };
        // The prefix instructions have no source line (`--` in `dis`).
        self.unit.pos = NO_LOCATION;
        if !self.unit.frees.is_empty() {
            self.emit(Opcode::COPY_FREE_VARS, self.unit.frees.len() as u32);
        }
        for cell in self.unit.cells.clone() {
            let slot = self.local_slot(&cell).expect("cells have slots");
            self.emit(Opcode::MAKE_CELL, slot);
        }
        self.unit.pos = Pos {
            lineno: pos.lineno,
            col_offset: pos.col_offset,
            end_lineno: pos.lineno,
            end_col_offset: pos.col_offset,
        };
        self.emit(Opcode::RESUME, 0);
        let r = body(self);
        if r.is_ok()
            && !matches!(self.unit.instrs.last().map(|i| i.op), Some(op) if op == Opcode::RETURN_VALUE as u16 || op == Opcode::RETURN_CONST as u16)
        {
            // The implicit `return None` has no line of its own.
            self.set_pos(NO_LOCATION);
            let none = self.add_const(Value::None);
            self.emit(Opcode::RETURN_CONST, none);
        }
        let code = self.finish_unit();
        self.unit = self.outer.pop().expect("pushed above");
        r?;
        self.set_pos(pos);
        let frees = code.freevars.clone();
        if !frees.is_empty() {
            // The closure: the cells of this scope (or its own free variables) by name.
            for name in &frees {
                let slot = self
                    .deref_slot(name.as_str())
                    .expect("a free variable is a cell or free in the enclosing scope");
                self.emit(Opcode::LOAD_FAST, slot);
            }
            self.emit(Opcode::BUILD_TUPLE, frees.len() as u32);
        }
        self.load_const(Value::Code(Rc::new(code)));
        self.emit(Opcode::MAKE_FUNCTION, 0);
        if !frees.is_empty() {
            self.emit(Opcode::SET_FUNCTION_ATTRIBUTE, 8);
        }
        if has_defaults {
            self.emit(Opcode::SET_FUNCTION_ATTRIBUTE, 1);
        }
        Ok(())
    }

    /// The defaults tuple of a function: built at run time, or one constant that
    /// (as in CPython, which folds it after code generation) comes last in `co_consts`.
    fn defaults_tuple(&mut self, elts: &[Expr], pos: Pos) -> R {
        let Some(values) = self.literals(elts) else {
            return self.build_tuple(elts, pos);
        };
        // CPython first loads each default, then folds the tuple; the element
        // constants keep their numbers if anything else uses them.
        for v in &values {
            self.add_const(v.clone());
        }
        self.set_pos(pos);
        self.emit(Opcode::LOAD_CONST, 0);
        let at = self.unit.instrs.len() - 1;
        self.unit.late_consts.push((at, Value::tuple(values)));
        Ok(())
    }

    /// Builds a tuple of the values of `elts`: one constant when all are literals.
    fn tuple_of(&mut self, elts: &[Expr], pos: Pos) -> R {
        let Some(values) = self.literals(elts) else {
            return self.build_tuple(elts, pos);
        };
        self.set_pos(pos);
        self.load_const(Value::tuple(values));
        Ok(())
    }

    /// The compile-time values of `elts`, if every one is a literal.
    fn literals(&self, elts: &[Expr]) -> Option<Vec<Value>> {
        elts.iter().map(|e| self.literal(e)).collect()
    }

    fn build_tuple(&mut self, elts: &[Expr], pos: Pos) -> R {
        for e in elts {
            self.expr(e)?;
        }
        self.set_pos(pos);
        self.emit(Opcode::BUILD_TUPLE, elts.len() as u32);
        Ok(())
    }

    // ------------------------------------------------------------ names

    fn local_slot(&self, name: &str) -> Option<u32> {
        if self.unit.kind == ScopeKind::Module {
            return None;
        }
        self.unit
            .slots
            .iter()
            .position(|v| v.as_str() == name)
            .map(|i| i as u32)
    }

    /// The slot of a cell or free variable of the current function.
    fn deref_slot(&self, name: &str) -> Option<u32> {
        if self
            .unit
            .cells
            .iter()
            .chain(&self.unit.frees)
            .any(|c| c == name)
        {
            return self.local_slot(name);
        }
        None
    }

    fn load_name(&mut self, name: &str, pos: Pos) {
        self.set_pos(pos);
        if let Some(i) = self.deref_slot(name) {
            self.emit(Opcode::LOAD_DEREF, i);
        } else if let Some(i) = self.local_slot(name) {
            self.emit(Opcode::LOAD_FAST, i);
        } else if self.unit.kind == ScopeKind::Module {
            let i = self.name_index(name);
            self.emit(Opcode::LOAD_NAME, i);
        } else {
            let i = self.name_index(name);
            self.emit(Opcode::LOAD_GLOBAL, i << 1);
        }
    }

    fn store_name(&mut self, name: &str) {
        if let Some(i) = self.deref_slot(name) {
            self.emit(Opcode::STORE_DEREF, i);
        } else if let Some(i) = self.local_slot(name) {
            self.emit(Opcode::STORE_FAST, i);
        } else if self.unit.kind == ScopeKind::Module {
            let i = self.name_index(name);
            self.emit(Opcode::STORE_NAME, i);
        } else {
            let i = self.name_index(name);
            self.emit(Opcode::STORE_GLOBAL, i);
        }
    }

    /// Stores the value on top of the stack into an assignment target.
    pub fn store(&mut self, target: &Expr) -> R {
        self.set_pos(target.pos);
        match &target.kind {
            ExprKind::Name { id, .. } => self.store_name(id),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.set_pos(target.pos);
                let i = self.name_index(attr);
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
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.emit(Opcode::UNPACK_SEQUENCE, elts.len() as u32);
                for e in elts {
                    self.store(e)?;
                }
            }
            _ => return Err(self.error(target.pos, "cannot assign to expression")),
        }
        Ok(())
    }

    // ------------------------------------------------------------ expressions

    /// Compiles an expression, leaving its value on the stack.
    pub fn expr(&mut self, e: &Expr) -> R {
        let saved = self.set_pos(e.pos);
        let r = match self.folded_value(e) {
            Some(v) => {
                self.load_const(v);
                Ok(())
            }
            None => self.expr_inner(e),
        };
        self.set_pos(saved);
        r
    }

    /// The compile-time value of `e`, if it is a folded constant expression.
    pub fn folded_value(&self, e: &Expr) -> Option<Value> {
        self.folded.get(&(e as *const Expr as usize)).cloned()
    }

    /// The compile-time value of a literal or folded expression.
    fn literal(&self, e: &Expr) -> Option<Value> {
        match &e.kind {
            ExprKind::Constant { value, .. } => Some(constant_value(value)),
            _ => self.folded_value(e),
        }
    }

    /// Compiles an operand that is only iterated or searched: a list display
    /// is built as a tuple instead (a constant one when every element is a
    /// literal), as CPython's AST optimiser does for `for x in [...]` and `x in [...]`.
    fn sequence_operand(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::List { elts, .. } => {
                let saved = self.set_pos(e.pos);
                let r = self.tuple_of(elts, e.pos);
                self.set_pos(saved);
                r
            }
            _ => self.expr(e),
        }
    }

    fn expr_inner(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::Constant { value, .. } => self.load_const(constant_value(value)),
            ExprKind::Name { id, .. } => self.load_name(id, e.pos),
            ExprKind::BinOp { left, op, right } => {
                if *op == Operator::Mod
                    && let ExprKind::Constant {
                        value: Constant::Str(fmt),
                        ..
                    } = &left.kind
                    && let ExprKind::Tuple { elts, .. } = &right.kind
                    && self.literal(right).is_none()
                    && let Some(parts) = fstring::percent_parts(fmt, elts.len())
                {
                    return self.percent_format(&parts, elts);
                }
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Opcode::BINARY_OP, nb_op(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                match op {
                    UnaryOperator::USub => self.emit(Opcode::UNARY_NEGATIVE, 0),
                    UnaryOperator::Invert => self.emit(Opcode::UNARY_INVERT, 0),
                    UnaryOperator::UAdd => self.emit(Opcode::CALL_INTRINSIC_1, 5),
                    UnaryOperator::Not => {
                        self.emit(Opcode::TO_BOOL, 0);
                        self.emit(Opcode::UNARY_NOT, 0);
                    }
                }
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jump = if *op == BoolOperator::And {
                    Opcode::POP_JUMP_IF_FALSE
                } else {
                    Opcode::POP_JUMP_IF_TRUE
                };
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.emit(Opcode::COPY, 1);
                        self.emit(Opcode::TO_BOOL, 0);
                        self.emit_jump(jump, end);
                        self.emit(Opcode::POP_TOP, 0);
                    }
                }
                self.bind(end);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(left)?;
                if ops.len() == 1 {
                    self.comparator(ops[0], &comparators[0])?;
                    self.set_pos(e.pos);
                    self.compare_op(ops[0], false);
                    return Ok(());
                }
                let cleanup = self.new_label();
                let end = self.new_label();
                for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
                    // Only the last operand of a chain may become a tuple constant.
                    if i + 1 < ops.len() {
                        self.expr(c)?;
                    } else {
                        self.comparator(*op, c)?;
                    }
                    self.set_pos(e.pos);
                    if i + 1 < ops.len() {
                        self.emit(Opcode::SWAP, 2);
                        self.emit(Opcode::COPY, 2);
                        self.compare_op(*op, false);
                        self.emit(Opcode::COPY, 1);
                        self.emit(Opcode::TO_BOOL, 0);
                        self.emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
                        self.emit(Opcode::POP_TOP, 0);
                    } else {
                        self.compare_op(*op, false);
                        self.emit_jump(Opcode::JUMP_FORWARD, end);
                    }
                }
                self.bind(cleanup);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::POP_TOP, 0);
                self.bind(end);
            }
            ExprKind::IfExp { test, body, orelse } => {
                let else_ = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_)?;
                self.expr(body)?;
                self.set_pos(NO_LOCATION);
                self.emit_jump(Opcode::JUMP_FORWARD, end);
                self.set_pos(e.pos);
                self.bind(else_);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.set_pos(e.pos);
                let i = self.name_index(attr);
                self.emit(Opcode::LOAD_ATTR, i << 1);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                if let Some((lower, upper)) = two_part_slice(slice) {
                    self.slice_bounds(lower, upper)?;
                    self.set_pos(e.pos);
                    self.emit(Opcode::BINARY_SLICE, 0);
                } else {
                    self.expr(slice)?;
                    self.set_pos(e.pos);
                    self.emit(Opcode::BINARY_SUBSCR, 0);
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Value::None),
                    }
                }
                if let Some(s) = step {
                    self.expr(s)?;
                }
                self.emit(Opcode::BUILD_SLICE, if step.is_some() { 3 } else { 2 });
            }
            ExprKind::List { elts, .. } => self.list_display(elts)?,
            ExprKind::Tuple { elts, .. } => self.tuple_of(elts, e.pos)?,
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::Lambda { args, body } => {
                let scope = self.symtable.scope(e);
                self.function(e.pos, "<lambda>", args, scope, None, |c| {
                    c.expr(body)?;
                    c.set_pos(body.pos);
                    c.emit(Opcode::RETURN_VALUE, 0);
                    Ok(())
                })?;
            }
        }
        Ok(())
    }

    /// The bounds of a two-part slice, `None` where omitted.
    fn slice_bounds(&mut self, lower: Option<&Expr>, upper: Option<&Expr>) -> R {
        for part in [lower, upper] {
            match part {
                Some(p) => self.expr(p)?,
                None => self.load_const(Value::None),
            }
        }
        Ok(())
    }

    /// `'%s and %r' % (a, b)` compiled as the f-string CPython's AST optimiser
    /// turns it into: each `%s`/`%r`/`%a` becomes a converted, formatted field.
    fn percent_format(&mut self, parts: &[fstring::Part], elts: &[Expr]) -> R {
        let pos = self.unit.pos;
        for part in parts {
            match part {
                fstring::Part::Literal(text) => self.load_const(Value::str(text)),
                fstring::Part::Field {
                    index,
                    conversion,
                    spec,
                } => {
                    self.expr(&elts[*index])?;
                    self.set_pos(pos);
                    self.emit(Opcode::CONVERT_VALUE, *conversion);
                    match spec {
                        Some(spec) => {
                            self.load_const(Value::str(spec));
                            self.emit(Opcode::FORMAT_WITH_SPEC, 0);
                        }
                        None => self.emit(Opcode::FORMAT_SIMPLE, 0),
                    }
                }
            }
        }
        match parts.len() {
            0 => self.load_const(Value::str("")),
            1 => {}
            n => self.emit(Opcode::BUILD_STRING, n as u32),
        }
        Ok(())
    }

    /// `[a, b, c]` as CPython 3.13 builds it: more than two literals become a
    /// tuple constant extended into an empty list; more than 30 elements are
    /// appended one by one instead of piling up on the stack.
    fn list_display(&mut self, elts: &[Expr]) -> R {
        let pos = self.unit.pos;
        if elts.len() > 2
            && let Some(values) = elts
                .iter()
                .map(|e| self.literal(e))
                .collect::<Option<Vec<_>>>()
        {
            self.emit(Opcode::BUILD_LIST, 0);
            self.load_const(Value::tuple(values));
            self.emit(Opcode::LIST_EXTEND, 1);
            return Ok(());
        }
        if elts.len() > STACK_USE_GUIDELINE {
            self.emit(Opcode::BUILD_LIST, 0);
            for x in elts {
                self.expr(x)?;
                self.set_pos(pos);
                self.emit(Opcode::LIST_APPEND, 1);
            }
            return Ok(());
        }
        for x in elts {
            self.expr(x)?;
        }
        self.set_pos(pos);
        self.emit(Opcode::BUILD_LIST, elts.len() as u32);
        Ok(())
    }

    /// `{k: v, ...}` as CPython 3.13 builds it: chunks of at most 17 pairs, each
    /// with constant keys as one `BUILD_CONST_KEY_MAP`, merged by `DICT_UPDATE`.
    fn dict_display(&mut self, keys: &[Option<Expr>], values: &[Expr]) -> R {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                return Err(self.error(values[i].pos, "dict unpacking is not supported yet"));
            }
            if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit(Opcode::DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(Opcode::DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Opcode::BUILD_MAP, 0);
        }
        Ok(())
    }

    fn subdict(&mut self, keys: &[Option<Expr>], values: &[Expr], begin: usize, end: usize) -> R {
        let pos = self.unit.pos;
        let n = end - begin;
        let keys = &keys[begin..end];
        let values = &values[begin..end];
        let const_keys = keys
            .iter()
            .map(|k| k.as_ref().and_then(|k| self.literal(k)))
            .collect::<Option<Vec<_>>>();
        if n > 1
            && let Some(const_keys) = const_keys
        {
            for v in values {
                self.expr(v)?;
            }
            self.set_pos(pos);
            self.load_const(Value::tuple(const_keys));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        let big = n * 2 > STACK_USE_GUIDELINE;
        if big {
            self.emit(Opcode::BUILD_MAP, 0);
        }
        for (k, v) in keys.iter().zip(values) {
            self.expr(k.as_ref().expect("checked by the caller"))?;
            self.expr(v)?;
            if big {
                self.set_pos(pos);
                self.emit(Opcode::MAP_ADD, 1);
            }
        }
        self.set_pos(pos);
        if !big {
            self.emit(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }

    fn comparator(&mut self, op: CmpOperator, e: &Expr) -> R {
        match op {
            CmpOperator::In | CmpOperator::NotIn => self.sequence_operand(e),
            _ => self.expr(e),
        }
    }

    fn compare_op(&mut self, op: CmpOperator, to_bool: bool) {
        let flag = if to_bool { 16 } else { 0 };
        match op {
            CmpOperator::Is => self.emit(Opcode::IS_OP, 0),
            CmpOperator::IsNot => self.emit(Opcode::IS_OP, 1),
            CmpOperator::In => self.emit(Opcode::CONTAINS_OP, 0),
            CmpOperator::NotIn => self.emit(Opcode::CONTAINS_OP, 1),
            _ => {
                // CPython's encoding: operator << 5 | bool flag | comparison mask.
                let (index, mask) = match op {
                    CmpOperator::Lt => (0, 2),
                    CmpOperator::LtE => (1, 2 | 8),
                    CmpOperator::Eq => (2, 8),
                    CmpOperator::NotEq => (3, 1 | 2 | 4),
                    CmpOperator::Gt => (4, 4),
                    _ => (5, 4 | 8),
                };
                self.emit(Opcode::COMPARE_OP, (index << 5) | flag | mask);
            }
        }
    }

    fn call(&mut self, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> R {
        match &func.kind {
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.set_pos(func.pos);
                let i = self.name_index(attr);
                self.emit(Opcode::LOAD_ATTR, (i << 1) | 1);
            }
            ExprKind::Name { id, .. }
                if self.unit.kind == ScopeKind::Function
                    && self.local_slot(id).is_none()
                    && self.deref_slot(id).is_none() =>
            {
                self.set_pos(func.pos);
                let i = self.name_index(id);
                self.emit(Opcode::LOAD_GLOBAL, (i << 1) | 1);
            }
            _ => {
                self.expr(func)?;
                self.emit(Opcode::PUSH_NULL, 0);
            }
        }
        for a in args {
            self.expr(a)?;
        }
        for (i, k) in keywords.iter().enumerate() {
            if k.arg.is_some() && keywords[..i].iter().any(|q| q.arg == k.arg) {
                let name = k.arg.as_deref().unwrap_or_default();
                return Err(self.error(k.pos, format!("keyword argument repeated: {name}")));
            }
        }
        for k in keywords {
            if k.arg.is_none() {
                return Err(self.error(k.pos, "**kwargs in calls is not supported yet"));
            }
            self.expr(&k.value)?;
        }
        self.set_pos(e.pos);
        if keywords.is_empty() {
            self.emit(Opcode::CALL, args.len() as u32);
        } else {
            let names = keywords
                .iter()
                .map(|k| Value::Str(intern(k.arg.as_deref().expect("checked"))))
                .collect();
            self.load_const(Value::tuple(names));
            self.emit(Opcode::CALL_KW, (args.len() + keywords.len()) as u32);
        }
        Ok(())
    }

    /// Compiles `test` as a condition: jumps to `target` when its truth equals
    /// `jump_when`, falls through otherwise (CPython's `compiler_jump_if`).
    pub fn jump_if(&mut self, test: &Expr, jump_when: bool, target: Label) -> R {
        let saved = self.set_pos(test.pos);
        let r = self.jump_if_inner(test, jump_when, target);
        self.set_pos(saved);
        r
    }

    fn jump_if_inner(&mut self, test: &Expr, jump_when: bool, target: Label) -> R {
        if let Some(v) = self.literal(test) {
            // A constant condition decides at compile time: jump always or never.
            // The NOP keeps the test's line, as in CPython.
            self.emit(Opcode::NOP, 0);
            if crate::runtime::truthy(&v) == jump_when {
                self.emit_jump(Opcode::JUMP_FORWARD, target);
            }
            return Ok(());
        }
        let jump = if jump_when {
            Opcode::POP_JUMP_IF_TRUE
        } else {
            Opcode::POP_JUMP_IF_FALSE
        };
        match &test.kind {
            ExprKind::UnaryOp {
                op: UnaryOperator::Not,
                operand,
            } => return self.jump_if(operand, !jump_when, target),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOperator::And;
                // `a and b` jumps when false as soon as one operand is false; when
                // true only if all are: short-circuit past the jump otherwise.
                if is_and != jump_when {
                    for v in values {
                        self.jump_if(v, jump_when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let (last, rest) = values.split_last().expect("a BoolOp has operands");
                    for v in rest {
                        self.jump_if(v, !jump_when, skip)?;
                    }
                    self.jump_if(last, jump_when, target)?;
                    self.bind(skip);
                }
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() == 1 => {
                self.expr(left)?;
                self.comparator(ops[0], &comparators[0])?;
                self.set_pos(test.pos);
                self.compare_op(ops[0], true);
                self.emit_jump(jump, target);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                // A chain tests each link and leaves through `cleanup` (dropping the
                // kept operand) as soon as one fails (CPython's `compiler_jump_if`).
                let cleanup = self.new_label();
                let end = self.new_label();
                let n = ops.len() - 1;
                self.expr(left)?;
                for (op, c) in ops[..n].iter().zip(comparators) {
                    self.expr(c)?;
                    self.set_pos(test.pos);
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::COPY, 2);
                    self.compare_op(*op, false);
                    self.emit(Opcode::TO_BOOL, 0);
                    self.emit_jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
                }
                self.comparator(ops[n], &comparators[n])?;
                self.set_pos(test.pos);
                self.compare_op(ops[n], false);
                self.emit(Opcode::TO_BOOL, 0);
                self.emit_jump(jump, target);
                self.set_pos(NO_LOCATION);
                self.emit_jump(Opcode::JUMP_FORWARD, end);
                self.bind(cleanup);
                self.set_pos(test.pos);
                self.emit(Opcode::POP_TOP, 0);
                if !jump_when {
                    self.set_pos(NO_LOCATION);
                    self.emit_jump(Opcode::JUMP_FORWARD, target);
                }
                self.bind(end);
                return Ok(());
            }
            _ => {}
        }
        self.expr(test)?;
        self.set_pos(test.pos);
        self.emit(Opcode::TO_BOOL, 0);
        self.emit_jump(jump, target);
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

/// The runtime value of a literal.
pub fn constant_value(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => Value::int(i.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex(i) => Value::Complex(0.0, *i),
        Constant::Str(s) => Value::Str(intern(s)),
        Constant::Bytes(b) => Value::Bytes(b.as_slice().into()),
        Constant::Ellipsis => Value::Ellipsis,
    }
}

/// The deepest the stack gets, following every path (CPython's `stackdepth`).
fn stack_depth(instrs: &[Instr]) -> usize {
    let mut depth_at: Vec<Option<i32>> = vec![None; instrs.len() + 1];
    let mut work = vec![(0usize, 0i32)];
    let mut max = 0;
    while let Some((mut i, mut d)) = work.pop() {
        while i < instrs.len() {
            if depth_at[i].is_some_and(|seen| seen >= d) {
                break;
            }
            depth_at[i] = Some(d);
            let info = op_info(instrs[i].op);
            let arg = instrs[i].arg;
            if info.is_jump() {
                work.push((arg as usize, d + (info.stack_effect)(arg, true)));
            }
            d += (info.stack_effect)(arg, false);
            max = max.max(d);
            if info.ends_block {
                break;
            }
            i += 1;
        }
    }
    max.max(0) as usize
}

/// The docstring of a body: its first statement when that is a string literal.
fn docstring(body: &[Stmt]) -> Option<(&str, &Stmt)> {
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

/// `a[lo:hi]` (no step) compiles to `BINARY_SLICE`/`STORE_SLICE`, as in CPython.
fn two_part_slice(slice: &Expr) -> Option<(Option<&Expr>, Option<&Expr>)> {
    match &slice.kind {
        ExprKind::Slice {
            lower,
            upper,
            step: None,
        } => Some((lower.as_deref(), upper.as_deref())),
        _ => None,
    }
}
