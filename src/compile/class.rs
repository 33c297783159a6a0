//! `class` statements — CPython's `compiler_class`: the class body becomes a
//! function run by `__build_class__` in a fresh namespace.

use super::*;
use crate::bytecode::Opcode;
use crate::runtime::Value;

impl Compiler<'_> {
    /// `class Name(bases): body`, decorators applied innermost first.
    pub(super) fn class_def(&mut self, s: &Stmt) -> R {
        let StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
            type_params,
        } = &s.kind
        else {
            unreachable!("class_def takes a class statement")
        };
        if let Some(t) = type_params.first() {
            return Err(self.unsupported(t.pos, "type parameters"));
        }
        if let Some(k) = keywords.iter().find(|k| k.arg.is_none()) {
            return Err(self.unsupported(k.pos, "'**' in class keywords"));
        }
        for (i, k) in keywords.iter().enumerate() {
            if keywords[..i].iter().any(|q| q.arg == k.arg) {
                let name = k.arg.as_deref().unwrap_or_default();
                return Err(self.error(k.pos, format!("keyword argument repeated: {name}")));
            }
        }
        for d in decorator_list {
            self.expr(d)?;
        }
        let header = decorator_list.first().map_or(s.pos, |d| d.pos);
        let scope = self.symtable.scope(s);
        let qualname = self.child_qualname(name);
        let unit = Unit::new(name.clone(), qualname.clone(), header.lineno, scope);
        self.outer.push(std::mem::replace(&mut self.unit, unit));
        let r = self.class_body(s.pos, &qualname, body);
        // A failed body may leave labels unbound: its unit is dropped unfinished.
        let code = r.is_ok().then(|| self.finish_unit());
        self.unit = self.outer.pop().expect("pushed above");
        r?;
        let code = code.expect("finished when the body compiled");
        self.set_pos(s.pos);
        self.emit(Opcode::LOAD_BUILD_CLASS, 0);
        self.emit(Opcode::PUSH_NULL, 0);
        self.make_function(code, 0);
        self.load_const(Value::str(name));
        for b in bases {
            if matches!(b.kind, ExprKind::Starred { .. }) {
                return Err(self.unsupported(b.pos, "starred bases"));
            }
            self.expr(b)?;
        }
        for k in keywords {
            self.expr(&k.value)?;
        }
        self.set_pos(s.pos);
        if keywords.is_empty() {
            self.emit(Opcode::CALL, 2 + bases.len() as u32);
        } else {
            let names = keywords
                .iter()
                .map(|k| Value::Str(crate::runtime::intern(k.arg.as_deref().expect("checked"))))
                .collect();
            self.load_const(Value::tuple(names));
            self.emit(Opcode::CALL_KW, (2 + bases.len() + keywords.len()) as u32);
        }
        for d in decorator_list.iter().rev() {
            self.set_pos(d.pos);
            self.emit(Opcode::CALL, 0);
        }
        self.set_pos(s.pos);
        self.store_name(name);
        Ok(())
    }

    /// The class body's code: the namespace's bookkeeping names, the body, the
    /// attributes its methods assign on `self`, and the `__class__` cell.
    fn class_body(&mut self, pos: Pos, qualname: &str, body: &[Stmt]) -> R {
        self.unit.pos = NO_LOCATION;
        if !self.unit.frees.is_empty() {
            self.emit(Opcode::COPY_FREE_VARS, self.unit.frees.len() as u32);
        }
        for cell in self.unit.cells.clone() {
            let slot = self.cell_slot(&cell);
            self.emit(Opcode::MAKE_CELL, slot);
        }
        self.set_pos(pos);
        self.emit(Opcode::RESUME, 0);
        self.load_name("__name__", pos);
        self.store_name("__module__");
        self.load_const(Value::str(qualname));
        self.store_name("__qualname__");
        self.load_const(Value::Int(self.unit.firstlineno as i64));
        self.store_name("__firstlineno__");
        if super::has_annotations(body) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        let mut body = body;
        if let Some((doc, first)) = docstring(body) {
            self.set_pos(first.pos);
            self.load_const(Value::str(doc));
            self.store_name("__doc__");
            body = &body[1..];
        }
        self.stmts(body)?;
        self.set_pos(NO_LOCATION);
        let attrs: Vec<Value> = static_attributes(body)
            .into_iter()
            .map(|a| Value::str(&a))
            .collect();
        self.load_const(Value::tuple(attrs));
        self.store_name("__static_attributes__");
        if self.unit.cells.iter().any(|c| c == "__class__") {
            let slot = self.deref_slot("__class__").expect("the cell has a slot");
            self.emit(Opcode::LOAD_FAST, slot);
            self.emit(Opcode::COPY, 1);
            self.store_name("__classcell__");
            self.emit(Opcode::RETURN_VALUE, 0);
        } else {
            let none = self.add_const(Value::None);
            self.emit(Opcode::RETURN_CONST, none);
        }
        Ok(())
    }
}

/// The names assigned as `self.name = ...` that CPython 3.13 records in a
/// class's `__static_attributes__`, sorted: a store counts for the nearest
/// class whose body encloses the code it is in, the code itself excluded. So
/// the stores in the class's functions (nested ones too) count, and those
/// directly in the body of a class nested in it, but not those directly in
/// its own body.
fn static_attributes(body: &[Stmt]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in body {
        walk_static(s, Region::ClassBody, &mut out);
    }
    out.sort();
    out
}

/// Where a statement sits, seen from the class whose attributes are collected.
#[derive(Clone, Copy, PartialEq)]
enum Region {
    /// Directly in the class body: stores there belong to an outer class.
    ClassBody,
    /// In a function of the class: stores count.
    Function,
    /// Directly in the body of a class nested in it: stores count, but its
    /// functions and classes are its own.
    NestedClassBody,
}

fn walk_static(s: &Stmt, region: Region, out: &mut Vec<String>) {
    let inner = match (&s.kind, region) {
        (StmtKind::FunctionDef { .. }, Region::NestedClassBody) => None,
        (StmtKind::FunctionDef { .. }, _) => Some(Region::Function),
        (StmtKind::ClassDef { .. }, Region::NestedClassBody) => None,
        (StmtKind::ClassDef { .. }, _) => Some(Region::NestedClassBody),
        _ => Some(region),
    };
    walk_stmt_children(s, &mut |c| match c {
        // Decorators, defaults and bases belong to the enclosing code.
        Child::Expr(e) => static_exprs(e, region, out),
        Child::Stmts(b) => {
            if let Some(r) = inner {
                for st in b {
                    walk_static(st, r, out);
                }
            }
        }
    });
}

fn static_exprs(e: &Expr, region: Region, out: &mut Vec<String>) {
    if region != Region::ClassBody
        && let ExprKind::Attribute { value, attr, ctx } = &e.kind
        && *ctx == ExprContext::Store
        && matches!(&value.kind, ExprKind::Name { id, .. } if id == "self")
        && !out.contains(attr)
    {
        out.push(attr.clone());
    }
    let region = match (&e.kind, region) {
        (ExprKind::Lambda { .. }, Region::ClassBody) => Region::Function,
        _ => region,
    };
    walk_expr_children(e, &mut |c| static_exprs(c, region, out));
}
