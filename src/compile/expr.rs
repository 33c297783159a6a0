//! Expressions and conditions to bytecode — the expression half of CPython's
//! `codegen.c` (displays, calls, comparisons, `compiler_jump_if`).

use super::comprehension::CompKind;
use super::*;
use crate::bytecode::Opcode;
use crate::runtime::{Value, intern};

impl Compiler<'_> {
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
    pub(super) fn literal(&self, e: &Expr) -> Option<Value> {
        match &e.kind {
            ExprKind::Constant { value, .. } => Some(constant_value(value)),
            _ => self.folded_value(e),
        }
    }

    /// Compiles an operand that is only iterated or searched: a list display
    /// is built as a tuple instead (a constant one when every element is a
    /// literal), as CPython's AST optimiser does for `for x in [...]` and `x in [...]`.
    pub(super) fn sequence_operand(&mut self, e: &Expr) -> R {
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

    pub(super) fn expr_inner(&mut self, e: &Expr) -> R {
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
            } => {
                let starred = args
                    .iter()
                    .any(|a| matches!(a.kind, ExprKind::Starred { .. }));
                if starred || keywords.iter().any(|k| k.arg.is_none()) {
                    self.call_ex(e, func, args, keywords)?
                } else {
                    self.call(e, func, args, keywords)?
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.set_pos(e.pos);
                self.emit(Opcode::COPY, 1);
                self.store(target)?;
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, generators, &[elt])?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, generators, &[elt])?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, generators, &[key, value])?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.generator_expression(e, elt, generators)?
            }
            ExprKind::Await { value } => {
                if !self.unit.coroutine {
                    return Err(self.error(e.pos, "'await' outside async function"));
                }
                self.expr(value)?;
                self.set_pos(e.pos);
                self.await_value(0);
            }
            ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }
                if self.unit.kind != ScopeKind::Function =>
            {
                return Err(self.error(e.pos, "'yield' outside function"));
            }
            ExprKind::Yield { value } => {
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.set_pos(e.pos);
                self.emit_yield();
            }
            ExprKind::YieldFrom { value } => {
                self.expr(value)?;
                self.set_pos(e.pos);
                self.yield_from();
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                self.set_pos(e.pos);
                let oparg = match u8::try_from(*conversion).map(char::from) {
                    Ok('s') => Some(1),
                    Ok('r') => Some(2),
                    Ok('a') => Some(3),
                    _ => None,
                };
                if let Some(oparg) = oparg {
                    self.emit(Opcode::CONVERT_VALUE, oparg);
                }
                match format_spec {
                    Some(spec) => {
                        self.expr(spec)?;
                        self.set_pos(e.pos);
                        self.emit(Opcode::FORMAT_WITH_SPEC, 0);
                    }
                    None => self.emit(Opcode::FORMAT_SIMPLE, 0),
                }
            }
            ExprKind::JoinedStr { values } => {
                // CPython joins more pieces than its stack guideline (30)
                // with `''.join([...])`.
                if values.len() > 30 {
                    return Err(self.unsupported(e.pos, "f-strings of more than 30 pieces"));
                }
                for v in values {
                    self.expr(v)?;
                }
                self.set_pos(e.pos);
                match values.len() {
                    0 => self.load_const(Value::str("")),
                    1 => {}
                    n => self.emit(Opcode::BUILD_STRING, n as u32),
                }
            }
            // Starred values are only valid inside displays and calls, which
            // handle them before reaching here.
            ExprKind::Starred { .. } => {
                return Err(self.error(e.pos, "can't use starred expression here"));
            }
            ExprKind::Attribute { value, attr, .. } => {
                if let Some(two_args) = self.super_call(value) {
                    self.load_super(value, two_args)?;
                    self.set_pos(e.pos);
                    let i = self.attr_index(attr);
                    self.emit(Opcode::LOAD_SUPER_ATTR, i << 2 | (two_args as u32) << 1);
                    return Ok(());
                }
                self.expr(value)?;
                self.set_pos(e.pos);
                let i = self.attr_index(attr);
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
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } | ExprKind::Set { elts }
                if elts
                    .iter()
                    .any(|x| matches!(x.kind, ExprKind::Starred { .. })) =>
            {
                let kind = match e.kind {
                    ExprKind::List { .. } => DisplayKind::List,
                    ExprKind::Set { .. } => DisplayKind::Set,
                    _ => DisplayKind::Tuple,
                };
                self.starred_display(elts, kind)?
            }
            ExprKind::List { elts, .. } => self.list_display(elts, false)?,
            ExprKind::Set { elts } => self.list_display(elts, true)?,
            ExprKind::Tuple { elts, .. } => self.tuple_of(elts, e.pos)?,
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::Lambda { args, body } => {
                let scope = self.symtable.scope(e);
                self.function((e.pos, e.pos), "<lambda>", (args, None), scope, None, |c| {
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
    pub(super) fn slice_bounds(&mut self, lower: Option<&Expr>, upper: Option<&Expr>) -> R {
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
    pub(super) fn percent_format(&mut self, parts: &[fstring::Part], elts: &[Expr]) -> R {
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

    /// `[a, b, c]` or `{a, b, c}` as CPython 3.13 builds it: more than two
    /// literals become a tuple (frozenset) constant extended into an empty
    /// list (set); more than 30 elements are appended one by one instead of
    /// piling up on the stack.
    pub(super) fn list_display(&mut self, elts: &[Expr], set: bool) -> R {
        let pos = self.unit.pos;
        let (build, add, extend) = if set {
            (Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE)
        } else {
            (Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND)
        };
        if elts.len() > 2
            && let Some(values) = elts
                .iter()
                .map(|e| self.literal(e))
                .collect::<Option<Vec<_>>>()
        {
            let constant = if set {
                match crate::runtime::PySet::from_values(values) {
                    Ok(s) => Value::FrozenSet(Rc::new(s)),
                    Err(_) => return Err(self.error(pos, "unhashable set element")),
                }
            } else {
                Value::tuple(values)
            };
            self.emit(build, 0);
            self.load_const(constant);
            self.emit(extend, 1);
            return Ok(());
        }
        if elts.len() > STACK_USE_GUIDELINE {
            self.emit(build, 0);
            for x in elts {
                self.expr(x)?;
                self.set_pos(pos);
                self.emit(add, 1);
            }
            return Ok(());
        }
        for x in elts {
            self.expr(x)?;
        }
        self.set_pos(pos);
        self.emit(build, elts.len() as u32);
        Ok(())
    }

    /// A display or argument list with `*` elements (CPython's
    /// `starunpack_helper`): the items before the first star are built into a
    /// list (set), each starred value extends it and later items are
    /// appended; a tuple is converted at the end.
    pub(super) fn starred_display(&mut self, elts: &[Expr], kind: DisplayKind) -> R {
        let pos = self.unit.pos;
        let (build, add, extend) = match kind {
            DisplayKind::Set => (Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE),
            _ => (Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND),
        };
        let mut built = false;
        for (i, elt) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &elt.kind {
                if !built {
                    self.set_pos(pos);
                    self.emit(build, i as u32);
                    built = true;
                }
                self.expr(value)?;
                self.set_pos(pos);
                self.emit(extend, 1);
            } else {
                self.expr(elt)?;
                if built {
                    self.set_pos(pos);
                    self.emit(add, 1);
                }
            }
        }
        if kind == DisplayKind::Tuple {
            self.set_pos(pos);
            self.emit(Opcode::CALL_INTRINSIC_1, 6);
        }
        Ok(())
    }

    /// `{k: v, ...}` as CPython 3.13 builds it: chunks of at most 17 pairs, each
    /// with constant keys as one `BUILD_CONST_KEY_MAP`, merged by `DICT_UPDATE`.
    pub(super) fn dict_display(&mut self, keys: &[Option<Expr>], values: &[Expr]) -> R {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        let pos = self.unit.pos;
        for i in 0..n {
            if keys[i].is_none() {
                // `**mapping`: what came before is built, then the mapping merged.
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Opcode::DICT_UPDATE, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.set_pos(pos);
                    self.emit(Opcode::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.expr(&values[i])?;
                self.set_pos(pos);
                self.emit(Opcode::DICT_UPDATE, 1);
                continue;
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

    pub(super) fn subdict(
        &mut self,
        keys: &[Option<Expr>],
        values: &[Expr],
        begin: usize,
        end: usize,
    ) -> R {
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

    pub(super) fn comparator(&mut self, op: CmpOperator, e: &Expr) -> R {
        match op {
            CmpOperator::In | CmpOperator::NotIn => self.sequence_operand(e),
            _ => self.expr(e),
        }
    }

    pub(super) fn compare_op(&mut self, op: CmpOperator, to_bool: bool) {
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

    pub(super) fn call(&mut self, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> R {
        match &func.kind {
            ExprKind::Attribute { value, attr, .. } if self.super_call(value).is_some() => {
                let two_args = self.super_call(value) == Some(true);
                self.load_super(value, two_args)?;
                self.set_pos(func.pos);
                let i = self.attr_index(attr);
                self.emit(Opcode::LOAD_SUPER_ATTR, i << 2 | (two_args as u32) << 1 | 1);
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.set_pos(func.pos);
                let i = self.attr_index(attr);
                self.emit(Opcode::LOAD_ATTR, (i << 1) | 1);
            }
            ExprKind::Name { id, .. } if self.name_site(id) == NameSite::Global => {
                self.set_pos(func.pos);
                let id = self.mangle(id).into_owned();
                let i = self.name_index(&id);
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

    /// Whether `e` is a `super()` or `super(C, obj)` call that `LOAD_SUPER_ATTR`
    /// can do without calling `super` (CPython's `can_optimize_super_call`);
    /// `Some(true)` for the two-argument form.
    fn super_call(&self, e: &Expr) -> Option<bool> {
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &e.kind
        else {
            return None;
        };
        let ExprKind::Name { id, .. } = &func.kind else {
            return None;
        };
        if id != "super" || self.name_site(id) != NameSite::Global || !keywords.is_empty() {
            return None;
        }
        if args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
        {
            return None;
        }
        let has_class = self.unit.frees.iter().any(|f| f == "__class__");
        match args.len() {
            0 if has_class && (self.unit.argcount > 0 || self.unit.varargs) => Some(false),
            2 => Some(true),
            _ => None,
        }
    }

    /// Pushes `super`, the class and the object for `LOAD_SUPER_ATTR`.
    fn load_super(&mut self, call: &Expr, two_args: bool) -> R {
        let ExprKind::Call { func, args, .. } = &call.kind else {
            unreachable!("super_call checked the call")
        };
        self.load_name("super", func.pos);
        if two_args {
            self.expr(&args[0])?;
            self.expr(&args[1])?;
        } else {
            self.load_name("__class__", func.pos);
            let first = self.unit.varnames[0].as_str().to_string();
            self.load_name(&first, func.pos);
        }
        Ok(())
    }

    /// A call with `*args` or `**kwargs` (CPython's `compiler_call_helper` for
    /// `CALL_FUNCTION_EX`): the positional arguments become one tuple and the
    /// keyword arguments one dict.
    fn call_ex(&mut self, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> R {
        self.expr(func)?;
        self.set_pos(func.pos);
        if self.unit.instrs.last().map(|i| i.op) == Some(Opcode::LOAD_GLOBAL as u16) {
            // `LOAD_GLOBAL` pushes the NULL itself (CPython folds the PUSH_NULL).
            if let Some(last) = self.unit.instrs.last_mut() {
                last.arg |= 1;
            }
        } else {
            self.emit(Opcode::PUSH_NULL, 0);
        }
        self.set_pos(e.pos);
        match args {
            [
                Expr {
                    kind: ExprKind::Starred { value, .. },
                    ..
                },
            ] => self.expr(value)?,
            _ if args
                .iter()
                .any(|a| matches!(a.kind, ExprKind::Starred { .. })) =>
            {
                self.starred_display(args, DisplayKind::Tuple)?
            }
            // `f(**kw)`: the empty tuple is a constant.
            [] => self.load_const(Value::tuple(Vec::new())),
            _ => self.build_tuple(args, e.pos)?,
        }
        let mut have_dict = false;
        let mut seen = 0;
        for (i, k) in keywords.iter().enumerate() {
            if k.arg.is_some() {
                seen += 1;
                continue;
            }
            if seen > 0 {
                self.sub_kwargs(&keywords[i - seen..i], e.pos)?;
                if have_dict {
                    self.emit(Opcode::DICT_MERGE, 1);
                }
                have_dict = true;
                seen = 0;
            }
            if !have_dict {
                self.set_pos(e.pos);
                self.emit(Opcode::BUILD_MAP, 0);
                have_dict = true;
            }
            self.expr(&k.value)?;
            self.set_pos(e.pos);
            self.emit(Opcode::DICT_MERGE, 1);
        }
        if seen > 0 {
            self.sub_kwargs(&keywords[keywords.len() - seen..], e.pos)?;
            if have_dict {
                self.emit(Opcode::DICT_MERGE, 1);
            }
            have_dict = true;
        }
        self.set_pos(e.pos);
        self.emit(Opcode::CALL_FUNCTION_EX, have_dict as u32);
        Ok(())
    }

    /// A dict of named keyword arguments (CPython's `compiler_subkwargs`).
    fn sub_kwargs(&mut self, keywords: &[Keyword], pos: Pos) -> R {
        let names: Vec<&str> = keywords.iter().filter_map(|k| k.arg.as_deref()).collect();
        for (i, n) in names.iter().enumerate() {
            if names[..i].contains(n) {
                return Err(self.error(keywords[i].pos, format!("keyword argument repeated: {n}")));
            }
        }
        if keywords.len() > 1 {
            for k in keywords {
                self.expr(&k.value)?;
            }
            self.set_pos(pos);
            self.load_const(Value::tuple(
                names.iter().map(|n| Value::Str(intern(n))).collect(),
            ));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, keywords.len() as u32);
        } else {
            for k in keywords {
                self.set_pos(pos);
                self.load_const(Value::Str(intern(k.arg.as_deref().unwrap_or_default())));
                self.expr(&k.value)?;
            }
            self.set_pos(pos);
            self.emit(Opcode::BUILD_MAP, keywords.len() as u32);
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

    pub(super) fn jump_if_inner(&mut self, test: &Expr, jump_when: bool, target: Label) -> R {
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

/// `a[lo:hi]` (no step) compiles to `BINARY_SLICE`/`STORE_SLICE`, as in CPython.
pub(super) fn two_part_slice(slice: &Expr) -> Option<(Option<&Expr>, Option<&Expr>)> {
    match &slice.kind {
        ExprKind::Slice {
            lower,
            upper,
            step: None,
        } => Some((lower.as_deref(), upper.as_deref())),
        _ => None,
    }
}
