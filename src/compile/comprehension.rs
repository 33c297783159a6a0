//! List, set and dict comprehensions, inlined into the code that holds them as
//! CPython 3.12+ does (PEP 709, `compiler_comprehension` with
//! `push_inlined_comprehension_state`): the names the comprehension binds are
//! saved with `LOAD_FAST_AND_CLEAR` on entry and restored on exit (and by a
//! handler when an exception leaves it), so they do not leak.

use super::*;
use crate::bytecode::Opcode;
use crate::runtime::Value;

/// What a comprehension builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CompKind {
    /// `[elt for ...]`
    List,
    /// `{elt for ...}`
    Set,
    /// `{key: value for ...}`
    Dict,
    /// `(elt for ...)`: the body of a generator expression's function.
    Generator,
}

impl Compiler<'_> {
    /// Compiles a comprehension; `elts` is `[elt]`, or `[key, value]` for a dict.
    pub(super) fn comprehension(
        &mut self,
        e: &Expr,
        kind: CompKind,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) -> R {
        let Some(first) = generators.first() else {
            return Err(self.error(e.pos, "comprehension without 'for'"));
        };
        if let Some(g) = generators.iter().find(|g| g.is_async) {
            return Err(self.unsupported(g.iter.pos, "'async for' in comprehensions"));
        }
        self.expr(&first.iter)?;
        self.set_pos(first.iter.pos);
        self.emit(Opcode::GET_ITER, 0);
        // Save the names the comprehension binds (a cell gets a fresh cell).
        let mut names: Vec<String> = Vec::new();
        for g in generators {
            symtable::target_names(&g.target, &mut names);
        }
        let names: Vec<String> = names.iter().map(|n| self.mangle(n).into_owned()).collect();
        self.unit.comp_active.extend(names.iter().cloned());
        let slots: Vec<u32> = names.iter().map(|n| self.cell_slot(n)).collect();
        for (name, &slot) in names.iter().zip(&slots) {
            self.emit(Opcode::LOAD_FAST_AND_CLEAR, slot);
            if self.deref_slot(name).is_some() {
                self.emit(Opcode::MAKE_CELL, slot);
            }
        }
        let cleanup = self.new_label();
        let pushed = names.len() as u32;
        if pushed > 0 {
            self.emit(Opcode::SWAP, pushed + 1);
            self.emit_jump(Opcode::SETUP_FINALLY, cleanup);
        }
        let build = match kind {
            CompKind::List => Opcode::BUILD_LIST,
            CompKind::Set => Opcode::BUILD_SET,
            CompKind::Dict | CompKind::Generator => Opcode::BUILD_MAP,
        };
        self.emit(build, 0);
        self.emit(Opcode::SWAP, 2);
        let r = self.comprehension_loop(kind, generators, 0, elts);
        let n = self.unit.comp_active.len() - names.len();
        self.unit.comp_active.truncate(n);
        r?;
        if pushed > 0 {
            let end = self.new_label();
            self.set_pos(NO_LOCATION);
            self.emit(Opcode::POP_BLOCK, 0);
            self.emit_jump(Opcode::JUMP_FORWARD, end);
            // An exception inside: drop the partial result, restore, re-raise.
            self.bind(cleanup);
            self.set_pos(NO_LOCATION);
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::POP_TOP, 0);
            self.restore_names(e.pos, &slots);
            self.emit(Opcode::RERAISE, 0);
            self.bind(end);
            self.restore_names(e.pos, &slots);
        }
        Ok(())
    }

    /// `(elt for x in it ...)`: a generator function over the first iterator,
    /// called at once with it (CPython's `compiler_genexp`).
    pub(super) fn generator_expression(
        &mut self,
        e: &Expr,
        elt: &Expr,
        generators: &[Comprehension],
    ) -> R {
        let Some(first) = generators.first() else {
            return Err(self.error(e.pos, "comprehension without 'for'"));
        };
        if let Some(g) = generators.iter().find(|g| g.is_async) {
            return Err(self.unsupported(g.iter.pos, "'async for' in comprehensions"));
        }
        let scope = self.symtable.scope(e);
        let args = Arguments {
            posonlyargs: Vec::new(),
            args: vec![Arg {
                arg: ".0".into(),
                annotation: None,
                pos: e.pos,
            }],
            vararg: None,
            kwonlyargs: Vec::new(),
            kw_defaults: Vec::new(),
            kwarg: None,
            defaults: Vec::new(),
        };
        self.function(
            (e.pos, e.pos),
            "<genexpr>",
            (&args, None),
            scope,
            None,
            |c| {
                c.set_pos(e.pos);
                c.emit(Opcode::LOAD_FAST, 0);
                c.comprehension_loop(CompKind::Generator, generators, 0, &[elt])
            },
        )?;
        self.expr(&first.iter)?;
        self.set_pos(first.iter.pos);
        self.emit(Opcode::GET_ITER, 0);
        self.set_pos(e.pos);
        self.emit(Opcode::CALL, 0);
        Ok(())
    }

    /// `YIELD_VALUE; RESUME`: the value on top goes out, the sent one comes in.
    pub(super) fn emit_yield(&mut self) {
        self.emit(Opcode::YIELD_VALUE, 0);
        self.emit(Opcode::RESUME, 1);
    }

    /// `yield from` on the iterable on top (CPython's `compiler_add_yield_from`):
    /// values are sent down and yielded up while the sub-iterator runs.
    pub(super) fn yield_from(&mut self) {
        self.emit(Opcode::GET_YIELD_FROM_ITER, 0);
        self.delegate(false);
    }

    /// `await` on the value on top: its awaitable's iterator is delegated to
    /// like a `yield from`'s.
    pub(super) fn await_value(&mut self, kind: u32) {
        self.emit(Opcode::GET_AWAITABLE, kind);
        self.delegate(true);
    }

    /// The send loop of `yield from` and `await` (CPython's
    /// `compiler_add_yield_from`) on the iterator on top.
    pub(super) fn delegate(&mut self, await_: bool) {
        let send = self.new_label();
        let fail = self.new_label();
        let exit = self.new_label();
        self.load_const(Value::None);
        self.bind(send);
        self.emit_jump(Opcode::SEND, exit);
        self.emit_jump(Opcode::SETUP_FINALLY, fail);
        self.emit(Opcode::YIELD_VALUE, 1);
        let pos = self.set_pos(NO_LOCATION);
        self.emit(Opcode::POP_BLOCK, 0);
        self.set_pos(pos);
        self.emit(Opcode::RESUME, if await_ { 3 } else { 2 });
        self.emit_jump(Opcode::JUMP_BACKWARD_NO_INTERRUPT, send);
        self.bind(fail);
        self.emit(Opcode::CLEANUP_THROW, 0);
        self.bind(exit);
        self.emit(Opcode::END_SEND, 0);
    }

    /// Moves the result under the saved values and stores them back.
    fn restore_names(&mut self, pos: Pos, slots: &[u32]) {
        self.set_pos(pos);
        self.emit(Opcode::SWAP, slots.len() as u32 + 1);
        for &slot in slots.iter().rev() {
            self.emit(Opcode::STORE_FAST, slot);
        }
    }

    /// One `for` clause (its iterator on the stack) and everything inside it.
    fn comprehension_loop(
        &mut self,
        kind: CompKind,
        generators: &[Comprehension],
        index: usize,
        elts: &[&Expr],
    ) -> R {
        let g = &generators[index];
        // The loop's own instructions carry its iterable's position, the
        // appends the element's (CPython's locations, which tracebacks show).
        if index > 0 {
            self.expr(&g.iter)?;
            self.set_pos(g.iter.pos);
            self.emit(Opcode::GET_ITER, 0);
        }
        let start = self.new_label();
        let anchor = self.new_label();
        self.bind(start);
        self.set_pos(g.iter.pos);
        self.emit_jump(Opcode::FOR_ITER, anchor);
        self.store(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_loop(kind, generators, index + 1, elts)?;
        } else {
            for elt in elts {
                self.expr(elt)?;
            }
            // The result sits under one iterator per `for` clause.
            let depth = generators.len() as u32 + 1;
            let first = elts[0].pos;
            let last = elts[elts.len() - 1].pos;
            self.set_pos(Pos {
                end_lineno: last.end_lineno,
                end_col_offset: last.end_col_offset,
                ..first
            });
            match kind {
                CompKind::List => self.emit(Opcode::LIST_APPEND, depth),
                CompKind::Set => self.emit(Opcode::SET_ADD, depth),
                CompKind::Dict => self.emit(Opcode::MAP_ADD, depth),
                CompKind::Generator => {
                    self.emit_yield();
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
        }
        self.set_pos(NO_LOCATION);
        self.emit_jump(Opcode::JUMP_BACKWARD, start);
        self.set_pos(g.iter.pos);
        self.bind(anchor);
        self.emit(Opcode::END_FOR, 0);
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }
}
