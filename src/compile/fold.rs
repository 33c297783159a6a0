//! Constant folding — CPython's `Python/ast_opt.c`: operations on literals are
//! computed at compile time when the result is small, so `dis` shows the same
//! constants CPython does (`2 ** 10` loads `1024`). Results come from the
//! runtime's own operations, so folding cannot change what a program computes;
//! an operation that would raise is left for run time.

use num_traits::Signed;

use super::constant_value;
use crate::ast::{Expr, ExprKind, Operator, UnaryOperator};
use crate::runtime::{self as rt, BinOp, Value};

/// CPython's limits on folded results (`ast_opt.c`).
const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;

/// The value of `e` given the values of its children (in `walk_expr_children`
/// order), if it is an operation CPython folds.
fn combine(e: &Expr, kids: &[Value]) -> Option<Value> {
    match (&e.kind, kids) {
        (ExprKind::Tuple { .. }, _) => Some(Value::tuple(kids.to_vec())),
        (ExprKind::UnaryOp { op, .. }, [v]) => match op {
            UnaryOperator::Not => Some(Value::Bool(!rt::truthy(v))),
            UnaryOperator::USub => rt::negate(v).ok(),
            UnaryOperator::UAdd => rt::positive(v).ok(),
            // `~` on a bool is deprecated and stays a run-time operation.
            UnaryOperator::Invert if !matches!(v, Value::Bool(_)) => rt::invert(v).ok(),
            UnaryOperator::Invert => None,
        },
        (ExprKind::BinOp { op, .. }, [l, r]) => {
            if !safe(l, *op, r) {
                return None;
            }
            rt::binary_op(l, r, bin_op(*op), false).ok()
        }
        (ExprKind::Subscript { .. }, [v, i]) => rt::getitem(v, i).ok(),
        _ => None,
    }
}

fn bin_op(op: Operator) -> BinOp {
    BinOp::from_arg(super::nb_op(op))
}

fn int_bits(v: &Value) -> Option<u64> {
    match v {
        Value::Int(i) => Some(64 - i.unsigned_abs().leading_zeros() as u64),
        Value::Bool(b) => Some(*b as u64),
        Value::BigInt(b) => Some(b.bits()),
        _ => None,
    }
}

fn int_value(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(b) => Some(if b.is_negative() { i64::MIN } else { i64::MAX }),
        _ => None,
    }
}

fn seq_len(v: &Value) -> Option<(usize, usize)> {
    match v {
        Value::Str(s) => Some((s.char_len(), MAX_STR_SIZE)),
        Value::Bytes(b) => Some((b.len(), MAX_STR_SIZE)),
        Value::Tuple(t) => Some((t.len(), MAX_COLLECTION_SIZE)),
        _ => None,
    }
}

/// CPython's `safe_multiply`, `safe_power`, `safe_lshift` and `safe_mod`: refuse
/// folds whose result would be large, and `%` formatting.
fn safe(l: &Value, op: Operator, r: &Value) -> bool {
    match op {
        Operator::Mult => {
            if let (Some(a), Some(b)) = (int_bits(l), int_bits(r)) {
                return a == 0 || b == 0 || a + b <= MAX_INT_SIZE;
            }
            let (seq, n) = match (seq_len(l), seq_len(r)) {
                (Some(s), None) => (s, int_value(r)),
                (None, Some(s)) => (s, int_value(l)),
                _ => return true,
            };
            // CPython folds an empty sequence times anything, else only a small
            // non-negative count.
            match n {
                _ if seq.0 == 0 => true,
                Some(n) => n >= 0 && (n as u64) <= (seq.1 / seq.0) as u64,
                None => true,
            }
        }
        Operator::Pow => match (int_bits(l), int_value(r)) {
            (Some(a), Some(b)) if b > 0 => a == 0 || (b as u64) <= MAX_INT_SIZE / a,
            _ => true,
        },
        Operator::LShift => match (int_bits(l), int_value(r)) {
            (Some(a), Some(b)) if b >= 0 => {
                (b as u64) <= MAX_INT_SIZE && a <= MAX_INT_SIZE - b as u64
            }
            _ => true,
        },
        Operator::Mod => !matches!(l, Value::Str(_) | Value::Bytes(_)),
        _ => true,
    }
}

/// Folds every foldable expression of a module once, bottom-up, so the compiler
/// can ask for any node's folded value in constant time. Keys are node addresses;
/// plain literals are left out (they are their own value).
pub fn fold_module(module: &crate::ast::Module) -> std::collections::HashMap<usize, Value> {
    use crate::ast::{Child, walk_stmt_children};
    fn stmt(s: &crate::ast::Stmt, out: &mut std::collections::HashMap<usize, Value>) {
        walk_stmt_children(s, &mut |c| match c {
            Child::Expr(e) => {
                expr(e, out);
            }
            Child::Stmts(b) => b.iter().for_each(|s| stmt(s, out)),
        });
    }
    fn expr(e: &Expr, out: &mut std::collections::HashMap<usize, Value>) -> Option<Value> {
        // Children first, so every foldable subtree is recorded even when the
        // parent is not foldable.
        let mut kids = Vec::new();
        crate::ast::walk_expr_children(e, &mut |c| kids.push(c));
        let values: Vec<Option<Value>> = kids.iter().map(|c| expr(c, out)).collect();
        if let ExprKind::Constant { value, .. } = &e.kind {
            return Some(constant_value(value));
        }
        let v = values
            .into_iter()
            .collect::<Option<Vec<_>>>()
            .and_then(|vs| combine(e, &vs));
        if let Some(v) = &v {
            out.insert(e as *const Expr as usize, v.clone());
        }
        v
    }
    let mut out = std::collections::HashMap::new();
    for s in &module.body {
        stmt(s, &mut out);
    }
    out
}
