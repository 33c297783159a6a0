//! `pyforge ast`: prints a tree exactly as CPython 3.13's `ast.dump` does.
//!
//! Nodes are first turned into a generic [`Dump`] tree (core nodes by the match
//! below, extension nodes through [`ExtStmt::fields`](super::ExtStmt::fields)), then
//! one formatter applies `ast.dump`'s rules: empty lists and `None` fields are left
//! out (except in `Constant`), a node whose fields are all simple and at most three
//! stays on one line when indenting, and `include_attributes` appends the positions.

use super::*;
use crate::pyrepr;
use crate::text::Times;

/// Options of `ast.dump`.
#[derive(Debug, Clone, Copy, Default)]
pub struct DumpOptions {
    /// `indent=N`; `None` prints one line.
    pub indent: Option<usize>,
    /// `include_attributes=True`.
    pub positions: bool,
}

/// Dumps a module as `ast.dump(tree, indent=..., include_attributes=...)` prints it.
pub fn dump_module(module: &Module, opts: DumpOptions) -> String {
    let tree = Dump::node("Module", vec![("body", stmts(&module.body))], None);
    let mut out = String::new();
    let indent = opts.indent.map(|n| " ".times(n));
    format(&tree, 0, indent.as_deref(), opts.positions, &mut out);
    out
}

/// A node of the generic dump tree.
#[derive(Debug)]
enum Dump {
    Node {
        name: &'static str,
        fields: Vec<(&'static str, Dump)>,
        pos: Option<Pos>,
    },
    List(Vec<Dump>),
    Repr(String),
    None,
}

impl Dump {
    fn node(name: &'static str, fields: Vec<(&'static str, Dump)>, pos: Option<Pos>) -> Dump {
        Dump::Node { name, fields, pos }
    }
    fn leaf(name: &'static str) -> Dump {
        Dump::node(name, Vec::new(), None)
    }
    fn is_empty(&self) -> bool {
        matches!(self, Dump::None) || matches!(self, Dump::List(v) if v.is_empty())
    }
}

/// Formats `d`; returns whether it was "simple" in `ast.dump`'s sense.
fn format(d: &Dump, level: usize, indent: Option<&str>, positions: bool, out: &mut String) -> bool {
    let (prefix, sep) = match indent {
        Some(ind) => {
            let pad = ind.times(level + 1);
            (format!("\n{pad}"), format!(",\n{pad}"))
        }
        None => (String::new(), ", ".to_string()),
    };
    match d {
        Dump::Node { name, fields, pos } => {
            let mut args = Vec::new();
            let mut allsimple = true;
            for (fname, value) in fields {
                if value.is_empty() {
                    continue;
                }
                let mut s = String::new();
                allsimple &= format(value, level + 1, indent, positions, &mut s);
                args.push(format!("{fname}={s}"));
            }
            if positions && let Some(p) = pos {
                for (k, v) in [
                    ("lineno", p.lineno),
                    ("col_offset", p.col_offset),
                    ("end_lineno", p.end_lineno),
                    ("end_col_offset", p.end_col_offset),
                ] {
                    args.push(format!("{k}={v}"));
                }
            }
            if allsimple && args.len() <= 3 {
                out.push_str(&format!("{name}({})", args.join(", ")));
                return args.is_empty();
            }
            out.push_str(&format!("{name}({prefix}{})", args.join(&sep)));
            false
        }
        Dump::List(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return true;
            }
            let parts: Vec<String> = items
                .iter()
                .map(|x| {
                    let mut s = String::new();
                    format(x, level + 1, indent, positions, &mut s);
                    s
                })
                .collect();
            out.push_str(&format!("[{prefix}{}]", parts.join(&sep)));
            false
        }
        Dump::Repr(s) => {
            out.push_str(s);
            true
        }
        Dump::None => {
            out.push_str("None");
            true
        }
    }
}

fn stmts(body: &[Stmt]) -> Dump {
    Dump::List(body.iter().map(stmt).collect())
}

fn exprs(es: &[Expr]) -> Dump {
    Dump::List(es.iter().map(expr).collect())
}

fn opt(e: Option<&Expr>) -> Dump {
    e.map_or(Dump::None, expr)
}

fn ident(s: &str) -> Dump {
    Dump::Repr(pyrepr::str_repr(s))
}

fn int(i: i64) -> Dump {
    Dump::Repr(i.to_string())
}

fn opt_ident(s: Option<&str>) -> Dump {
    s.map_or(Dump::None, ident)
}

fn idents(names: &[String]) -> Dump {
    Dump::List(names.iter().map(|n| ident(n)).collect())
}

fn keywords(ks: &[Keyword]) -> Dump {
    Dump::List(ks.iter().map(keyword).collect())
}

fn stmt(s: &Stmt) -> Dump {
    let p = Some(s.pos);
    match &s.kind {
        StmtKind::FunctionDef {
            name,
            args,
            body,
            decorator_list,
            returns,
            type_params: tps,
            is_async,
        } => Dump::node(
            if *is_async {
                "AsyncFunctionDef"
            } else {
                "FunctionDef"
            },
            vec![
                ("name", ident(name)),
                ("args", arguments(args)),
                ("body", stmts(body)),
                ("decorator_list", exprs(decorator_list)),
                ("returns", opt(returns.as_deref())),
                ("type_params", type_params(tps)),
            ],
            p,
        ),
        StmtKind::ClassDef {
            name,
            bases,
            keywords: kws,
            body,
            decorator_list,
            type_params: tps,
        } => Dump::node(
            "ClassDef",
            vec![
                ("name", ident(name)),
                ("bases", exprs(bases)),
                ("keywords", keywords(kws)),
                ("body", stmts(body)),
                ("decorator_list", exprs(decorator_list)),
                ("type_params", type_params(tps)),
            ],
            p,
        ),
        StmtKind::Return { value } => {
            Dump::node("Return", vec![("value", opt(value.as_deref()))], p)
        }
        StmtKind::Delete { targets } => Dump::node("Delete", vec![("targets", exprs(targets))], p),
        StmtKind::Assign { targets, value } => Dump::node(
            "Assign",
            vec![("targets", exprs(targets)), ("value", expr(value))],
            p,
        ),
        StmtKind::TypeAlias {
            name,
            type_params: tps,
            value,
        } => Dump::node(
            "TypeAlias",
            vec![
                ("name", expr(name)),
                ("type_params", type_params(tps)),
                ("value", expr(value)),
            ],
            p,
        ),
        StmtKind::AugAssign { target, op, value } => Dump::node(
            "AugAssign",
            vec![
                ("target", expr(target)),
                ("op", Dump::leaf(operator_name(*op))),
                ("value", expr(value)),
            ],
            p,
        ),
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => Dump::node(
            "AnnAssign",
            vec![
                ("target", expr(target)),
                ("annotation", expr(annotation)),
                ("value", opt(value.as_deref())),
                ("simple", int(*simple as i64)),
            ],
            p,
        ),
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async,
        } => Dump::node(
            if *is_async { "AsyncFor" } else { "For" },
            vec![
                ("target", expr(target)),
                ("iter", expr(iter)),
                ("body", stmts(body)),
                ("orelse", stmts(orelse)),
            ],
            p,
        ),
        StmtKind::While { test, body, orelse } => Dump::node(
            "While",
            vec![
                ("test", expr(test)),
                ("body", stmts(body)),
                ("orelse", stmts(orelse)),
            ],
            p,
        ),
        StmtKind::If { test, body, orelse } => Dump::node(
            "If",
            vec![
                ("test", expr(test)),
                ("body", stmts(body)),
                ("orelse", stmts(orelse)),
            ],
            p,
        ),
        StmtKind::With {
            items,
            body,
            is_async,
        } => Dump::node(
            if *is_async { "AsyncWith" } else { "With" },
            vec![
                (
                    "items",
                    Dump::List(
                        items
                            .iter()
                            .map(|i| {
                                Dump::node(
                                    "withitem",
                                    vec![
                                        ("context_expr", expr(&i.context_expr)),
                                        ("optional_vars", opt(i.optional_vars.as_ref())),
                                    ],
                                    None,
                                )
                            })
                            .collect(),
                    ),
                ),
                ("body", stmts(body)),
            ],
            p,
        ),
        StmtKind::Match { subject, cases } => Dump::node(
            "Match",
            vec![
                ("subject", expr(subject)),
                (
                    "cases",
                    Dump::List(
                        cases
                            .iter()
                            .map(|c| {
                                Dump::node(
                                    "match_case",
                                    vec![
                                        ("pattern", pattern(&c.pattern)),
                                        ("guard", opt(c.guard.as_ref())),
                                        ("body", stmts(&c.body)),
                                    ],
                                    None,
                                )
                            })
                            .collect(),
                    ),
                ),
            ],
            p,
        ),
        StmtKind::Raise { exc, cause } => Dump::node(
            "Raise",
            vec![
                ("exc", opt(exc.as_deref())),
                ("cause", opt(cause.as_deref())),
            ],
            p,
        ),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            is_star,
        } => Dump::node(
            if *is_star { "TryStar" } else { "Try" },
            vec![
                ("body", stmts(body)),
                (
                    "handlers",
                    Dump::List(
                        handlers
                            .iter()
                            .map(|h| {
                                Dump::node(
                                    "ExceptHandler",
                                    vec![
                                        ("type", opt(h.type_.as_ref())),
                                        ("name", opt_ident(h.name.as_deref())),
                                        ("body", stmts(&h.body)),
                                    ],
                                    Some(h.pos),
                                )
                            })
                            .collect(),
                    ),
                ),
                ("orelse", stmts(orelse)),
                ("finalbody", stmts(finalbody)),
            ],
            p,
        ),
        StmtKind::Assert { test, msg } => Dump::node(
            "Assert",
            vec![("test", expr(test)), ("msg", opt(msg.as_deref()))],
            p,
        ),
        StmtKind::Import { names } => Dump::node("Import", vec![("names", aliases(names))], p),
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => Dump::node(
            "ImportFrom",
            vec![
                ("module", opt_ident(module.as_deref())),
                ("names", aliases(names)),
                ("level", int(*level as i64)),
            ],
            p,
        ),
        StmtKind::Global { names } => Dump::node("Global", vec![("names", idents(names))], p),
        StmtKind::Nonlocal { names } => Dump::node("Nonlocal", vec![("names", idents(names))], p),
        StmtKind::Expr { value } => Dump::node("Expr", vec![("value", expr(value))], p),
        StmtKind::Pass => Dump::node("Pass", vec![], p),
        StmtKind::Break => Dump::node("Break", vec![], p),
        StmtKind::Continue => Dump::node("Continue", vec![], p),
        StmtKind::Ext(node) => {
            let fields = node
                .fields()
                .into_iter()
                .map(|(name, f)| {
                    let d = match f {
                        Field::Expr(e) => expr(e),
                        Field::OptExpr(e) => opt(e),
                        Field::Exprs(es) => exprs(es),
                        Field::Stmts(ss) => stmts(ss),
                        Field::Str(s) => ident(s),
                        Field::Int(i) => int(i),
                    };
                    (name, d)
                })
                .collect();
            Dump::node(node.node_name(), fields, p)
        }
    }
}

fn aliases(names: &[Alias]) -> Dump {
    Dump::List(
        names
            .iter()
            .map(|a| {
                Dump::node(
                    "alias",
                    vec![
                        ("name", ident(&a.name)),
                        ("asname", opt_ident(a.asname.as_deref())),
                    ],
                    Some(a.pos),
                )
            })
            .collect(),
    )
}

fn type_params(tps: &[TypeParam]) -> Dump {
    Dump::List(
        tps.iter()
            .map(|t| {
                let default = ("default_value", opt(t.default_value.as_deref()));
                let (name, mut fields) = match &t.kind {
                    TypeParamKind::TypeVar { bound } => (
                        "TypeVar",
                        vec![("name", ident(&t.name)), ("bound", opt(bound.as_deref()))],
                    ),
                    TypeParamKind::ParamSpec => ("ParamSpec", vec![("name", ident(&t.name))]),
                    TypeParamKind::TypeVarTuple => ("TypeVarTuple", vec![("name", ident(&t.name))]),
                };
                fields.push(default);
                Dump::node(name, fields, Some(t.pos))
            })
            .collect(),
    )
}

fn patterns(ps: &[Pattern]) -> Dump {
    Dump::List(ps.iter().map(pattern).collect())
}

fn pattern(p: &Pattern) -> Dump {
    let pos = Some(p.pos);
    match &p.kind {
        PatternKind::MatchValue { value } => {
            Dump::node("MatchValue", vec![("value", expr(value))], pos)
        }
        // Like `Constant`, `MatchSingleton(value=None)` keeps its field.
        PatternKind::MatchSingleton { value } => Dump::node(
            "MatchSingleton",
            vec![("value", Dump::Repr(pyrepr::constant_repr(value)))],
            pos,
        ),
        PatternKind::MatchSequence { patterns: ps } => {
            Dump::node("MatchSequence", vec![("patterns", patterns(ps))], pos)
        }
        PatternKind::MatchMapping {
            keys,
            patterns: ps,
            rest,
        } => Dump::node(
            "MatchMapping",
            vec![
                ("keys", exprs(keys)),
                ("patterns", patterns(ps)),
                ("rest", opt_ident(rest.as_deref())),
            ],
            pos,
        ),
        PatternKind::MatchClass {
            cls,
            patterns: ps,
            kwd_attrs,
            kwd_patterns,
        } => Dump::node(
            "MatchClass",
            vec![
                ("cls", expr(cls)),
                ("patterns", patterns(ps)),
                ("kwd_attrs", idents(kwd_attrs)),
                ("kwd_patterns", patterns(kwd_patterns)),
            ],
            pos,
        ),
        PatternKind::MatchStar { name } => {
            Dump::node("MatchStar", vec![("name", opt_ident(name.as_deref()))], pos)
        }
        PatternKind::MatchAs { pattern: q, name } => Dump::node(
            "MatchAs",
            vec![
                ("pattern", q.as_deref().map_or(Dump::None, pattern)),
                ("name", opt_ident(name.as_deref())),
            ],
            pos,
        ),
        PatternKind::MatchOr { patterns: ps } => {
            Dump::node("MatchOr", vec![("patterns", patterns(ps))], pos)
        }
    }
}

fn comprehensions(gens: &[Comprehension]) -> Dump {
    Dump::List(
        gens.iter()
            .map(|g| {
                Dump::node(
                    "comprehension",
                    vec![
                        ("target", expr(&g.target)),
                        ("iter", expr(&g.iter)),
                        ("ifs", exprs(&g.ifs)),
                        ("is_async", int(g.is_async as i64)),
                    ],
                    None,
                )
            })
            .collect(),
    )
}

fn arguments(a: &Arguments) -> Dump {
    let args = |v: &[Arg]| Dump::List(v.iter().map(arg).collect());
    Dump::node(
        "arguments",
        vec![
            ("posonlyargs", args(&a.posonlyargs)),
            ("args", args(&a.args)),
            ("vararg", a.vararg.as_ref().map_or(Dump::None, arg)),
            ("kwonlyargs", args(&a.kwonlyargs)),
            (
                "kw_defaults",
                Dump::List(a.kw_defaults.iter().map(|d| opt(d.as_ref())).collect()),
            ),
            ("kwarg", a.kwarg.as_ref().map_or(Dump::None, arg)),
            ("defaults", exprs(&a.defaults)),
        ],
        None,
    )
}

fn arg(a: &Arg) -> Dump {
    Dump::node(
        "arg",
        vec![
            ("arg", ident(&a.arg)),
            ("annotation", opt(a.annotation.as_deref())),
        ],
        Some(a.pos),
    )
}

fn ctx(c: ExprContext) -> Dump {
    Dump::leaf(match c {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    })
}

fn expr(e: &Expr) -> Dump {
    let p = Some(e.pos);
    match &e.kind {
        ExprKind::BoolOp { op, values } => Dump::node(
            "BoolOp",
            vec![
                (
                    "op",
                    Dump::leaf(if *op == BoolOperator::And {
                        "And"
                    } else {
                        "Or"
                    }),
                ),
                ("values", exprs(values)),
            ],
            p,
        ),
        ExprKind::BinOp { left, op, right } => Dump::node(
            "BinOp",
            vec![
                ("left", expr(left)),
                ("op", Dump::leaf(operator_name(*op))),
                ("right", expr(right)),
            ],
            p,
        ),
        ExprKind::UnaryOp { op, operand } => Dump::node(
            "UnaryOp",
            vec![
                (
                    "op",
                    Dump::leaf(match op {
                        UnaryOperator::Invert => "Invert",
                        UnaryOperator::Not => "Not",
                        UnaryOperator::UAdd => "UAdd",
                        UnaryOperator::USub => "USub",
                    }),
                ),
                ("operand", expr(operand)),
            ],
            p,
        ),
        ExprKind::Lambda { args, body } => Dump::node(
            "Lambda",
            vec![("args", arguments(args)), ("body", expr(body))],
            p,
        ),
        ExprKind::IfExp { test, body, orelse } => Dump::node(
            "IfExp",
            vec![
                ("test", expr(test)),
                ("body", expr(body)),
                ("orelse", expr(orelse)),
            ],
            p,
        ),
        ExprKind::Dict { keys, values } => Dump::node(
            "Dict",
            vec![
                (
                    "keys",
                    Dump::List(keys.iter().map(|k| opt(k.as_ref())).collect()),
                ),
                ("values", exprs(values)),
            ],
            p,
        ),
        ExprKind::NamedExpr { target, value } => Dump::node(
            "NamedExpr",
            vec![("target", expr(target)), ("value", expr(value))],
            p,
        ),
        ExprKind::Set { elts } => Dump::node("Set", vec![("elts", exprs(elts))], p),
        ExprKind::ListComp { elt, generators } => Dump::node(
            "ListComp",
            vec![
                ("elt", expr(elt)),
                ("generators", comprehensions(generators)),
            ],
            p,
        ),
        ExprKind::SetComp { elt, generators } => Dump::node(
            "SetComp",
            vec![
                ("elt", expr(elt)),
                ("generators", comprehensions(generators)),
            ],
            p,
        ),
        ExprKind::GeneratorExp { elt, generators } => Dump::node(
            "GeneratorExp",
            vec![
                ("elt", expr(elt)),
                ("generators", comprehensions(generators)),
            ],
            p,
        ),
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => Dump::node(
            "DictComp",
            vec![
                ("key", expr(key)),
                ("value", expr(value)),
                ("generators", comprehensions(generators)),
            ],
            p,
        ),
        ExprKind::Await { value } => Dump::node("Await", vec![("value", expr(value))], p),
        ExprKind::Yield { value } => Dump::node("Yield", vec![("value", opt(value.as_deref()))], p),
        ExprKind::YieldFrom { value } => Dump::node("YieldFrom", vec![("value", expr(value))], p),
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => Dump::node(
            "FormattedValue",
            vec![
                ("value", expr(value)),
                ("conversion", int(*conversion as i64)),
                ("format_spec", opt(format_spec.as_deref())),
            ],
            p,
        ),
        ExprKind::JoinedStr { values } => {
            Dump::node("JoinedStr", vec![("values", exprs(values))], p)
        }
        ExprKind::Starred { value, ctx: c } => {
            Dump::node("Starred", vec![("value", expr(value)), ("ctx", ctx(*c))], p)
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => Dump::node(
            "Compare",
            vec![
                ("left", expr(left)),
                (
                    "ops",
                    Dump::List(ops.iter().map(|o| Dump::leaf(cmpop_name(*o))).collect()),
                ),
                ("comparators", exprs(comparators)),
            ],
            p,
        ),
        ExprKind::Call {
            func,
            args,
            keywords: kws,
        } => Dump::node(
            "Call",
            vec![
                ("func", expr(func)),
                ("args", exprs(args)),
                ("keywords", keywords(kws)),
            ],
            p,
        ),
        // `Constant(value=None)` keeps its field: the value is a repr, never `Dump::None`.
        ExprKind::Constant { value, kind } => Dump::node(
            "Constant",
            vec![
                ("value", Dump::Repr(pyrepr::constant_repr(value))),
                ("kind", kind.as_deref().map_or(Dump::None, ident)),
            ],
            p,
        ),
        ExprKind::Attribute {
            value,
            attr,
            ctx: c,
        } => Dump::node(
            "Attribute",
            vec![
                ("value", expr(value)),
                ("attr", ident(attr)),
                ("ctx", ctx(*c)),
            ],
            p,
        ),
        ExprKind::Subscript {
            value,
            slice,
            ctx: c,
        } => Dump::node(
            "Subscript",
            vec![
                ("value", expr(value)),
                ("slice", expr(slice)),
                ("ctx", ctx(*c)),
            ],
            p,
        ),
        ExprKind::Name { id, ctx: c } => {
            Dump::node("Name", vec![("id", ident(id)), ("ctx", ctx(*c))], p)
        }
        ExprKind::List { elts, ctx: c } => {
            Dump::node("List", vec![("elts", exprs(elts)), ("ctx", ctx(*c))], p)
        }
        ExprKind::Tuple { elts, ctx: c } => {
            Dump::node("Tuple", vec![("elts", exprs(elts)), ("ctx", ctx(*c))], p)
        }
        ExprKind::Slice { lower, upper, step } => Dump::node(
            "Slice",
            vec![
                ("lower", opt(lower.as_deref())),
                ("upper", opt(upper.as_deref())),
                ("step", opt(step.as_deref())),
            ],
            p,
        ),
    }
}

fn keyword(k: &Keyword) -> Dump {
    Dump::node(
        "keyword",
        vec![
            ("arg", k.arg.as_deref().map_or(Dump::None, ident)),
            ("value", expr(&k.value)),
        ],
        Some(k.pos),
    )
}

/// The `ast` class name of a binary operator (`Add`, `FloorDiv`, ...).
pub fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

fn cmpop_name(op: CmpOperator) -> &'static str {
    match op {
        CmpOperator::Eq => "Eq",
        CmpOperator::NotEq => "NotEq",
        CmpOperator::Lt => "Lt",
        CmpOperator::LtE => "LtE",
        CmpOperator::Gt => "Gt",
        CmpOperator::GtE => "GtE",
        CmpOperator::Is => "Is",
        CmpOperator::IsNot => "IsNot",
        CmpOperator::In => "In",
        CmpOperator::NotIn => "NotIn",
    }
}
