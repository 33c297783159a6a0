//! The lazy iterators of the builtins: `enumerate`, `zip`, `map`, `filter`
//! (CPython's `Objects/enumobject.c` and `Python/bltinmodule.c`). They hold
//! other iterators and advance them only when asked.

use std::rc::Rc;

use super::*;

fn lazy(it: Iter) -> Value {
    Value::Iter(Rc::new(RefCell::new(it)))
}

pub(super) fn b_enumerate(_: &Vm, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    let mut iterable = args.first().cloned();
    let mut start = args.get(1).cloned();
    for (k, v) in kwargs {
        match k.as_str() {
            "start" if start.is_none() => start = Some(v.clone()),
            "iterable" if iterable.is_none() => iterable = Some(v.clone()),
            other => {
                return Err(Exc::type_error(format!(
                    "enumerate() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    let Some(iterable) = iterable else {
        return Err(Exc::type_error(
            "enumerate() missing required argument 'iterable'",
        ));
    };
    if args.len() > 2 {
        return Err(Exc::type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let start = match start {
        None => 0,
        Some(Value::Int(i)) => i,
        Some(Value::Bool(b)) => b as i64,
        Some(other) => {
            return Err(Exc::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            )));
        }
    };
    Ok(lazy(Iter::Enumerate(get_iter(&iterable)?, start)))
}

pub(super) fn b_zip(_: &Vm, args: &[Value], kwargs: Kwargs<'_>) -> R<Value> {
    let mut strict = false;
    for (k, v) in kwargs {
        if k.as_str() != "strict" {
            return Err(Exc::type_error(format!(
                "zip() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
        strict = truthy(v);
    }
    let mut iters = Vec::with_capacity(args.len());
    for a in args {
        iters.push(get_iter(a)?);
    }
    Ok(lazy(Iter::Zip(iters, strict)))
}

pub(super) fn b_map(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    if args.len() < 2 {
        return Err(Exc::type_error("map() must have at least two arguments."));
    }
    let iters = args[1..].iter().map(get_iter).collect::<R<Vec<_>>>()?;
    Ok(lazy(Iter::Map(args[0].clone(), iters)))
}

pub(super) fn b_filter(_: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    arity("filter", args, 2, 2)?;
    Ok(lazy(Iter::Filter(args[0].clone(), get_iter(&args[1])?)))
}

/// The next item of a built-in iterator, calling into the VM for these lazy
/// ones (`None` when exhausted).
pub fn lazy_next(vm: &Vm, it: &RefCell<Iter>) -> R<Option<Value>> {
    // What to do is copied out, so that user code running below may touch `it`.
    enum Step {
        Enumerate(Value, i64),
        Zip(Vec<Value>, bool),
        Map(Value, Vec<Value>),
        Filter(Value, Value),
        Callable(Value, Value),
    }
    let step = match &*it.borrow() {
        Iter::Enumerate(inner, n) => Some(Step::Enumerate(inner.clone(), *n)),
        Iter::Zip(iters, strict) => Some(Step::Zip(iters.clone(), *strict)),
        Iter::Map(f, iters) => Some(Step::Map(f.clone(), iters.clone())),
        Iter::Filter(f, inner) => Some(Step::Filter(f.clone(), inner.clone())),
        Iter::Callable(Some((f, sentinel))) => Some(Step::Callable(f.clone(), sentinel.clone())),
        Iter::Callable(None) => return Ok(None),
        _ => None,
    };
    let Some(step) = step else {
        return iter_next(it);
    };
    match step {
        Step::Enumerate(inner, n) => {
            let Some(v) = next_of(&inner)? else {
                return Ok(None);
            };
            if let Iter::Enumerate(_, count) = &mut *it.borrow_mut() {
                *count += 1;
            }
            Ok(Some(Value::tuple(vec![Value::Int(n), v])))
        }
        Step::Filter(f, inner) => {
            while let Some(v) = next_of(&inner)? {
                let keep = match &f {
                    Value::None => is_true(&v)?,
                    f => is_true(&vm.call(f, vec![v.clone()], Vec::new())?)?,
                };
                if keep {
                    return Ok(Some(v));
                }
            }
            Ok(None)
        }
        Step::Zip(iters, strict) => match next_row(&iters, strict)? {
            Some(items) => Ok(Some(Value::tuple(items))),
            None => Ok(None),
        },
        Step::Callable(f, sentinel) => {
            let v = vm.call(&f, Vec::new(), Vec::new())?;
            if crate::runtime::ops::py_eq(&v, &sentinel)? {
                *it.borrow_mut() = Iter::Callable(None);
                return Ok(None);
            }
            Ok(Some(v))
        }
        Step::Map(f, iters) => match next_row(&iters, false)? {
            Some(items) => vm.call(&f, items, Vec::new()).map(Some),
            None => Ok(None),
        },
    }
}

/// One item from each iterator, or `None` when one is exhausted.
fn next_row(iters: &[Value], strict: bool) -> R<Option<Vec<Value>>> {
    if iters.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(iters.len());
    for (i, sub) in iters.iter().enumerate() {
        match next_of(sub)? {
            Some(v) => items.push(v),
            None if strict => return zip_strict_error(i, iters).map(|_| None),
            None => return Ok(None),
        }
    }
    Ok(Some(items))
}

/// `zip(strict=True)` found iterator `i` shorter (or, for `i == 0`, the
/// others longer).
fn zip_strict_error(i: usize, iters: &[Value]) -> R<()> {
    if i > 0 {
        let s = if i == 1 { " " } else { "s 1-" };
        return Err(Exc::value_error(format!(
            "zip() argument {} is shorter than argument{s}{i}",
            i + 1
        )));
    }
    for (j, sub) in iters.iter().enumerate().skip(1) {
        if next_of(sub)?.is_some() {
            let s = if j == 1 { " " } else { "s 1-" };
            return Err(Exc::value_error(format!(
                "zip() argument {} is longer than argument{s}{j}",
                j + 1
            )));
        }
    }
    Ok(())
}
