//! Statements to bytecode — the statement half of CPython's `codegen.c`.

use std::rc::Rc;

use super::*;
use crate::bytecode::Opcode;
use crate::runtime::Value;

impl Compiler<'_> {
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
                is_async: true,
            } => {
                // CPython's `compiler_async_for`: each `__anext__()` is awaited
                // under a handler that ends the loop on StopAsyncIteration.
                if !self.unit.coroutine {
                    return Err(self.error(s.pos, "'async for' outside async function"));
                }
                let start = self.new_label();
                let except = self.new_label();
                let end = self.new_label();
                self.expr(iter)?;
                self.set_pos(iter.pos);
                self.emit(Opcode::GET_AITER, 0);
                self.bind(start);
                self.set_pos(s.pos);
                self.emit_jump(Opcode::SETUP_FINALLY, except);
                self.emit(Opcode::GET_ANEXT, 0);
                self.delegate(true);
                self.emit(Opcode::POP_BLOCK, 0);
                self.store(target)?;
                self.loop_body(start, end, 1, |c| c.stmts(body))?;
                self.set_pos(NO_LOCATION);
                self.emit_jump(Opcode::JUMP_BACKWARD, start);
                self.bind(except);
                self.set_pos(iter.pos);
                self.emit(Opcode::END_ASYNC_FOR, 0);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: false,
            } => {
                let top = self.new_label();
                let exhausted = self.new_label();
                let end = self.new_label();
                self.sequence_operand(iter)?;
                // The loop's own instructions carry the iterable's position.
                self.set_pos(iter.pos);
                self.emit(Opcode::GET_ITER, 0);
                self.bind(top);
                self.emit_jump(Opcode::FOR_ITER, exhausted);
                self.store(target)?;
                self.loop_body(top, end, 1, |c| c.stmts(body))?;
                // The back edge takes the last line of the body, as in CPython.
                self.set_pos(NO_LOCATION);
                self.emit_jump(Opcode::JUMP_BACKWARD, top);
                self.set_pos(iter.pos);
                self.bind(exhausted);
                self.emit(Opcode::END_FOR, 0);
                self.emit(Opcode::POP_TOP, 0);
                self.stmts(orelse)?;
                self.bind(end);
            }
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(s.kind, StmtKind::Break);
                if !self.in_loop() {
                    return Err(self.error(
                        s.pos,
                        if is_break {
                            "'break' outside loop"
                        } else {
                            "'continue' not properly in loop"
                        },
                    ));
                }
                // The NOP keeps the statement's line when the jump is threaded away.
                self.emit(Opcode::NOP, 0);
                let l = self
                    .unwind_fblocks(false, true)?
                    .expect("in_loop found a loop");
                if is_break {
                    for _ in 0..l.pops_on_break {
                        self.emit(Opcode::POP_TOP, 0);
                    }
                    self.emit_jump(Opcode::JUMP_FORWARD, l.break_to);
                } else {
                    self.emit_jump(Opcode::JUMP_BACKWARD, l.continue_to);
                }
            }
            StmtKind::Pass => self.emit(Opcode::NOP, 0),
            StmtKind::Return { value } => {
                if self.unit.kind != ScopeKind::Function {
                    return Err(self.error(s.pos, "'return' outside function"));
                }
                // The enclosing blocks are left first: loops' iterators dropped
                // (under the return value when it is computed), finally bodies run.
                let constant = match value.as_deref() {
                    None => Some(Value::None),
                    Some(v) => self.literal(v),
                };
                // As CPython: a constant's line is kept by a NOP (its load
                // becomes `RETURN_CONST` later), another NOP carries the
                // statement's line when the value starts on another one.
                match (&constant, value.as_deref()) {
                    (Some(_), Some(v)) => {
                        self.set_pos(v.pos);
                        self.emit(Opcode::NOP, 0);
                    }
                    (None, Some(v)) => self.expr(v)?,
                    _ => {}
                }
                if value
                    .as_deref()
                    .is_none_or(|v| v.pos.lineno != s.pos.lineno)
                {
                    self.set_pos(s.pos);
                    self.emit(Opcode::NOP, 0);
                }
                self.set_pos(s.pos);
                match constant {
                    Some(c) => {
                        self.unwind_fblocks(false, false)?;
                        self.load_const(c);
                    }
                    None => {
                        self.unwind_fblocks(true, false)?;
                        self.set_pos(s.pos);
                    }
                }
                self.emit(Opcode::RETURN_VALUE, 0);
            }
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_params,
                is_async,
            } => {
                if *is_async && self.symtable.scope(s).generator {
                    return Err(self.unsupported(s.pos, "asynchronous generators"));
                }
                if let Some(t) = type_params.first() {
                    return Err(self.unsupported(t.pos, "type parameters"));
                }
                // Decorators are evaluated first, then applied innermost first;
                // the code object starts at the first decorator's line.
                for d in decorator_list {
                    self.expr(d)?;
                }
                let header = decorator_list.first().map_or(s.pos, |d| d.pos);
                let scope = self.symtable.scope(s);
                let doc = docstring(body);
                let body = if doc.is_some() { &body[1..] } else { &body[..] };
                let returns = returns.as_deref();
                self.function(
                    (s.pos, header),
                    name,
                    (args, returns),
                    scope,
                    doc.map(|d| d.0),
                    |c| c.stmts(body),
                )?;
                for d in decorator_list.iter().rev() {
                    self.set_pos(d.pos);
                    self.emit(Opcode::CALL, 0);
                }
                self.set_pos(s.pos);
                self.store_name(name);
            }
            StmtKind::Ext(node) => node.compile(self, s.pos)?,
            StmtKind::ClassDef { .. } => self.class_def(s)?,
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::TypeAlias { .. } => return Err(self.unsupported(s.pos, "'type' statements")),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(s.pos, target, annotation, value.as_deref(), *simple)?,
            StmtKind::With { .. } => self.with_stmt(s)?,
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            StmtKind::Raise { .. } => self.raise_stmt(s)?,
            StmtKind::Try { .. } => self.try_stmt(s)?,
            StmtKind::Assert { .. } => self.assert_stmt(s)?,
            StmtKind::Import { names } => {
                for alias in names {
                    self.set_pos(s.pos);
                    self.load_const(Value::Int(0));
                    self.load_const(Value::None);
                    let i = self.name_index(&alias.name);
                    self.emit(Opcode::IMPORT_NAME, i);
                    match (&alias.asname, alias.name.split_once('.')) {
                        (Some(asname), Some(_)) => {
                            // `import a.b.c as d` binds the innermost module.
                            let parts: Vec<&str> = alias.name.split('.').collect();
                            for (k, part) in parts[1..].iter().enumerate() {
                                let j = self.name_index(part);
                                self.emit(Opcode::IMPORT_FROM, j);
                                if k + 2 < parts.len() {
                                    self.emit(Opcode::SWAP, 2);
                                    self.emit(Opcode::POP_TOP, 0);
                                }
                            }
                            self.store_name(asname);
                            self.emit(Opcode::POP_TOP, 0);
                        }
                        (Some(asname), None) => self.store_name(asname),
                        (None, Some((top, _))) => self.store_name(top),
                        (None, None) => self.store_name(&alias.name),
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let star = names.iter().any(|a| a.name == "*");
                if star && self.unit.kind == ScopeKind::Function {
                    return Err(self.error(s.pos, "import * only allowed at module level"));
                }
                self.set_pos(s.pos);
                self.load_const(Value::Int(*level as i64));
                let fromlist = names.iter().map(|a| Value::str(&a.name)).collect();
                self.load_const(Value::tuple(fromlist));
                let i = self.name_index(module.as_deref().unwrap_or(""));
                self.emit(Opcode::IMPORT_NAME, i);
                if star {
                    self.emit(Opcode::CALL_INTRINSIC_1, 2);
                    self.emit(Opcode::POP_TOP, 0);
                } else {
                    for alias in names {
                        let j = self.name_index(&alias.name);
                        self.emit(Opcode::IMPORT_FROM, j);
                        self.store_name(alias.asname.as_deref().unwrap_or(&alias.name));
                    }
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
            // Declarations only: the symbol table has placed the names.
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => {}
        }
        Ok(())
    }

    /// `a, b = b, a` and three-element forms: CPython builds no tuple but swaps
    /// the stack (or, when every target is a distinct name, stores in reverse
    /// order). Returns whether it compiled the assignment.
    pub(super) fn swap_assign(
        &mut self,
        target: &Expr,
        value: &Expr,
    ) -> Result<bool, CompileError> {
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

    pub(super) fn aug_assign(&mut self, target: &Expr, op: Operator, value: &Expr) -> R {
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
                let i = self.attr_index(attr);
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

    /// `target: annotation [= value]`: the assignment, then (in a module or
    /// class, for a bare name) `__annotations__[name] = annotation`; other
    /// targets have their object evaluated, and the annotation too outside
    /// functions, but nothing is recorded.
    fn ann_assign(
        &mut self,
        pos: Pos,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
    ) -> R {
        if let Some(v) = value {
            self.expr(v)?;
            self.store(target)?;
        }
        let evaluated_here = matches!(self.unit.kind, ScopeKind::Module | ScopeKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } if simple => {
                if evaluated_here {
                    match self.annotation_text(annotation) {
                        Some(text) => {
                            self.set_pos(pos);
                            self.load_const(text);
                        }
                        None => self.expr(annotation)?,
                    }
                    self.set_pos(pos);
                    let i = self.name_index("__annotations__");
                    self.emit(Opcode::LOAD_NAME, i);
                    self.load_const(Value::str(&self.mangle(id)));
                    self.emit(Opcode::STORE_SUBSCR, 0);
                }
                return Ok(());
            }
            ExprKind::Name { .. } => {}
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.set_pos(pos);
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.set_pos(pos);
                    self.emit(Opcode::POP_TOP, 0);
                    let parts: Vec<&Expr> = match &slice.kind {
                        ExprKind::Slice { lower, upper, step } => [lower, upper, step]
                            .into_iter()
                            .flatten()
                            .map(|b| &**b)
                            .collect(),
                        _ => vec![&**slice],
                    };
                    for p in parts {
                        self.expr(p)?;
                        self.set_pos(pos);
                        self.emit(Opcode::POP_TOP, 0);
                    }
                }
            }
            _ => {
                return Err(self.error(target.pos, "invalid node type for annotated assignment"));
            }
        }
        if evaluated_here && !self.future_annotations {
            self.expr(annotation)?;
            self.set_pos(pos);
            self.emit(Opcode::POP_TOP, 0);
        }
        Ok(())
    }

    /// Compiles a function body into a nested code object and emits the
    /// instructions that create the function (defaults first). The positions
    /// are the definition's and the header's, where the code object starts:
    /// the first decorator, else the definition itself.
    pub(super) fn function(
        &mut self,
        (pos, header): (Pos, Pos),
        name: &str,
        (args, returns): (&Arguments, Option<&Expr>),
        scope: &Scope,
        doc: Option<&str>,
        body: impl FnOnce(&mut Self) -> R,
    ) -> R {
        // Checked here, as CPython's symbol table does, not by the parser.
        let params: Vec<&Arg> = args.all().collect();
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
        // Keyword-only defaults: a dict built from name and value pairs.
        let kwdefaults: Vec<(&Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        // CPython 3.13: the values, then the names as one constant tuple.
        for (_, d) in &kwdefaults {
            self.expr(d)?;
        }
        if !kwdefaults.is_empty() {
            self.set_pos(pos);
            let names: Vec<Value> = kwdefaults
                .iter()
                .map(|(a, _)| Value::str(&self.mangle(&a.arg)))
                .collect();
            self.load_const(Value::tuple(names));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, kwdefaults.len() as u32);
        }
        let annotated = self.function_annotations(args, returns, pos)?;
        let qualname = self.child_qualname(name);
        let mut unit = Unit::new(name.to_string(), qualname, header.lineno, scope);
        unit.posonlyargcount = args.posonlyargs.len();
        unit.kwonlyargcount = args.kwonlyargs.len();
        unit.varargs = args.vararg.is_some();
        unit.varkw = args.kwarg.is_some();
        self.outer.push(std::mem::replace(&mut self.unit, unit));
        // A function's first constant is its docstring, or None (CPython 3.13);
        // a generator expression has no such slot.
        if name != "<genexpr>" {
            self.add_const(doc.map_or(Value::None, Value::str));
        }
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
            let slot = self.cell_slot(&cell);
            self.emit(Opcode::MAKE_CELL, slot);
        }
        self.unit.pos = Pos {
            lineno: header.lineno,
            col_offset: header.col_offset,
            end_lineno: header.lineno,
            end_col_offset: header.col_offset,
        };
        // A generator returns itself on the call and runs on the first `send`,
        // inside a handler that turns an escaping StopIteration into a
        // RuntimeError (CPython's `compiler_wrap_in_stopiteration_handler`).
        let stop_iteration = self.unit.generator.then(|| self.new_label());
        if let Some(handler) = stop_iteration {
            self.emit(Opcode::RETURN_GENERATOR, 0);
            self.emit(Opcode::POP_TOP, 0);
            let saved = self.set_pos(NO_LOCATION);
            self.emit_jump(Opcode::SETUP_CLEANUP, handler);
            self.set_pos(saved);
        }
        self.emit(Opcode::RESUME, 0);
        let r = body(self);
        // The body may end in a return and still fall through: a jump to its end.
        let end = self.unit.instrs.len() as u32;
        let jumped_to_end = self.unit.labels.contains(&Some(end));
        if r.is_ok()
            && (jumped_to_end
                || !matches!(self.unit.instrs.last().map(|i| i.op), Some(op) if op == Opcode::RETURN_VALUE as u16 || op == Opcode::RETURN_CONST as u16))
        {
            // The implicit `return None` has no line of its own.
            self.set_pos(NO_LOCATION);
            let none = self.add_const(Value::None);
            self.emit(Opcode::RETURN_CONST, none);
        }
        if let (Some(handler), true) = (stop_iteration, r.is_ok()) {
            self.bind(handler);
            self.set_pos(NO_LOCATION);
            self.emit(Opcode::CALL_INTRINSIC_1, 3);
            self.emit(Opcode::RERAISE, 1);
        }
        // A failed body may leave labels unbound: its unit is dropped unfinished.
        let code = r.is_ok().then(|| self.finish_unit());
        self.unit = self.outer.pop().expect("pushed above");
        r?;
        let code = code.expect("finished when the body compiled");
        self.set_pos(pos);
        let flags =
            has_defaults as u32 | (!kwdefaults.is_empty() as u32) << 1 | (annotated as u32) << 2;
        self.make_function(code, flags);
        Ok(())
    }

    /// Pushes a new function for `code`: its closure tuple first when it has free
    /// variables, then the attributes in `flags` (1: defaults, 2: keyword-only
    /// defaults) from the stack.
    pub(super) fn make_function(&mut self, code: Code, flags: u32) {
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
        // Popped in the reverse order of the pushes: annotations, kwdefaults,
        // then defaults.
        for flag in [4, 2, 1] {
            if flags & flag != 0 {
                self.emit(Opcode::SET_FUNCTION_ATTRIBUTE, flag);
            }
        }
    }

    /// The defaults tuple of a function: built at run time, or one constant that
    /// (as in CPython, which folds it after code generation) comes last in `co_consts`.
    pub(super) fn defaults_tuple(&mut self, elts: &[Expr], pos: Pos) -> R {
        let Some(values) = self.literals(elts) else {
            return self.build_tuple(elts, pos);
        };
        self.load_folded_tuple(values, pos);
        Ok(())
    }

    /// Loads a tuple of constants that CPython folds after code generation:
    /// each element is added first (keeping its number if anything else
    /// uses it), the tuple itself comes last in `co_consts`.
    pub(super) fn load_folded_tuple(&mut self, values: Vec<Value>, pos: Pos) {
        for v in &values {
            self.add_const(v.clone());
        }
        self.set_pos(pos);
        self.emit(Opcode::LOAD_CONST, 0);
        let at = self.unit.instrs.len() - 1;
        self.unit.late_consts.push((at, Value::tuple(values)));
    }

    /// Builds a tuple of the values of `elts`: one constant when all are literals.
    pub(super) fn tuple_of(&mut self, elts: &[Expr], pos: Pos) -> R {
        let Some(values) = self.literals(elts) else {
            return self.build_tuple(elts, pos);
        };
        self.set_pos(pos);
        self.load_const(Value::tuple(values));
        Ok(())
    }

    /// The compile-time values of `elts`, if every one is a literal.
    pub(super) fn literals(&self, elts: &[Expr]) -> Option<Vec<Value>> {
        elts.iter().map(|e| self.literal(e)).collect()
    }

    pub(super) fn build_tuple(&mut self, elts: &[Expr], pos: Pos) -> R {
        for e in elts {
            self.expr(e)?;
        }
        self.set_pos(pos);
        self.emit(Opcode::BUILD_TUPLE, elts.len() as u32);
        Ok(())
    }
}
