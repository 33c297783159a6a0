//! `try`, `raise`, `with`, `assert` and leaving blocks early — CPython's
//! `compiler_try_except`, `compiler_try_finally`, `compiler_with`,
//! `compiler_unwind_fblock` and `flowgraph.c`'s `label_exception_targets`.
//!
//! Protected regions are opened by the pseudo-instructions `SETUP_FINALLY`,
//! `SETUP_CLEANUP` and `SETUP_WITH` and closed by `POP_BLOCK`. The peephole
//! passes see a `SETUP_*` as a jump to its handler (so handlers stay reachable);
//! the last pass gives every instruction its handler ([`Instr::exc`]) and turns
//! the pseudo-instructions into `NOP`s.

use std::collections::HashMap;

use super::*;
use crate::bytecode::{ExcHandler, Opcode};
use crate::runtime::Value;

fn is_setup(op: u16) -> bool {
    op == Opcode::SETUP_FINALLY as u16
        || op == Opcode::SETUP_CLEANUP as u16
        || op == Opcode::SETUP_WITH as u16
}

/// Walks every path with its stack of open handlers (CPython's
/// `label_exception_targets`), records each instruction's handler, turns the
/// pseudo-instructions into `NOP`s and drops the redundant ones. Returns the
/// handler table (targets still label numbers) and the deepest stack.
pub(super) fn label_exception_targets(
    instrs: &mut Vec<Instr>,
    positions: &mut Vec<Pos>,
    labels: &mut [Option<u32>],
) -> (Vec<ExcHandler>, usize) {
    let target = |arg: u32| labels[arg as usize].expect("every jump target is bound") as usize;
    let mut handlers: Vec<ExcHandler> = Vec::new();
    let mut index: HashMap<(u32, u32, bool), u16> = HashMap::new();
    let mut visited = vec![false; instrs.len()];
    let mut max_depth = 0i32;
    let mut work: Vec<(usize, i32, Vec<u16>)> = vec![(0, 0, Vec::new())];
    while let Some((mut i, mut depth, mut stack)) = work.pop() {
        // The handler depth at the last `YIELD_VALUE`, for the `RESUME` after it.
        let mut yield_depth = None;
        while i < instrs.len() && !visited[i] {
            visited[i] = true;
            let ins = instrs[i];
            let info = op_info(ins.op);
            let top = stack.last().copied().unwrap_or(0);
            if is_setup(ins.op) {
                let lasti = ins.op != Opcode::SETUP_FINALLY as u16;
                let start = depth + (info.stack_effect)(ins.arg, true);
                let entry = (ins.arg, (start - 1 - lasti as i32).max(0) as u32, lasti);
                let n = handlers.len();
                let h = *index.entry(entry).or_insert_with(|| {
                    handlers.push(ExcHandler {
                        target: entry.0,
                        depth: entry.1,
                        lasti,
                    });
                    n as u16 + 1
                });
                work.push((target(ins.arg), start, stack.clone()));
                max_depth = max_depth.max(start);
                instrs[i].exc = top;
                stack.push(h);
            } else if ins.op == Opcode::POP_BLOCK as u16 {
                stack.pop();
                instrs[i].exc = stack.last().copied().unwrap_or(0);
            } else {
                instrs[i].exc = top;
                // A resumption after a yield made directly inside a generator's
                // implicit handler says so in its argument (CPython's depth-1
                // mask; a `yield from` yields inside its own handler too).
                if ins.op == Opcode::YIELD_VALUE as u16 {
                    yield_depth = Some(stack.len());
                }
                if ins.op == Opcode::RESUME as u16 && ins.arg != 0 && yield_depth.take() == Some(1)
                {
                    instrs[i].arg |= 4;
                }
                if info.is_jump() {
                    let d = depth + (info.stack_effect)(ins.arg, true);
                    work.push((target(ins.arg), d, stack.clone()));
                }
            }
            depth += (info.stack_effect)(ins.arg, false);
            max_depth = max_depth.max(depth);
            if info.ends_block {
                break;
            }
            i += 1;
        }
    }
    for ins in instrs.iter_mut() {
        if is_setup(ins.op) || ins.op == Opcode::POP_BLOCK as u16 {
            *ins = Instr {
                op: Opcode::NOP as u16,
                arg: 0,
                ..*ins
            };
        }
    }
    peephole::remove_redundant_nops(instrs, positions, labels);
    (handlers, max_depth.max(0) as usize)
}

impl Compiler<'_> {
    /// `try` with handlers, `finally` or both (CPython's `compiler_try`).
    pub(super) fn try_stmt(&mut self, s: &Stmt) -> R {
        let StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            is_star,
        } = &s.kind
        else {
            unreachable!("try_stmt takes a try statement")
        };
        let try_except = if *is_star {
            Self::try_star_except
        } else {
            Self::try_except
        };
        if finalbody.is_empty() {
            return try_except(self, s.pos, body, handlers, orelse);
        }
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.set_pos(s.pos);
        self.emit_jump(Opcode::SETUP_FINALLY, end);
        self.unit
            .fblocks
            .push(FBlock::FinallyTry(&finalbody[..] as *const [Stmt]));
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            try_except(self, s.pos, body, handlers, orelse)?;
        }
        self.set_pos(NO_LOCATION);
        self.emit(Opcode::POP_BLOCK, 0);
        self.unit.fblocks.pop();
        self.stmts(finalbody)?;
        self.set_pos(NO_LOCATION);
        self.emit_jump(Opcode::JUMP_FORWARD, exit);
        // The exception path: the finally body runs with the exception saved.
        self.bind(end);
        self.set_pos(NO_LOCATION);
        self.emit_jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.unit.fblocks.push(FBlock::FinallyEnd);
        self.stmts(finalbody)?;
        self.unit.fblocks.pop();
        self.set_pos(NO_LOCATION);
        self.emit(Opcode::RERAISE, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    /// The body of a `try` with handlers: exceptions raised in it go to
    /// `except`.
    fn protected_body(&mut self, pos: Pos, body: &[Stmt], except: Label) -> R {
        self.set_pos(pos);
        self.emit_jump(Opcode::SETUP_FINALLY, except);
        self.unit.fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit.fblocks.pop();
        self.set_pos(NO_LOCATION);
        self.emit(Opcode::POP_BLOCK, 0);
        Ok(())
    }

    /// `COPY 3; POP_EXCEPT; RERAISE 1`: an exception raised in a handler
    /// restores the previously handled one and propagates.
    fn pop_except_and_reraise(&mut self) {
        self.set_pos(NO_LOCATION);
        self.emit(Opcode::COPY, 3);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
    }

    fn try_except(
        &mut self,
        pos: Pos,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
    ) -> R {
        let mut except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.protected_body(pos, body, except)?;
        self.stmts(orelse)?;
        self.set_pos(NO_LOCATION);
        self.emit_jump(Opcode::JUMP_FORWARD, end);
        self.bind(except);
        self.set_pos(NO_LOCATION);
        self.emit_jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.unit.fblocks.push(FBlock::ExceptionHandler);
        for (i, h) in handlers.iter().enumerate() {
            if h.type_.is_none() && i + 1 < handlers.len() {
                return Err(self.error(h.pos, "default 'except:' must be last"));
            }
            let next = self.new_label();
            self.set_pos(h.pos);
            if let Some(t) = &h.type_ {
                self.expr(t)?;
                self.set_pos(h.pos);
                self.emit(Opcode::CHECK_EXC_MATCH, 0);
                self.emit_jump(Opcode::POP_JUMP_IF_FALSE, next);
            }
            match &h.name {
                Some(name) => {
                    let cleanup_end = self.new_label();
                    self.store_name(name);
                    self.emit_jump(Opcode::SETUP_CLEANUP, cleanup_end);
                    self.unit
                        .fblocks
                        .push(FBlock::HandlerCleanup(Some(name.as_str() as *const str)));
                    self.stmts(&h.body)?;
                    self.unit.fblocks.pop();
                    self.set_pos(NO_LOCATION);
                    self.emit(Opcode::POP_BLOCK, 0);
                    self.emit(Opcode::POP_BLOCK, 0);
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.clear_name(name);
                    self.emit_jump(Opcode::JUMP_FORWARD, end);
                    self.bind(cleanup_end);
                    self.clear_name(name);
                    self.emit(Opcode::RERAISE, 1);
                }
                None => {
                    self.emit(Opcode::POP_TOP, 0);
                    self.unit.fblocks.push(FBlock::HandlerCleanup(None));
                    self.stmts(&h.body)?;
                    self.unit.fblocks.pop();
                    self.set_pos(NO_LOCATION);
                    self.emit(Opcode::POP_BLOCK, 0);
                    self.emit(Opcode::POP_EXCEPT, 0);
                    self.emit_jump(Opcode::JUMP_FORWARD, end);
                }
            }
            self.bind(next);
            except = next;
        }
        let _ = except;
        self.unit.fblocks.pop();
        self.set_pos(NO_LOCATION);
        self.emit(Opcode::RERAISE, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    /// `try` with `except*` clauses (CPython's `compiler_try_star_except`).
    /// Each clause takes the part of the exception group its types match
    /// (`CHECK_EG_MATCH`) and leaves the rest to the next one; what the
    /// clauses raise, and what is left unmatched, go into a list that
    /// `INTRINSIC_PREP_RERAISE_STAR` turns into the exception to re-raise.
    fn try_star_except(
        &mut self,
        pos: Pos,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
    ) -> R {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        let reraise = self.new_label();
        self.protected_body(pos, body, except)?;
        // The `else` block is compiled after the handlers but placed here.
        let else_at = self.unit.instrs.len();
        self.bind(except);
        self.set_pos(NO_LOCATION);
        self.emit_jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.unit.fblocks.push(FBlock::ExceptionGroupHandler);
        for (i, h) in handlers.iter().enumerate() {
            let no_match = self.new_label();
            let handled = self.new_label();
            let with_error = self.new_label();
            let cleanup_end = self.new_label();
            self.set_pos(h.pos);
            if i == 0 {
                // [orig] -> [orig, raised list, exception to match]
                self.emit(Opcode::BUILD_LIST, 0);
                self.emit(Opcode::COPY, 2);
            }
            let Some(t) = &h.type_ else {
                return Err(self.error(h.pos, "expected one or more exception types"));
            };
            self.expr(t)?;
            self.set_pos(h.pos);
            self.emit(Opcode::CHECK_EG_MATCH, 0);
            self.emit(Opcode::COPY, 1);
            self.emit_jump(Opcode::POP_JUMP_IF_NONE, no_match);
            match &h.name {
                Some(name) => self.store_name(name),
                None => self.emit(Opcode::POP_TOP, 0),
            }
            self.emit_jump(Opcode::SETUP_CLEANUP, cleanup_end);
            let name = h.name.as_deref().map(|n| n as *const str);
            self.unit.fblocks.push(FBlock::HandlerCleanup(name));
            self.stmts(&h.body)?;
            self.unit.fblocks.pop();
            self.set_pos(NO_LOCATION);
            self.emit(Opcode::POP_BLOCK, 0);
            if let Some(name) = &h.name {
                self.clear_name(name);
            }
            self.emit_jump(Opcode::JUMP_FORWARD, handled);
            // The clause raised: its exception joins the list.
            self.bind(cleanup_end);
            if let Some(name) = &h.name {
                self.clear_name(name);
            }
            self.set_pos(NO_LOCATION);
            self.emit(Opcode::LIST_APPEND, 3);
            self.emit(Opcode::POP_TOP, 0);
            self.emit_jump(Opcode::JUMP_FORWARD, with_error);
            self.bind(handled);
            self.emit(Opcode::NOP, 0);
            self.emit_jump(Opcode::JUMP_FORWARD, with_error);
            self.bind(no_match);
            self.set_pos(h.pos);
            self.emit(Opcode::POP_TOP, 0);
            self.bind(with_error);
            if i + 1 == handlers.len() {
                // What no clause matched joins the list too.
                self.set_pos(NO_LOCATION);
                self.emit(Opcode::LIST_APPEND, 1);
                self.emit_jump(Opcode::JUMP_FORWARD, reraise_star);
            }
        }
        self.unit.fblocks.pop();
        self.bind(reraise_star);
        self.set_pos(NO_LOCATION);
        self.emit(Opcode::CALL_INTRINSIC_2, 1);
        self.emit(Opcode::COPY, 1);
        self.emit_jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit_jump(Opcode::JUMP_FORWARD, end);
        self.bind(reraise);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        let else_from = self.unit.instrs.len();
        self.stmts(orelse)?;
        self.set_pos(NO_LOCATION);
        self.emit_jump(Opcode::JUMP_FORWARD, end);
        self.move_tail(else_from, else_at);
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name`: the exception name is unbound after its handler.
    fn clear_name(&mut self, name: &str) {
        self.set_pos(NO_LOCATION);
        self.load_const(Value::None);
        self.store_name(name);
        let target = Expr {
            kind: ExprKind::Name {
                id: name.to_string(),
                ctx: ExprContext::Del,
            },
            pos: NO_LOCATION,
        };
        // A name's deletion never fails to compile.
        let _ = self.delete(&target);
    }

    /// `raise`, `raise exc`, `raise exc from cause`.
    pub(super) fn raise_stmt(&mut self, s: &Stmt) -> R {
        let StmtKind::Raise { exc, cause } = &s.kind else {
            unreachable!("raise_stmt takes a raise statement")
        };
        let mut n = 0;
        if let Some(e) = exc {
            self.expr(e)?;
            n = 1;
            if let Some(c) = cause {
                self.expr(c)?;
                n = 2;
            }
        }
        self.set_pos(s.pos);
        self.emit(Opcode::RAISE_VARARGS, n);
        Ok(())
    }

    /// `assert test, msg`.
    pub(super) fn assert_stmt(&mut self, s: &Stmt) -> R {
        let StmtKind::Assert { test, msg } = &s.kind else {
            unreachable!("assert_stmt takes an assert statement")
        };
        let end = self.new_label();
        self.jump_if(test, true, end)?;
        self.set_pos(s.pos);
        self.emit(Opcode::LOAD_ASSERTION_ERROR, 0);
        if let Some(m) = msg {
            self.expr(m)?;
            self.set_pos(s.pos);
            self.emit(Opcode::CALL, 0);
        }
        // The raise is placed on the failed test, as in CPython.
        self.set_pos(test.pos);
        self.emit(Opcode::RAISE_VARARGS, 1);
        self.bind(end);
        Ok(())
    }

    /// `with a as x, b: body`, one item at a time (CPython's `compiler_with`).
    pub(super) fn with_stmt(&mut self, s: &Stmt) -> R {
        let StmtKind::With {
            items,
            body,
            is_async,
        } = &s.kind
        else {
            unreachable!("with_stmt takes a with statement")
        };
        if *is_async && !self.unit.coroutine {
            return Err(self.error(s.pos, "'async with' outside async function"));
        }
        self.with_items(s.pos, items, body, *is_async)
    }

    /// The items of a `with` (CPython's `compiler_with`), or of an `async
    /// with` (`compiler_async_with`: `__aenter__()` and `__aexit__(...)` are
    /// awaited).
    fn with_items(&mut self, pos: Pos, items: &[WithItem], body: &[Stmt], is_async: bool) -> R {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_pos(pos);
        if is_async {
            self.emit(Opcode::BEFORE_ASYNC_WITH, 0);
            self.await_value(1);
        } else {
            self.emit(Opcode::BEFORE_WITH, 0);
        }
        self.emit_jump(Opcode::SETUP_WITH, final_);
        self.unit.fblocks.push(FBlock::With(pos, is_async));
        match &item.optional_vars {
            Some(t) => self.store(t)?,
            None => {
                self.set_pos(pos);
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        self.with_items(pos, rest, body, is_async)?;
        self.unit.fblocks.pop();
        self.set_pos(NO_LOCATION);
        self.emit(Opcode::POP_BLOCK, 0);
        // The normal exit: `__exit__(None, None, None)`.
        self.set_pos(pos);
        self.call_exit_with_nones();
        if is_async {
            self.await_value(2);
        }
        self.emit(Opcode::POP_TOP, 0);
        self.emit_jump(Opcode::JUMP_FORWARD, exit);
        // The exceptional exit: `__exit__(type, value, tb)` decides.
        self.bind(final_);
        self.set_pos(pos);
        self.emit_jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        if is_async {
            self.await_value(2);
        }
        self.emit(Opcode::TO_BOOL, 0);
        let suppress = self.new_label();
        self.emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
        self.set_pos(NO_LOCATION);
        self.emit(Opcode::RERAISE, 2);
        self.bind(suppress);
        self.set_pos(NO_LOCATION);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.emit_jump(Opcode::JUMP_FORWARD, exit);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    /// `__exit__(None, None, None)` for the `__exit__` on top of the stack: the
    /// first `None` fills the call's `self` slot.
    fn call_exit_with_nones(&mut self) {
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.emit(Opcode::CALL, 2);
    }

    // ------------------------------------------------------------ leaving blocks

    /// Emits what leaving `block` early needs (CPython's `compiler_unwind_fblock`);
    /// `preserve_tos` keeps a computed return value on top.
    fn unwind_fblock(&mut self, block: FBlock, preserve_tos: bool) -> R {
        match block {
            FBlock::Loop(l) => {
                for _ in 0..l.pops_on_break {
                    if preserve_tos {
                        self.emit(Opcode::SWAP, 2);
                    }
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
            FBlock::ExceptionHandler | FBlock::ExceptionGroupHandler => {}
            FBlock::TryExcept => self.emit(Opcode::POP_BLOCK, 0),
            FBlock::FinallyTry(body) => {
                self.emit(Opcode::POP_BLOCK, 0);
                if preserve_tos {
                    self.unit.fblocks.push(FBlock::PopValue);
                }
                // SAFETY: the pointer is into the module being compiled, which
                // `compile_module` borrows for the whole compilation.
                let body: &[Stmt] = unsafe { &*body };
                let saved = self.unit.pos;
                self.stmts(body)?;
                self.set_pos(saved);
                if preserve_tos {
                    self.unit.fblocks.pop();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_BLOCK, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
            }
            FBlock::With(pos, is_async) => {
                let saved = self.set_pos(pos);
                self.emit(Opcode::POP_BLOCK, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones();
                if is_async {
                    self.await_value(2);
                }
                self.emit(Opcode::POP_TOP, 0);
                self.set_pos(saved);
            }
            FBlock::HandlerCleanup(name) => {
                if name.is_some() {
                    self.emit(Opcode::POP_BLOCK, 0);
                }
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_BLOCK, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
                if let Some(name) = name {
                    // SAFETY: as for `FinallyTry`, the name lives in the module.
                    let name: &str = unsafe { &*name };
                    let saved = self.unit.pos;
                    self.clear_name(name);
                    self.set_pos(saved);
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        Ok(())
    }

    /// Unwinds the blocks from the innermost outwards, up to (not including) the
    /// innermost loop when `to_loop`; returns that loop. Each block is popped
    /// while its exit code is compiled, so a `return` in a finally body does not
    /// run that body again.
    pub(super) fn unwind_fblocks(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
    ) -> Result<Option<LoopTargets>, CompileError> {
        let Some(&top) = self.unit.fblocks.last() else {
            return Ok(None);
        };
        if let (FBlock::Loop(l), true) = (top, to_loop) {
            return Ok(Some(l));
        }
        if let FBlock::ExceptionGroupHandler = top {
            return Err(self.error(
                self.unit.pos,
                "'break', 'continue' and 'return' cannot appear in an except* block",
            ));
        }
        self.unit.fblocks.pop();
        let r = self
            .unwind_fblock(top, preserve_tos)
            .and_then(|_| self.unwind_fblocks(preserve_tos, to_loop));
        self.unit.fblocks.push(top);
        r
    }

    /// Whether a loop encloses the current statement in this code object.
    pub(super) fn in_loop(&self) -> bool {
        self.unit
            .fblocks
            .iter()
            .any(|b| matches!(b, FBlock::Loop(_)))
    }
}
