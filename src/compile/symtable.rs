//! Scope analysis — CPython's `Python/symtable.c`.
//!
//! Decides, before any code is generated, where every name lives: a module-level
//! name (`LOAD_NAME`), a function's fast local (`LOAD_FAST`) or a global seen from a
//! function (`LOAD_GLOBAL`). The walk is generic over the AST (including extension
//! nodes, through their fields), so a name assigned inside an extension statement's
//! block is a local like any other.

use std::collections::HashMap;

use crate::ast::*;

/// Whether a scope is a module or a function (`def` or `lambda`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    /// Module code: names resolve in the namespace dict.
    Module,
    /// Function code: assigned names are fast locals.
    Function,
}

/// The names of one scope.
#[derive(Debug)]
pub struct Scope {
    /// Module or function.
    pub kind: ScopeKind,
    /// Fast locals in `co_varnames` order: parameters, then other locals by first use.
    pub locals: Vec<String>,
    /// Number of parameters at the start of `locals`.
    pub argcount: usize,
}

impl Scope {
    /// The slot of a fast local.
    pub fn local_index(&self, name: &str) -> Option<usize> {
        if self.kind == ScopeKind::Module {
            return None;
        }
        self.locals.iter().position(|l| l == name)
    }
}

/// All scopes of a module, keyed by the address of the node that opens them
/// (the module itself, a `FunctionDef` statement or a `Lambda` expression).
#[derive(Debug, Default)]
pub struct SymTable {
    scopes: HashMap<usize, Scope>,
}

impl SymTable {
    /// Analyses a module.
    pub fn build(module: &Module) -> SymTable {
        let mut t = SymTable::default();
        t.scopes.insert(
            module as *const Module as usize,
            Scope {
                kind: ScopeKind::Module,
                locals: Vec::new(),
                argcount: 0,
            },
        );
        let mut b = Builder { table: &mut t };
        let mut uses = Uses::default();
        b.stmts(&module.body, &mut uses);
        t
    }

    /// The scope opened by `node` (a `Module`, `Stmt` or `Expr` address).
    pub fn scope<T>(&self, node: &T) -> &Scope {
        self.scopes
            .get(&(node as *const T as usize))
            .expect("every scope-opening node was analysed")
    }
}

/// Names used in a function scope, in order of first use, and which are assigned.
#[derive(Default)]
struct Uses {
    order: Vec<String>,
    assigned: std::collections::HashSet<String>,
}

impl Uses {
    fn see(&mut self, name: &str, store: bool) {
        if !self.order.iter().any(|n| n == name) {
            self.order.push(name.to_string());
        }
        if store {
            self.assigned.insert(name.to_string());
        }
    }
}

struct Builder<'t> {
    table: &'t mut SymTable,
}

impl Builder<'_> {
    fn stmts(&mut self, body: &[Stmt], uses: &mut Uses) {
        for s in body {
            self.stmt(s, uses);
        }
    }

    fn stmt(&mut self, s: &Stmt, uses: &mut Uses) {
        if let StmtKind::FunctionDef {
            name,
            args,
            body,
            decorator_list,
            returns,
        } = &s.kind
        {
            uses.see(name, true);
            for d in decorator_list {
                self.expr(d, uses);
            }
            walk_arguments(args, &mut |e| self.expr(e, uses));
            if let Some(r) = returns {
                self.expr(r, uses);
            }
            self.function(s as *const Stmt as usize, args, |b, u| b.stmts(body, u));
            return;
        }
        walk_stmt_children(s, &mut |child| match child {
            Child::Expr(e) => self.expr(e, uses),
            Child::Stmts(b) => self.stmts(b, uses),
        });
    }

    fn expr(&mut self, e: &Expr, uses: &mut Uses) {
        match &e.kind {
            ExprKind::Name { id, ctx } => uses.see(id, *ctx != ExprContext::Load),
            ExprKind::Lambda { args, body } => {
                walk_arguments(args, &mut |d| self.expr(d, uses));
                self.function(e as *const Expr as usize, args, |b, u| b.expr(body, u));
            }
            _ => walk_expr_children(e, &mut |c| self.expr(c, uses)),
        }
    }

    fn function(&mut self, key: usize, args: &Arguments, body: impl FnOnce(&mut Self, &mut Uses)) {
        let mut uses = Uses::default();
        let params: Vec<&Arg> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg)
            .collect();
        for p in &params {
            uses.see(&p.arg, true);
        }
        body(self, &mut uses);
        let locals = uses
            .order
            .into_iter()
            .filter(|n| uses.assigned.contains(n))
            .collect();
        let argcount = args.posonlyargs.len() + args.args.len();
        self.table.scopes.insert(
            key,
            Scope {
                kind: ScopeKind::Function,
                locals,
                argcount,
            },
        );
    }
}
