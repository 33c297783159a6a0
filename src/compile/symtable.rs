//! Scope analysis — CPython's `Python/symtable.c`.
//!
//! Decides, before any code is generated, where every name lives: a module-level
//! name (`LOAD_NAME`), a function's fast local (`LOAD_FAST`), a cell shared with
//! nested functions or a free variable of a closure (`LOAD_DEREF`), or a global
//! seen from a function (`LOAD_GLOBAL`). The walk is generic over the AST
//! (including extension nodes, through their fields), so a name assigned inside an
//! extension statement's block is a local like any other.

use std::collections::{HashMap, HashSet};

use super::CompileError;
use crate::ast::*;

/// Whether a scope is a module, a class body or a function (`def` or `lambda`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    /// Module code: names resolve in the namespace dict.
    Module,
    /// A class body: names resolve in the class namespace, and functions
    /// nested in it do not see them.
    Class,
    /// Function code: assigned names are fast locals.
    Function,
    /// A list, set or dict comprehension while it is analysed: it is inlined
    /// into the enclosing scope (PEP 709), so it never reaches the compiler
    /// as a scope of its own.
    Comprehension,
}

/// The names of one scope.
#[derive(Debug)]
pub struct Scope {
    /// Module or function.
    pub kind: ScopeKind,
    /// Fast locals in `co_varnames` order: parameters, then other locals by first use.
    pub locals: Vec<String>,
    /// Locals that nested functions capture (`co_cellvars`); they live in cells.
    pub cells: Vec<String>,
    /// Variables of enclosing functions this scope uses (`co_freevars`).
    pub frees: Vec<String>,
    /// Number of positional parameters at the start of `locals`.
    pub argcount: usize,
    /// Number of parameters of every kind at the start of `locals`.
    pub nparams: usize,
    /// Names a `global` statement declares here: they live in the module's
    /// namespace even in module code (`LOAD_GLOBAL`, `STORE_GLOBAL`).
    pub globals: Vec<String>,
    /// Names bound only by comprehensions inlined here: they have fast slots
    /// (among `locals`) used inside those comprehensions only.
    pub comp_only: Vec<String>,
    /// Whether the function is a generator (its body yields).
    pub generator: bool,
    /// Whether the function is an `async def` (a coroutine function).
    pub coroutine: bool,
    /// The innermost enclosing class's name, which private names (`__x`)
    /// are mangled with; `None` outside classes.
    pub private: Option<String>,
}

/// The names an assignment target binds, in order (`x`, `(a, [b, *c])`).
pub(crate) fn target_names(target: &Expr, out: &mut Vec<String>) {
    match &target.kind {
        ExprKind::Name { id, .. } if !out.contains(id) => out.push(id.clone()),
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            for e in elts {
                target_names(e, out);
            }
        }
        ExprKind::Starred { value, .. } => target_names(value, out),
        _ => {}
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
    pub fn build(module: &Module) -> Result<SymTable, CompileError> {
        let mut b = Builder {
            records: Vec::new(),
            error: None,
        };
        let root = b.open(module as *const Module as usize, ScopeKind::Module, None, 0);
        for s in &module.body {
            b.stmt(s, root);
        }
        b.resolve()
    }

    /// The scope opened by `node` (a `Module`, `Stmt` or `Expr` address).
    pub fn scope<T>(&self, node: &T) -> &Scope {
        self.scopes
            .get(&(node as *const T as usize))
            .expect("every scope-opening node was analysed")
    }
}

/// What the walk records for one scope before names are resolved.
struct Record {
    key: usize,
    kind: ScopeKind,
    parent: Option<usize>,
    /// Names in order of first use.
    order: Vec<String>,
    assigned: HashSet<String>,
    argcount: usize,
    nparams: usize,
    frees: Vec<String>,
    cells: HashSet<String>,
    /// Names declared `global` here.
    globals: Vec<String>,
    /// Names declared `nonlocal` here, with the declaring statement's position.
    nonlocals: Vec<(String, Pos)>,
    /// For a comprehension: the names its `for` targets bind.
    targets: Vec<String>,
    /// Names bound by comprehensions inlined into this scope.
    comp_names: HashSet<String>,
    /// Names this scope uses or binds itself (not only in its comprehensions).
    direct: HashSet<String>,
    /// Whether a `yield` (or `yield from`) is in this function's own code.
    generator: bool,
    /// Whether the function is an `async def`.
    coroutine: bool,
    /// Whether the function is a generator expression's.
    genexpr: bool,
    /// The class name private names are mangled with ([`Scope::private`]).
    private: Option<String>,
}

impl Record {
    /// `name` as this scope's code spells it ([`crate::text::mangle`]).
    fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        crate::text::mangle(self.private.as_deref(), name)
    }

    fn see(&mut self, name: &str, store: bool) {
        let name = &*self.mangle(name).into_owned();
        if self.globals.iter().any(|n| n == name) {
            return;
        }
        self.direct.insert(name.to_string());
        if !self.order.iter().any(|n| n == name) {
            self.order.push(name.to_string());
        }
        // A `nonlocal` name stays unbound here: it resolves to the enclosing cell.
        if store && !self.nonlocals.iter().any(|(n, _)| n == name) {
            self.assigned.insert(name.to_string());
        }
    }

    /// A `global` or `nonlocal` declaration of `name`: CPython's errors when the
    /// name is a parameter or was used or assigned before it in this scope.
    fn declare(&mut self, name: &str, what: &str, pos: Pos) -> Result<(), CompileError> {
        let name = &*self.mangle(name).into_owned();
        let error = |msg: String| {
            Err(CompileError {
                kind: "SyntaxError",
                msg,
                pos,
            })
        };
        if self.order[..self.nparams.min(self.order.len())]
            .iter()
            .any(|n| n == name)
        {
            return error(format!("name '{name}' is parameter and {what}"));
        }
        if self.assigned.contains(name) {
            return error(format!(
                "name '{name}' is assigned to before {what} declaration"
            ));
        }
        if self.order.iter().any(|n| n == name) {
            return error(format!("name '{name}' is used prior to {what} declaration"));
        }
        Ok(())
    }
}

struct Builder {
    records: Vec<Record>,
    /// The first error found (CPython's symbol table stops at it).
    error: Option<CompileError>,
}

impl Builder {
    fn open(
        &mut self,
        key: usize,
        kind: ScopeKind,
        parent: Option<usize>,
        argcount: usize,
    ) -> usize {
        let private = parent.and_then(|p| self.records[p].private.clone());
        self.records.push(Record {
            key,
            kind,
            parent,
            order: Vec::new(),
            assigned: HashSet::new(),
            argcount,
            nparams: 0,
            frees: Vec::new(),
            cells: HashSet::new(),
            globals: Vec::new(),
            nonlocals: Vec::new(),
            targets: Vec::new(),
            comp_names: HashSet::new(),
            direct: HashSet::new(),
            generator: false,
            coroutine: false,
            genexpr: false,
            private,
        });
        self.records.len() - 1
    }

    /// Records a use or binding of `name` in `scope`: in a comprehension, the
    /// names its targets bind stay there (and get a slot in the enclosing code
    /// object); every other name is the enclosing scope's.
    fn see_name(&mut self, scope: usize, name: &str, store: bool) {
        let name = &*self.records[scope].mangle(name).into_owned();
        let r = &self.records[scope];
        if r.kind != ScopeKind::Comprehension {
            self.records[scope].see(name, store);
            return;
        }
        if !r.targets.iter().any(|t| t == name) {
            // A class body's names are hidden from its comprehensions: the
            // comprehension resolves them itself, like a nested function.
            if self.records[self.host(scope)].kind == ScopeKind::Class {
                self.records[scope].see(name, store);
                return;
            }
            let parent = r.parent.expect("a comprehension has an enclosing scope");
            self.see_name(parent, name, store);
            return;
        }
        self.records[scope].see(name, store);
        let host = self.host(scope);
        let h = &mut self.records[host];
        if !h.order.iter().any(|n| n == name) {
            h.order.push(name.to_string());
        }
        h.comp_names.insert(name.to_string());
    }

    /// The scope whose code object an inlined comprehension's code is part of.
    fn host(&self, mut scope: usize) -> usize {
        while self.records[scope].kind == ScopeKind::Comprehension {
            scope = self.records[scope]
                .parent
                .expect("comprehensions are nested");
        }
        scope
    }

    /// A list, set or dict comprehension: the first iterable belongs to the
    /// enclosing scope, the rest to the comprehension.
    fn comprehension(
        &mut self,
        e: &Expr,
        generators: &[Comprehension],
        elts: &[&Expr],
        scope: usize,
    ) {
        let Some(first) = generators.first() else {
            return;
        };
        self.expr(&first.iter, scope);
        let c = self.open(
            e as *const Expr as usize,
            ScopeKind::Comprehension,
            Some(scope),
            0,
        );
        let mut targets = Vec::new();
        for g in generators {
            target_names(&g.target, &mut targets);
        }
        let r = &self.records[c];
        let targets = targets.iter().map(|t| r.mangle(t).into_owned()).collect();
        self.records[c].targets = targets;
        for (i, g) in generators.iter().enumerate() {
            self.expr(&g.target, c);
            if i > 0 {
                self.expr(&g.iter, c);
            }
            for cond in &g.ifs {
                self.expr(cond, c);
            }
        }
        for elt in elts {
            self.expr(elt, c);
        }
    }

    fn stmt(&mut self, s: &Stmt, scope: usize) {
        if let StmtKind::FunctionDef {
            name,
            args,
            body,
            decorator_list,
            returns,
            ..
        } = &s.kind
        {
            for d in decorator_list {
                self.expr(d, scope);
            }
            walk_arguments(args, &mut |e| self.expr(e, scope));
            if let Some(r) = returns {
                self.expr(r, scope);
            }
            self.records[scope].see(name, true);
            let inner = self.function(s as *const Stmt as usize, args, scope);
            if let StmtKind::FunctionDef { is_async: true, .. } = &s.kind {
                self.records[inner].coroutine = true;
            }
            for b in body {
                self.stmt(b, inner);
            }
            return;
        }
        if let StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
            ..
        } = &s.kind
        {
            for e in decorator_list.iter().chain(bases) {
                self.expr(e, scope);
            }
            for k in keywords {
                self.expr(&k.value, scope);
            }
            self.records[scope].see(name, true);
            let inner = self.open(s as *const Stmt as usize, ScopeKind::Class, Some(scope), 0);
            self.records[inner].private = Some(name.clone());
            for b in body {
                self.stmt(b, inner);
            }
            return;
        }
        match &s.kind {
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    let bound = match (&alias.asname, &s.kind) {
                        (Some(a), _) => a.as_str(),
                        (None, StmtKind::Import { .. }) => {
                            alias.name.split('.').next().unwrap_or_default()
                        }
                        (None, _) => alias.name.as_str(),
                    };
                    if bound != "*" {
                        self.see_name(scope, bound, true);
                    }
                }
                return;
            }
            StmtKind::Global { names } | StmtKind::Nonlocal { names } => {
                let global = matches!(s.kind, StmtKind::Global { .. });
                let what = if global { "global" } else { "nonlocal" };
                for name in names {
                    let r = &mut self.records[scope];
                    let name = &r.mangle(name).into_owned();
                    if !global && r.kind == ScopeKind::Module {
                        self.fail(s.pos, "nonlocal declaration not allowed at module level");
                        return;
                    }
                    if let Err(e) = r.declare(name, what, s.pos) {
                        self.error.get_or_insert(e);
                        return;
                    }
                    if global {
                        r.globals.push(name.clone());
                        // As in CPython, the module's own code then treats the
                        // name as explicitly global too.
                        let root = &mut self.records[0];
                        if !root.globals.contains(name) {
                            root.globals.push(name.clone());
                        }
                    } else {
                        r.nonlocals.push((name.clone(), s.pos));
                        r.see(name, false);
                    }
                }
                return;
            }
            // Names captured by a `case` pattern are bound in this scope,
            // after the pattern's values are loaded and before its guard.
            StmtKind::Match { subject, cases } => {
                self.expr(subject, scope);
                for case in cases {
                    crate::ast::walk_pattern_exprs(&case.pattern, &mut |x| self.expr(x, scope));
                    crate::ast::pattern_captures(&case.pattern, &mut |n| {
                        self.see_name(scope, n, true)
                    });
                    if let Some(g) = &case.guard {
                        self.expr(g, scope);
                    }
                    case.body.iter().for_each(|b| self.stmt(b, scope));
                }
                return;
            }
            // `except E as name` binds `name` in this scope, before the
            // handler's body (and after the `else` block, compiled first).
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                body.iter().chain(orelse).for_each(|b| self.stmt(b, scope));
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t, scope);
                    }
                    if let Some(name) = &h.name {
                        self.see_name(scope, name, true);
                    }
                    h.body.iter().for_each(|b| self.stmt(b, scope));
                }
                finalbody.iter().for_each(|b| self.stmt(b, scope));
                return;
            }
            _ => {}
        }
        walk_stmt_children(s, &mut |child| match child {
            Child::Expr(e) => self.expr(e, scope),
            Child::Stmts(b) => b.iter().for_each(|s| self.stmt(s, scope)),
        });
    }

    fn expr(&mut self, e: &Expr, scope: usize) {
        match &e.kind {
            ExprKind::Name { id, ctx } => {
                self.see_name(scope, id, *ctx != ExprContext::Load);
                // `super()` finds its class through the implicit `__class__` cell.
                let host = self.host(scope);
                if id == "super" && self.records[host].kind == ScopeKind::Function {
                    self.records[host].see("__class__", false);
                }
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, &[elt], scope);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, &[key, value], scope),
            ExprKind::GeneratorExp { elt, generators } => {
                // A generator function of one parameter, the first iterator
                // (named `.0`), which the enclosing scope evaluates.
                let Some(first) = generators.first() else {
                    return;
                };
                self.expr(&first.iter, scope);
                let inner = self.open(
                    e as *const Expr as usize,
                    ScopeKind::Function,
                    Some(scope),
                    1,
                );
                self.records[inner].see(".0", true);
                self.records[inner].nparams = 1;
                self.records[inner].generator = true;
                self.records[inner].genexpr = true;
                for (i, g) in generators.iter().enumerate() {
                    self.expr(&g.target, inner);
                    if i > 0 {
                        self.expr(&g.iter, inner);
                    }
                    for cond in &g.ifs {
                        self.expr(cond, inner);
                    }
                }
                self.expr(elt, inner);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value, scope);
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.named_target(scope, id, e.pos);
                } else {
                    self.expr(target, scope);
                }
            }
            ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => {
                let host = self.host(scope);
                self.records[host].generator = true;
                walk_expr_children(e, &mut |c| self.expr(c, scope));
            }
            ExprKind::Await { .. } => {
                walk_expr_children(e, &mut |c| self.expr(c, scope));
            }
            ExprKind::Lambda { args, body } => {
                walk_arguments(args, &mut |d| self.expr(d, scope));
                let inner = self.function(e as *const Expr as usize, args, scope);
                self.expr(body, inner);
            }
            _ => walk_expr_children(e, &mut |c| self.expr(c, scope)),
        }
    }

    /// The target of `name := value`: inside comprehensions and generator
    /// expressions it binds in the nearest scope that is neither (PEP 572).
    fn named_target(&mut self, scope: usize, name: &str, pos: Pos) {
        let name = &*self.records[scope].mangle(name).into_owned();
        let mut at = scope;
        let mut genexprs = Vec::new();
        loop {
            let r = &self.records[at];
            if r.kind == ScopeKind::Comprehension {
                if r.targets.iter().any(|t| t == name) {
                    self.fail(
                        pos,
                        &format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        ),
                    );
                    return;
                }
            } else if r.genexpr {
                genexprs.push(at);
            } else {
                break;
            }
            at = r.parent.expect("comprehensions are nested");
        }
        if at == scope {
            self.see_name(scope, name, true);
            return;
        }
        match self.records[at].kind {
            ScopeKind::Class => {
                self.fail(
                    pos,
                    "assignment expression within a comprehension cannot be used in a class body",
                );
                return;
            }
            ScopeKind::Module => {
                for &g in &genexprs {
                    if !self.records[g].globals.iter().any(|n| n == name) {
                        self.records[g].globals.push(name.to_string());
                    }
                }
            }
            _ => {
                for &g in &genexprs {
                    self.records[g].see(name, false);
                }
            }
        }
        self.records[at].see(name, true);
    }

    fn function(&mut self, key: usize, args: &Arguments, parent: usize) -> usize {
        let argcount = args.posonlyargs.len() + args.args.len();
        let inner = self.open(key, ScopeKind::Function, Some(parent), argcount);
        for p in args.in_slot_order() {
            self.records[inner].see(&p.arg, true);
            self.records[inner].nparams += 1;
        }
        inner
    }

    /// Resolves every function's unassigned names: a variable of an enclosing
    /// function becomes free here (and in the functions between) and a cell there.
    fn fail(&mut self, pos: Pos, msg: &str) {
        self.error.get_or_insert(CompileError {
            kind: "SyntaxError",
            msg: msg.into(),
            pos,
        });
    }

    fn resolve(mut self) -> Result<SymTable, CompileError> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        for i in 0..self.records.len() {
            // Where the search for a binding starts: a function's own code, or
            // for a comprehension in a class body, the class's code.
            let start = match self.records[i].kind {
                ScopeKind::Module => continue,
                ScopeKind::Comprehension => {
                    let host = self.host(i);
                    if self.records[host].kind != ScopeKind::Class {
                        continue;
                    }
                    host
                }
                _ => i,
            };
            let r = &self.records[i];
            let unbound: Vec<String> = r
                .order
                .iter()
                .filter(|n| !r.assigned.contains(*n) && r.direct.contains(*n))
                .cloned()
                .collect();
            for name in unbound {
                let mut path = vec![start];
                let mut at = self.records[start].parent;
                while let Some(p) = at {
                    let kind = self.records[p].kind;
                    if kind == ScopeKind::Module || self.records[p].globals.contains(&name) {
                        break;
                    }
                    // A class body binds `__class__` for the functions in it and
                    // hides its other names from them.
                    let binds = if kind == ScopeKind::Class {
                        name == "__class__"
                    } else {
                        self.records[p].assigned.contains(&name)
                    };
                    if binds {
                        self.records[p].cells.insert(name.clone());
                        for &s in &path {
                            if !self.records[s].frees.contains(&name) {
                                self.records[s].frees.push(name.clone());
                            }
                        }
                        break;
                    }
                    // An inlined comprehension is no code object of its own.
                    if kind != ScopeKind::Comprehension {
                        path.push(p);
                    }
                    at = self.records[p].parent;
                }
            }
        }
        for r in &self.records {
            if let Some((name, pos)) = r.nonlocals.iter().find(|(n, _)| !r.frees.contains(n)) {
                return Err(CompileError {
                    kind: "SyntaxError",
                    msg: format!("no binding for nonlocal '{name}' found"),
                    pos: *pos,
                });
            }
        }
        // A comprehension's cells are its host's.
        for i in 0..self.records.len() {
            if self.records[i].kind == ScopeKind::Comprehension {
                let host = self.host(i);
                let cells: Vec<String> = self.records[i].cells.iter().cloned().collect();
                self.records[host].cells.extend(cells);
            }
        }
        let mut t = SymTable::default();
        for r in self.records {
            if r.kind == ScopeKind::Comprehension {
                continue;
            }
            // Module and class names live in a namespace; only the names their
            // inlined comprehensions bind get fast slots.
            let function = r.kind == ScopeKind::Function;
            let locals: Vec<String> = r
                .order
                .iter()
                .filter(|n| (function && r.assigned.contains(*n)) || r.comp_names.contains(*n))
                .cloned()
                .collect();
            let comp_only: Vec<String> = r
                .comp_names
                .iter()
                .filter(|n| !(function && r.assigned.contains(*n)))
                .cloned()
                .collect();
            let mut cells: Vec<String> = locals
                .iter()
                .filter(|n| r.cells.contains(*n))
                .cloned()
                .collect();
            if r.kind == ScopeKind::Class && r.cells.contains("__class__") {
                cells.push("__class__".to_string());
            }
            t.scopes.insert(
                r.key,
                Scope {
                    kind: r.kind,
                    locals,
                    cells,
                    frees: r.frees,
                    argcount: r.argcount,
                    nparams: r.nparams,
                    globals: r.globals,
                    comp_only,
                    private: r.private,
                    generator: r.generator,
                    coroutine: r.coroutine,
                },
            );
        }
        Ok(t)
    }
}
