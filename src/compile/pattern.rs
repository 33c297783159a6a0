//! `match` statements (PEP 634), compiled as CPython 3.13's `codegen.c` does:
//! the subject stays on the stack while each case's pattern tests it; the
//! values a pattern captures pile up on the stack and are stored only once
//! the whole pattern matched; a failing test jumps to a "fail pop" label that
//! pops exactly what the pattern had pushed so far.

use super::{Compiler, Label, NO_LOCATION, R};
use crate::ast::{Constant, Expr, ExprKind, MatchCase, Pattern, PatternKind, Pos};
use crate::bytecode::Opcode;
use crate::runtime::Value;

/// What compiling one pattern keeps track of (CPython's `pattern_context`).
struct PatternContext {
    /// The names captured so far, in the order their values sit on the stack.
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops `n` items and falls into `fail_pop[n - 1]`.
    fail_pop: Vec<Label>,
    /// Items on the stack above the captured values that a failure must pop.
    on_top: usize,
}

impl PatternContext {
    fn new(allow_irrefutable: bool) -> PatternContext {
        PatternContext {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
        }
    }
}

/// `_`: a pattern that matches anything and binds nothing.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        &p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

/// `*_`.
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(&p.kind, PatternKind::MatchStar { name: None })
}

impl Compiler<'_> {
    /// `match subject: case ...`.
    pub(super) fn match_stmt(&mut self, subject: &Expr, cases: &[MatchCase]) -> R {
        self.expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        // A final `case _:` needs neither a copy of the subject nor a test.
        let has_default = n > 1 && is_wildcard(&cases[n - 1].pattern);
        let tested = n - usize::from(has_default);
        for (i, case) in cases[..tested].iter().enumerate() {
            let pos = case.pattern.pos;
            let last = i == tested - 1;
            if !last {
                self.set_pos(pos);
                self.emit(Opcode::COPY, 1);
            }
            // Irrefutable cases must be guarded, last, or both.
            let mut pc = PatternContext::new(case.guard.is_some() || i == n - 1);
            self.pattern(&case.pattern, &mut pc)?;
            // A match: store the captured values (they are on the stack).
            for name in std::mem::take(&mut pc.stores) {
                self.set_pos(pos);
                self.store_name(&name);
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let fail = pc.fail_pop[0];
                self.jump_if(guard, false, fail)?;
            }
            if !last {
                self.set_pos(pos);
                self.emit(Opcode::POP_TOP, 0);
            }
            self.stmts(&case.body)?;
            self.set_pos(NO_LOCATION);
            self.emit_jump(Opcode::JUMP_FORWARD, end);
            self.emit_and_reset_fail_pop(pos, &mut pc);
        }
        if has_default {
            let case = &cases[n - 1];
            self.set_pos(case.pattern.pos);
            // The line of `case _:` shows in the listing, as in CPython.
            self.emit(Opcode::NOP, 0);
            if let Some(guard) = &case.guard {
                self.jump_if(guard, false, end)?;
            }
            self.stmts(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    /// Makes sure `pc.fail_pop` has labels for popping up to `n` items.
    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    /// Jumps (with `op`) to the label that pops what is on the stack now.
    fn jump_to_fail_pop(&mut self, pos: Pos, pc: &mut PatternContext, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.set_pos(pos);
        self.emit_jump(op, pc.fail_pop[pops]);
    }

    /// Binds the fail-pop labels, each followed by one `POP_TOP`.
    fn emit_and_reset_fail_pop(&mut self, pos: Pos, pc: &mut PatternContext) {
        let labels = std::mem::take(&mut pc.fail_pop);
        if labels.is_empty() {
            return;
        }
        for l in labels[1..].iter().rev() {
            self.bind(*l);
            self.set_pos(pos);
            self.emit(Opcode::POP_TOP, 0);
        }
        self.bind(labels[0]);
    }

    /// Moves the top of the stack `count - 1` places down.
    fn rotate(&mut self, pos: Pos, count: usize) {
        self.set_pos(pos);
        for c in (2..=count).rev() {
            self.emit(Opcode::SWAP, c as u32);
        }
    }

    /// Keeps the value on top as the capture `name` (pops it for `None`).
    fn capture(&mut self, pos: Pos, name: Option<&str>, pc: &mut PatternContext) -> R {
        let Some(name) = name else {
            self.set_pos(pos);
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        };
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.error(
                pos,
                format!("multiple assignments to name '{name}' in pattern"),
            ));
        }
        // Under anything that must stay on top (and the other captures).
        self.rotate(pos, pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    /// A sub-pattern: irrefutable ones are always allowed there.
    fn subpattern(&mut self, p: &Pattern, pc: &mut PatternContext) -> R {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    fn pattern(&mut self, p: &Pattern, pc: &mut PatternContext) -> R {
        let pos = p.pos;
        match &p.kind {
            PatternKind::MatchValue { value } => {
                self.expr(value)?;
                self.set_pos(pos);
                self.compare_op(crate::ast::CmpOperator::Eq, false);
                self.emit(Opcode::TO_BOOL, 0);
                self.jump_to_fail_pop(pos, pc, Opcode::POP_JUMP_IF_FALSE);
            }
            PatternKind::MatchSingleton { value } => {
                self.set_pos(pos);
                self.load_const(super::constant_value(value));
                self.emit(Opcode::IS_OP, 0);
                self.jump_to_fail_pop(pos, pc, Opcode::POP_JUMP_IF_FALSE);
            }
            PatternKind::MatchSequence { patterns } => self.sequence_pattern(pos, patterns, pc)?,
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(pos, keys, patterns, rest.as_deref(), pc)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.class_pattern(pos, cls, patterns, kwd_attrs, kwd_patterns, pc)?,
            PatternKind::MatchStar { name } => self.capture(pos, name.as_deref(), pc)?,
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return Err(self.error(
                            pos,
                            match name {
                                Some(n) => format!(
                                    "name capture '{n}' makes remaining patterns unreachable"
                                ),
                                None => "wildcard makes remaining patterns unreachable".into(),
                            },
                        ));
                    }
                    self.capture(pos, name.as_deref(), pc)?;
                }
                Some(inner) => {
                    // A copy to store once the inner pattern matched.
                    pc.on_top += 1;
                    self.set_pos(pos);
                    self.emit(Opcode::COPY, 1);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.capture(pos, name.as_deref(), pc)?;
                }
            },
            PatternKind::MatchOr { patterns } => self.or_pattern(pos, patterns, pc)?,
        }
        Ok(())
    }

    fn sequence_pattern(&mut self, pos: Pos, patterns: &[Pattern], pc: &mut PatternContext) -> R {
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, q) in patterns.iter().enumerate() {
            if let PatternKind::MatchStar { .. } = q.kind {
                if star.is_some() {
                    return Err(self.error(q.pos, "multiple starred names in sequence pattern"));
                }
                star_wildcard = is_star_wildcard(q);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(q);
        }
        // The subject stays on top for the type and length checks.
        pc.on_top += 1;
        self.set_pos(pos);
        self.emit(Opcode::MATCH_SEQUENCE, 0);
        self.jump_to_fail_pop(pos, pc, Opcode::POP_JUMP_IF_FALSE);
        let length_check = match star {
            None => Some((size, crate::ast::CmpOperator::Eq)),
            Some(_) if size > 1 => Some((size - 1, crate::ast::CmpOperator::GtE)),
            Some(_) => None,
        };
        if let Some((n, op)) = length_check {
            self.set_pos(pos);
            self.emit(Opcode::GET_LEN, 0);
            self.load_const(Value::Int(n as i64));
            self.compare_op(op, false);
            self.jump_to_fail_pop(pos, pc, Opcode::POP_JUMP_IF_FALSE);
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.set_pos(pos);
            self.emit(Opcode::POP_TOP, 0);
        } else if star_wildcard {
            self.sequence_subscripts(pos, patterns, star.unwrap_or(size), pc)?;
        } else {
            self.set_pos(pos);
            match star {
                None => self.emit(Opcode::UNPACK_SEQUENCE, size as u32),
                Some(s) => self.emit(Opcode::UNPACK_EX, (s | (size - s - 1) << 8) as u32),
            }
            pc.on_top += size;
            for q in patterns {
                pc.on_top -= 1;
                self.subpattern(q, pc)?;
            }
        }
        Ok(())
    }

    /// A sequence pattern with `*_`: the items it tests are subscripted out
    /// (from the end with nonnegative indexes, which any sequence supports).
    fn sequence_subscripts(
        &mut self,
        pos: Pos,
        patterns: &[Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> R {
        let size = patterns.len();
        pc.on_top += 1;
        for (i, q) in patterns.iter().enumerate() {
            if is_wildcard(q) || i == star {
                continue;
            }
            self.set_pos(pos);
            self.emit(Opcode::COPY, 1);
            if i < star {
                self.load_const(Value::Int(i as i64));
            } else {
                self.emit(Opcode::GET_LEN, 0);
                self.load_const(Value::Int((size - i) as i64));
                self.emit(Opcode::BINARY_OP, super::nb_op(crate::ast::Operator::Sub));
            }
            self.emit(Opcode::BINARY_SUBSCR, 0);
            self.subpattern(q, pc)?;
        }
        pc.on_top -= 1;
        self.set_pos(pos);
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        pos: Pos,
        keys: &[Expr],
        patterns: &[Pattern],
        rest: Option<&str>,
        pc: &mut PatternContext,
    ) -> R {
        let size = keys.len();
        pc.on_top += 1;
        self.set_pos(pos);
        self.emit(Opcode::MATCH_MAPPING, 0);
        self.jump_to_fail_pop(pos, pc, Opcode::POP_JUMP_IF_FALSE);
        if size == 0 && rest.is_none() {
            // `{}`: any mapping.
            pc.on_top -= 1;
            self.set_pos(pos);
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        }
        if size > 0 {
            self.set_pos(pos);
            self.emit(Opcode::GET_LEN, 0);
            self.load_const(Value::Int(size as i64));
            self.compare_op(crate::ast::CmpOperator::GtE, false);
            self.jump_to_fail_pop(pos, pc, Opcode::POP_JUMP_IF_FALSE);
        }
        let mut seen: Vec<&Constant> = Vec::new();
        for key in keys {
            match &key.kind {
                ExprKind::Constant { value, .. } => {
                    if seen.contains(&value) {
                        return Err(self.error(
                            pos,
                            format!(
                                "mapping pattern checks duplicate key ({})",
                                crate::pyrepr::constant_repr(value)
                            ),
                        ));
                    }
                    seen.push(value);
                }
                ExprKind::Attribute { .. } => {}
                _ => {
                    return Err(self.error(
                        pos,
                        "mapping pattern keys may only match literals and attribute lookups",
                    ));
                }
            }
        }
        // Folded after code generation when every key is a literal, as in CPython.
        match self.literals(keys) {
            Some(values) => self.load_folded_tuple(values, pos),
            None => self.build_tuple(keys, pos)?,
        }
        self.set_pos(pos);
        self.emit(Opcode::MATCH_KEYS, 0);
        // The tuple of keys and the tuple of values sit on the subject now.
        pc.on_top += 2;
        self.emit(Opcode::COPY, 1);
        self.load_const(Value::None);
        self.emit(Opcode::IS_OP, 1);
        self.jump_to_fail_pop(pos, pc, Opcode::POP_JUMP_IF_FALSE);
        self.set_pos(pos);
        self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for q in patterns {
            pc.on_top -= 1;
            self.subpattern(q, pc)?;
        }
        // Whatever comes next consumes the keys and the subject.
        pc.on_top -= 2;
        self.set_pos(pos);
        match rest {
            Some(name) => {
                // rest = dict(subject), then `del rest[key]` for every key.
                self.emit(Opcode::BUILD_MAP, 0);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::DICT_UPDATE, 2);
                self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
                for k in (1..=size).rev() {
                    self.emit(Opcode::COPY, 1 + k as u32);
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::DELETE_SUBSCR, 0);
                }
                self.capture(pos, Some(name), pc)?;
            }
            None => {
                self.emit(Opcode::POP_TOP, 0);
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        Ok(())
    }

    fn class_pattern(
        &mut self,
        pos: Pos,
        cls: &Expr,
        patterns: &[Pattern],
        kwd_attrs: &[String],
        kwd_patterns: &[Pattern],
        pc: &mut PatternContext,
    ) -> R {
        for (i, a) in kwd_attrs.iter().enumerate() {
            if kwd_attrs[..i].contains(a) {
                return Err(self.error(
                    kwd_patterns[i].pos,
                    format!("attribute name repeated in class pattern: {a}"),
                ));
            }
        }
        self.expr(cls)?;
        self.set_pos(pos);
        let names: Vec<Value> = kwd_attrs.iter().map(|a| Value::str(a)).collect();
        self.load_const(Value::tuple(names));
        let nargs = patterns.len();
        self.emit(Opcode::MATCH_CLASS, nargs as u32);
        self.emit(Opcode::COPY, 1);
        self.load_const(Value::None);
        self.emit(Opcode::IS_OP, 1);
        // A tuple of the attributes (or None) is on top now.
        pc.on_top += 1;
        self.jump_to_fail_pop(pos, pc, Opcode::POP_JUMP_IF_FALSE);
        let total = nargs + kwd_attrs.len();
        self.set_pos(pos);
        self.emit(Opcode::UNPACK_SEQUENCE, total as u32);
        pc.on_top += total;
        pc.on_top -= 1;
        for q in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(q) {
                self.set_pos(pos);
                self.emit(Opcode::POP_TOP, 0);
                continue;
            }
            self.subpattern(q, pc)?;
        }
        Ok(())
    }

    fn or_pattern(&mut self, pos: Pos, alternatives: &[Pattern], pc: &mut PatternContext) -> R {
        let end = self.new_label();
        let outer_allow = pc.allow_irrefutable;
        let outer_fail_pop = std::mem::take(&mut pc.fail_pop);
        let outer_on_top = pc.on_top;
        let outer_stores = std::mem::take(&mut pc.stores);
        // The names the first alternative binds: the others must bind the
        // same, and their values are reordered to its order.
        let mut control: Option<Vec<String>> = None;
        let n = alternatives.len();
        for (i, alt) in alternatives.iter().enumerate() {
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == n - 1 && outer_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.set_pos(alt.pos);
            self.emit(Opcode::COPY, 1);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(c) if c.len() != pc.stores.len() => {
                    return Err(self.error(pos, "alternative patterns bind different names"));
                }
                Some(c) => {
                    let c = c.clone();
                    for icontrol in (0..c.len()).rev() {
                        let Some(istores) = pc.stores.iter().position(|s| *s == c[icontrol]) else {
                            return Err(
                                self.error(pos, "alternative patterns bind different names")
                            );
                        };
                        if icontrol != istores {
                            // Move the first `rotations` values (and names)
                            // up to where the control order has them.
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, name) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, name);
                            }
                            for _ in 0..rotations {
                                self.rotate(alt.pos, icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.set_pos(alt.pos);
            self.emit_jump(Opcode::JUMP_FORWARD, end);
            self.emit_and_reset_fail_pop(alt.pos, pc);
        }
        pc.stores = outer_stores;
        pc.fail_pop = outer_fail_pop;
        pc.on_top = outer_on_top;
        pc.allow_irrefutable = outer_allow;
        // No alternative matched: pop the copy of the subject and fail.
        self.set_pos(pos);
        self.emit(Opcode::POP_TOP, 0);
        self.jump_to_fail_pop(pos, pc, Opcode::JUMP_FORWARD);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(pos, nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(
                    pos,
                    format!("multiple assignments to name '{name}' in pattern"),
                ));
            }
            pc.stores.push(name);
        }
        // Pop the copy of the subject.
        self.set_pos(pos);
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }
}
