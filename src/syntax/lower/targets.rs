//! Assignment targets: turning expressions into `Store`/`Del` targets and the
//! names CPython gives the expressions that cannot be one (`cannot assign to ...`).

use crate::ast::*;

/// What CPython calls an expression in "cannot assign to ..." messages.
pub(crate) fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Call { .. } => "function call",
        ExprKind::FormattedValue { .. } | ExprKind::JoinedStr { .. } => "f-string expression",
        ExprKind::Constant {
            value: Constant::Ellipsis,
            ..
        } => "ellipsis",
        ExprKind::Constant {
            value: Constant::None,
            ..
        } => "None",
        ExprKind::Constant {
            value: Constant::Bool(true),
            ..
        } => "True",
        ExprKind::Constant {
            value: Constant::Bool(false),
            ..
        } => "False",
        ExprKind::Constant { .. } => "literal",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Turns an expression into an assignment target (`ctx=Store()`), or returns
/// the innermost part that cannot be assigned to: its name and position.
pub fn set_store(e: &mut Expr) -> Result<(), (&'static str, Pos)> {
    set_ctx(e, ExprContext::Store)
}

/// Turns an expression into a `del` target (`ctx=Del()`), or returns the part
/// that cannot be deleted.
pub fn set_del(e: &mut Expr) -> Result<(), (&'static str, Pos)> {
    set_ctx(e, ExprContext::Del)
}

fn set_ctx(e: &mut Expr, to: ExprContext) -> Result<(), (&'static str, Pos)> {
    let what = describe(e);
    let pos = e.pos;
    match &mut e.kind {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => {
            *ctx = to;
            Ok(())
        }
        ExprKind::Starred { value, ctx } if to == ExprContext::Store => {
            *ctx = to;
            set_ctx(value, to)
        }
        ExprKind::Tuple { elts, ctx } | ExprKind::List { elts, ctx } => {
            *ctx = to;
            elts.iter_mut().try_for_each(|x| set_ctx(x, to))
        }
        _ => Err((what, pos)),
    }
}

/// CPython's `name = value` hint for an invalid statement that starts with
/// `first =`: when the operand after the first `=` is not itself followed by `=`,
/// the `=` was probably meant as `==` (or `:=` after a bare name). `first` is the
/// first target; inside an unparenthesized tuple its last element is what is
/// checked.
pub(crate) fn equals_hint(
    first: &Expr,
    second_text: &str,
    second: Option<&Expr>,
    second_chained: bool,
) -> Option<(Pos, String)> {
    let candidate = match &first.kind {
        ExprKind::Tuple { elts, .. } => {
            let last = elts.last()?;
            // Parenthesized tuples end at their `)`, after the last element.
            let bare = (last.pos.end_lineno, last.pos.end_col_offset)
                == (first.pos.end_lineno, first.pos.end_col_offset);
            if !bare {
                return None;
            }
            last
        }
        ExprKind::List { .. } => return None,
        _ => first,
    };
    if matches!(
        candidate.kind,
        ExprKind::Tuple { .. } | ExprKind::List { .. }
    ) || !hint_applies(candidate)
        || !starts_operand(second_text)
    {
        return None;
    }
    // The operand after `=` is all of `second` when that is a plain operand.
    let whole_operand = second.is_some_and(|e| {
        hint_applies(e) && !matches!(e.kind, ExprKind::Tuple { .. } | ExprKind::Compare { .. })
    });
    if whole_operand && second_chained {
        return None;
    }
    let msg = match &candidate.kind {
        ExprKind::Name { .. } => {
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?".into()
        }
        _ => format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            describe(candidate)
        ),
    };
    Some((candidate.pos, msg))
}

/// Whether `text` starts with an operand rather than `not`, `lambda`, `yield` or
/// a star.
pub(crate) fn starts_operand(text: &str) -> bool {
    let text = text.trim_start();
    !["not", "lambda", "yield", "*"].iter().any(|k| {
        text.starts_with(k)
            && (*k == "*"
                || !text[k.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_'))
    })
}

/// Whether CPython's "Maybe you meant '=='" hint can apply to `e`: an expression
/// at the `bitwise_or` level other than the `None`/`True`/`False` keywords.
pub(crate) fn hint_applies(e: &Expr) -> bool {
    !matches!(
        &e.kind,
        ExprKind::BoolOp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::UnaryOp {
                op: UnaryOperator::Not,
                ..
            }
            | ExprKind::Constant {
                value: Constant::None | Constant::Bool(_),
                ..
            }
    )
}
