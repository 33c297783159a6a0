//! Exception groups (PEP 654) — the `BaseExceptionGroup` part of CPython's
//! `Objects/exceptions.c`: which class a new group gets, `split`, `subgroup`
//! and `derive`, and the two steps an `except*` clause compiles to: matching
//! a handler's types ([`except_star_match`]) and working out what the whole
//! `try` re-raises ([`prep_reraise_star`]).

use std::rc::Rc;

use super::builtins::{Builtin, Kwargs};
use super::object::{Class, Instance};
use super::{Exc, ExcType, Value, intern};
use crate::vm::Vm;

type R<T> = Result<T, Exc>;

/// The `(message, exceptions)` of an exception group; `None` for any other
/// value.
pub fn parts(v: &Value) -> Option<(Value, Rc<[Value]>)> {
    let Value::Instance(i) = v else { return None };
    let e = i.exc.as_deref()?;
    match &*e.group.borrow() {
        Value::Tuple(t) if t.len() == 2 => match &t[1] {
            Value::Tuple(excs) => Some((t[0].clone(), excs.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is an instance of `BaseExceptionGroup`.
fn is_group(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.class.exc.is_some_and(ExcType::is_group))
}

/// CPython's `PySequence_Check`: what the constructor accepts as its list of
/// exceptions.
fn is_sequence(v: &Value) -> bool {
    match v {
        Value::List(_)
        | Value::Tuple(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::Range(_) => true,
        Value::Instance(i) => match &i.base {
            Some(Value::Dict(_)) => false,
            Some(b) if is_sequence(b) => true,
            _ => i.class.lookup("__getitem__").is_some(),
        },
        _ => false,
    }
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`: checks the
/// arguments and picks the class: `BaseExceptionGroup` of nothing but
/// `Exception`s makes an `ExceptionGroup`, and an `ExceptionGroup` may not
/// hold other `BaseException`s. `args` keeps what was passed.
pub fn new(vm: &Vm, class: &Rc<Class>, args: &[Value]) -> R<Rc<Instance>> {
    if args.len() != 2 {
        return Err(Exc::type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    let message = match &args[0] {
        m @ Value::Str(_) => m.clone(),
        Value::Instance(i) if matches!(i.base, Some(Value::Str(_))) => args[0].clone(),
        other => {
            return Err(Exc::type_error(format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
                other.type_name()
            )));
        }
    };
    if !is_sequence(&args[1]) {
        return Err(Exc::type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let excs = vm.iterate(&args[1])?;
    if excs.is_empty() {
        return Err(Exc::value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut nested_base = false;
    for (i, e) in excs.iter().enumerate() {
        match e {
            Value::Instance(inst) if inst.exc.is_some() => {
                if !inst
                    .class
                    .exc
                    .is_some_and(|t| t.is_subclass(ExcType::Exception))
                {
                    nested_base = true;
                }
            }
            _ => {
                return Err(Exc::value_error(format!(
                    "Item {i} of second argument (exceptions) is not an exception"
                )));
            }
        }
    }
    let base_group = ExcType::BaseExceptionGroup.class();
    let group = ExcType::ExceptionGroup.class();
    let class = if Rc::ptr_eq(class, &group) {
        if nested_base {
            return Err(Exc::type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
        group
    } else if Rc::ptr_eq(class, &base_group) {
        if nested_base { base_group } else { group }
    } else {
        if nested_base && class.exc.is_some_and(|t| t.is_subclass(ExcType::Exception)) {
            return Err(Exc::type_error(format!(
                "Cannot nest BaseExceptions in '{}'",
                class.name.borrow().as_str()
            )));
        }
        class.clone()
    };
    let inst = Instance::new_exception(class, Value::tuple(args.to_vec()));
    if let Some(e) = &inst.exc {
        *e.group.borrow_mut() = Value::tuple(vec![message, Value::tuple(excs)]);
    }
    Ok(inst)
}

/// `BaseExceptionGroup(message, excs)`, the class picked by [`new`].
fn make(vm: &Vm, message: Value, excs: Value) -> R<Value> {
    let class = ExcType::BaseExceptionGroup.class();
    Ok(Value::Instance(new(vm, &class, &[message, excs])?))
}

/// `str(group)`: `message (N sub-exceptions)`.
pub fn str_of(v: &Value) -> Option<R<String>> {
    let (message, excs) = parts(v)?;
    let n = excs.len();
    Some(
        super::to_str(&message)
            .map(|m| format!("{m} ({n} sub-exception{})", if n > 1 { "s" } else { "" })),
    )
}

/// `message` and `exceptions`.
pub fn attribute(v: &Value, name: &str) -> Option<Value> {
    let (message, excs) = parts(v)?;
    match name {
        "message" => Some(message),
        "exceptions" => Some(Value::Tuple(excs)),
        _ => None,
    }
}

/// How `split` and `subgroup` decide which leaves go where.
enum Matcher<'a> {
    /// An exception class or a tuple of them.
    Type(&'a Value),
    /// A callable (not a class) asked about each exception.
    Predicate(&'a Value),
    /// The leaves whose identity is in the list (the interpreter's own use).
    Leaves(&'a [*const Instance]),
}

impl<'a> Matcher<'a> {
    /// CPython's `get_matcher_type`.
    fn of(v: &'a Value) -> R<Matcher<'a>> {
        let exc_class = |c: &Value| matches!(c, Value::Class(c) if c.exc.is_some());
        if super::builtins::is_callable(v) && !matches!(v, Value::Class(_) | Value::Type(_)) {
            return Ok(Matcher::Predicate(v));
        }
        match v {
            c if exc_class(c) => Ok(Matcher::Type(v)),
            Value::Tuple(items) if items.iter().all(exc_class) => Ok(Matcher::Type(v)),
            _ => Err(Exc::type_error(
                "expected an exception type, a tuple of exception types, or a callable (other than a class)",
            )),
        }
    }

    fn matches(&self, vm: &Vm, e: &Value) -> R<bool> {
        match self {
            Matcher::Type(t) => super::isinstance(e, t),
            Matcher::Predicate(f) => vm.truthy(&vm.call(f, vec![e.clone()], Vec::new())?),
            Matcher::Leaves(ids) => Ok(match e {
                Value::Instance(i) if !is_group(e) => ids.contains(&Rc::as_ptr(i)),
                _ => false,
            }),
        }
    }
}

/// The parts of a group that match and that do not (CPython's
/// `exceptiongroup_split_recursive`): a matching exception goes whole, a
/// group partly matching is rebuilt from its matching members with
/// [`subset`].
fn split_recursive(
    vm: &Vm,
    exc: &Value,
    matcher: &Matcher<'_>,
    with_rest: bool,
) -> R<(Option<Value>, Option<Value>)> {
    if matcher.matches(vm, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    let Some((_, excs)) = parts(exc) else {
        return Ok((None, with_rest.then(|| exc.clone())));
    };
    let _depth = super::enter_native(" in exceptiongroup_split_recursive")?;
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for e in excs.iter() {
        let (m, r) = split_recursive(vm, e, matcher, with_rest)?;
        matched.extend(m);
        rest.extend(r);
    }
    let matched = subset(vm, exc, matched)?;
    let rest = if with_rest {
        subset(vm, exc, rest)?
    } else {
        None
    };
    Ok((matched, rest))
}

/// A group like `orig` holding `excs` (none when `excs` is empty): made by
/// `orig.derive(excs)`, with `orig`'s traceback, cause, context and a copy
/// of its notes (CPython's `exceptiongroup_subset`).
fn subset(vm: &Vm, orig: &Value, excs: Vec<Value>) -> R<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let derive = vm.getattr(orig, &intern("derive"))?;
    let eg = vm.call(&derive, vec![Value::list(excs)], Vec::new())?;
    if !is_group(&eg) {
        return Err(Exc::type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    }
    let (Some(o), Some(n)) = (as_exc(orig), as_exc(&eg)) else {
        unreachable!("both are exception groups")
    };
    let (os, ns) = (o.state(), n.state());
    if let Some(tb) = os.traceback.borrow().clone() {
        *ns.traceback.borrow_mut() = Some(tb);
    }
    *ns.context.borrow_mut() = os.context.borrow().clone();
    *ns.cause.borrow_mut() = os.cause.borrow().clone();
    // Setting a cause (even `None`) suppresses the context, as
    // `PyException_SetCause` does.
    ns.suppress_context.set(true);
    if let Some(notes) = o.notes()
        && is_sequence(&notes)
    {
        n.set_notes(Value::list(vm.iterate(&notes)?));
    }
    Ok(Some(eg))
}

/// The exception `v` is, if it is one.
fn as_exc(v: &Value) -> Option<Exc> {
    match v {
        Value::Instance(i) if i.exc.is_some() => Some(Exc(i.clone())),
        _ => None,
    }
}

/// `group.split(condition)`: the `(match, rest)` pair.
fn split(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    let (group, cond) = group_and_arg("split", args)?;
    let (m, r) = split_recursive(vm, group, &Matcher::of(cond)?, true)?;
    Ok(Value::tuple(vec![
        m.unwrap_or(Value::None),
        r.unwrap_or(Value::None),
    ]))
}

/// `group.subgroup(condition)`: the matching part, or `None`.
fn subgroup(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    let (group, cond) = group_and_arg("subgroup", args)?;
    let (m, _) = split_recursive(vm, group, &Matcher::of(cond)?, false)?;
    Ok(m.unwrap_or(Value::None))
}

/// `group.derive(excs)`: `BaseExceptionGroup(group.message, excs)`.
fn derive(vm: &Vm, args: &[Value], _: Kwargs<'_>) -> R<Value> {
    let (group, excs) = group_and_arg("derive", args)?;
    let (message, _) = parts(group).expect("checked to be a group");
    make(vm, message, excs.clone())
}

/// The receiver, checked to be a group, and the one argument of a method.
fn group_and_arg<'a>(name: &str, args: &'a [Value]) -> R<(&'a Value, &'a Value)> {
    match args {
        [g, a] if parts(g).is_some() => Ok((g, a)),
        [g, _] => Err(Exc::type_error(format!(
            "descriptor '{name}' for 'BaseExceptionGroup' objects doesn't apply to a '{}' object",
            g.type_name()
        ))),
        _ => Err(Exc::type_error(format!(
            "BaseExceptionGroup.{name}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

/// The methods of `BaseExceptionGroup`.
pub static GROUP_METHODS: &[Builtin] = &[
    Builtin {
        name: "derive",
        func: derive,
    },
    Builtin {
        name: "split",
        func: split,
    },
    Builtin {
        name: "subgroup",
        func: subgroup,
    },
];

/// Rejects exception group classes as the types of an `except*` clause
/// (the caller has checked that they are exception classes).
fn check_not_group(v: &Value) -> R<()> {
    let one = |c: &Value| matches!(c, Value::Class(c) if c.exc.is_some_and(ExcType::is_group));
    let any_group = match v {
        Value::Tuple(items) => items.iter().any(one),
        other => one(other),
    };
    if any_group {
        return Err(Exc::type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    Ok(())
}

/// What `CHECK_EG_MATCH` computes for the exception `exc` and an `except*`
/// clause's types: `(rest, match)`, `match` being `None` when nothing
/// matches. A matching exception that is not a group is wrapped in
/// `ExceptionGroup('', (exc,))` carrying its traceback. `types` are already
/// checked to be exception classes.
pub fn except_star_match(vm: &Vm, exc: &Value, types: &Value) -> R<(Value, Value)> {
    check_not_group(types)?;
    if matches!(exc, Value::None) {
        return Ok((Value::None, Value::None));
    }
    if super::isinstance(exc, types)? {
        if is_group(exc) {
            return Ok((Value::None, exc.clone()));
        }
        let wrapped = make(vm, Value::str(""), Value::tuple(vec![exc.clone()]))?;
        if let (Some(e), Some(w)) = (as_exc(exc), as_exc(&wrapped)) {
            *w.state().traceback.borrow_mut() = e.state().traceback.borrow().clone();
        }
        return Ok((Value::None, wrapped));
    }
    if !is_group(exc) {
        return Ok((exc.clone(), Value::None));
    }
    let split = vm.getattr(exc, &intern("split"))?;
    let pair = vm.call(&split, vec![types.clone()], Vec::new())?;
    let Value::Tuple(t) = &pair else {
        return Err(Exc::type_error(format!(
            "{}.split must return a tuple, not {}",
            exc.type_name(),
            pair.type_name()
        )));
    };
    if t.len() != 2 {
        return Err(Exc::type_error(format!(
            "{}.split must return a 2-tuple, got tuple of size {}",
            exc.type_name(),
            t.len()
        )));
    }
    // An overridden `split` could return anything; the clauses and
    // `RERAISE` need exceptions (or `None`).
    for part in t.iter() {
        if !matches!(part, Value::None) && !matches!(part, Value::Instance(i) if i.exc.is_some()) {
            return Err(Exc::type_error(format!(
                "{}.split must return exceptions or None, not {}",
                exc.type_name(),
                part.type_name()
            )));
        }
    }
    Ok((t[1].clone(), t[0].clone()))
}

/// Whether two exceptions have the same notes, traceback, cause and context
/// (by identity): how a re-raised part of the original group is told from a
/// new exception.
fn same_metadata(a: &Exc, b: &Exc) -> bool {
    let (sa, sb) = (a.state(), b.state());
    let same_tb = match (&*sa.traceback.borrow(), &*sb.traceback.borrow()) {
        (Some(x), Some(y)) => Rc::ptr_eq(x, y),
        (None, None) => true,
        _ => false,
    };
    let same = |x: &Value, y: &Value| super::is_same(x, y);
    same_tb
        && match (a.notes(), b.notes()) {
            (Some(x), Some(y)) => same(&x, &y),
            (None, None) => true,
            _ => false,
        }
        && same(&sa.cause.borrow(), &sb.cause.borrow())
        && same(&sa.context.borrow(), &sb.context.borrow())
}

/// Collects the identities of the leaves (the exceptions that are not
/// groups) under `v`.
fn leaves(v: &Value, out: &mut Vec<*const Instance>) {
    match parts(v) {
        Some((_, excs)) => excs.iter().for_each(|e| leaves(e, out)),
        None => {
            if let Value::Instance(i) = v {
                out.push(Rc::as_ptr(i));
            }
        }
    }
}

/// What a `try`/`except*` raises once its clauses ran (CPython's
/// `_PyExc_PrepReraiseStar`): `orig` is the exception caught, `excs` what
/// each clause raised or left unhandled (`None` entries are skipped).
/// Re-raised parts of `orig` keep its nesting; new exceptions join them in
/// a new `ExceptionGroup('')` when there is more than one thing to raise.
/// `None` when nothing is left.
pub fn prep_reraise_star(vm: &Vm, orig: &Value, excs: &[Value]) -> R<Value> {
    if excs.is_empty() {
        return Ok(Value::None);
    }
    let Some(orig_exc) = as_exc(orig) else {
        return Ok(Value::None);
    };
    if !is_group(orig) {
        // A bare exception was wrapped: at most one clause ran.
        return Ok(excs[0].clone());
    }
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    for e in excs {
        match as_exc(e) {
            Some(x) if same_metadata(&x, &orig_exc) => reraised.push(e.clone()),
            Some(_) => raised.push(e.clone()),
            None => {}
        }
    }
    let mut ids = Vec::new();
    reraised.iter().for_each(|e| leaves(e, &mut ids));
    let (kept, _) = split_recursive(vm, orig, &Matcher::Leaves(&ids), false)?;
    if raised.is_empty() {
        return Ok(kept.unwrap_or(Value::None));
    }
    raised.extend(kept);
    if raised.len() == 1 {
        return Ok(raised.pop().expect("one exception"));
    }
    make(vm, Value::str(""), Value::list(raised))
}

/// The `ExcType` a new class deriving from these exception classes lays out
/// as: the most derived one, a group's layout winning over a plain one.
pub fn layout_winner(prev: ExcType, next: ExcType) -> ExcType {
    if prev.is_subclass(next) || (prev.is_group() && !next.is_group()) {
        prev
    } else {
        next
    }
}
