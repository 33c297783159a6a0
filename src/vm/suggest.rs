//! "Did you mean" hints — the suggestions CPython 3.13 adds to `NameError`,
//! `AttributeError` and unexpected-keyword `TypeError` messages: the closest
//! candidate by an edit distance where a case change costs half a move.

use super::{Frame, Vm};
use crate::runtime::{Exc, ExcType, Value};

/// Cost of inserting, deleting or replacing a character.
const MOVE_COST: usize = 2;
/// Cost of replacing a character by itself in another case.
const CASE_COST: usize = 1;
/// Names longer than this are never compared.
const MAX_STRING_SIZE: usize = 40;
/// With more candidates than this, no suggestion is made.
const MAX_CANDIDATES: usize = 750;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_lowercase().eq(b.to_lowercase()) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance between `a` and `b`, or anything above `max_cost` once
/// it is certain to exceed it.
fn distance(a: &str, b: &str, max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Common prefixes and suffixes cost nothing.
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (mut a, mut b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return MOVE_COST * (a.len() + b.len());
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // row[i]: the cost of turning the first characters of b seen so far
    // into a[..=i].
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut diagonal = bi * MOVE_COST;
        result = diagonal;
        let mut smallest = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(bc, ac);
            diagonal = row[ai];
            let insert_delete = result.min(diagonal) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            smallest = smallest.min(result);
        }
        if smallest > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `wrong`, if any is close enough.
pub fn closest<'a>(candidates: &[&'a str], wrong: &str) -> Option<&'a str> {
    let wrong_len = wrong.chars().count();
    if candidates.len() > MAX_CANDIDATES || wrong_len > MAX_STRING_SIZE {
        return None;
    }
    let mut best_distance = usize::MAX;
    let mut best = None;
    for &c in candidates {
        if c == wrong {
            continue;
        }
        let limit = ((c.chars().count() + wrong_len + 3) * MOVE_COST / 6)
            .min(best_distance.saturating_sub(1));
        let d = distance(wrong, c, limit);
        if d > limit {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(c);
            best_distance = d;
        }
    }
    best
}

/// The string keys of a namespace.
fn keys_of(d: &crate::runtime::Dict) -> Vec<String> {
    d.keys()
        .filter_map(|k| match k.value() {
            Value::Str(s) => Some(s.as_str().to_string()),
            _ => None,
        })
        .collect()
}

/// The hint for a name frame `f` does not find: `. Did you mean: 'x'?`
/// (or `'self.x'` in a method whose instance has the attribute), and for a
/// standard module's name the import it lacks.
pub fn name_hint(vm: &Vm, f: &Frame, name: &str) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    let mut self_value = None;
    if let Some(ns) = &f.locals {
        names.extend(keys_of(&ns.borrow()));
    } else if !f.code.is_module {
        for (slot, n) in f.code.localsplus.iter().enumerate() {
            let v = match &f.stack[slot] {
                Value::Cell(c) => c.borrow().clone(),
                v => v.clone(),
            };
            if v.is_null() {
                continue;
            }
            if n.as_str() == "self" {
                self_value = Some(v);
            }
            names.push(n.as_str().to_string());
        }
    }
    names.extend(keys_of(&f.globals.borrow()));
    names.extend(keys_of(&vm.builtins.borrow()));
    let mut hint = None;
    if let Some(obj) = self_value {
        let key = crate::runtime::intern(name);
        if vm.getattr(&obj, &key).is_ok() {
            hint = Some(format!(". Did you mean: 'self.{name}'?"));
        }
    }
    if hint.is_none() {
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        hint = closest(&refs, name).map(|s| format!(". Did you mean: '{s}'?"));
    }
    if super::stdlib_names::STDLIB_MODULE_NAMES
        .binary_search(&name)
        .is_ok()
    {
        let h = hint.get_or_insert_with(String::new);
        if h.is_empty() {
            h.push_str(&format!(". Did you forget to import '{name}'?"));
        } else {
            h.push_str(&format!(" Or did you forget to import '{name}'?"));
        }
    }
    hint
}

/// What a traceback adds after an exception's message: the hint worked out
/// when it was raised, or for an `AttributeError` the closest attribute of
/// its object (names with a leading underscore only for such a name).
pub fn hint(e: &Exc) -> String {
    if let Some(h) = &*e.state().hint.borrow() {
        return h.clone();
    }
    if !e.is(ExcType::AttributeError) {
        return String::new();
    }
    let (name, obj) = {
        let d = e.0.dict.borrow();
        let get = |k: &str| d.get(&crate::runtime::StrKey::new(k)).cloned();
        match (get("name"), get("obj")) {
            (Some(Value::Str(n)), Some(o)) => (n, o),
            _ => return String::new(),
        }
    };
    let found = super::with_current(|vm| {
        let Ok(Value::List(l)) = crate::runtime::builtins::reflect::dir_of(vm, &obj) else {
            return None;
        };
        let hide_private = !name.as_str().starts_with('_');
        let names: Vec<String> = l
            .borrow()
            .iter()
            .filter_map(|v| match v {
                Value::Str(s) if !(hide_private && s.as_str().starts_with('_')) => {
                    Some(s.as_str().to_string())
                }
                _ => None,
            })
            .collect();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        closest(&refs, name.as_str()).map(|s| format!(". Did you mean: '{s}'?"))
    });
    found.flatten().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_names_are_suggested() {
        assert_eq!(closest(&["balance", "owner"], "balanse"), Some("balance"));
        assert_eq!(closest(&["height", "width"], "heigth"), Some("height"));
        assert_eq!(closest(&["Foo"], "foo"), Some("Foo"));
        assert_eq!(closest(&["alpha", "beta"], "zzz"), None);
    }
}
