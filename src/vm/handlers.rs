//! The opcode handlers named by the opcode table (`crate::bytecode::opcodes`).
//! Each one is the whole meaning of its opcode.

use std::rc::Rc;

use super::{Frame, Vm};
use crate::bytecode::Flow;
use crate::runtime::builtins::find_method;
use crate::runtime::{
    self as rt, BinOp, CmpOp, Exc, ExcType, Function, HashKey, Iter, NameKey, Value,
};
use crate::runtime::{PyStr, TypeKind};

pub(crate) use super::exceptions::*;

type R = Result<Flow, Exc>;

const NEXT: R = Ok(Flow::Next);

#[inline(always)]
pub(crate) fn nop(_: &Vm, _: &mut Frame, _: u32) -> R {
    NEXT
}

#[inline(always)]
pub(crate) fn pop_top(_: &Vm, f: &mut Frame, _: u32) -> R {
    f.pop().discard();
    NEXT
}

#[inline(always)]
pub(crate) fn push_null(_: &Vm, f: &mut Frame, _: u32) -> R {
    f.push(Value::Null);
    NEXT
}

#[inline(always)]
pub(crate) fn copy(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let v = f.stack[f.stack.len() - arg as usize].clone();
    f.push(v);
    NEXT
}

#[inline(always)]
pub(crate) fn swap(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let n = f.stack.len();
    f.stack.swap(n - 1, n - arg as usize);
    NEXT
}

#[inline(always)]
pub(crate) fn load_const(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let v = f.code.consts[arg as usize].clone();
    f.push(v);
    NEXT
}

#[inline(always)]
pub(crate) fn load_fast(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let v = f.stack[arg as usize].clone();
    if v.is_null() {
        return Err(unbound_local(f, arg));
    }
    f.push(v);
    NEXT
}

/// `UnboundLocalError` for local `arg` used before it is bound.
#[cold]
fn unbound_local(f: &Frame, arg: u32) -> Exc {
    unbound_local_named(f.code.varnames[arg as usize].as_str())
}

/// `UnboundLocalError` for the local `name`.
fn unbound_local_named(name: &str) -> Exc {
    Exc::new(
        ExcType::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

#[inline(always)]
pub(crate) fn store_fast(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let v = f.pop();
    std::mem::replace(&mut f.stack[arg as usize], v).discard();
    NEXT
}

pub(crate) fn delete_fast(_: &Vm, f: &mut Frame, arg: u32) -> R {
    if f.stack[arg as usize].is_null() {
        return Err(unbound_local(f, arg));
    }
    f.stack[arg as usize] = Value::Null;
    NEXT
}

pub(crate) fn delete_name(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    let name = &f.code.names[arg as usize];
    if f.names_dict()
        .borrow_mut()
        .shift_remove(&NameKey(name))
        .is_none()
    {
        return Err(name_error(vm, f, name));
    }
    NEXT
}

pub(crate) fn delete_subscr(_: &Vm, f: &mut Frame, _: u32) -> R {
    let key = f.pop();
    let container = f.pop();
    rt::delitem(&container, &key)?;
    NEXT
}

fn name_key(f: &Frame, idx: usize) -> HashKey {
    HashKey::new(Value::Str(f.code.names[idx].clone())).expect("str is hashable")
}

fn load_global_or_builtin(vm: &Vm, f: &Frame, idx: usize) -> Result<Value, Exc> {
    let name = &f.code.names[idx];
    let hints = &f.code.caches[f.ip - 1].hints;
    if let Some(v) = rt::get_hinted(&f.globals.borrow(), name, &hints[0]) {
        return Ok(v.clone());
    }
    if let Some(v) = rt::get_hinted(&vm.builtins.borrow(), name, &hints[1]) {
        return Ok(v.clone());
    }
    Err(name_error(vm, f, name))
}

/// `NameError: name 'x' is not defined`, with its `name` and the hint a
/// traceback shows: the closest name the frame sees, `self.x` in a method
/// whose instance has it, or the standard module to import.
pub(crate) fn name_error(vm: &Vm, f: &Frame, name: &Rc<PyStr>) -> Exc {
    let e = Exc::new(
        ExcType::NameError,
        format!("name '{}' is not defined", name.as_str()),
    );
    e.0.dict.borrow_mut().insert(
        rt::HashKey::new(Value::str("name")).expect("str is hashable"),
        Value::Str(name.clone()),
    );
    *e.state().hint.borrow_mut() = super::suggest::name_hint(vm, f, name.as_str());
    e
}

pub(crate) fn load_name(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    if let Some(locals) = &f.locals {
        let found = locals
            .borrow()
            .get(&NameKey(&f.code.names[arg as usize]))
            .cloned();
        if let Some(v) = found {
            f.push(v);
            return NEXT;
        }
    }
    let v = load_global_or_builtin(vm, f, arg as usize)?;
    f.push(v);
    NEXT
}

pub(crate) fn store_name(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let v = f.pop();
    let mut globals = f.names_dict().borrow_mut();
    // Rebinding an existing name (the common case) needs no new key.
    if let Some(slot) = globals.get_mut(&NameKey(&f.code.names[arg as usize])) {
        *slot = v;
    } else {
        globals.insert(name_key(f, arg as usize), v);
    }
    NEXT
}

pub(crate) fn load_global(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    let v = load_global_or_builtin(vm, f, (arg >> 1) as usize)?;
    f.push(v);
    if arg & 1 == 1 {
        f.push(Value::Null);
    }
    NEXT
}

pub(crate) fn store_global(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let v = f.pop();
    let mut globals = f.globals.borrow_mut();
    if let Some(slot) = globals.get_mut(&NameKey(&f.code.names[arg as usize])) {
        *slot = v;
    } else {
        globals.insert(name_key(f, arg as usize), v);
    }
    NEXT
}

pub(crate) fn load_attr(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    let obj = f.pop();
    let name = &f.code.names[(arg >> 1) as usize];
    let method = arg & 1 == 1;
    if let Value::Instance(inst) = &obj {
        let cache = &f.code.caches[f.ip - 1];
        let class_attr = cache.lookup(&inst.class, name);
        // A method call: push the function and its receiver, binding nothing.
        if method
            && let Some(func @ Value::Function(_)) = &class_attr
            && !inst.dict.borrow().contains_key(&NameKey(name))
        {
            f.push(func.clone());
            f.push(obj);
            return NEXT;
        }
        // A plain instance attribute: no class attribute of that name.
        if class_attr.is_none()
            && inst.exc.is_none()
            && let Some(v) = rt::get_hinted(&inst.dict.borrow(), name, &cache.hints[0])
        {
            f.push(v.clone());
            if method {
                f.push(Value::Null);
            }
            return NEXT;
        }
        let name = name.clone();
        let v = rt::object::instance_getattr_with(vm, inst, &name, class_attr)?;
        f.push(v);
        if method {
            f.push(Value::Null);
        }
        return NEXT;
    }
    if method && let Some(m) = find_method(&obj, name.as_str()) {
        f.push(Value::Builtin(m));
        f.push(obj);
        return NEXT;
    }
    let name = name.clone();
    let v = vm.getattr(&obj, &name)?;
    f.push(v);
    if method {
        f.push(Value::Null);
    }
    NEXT
}

/// Attribute lookup for attributes that are not methods.
/// `__bases__` of a built-in type.
fn builtin_bases(t: TypeKind) -> Vec<Value> {
    match t {
        TypeKind::Object => Vec::new(),
        TypeKind::Bool => vec![Value::Type(TypeKind::Int)],
        _ => vec![Value::Type(TypeKind::Object)],
    }
}

pub(crate) fn rt_getattr(obj: &Value, name: &str) -> Result<Value, Exc> {
    let v = match (obj, name) {
        (Value::Type(t), "__name__" | "__qualname__") => Some(Value::str(t.name())),
        (Value::Type(_), "__module__") => Some(Value::str("builtins")),
        (Value::Type(t), "__mro__") => {
            let mut mro = vec![obj.clone()];
            mro.extend(builtin_bases(*t));
            if *t == TypeKind::Bool {
                mro.push(Value::Type(TypeKind::Object));
            }
            Some(Value::tuple(mro))
        }
        (Value::Type(t), "__bases__") => Some(Value::tuple(builtin_bases(*t))),
        (Value::Type(t), "__base__") => Some(builtin_bases(*t).pop().unwrap_or(Value::None)),
        (Value::Generator(g), _) if g.attribute(name).is_some() => g.attribute(name),
        (Value::Builtin(b), "__name__" | "__qualname__") => Some(Value::str(b.name)),
        (Value::Method(m), "__name__") => Some(Value::str(m.1.name)),
        (Value::Method(m), "__qualname__") => {
            let owner = match &m.0 {
                Value::Type(t) => t.name().to_string(),
                Value::Class(c) => c.name.borrow().as_str().to_string(),
                other => other.type_name().to_string(),
            };
            Some(Value::str(&format!("{owner}.{}", m.1.name)))
        }
        (Value::Method(m), "__self__") => Some(m.0.clone()),
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "real" | "numerator") => {
            Some(rt::positive(obj)?)
        }
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "imag") => Some(Value::Int(0)),
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "denominator") => Some(Value::Int(1)),
        (Value::Float(x), "real") => Some(Value::Float(*x)),
        (Value::Float(_), "imag") => Some(Value::Float(0.0)),
        (Value::Complex(r, _), "real") => Some(Value::Float(*r)),
        (Value::Complex(_, i), "imag") => Some(Value::Float(*i)),
        (Value::Cell(c), "cell_contents") => match &*c.borrow() {
            Value::Null => return Err(Exc::value_error("Cell is empty")),
            v => Some(v.clone()),
        },
        (Value::Range(r), "start") => Some(Value::Int(r.start)),
        (Value::Range(r), "stop") => Some(Value::Int(r.stop)),
        (Value::Range(r), "step") => Some(Value::Int(r.step)),
        (Value::Slice(s), "start") => Some(s[0].clone()),
        (Value::Slice(s), "stop") => Some(s[1].clone()),
        (Value::Slice(s), "step") => Some(s[2].clone()),
        (Value::Code(c), _) => c.attribute(name),
        (Value::Traceback(t), _) => t.attribute(name),
        (Value::DictView(d), "mapping") if d.kind != rt::ViewKind::Proxy => {
            Some(Value::DictView(Rc::new(rt::DictView {
                dict: d.dict.clone(),
                kind: rt::ViewKind::Proxy,
            })))
        }
        (_, "__class__") => Some(Value::Type(obj.type_kind())),
        _ => None,
    };
    v.ok_or_else(|| rt::object::no_attribute(obj, name))
}

pub(crate) fn store_attr(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    let obj = f.pop();
    let value = f.pop();
    if let Value::Instance(inst) = &obj {
        let name = &f.code.names[arg as usize];
        let cache = &f.code.caches[f.ip - 1];
        if cache.plain_store(inst, name) {
            let mut d = inst.dict.borrow_mut();
            if let Some(slot) = rt::get_hinted_mut(&mut d, name, &cache.hints[0]) {
                *slot = value;
            } else {
                d.insert(HashKey::new(Value::Str(name.clone()))?, value);
            }
            return NEXT;
        }
    }
    let name = f.code.names[arg as usize].clone();
    vm.setattr(&obj, &name, Some(value))?;
    NEXT
}

#[inline(always)]
pub(crate) fn binary_op(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    // Arithmetic on small ints and floats inside the dispatch loop: +, -, *
    // (and /, for floats) and their in-place forms.
    let n = f.stack.len();
    let r = match (&f.stack[n - 2], &f.stack[n - 1]) {
        (Value::Int(a), Value::Int(b)) => match arg % 13 {
            0 => a.checked_add(*b).map(Value::Int),
            10 => a.checked_sub(*b).map(Value::Int),
            5 => a.checked_mul(*b).map(Value::Int),
            _ => None,
        },
        (Value::Float(a), Value::Float(b)) => float_arith(*a, *b, arg),
        (Value::Float(a), Value::Int(b)) => float_arith(*a, *b as f64, arg),
        (Value::Int(a), Value::Float(b)) => float_arith(*a as f64, *b, arg),
        _ => None,
    };
    if let Some(r) = r {
        f.pop().discard();
        std::mem::replace(&mut f.stack[n - 2], r).discard();
        return NEXT;
    }
    binary_op_slow(vm, f, arg)
}

/// `a op b` for the float operators the dispatch loop does itself (an int
/// operand converts as CPython's `float(int)` does: to the nearest double).
#[inline(always)]
fn float_arith(a: f64, b: f64, arg: u32) -> Option<Value> {
    let r = match arg % 13 {
        0 => a + b,
        10 => a - b,
        5 => a * b,
        11 if b != 0.0 => a / b,
        _ => return None,
    };
    Some(Value::Float(r))
}

fn binary_op_slow(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let rhs = f.pop();
    let lhs = f.top();
    let v = rt::binary_op(lhs, &rhs, BinOp::from_arg(arg), arg >= 13)?;
    *f.top_mut() = v;
    NEXT
}

/// The position a sequence index names (negative ones count from the end),
/// `None` when it is out of range (the generic path raises the error).
#[inline(always)]
fn in_bounds(i: i64, len: usize) -> Option<usize> {
    let at = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&at).then_some(at as usize)
}

pub(crate) fn binary_subscr(_: &Vm, f: &mut Frame, _: u32) -> R {
    // `list[int]` and `tuple[int]` without leaving the handler.
    let n = f.stack.len();
    if let Value::Int(i) = f.stack[n - 1] {
        let item = match &f.stack[n - 2] {
            Value::List(l) => {
                let l = l.borrow();
                in_bounds(i, l.len()).map(|at| l[at].clone())
            }
            Value::Tuple(t) => in_bounds(i, t.len()).map(|at| t[at].clone()),
            _ => None,
        };
        if let Some(v) = item {
            f.pop().discard();
            f.stack[n - 2] = v;
            return NEXT;
        }
    }
    let key = f.pop();
    let v = rt::getitem(f.top(), &key)?;
    *f.top_mut() = v;
    NEXT
}

pub(crate) fn store_subscr(_: &Vm, f: &mut Frame, _: u32) -> R {
    let key = f.pop();
    let container = f.pop();
    let value = f.pop();
    // `list[int] = v` in place; the old item is dropped after the borrow ends.
    if let (Value::List(l), Value::Int(i)) = (&container, &key) {
        let mut items = l.borrow_mut();
        if let Some(at) = in_bounds(*i, items.len()) {
            let old = std::mem::replace(&mut items[at], value);
            drop(items);
            old.discard();
            return NEXT;
        }
        drop(items);
    }
    rt::setitem(&container, &key, value)?;
    NEXT
}

#[inline(always)]
pub(crate) fn compare_op(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    let n = f.stack.len();
    if let (Value::Int(a), Value::Int(b)) = (&f.stack[n - 2], &f.stack[n - 1]) {
        let r = ordered(*a, *b, arg);
        f.pop().discard();
        std::mem::replace(&mut f.stack[n - 2], Value::Bool(r)).discard();
        return NEXT;
    }
    compare_op_slow(vm, f, arg)
}

/// `a op b` for `COMPARE_OP`'s argument, on two values of one ordered type.
#[inline(always)]
fn ordered<T: PartialOrd>(a: T, b: T, arg: u32) -> bool {
    match arg >> 5 {
        0 => a < b,
        1 => a <= b,
        2 => a == b,
        3 => a != b,
        4 => a > b,
        _ => a >= b,
    }
}

fn compare_op_slow(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let rhs = f.pop();
    let lhs = f.top();
    let r = match (lhs, &rhs) {
        (Value::Float(a), Value::Float(b)) => Value::Bool(ordered(*a, *b, arg)),
        // Bit 4 of the argument asks for the result as a bool (a test).
        _ if arg & 16 != 0 => Value::Bool(rt::compare(lhs, &rhs, CmpOp::from_index(arg >> 5))?),
        _ => rt::compare_value(lhs, &rhs, CmpOp::from_index(arg >> 5))?,
    };
    *f.top_mut() = r;
    NEXT
}

pub(crate) fn is_op(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let rhs = f.pop();
    let r = rt::is_same(f.top(), &rhs) != (arg == 1);
    *f.top_mut() = Value::Bool(r);
    NEXT
}

pub(crate) fn contains_op(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let container = f.pop();
    let r = rt::contains(&container, f.top())? != (arg == 1);
    *f.top_mut() = Value::Bool(r);
    NEXT
}

pub(crate) fn unary_negative(_: &Vm, f: &mut Frame, _: u32) -> R {
    let v = rt::negate(f.top())?;
    *f.top_mut() = v;
    NEXT
}

pub(crate) fn unary_not(_: &Vm, f: &mut Frame, _: u32) -> R {
    let v = !rt::is_true(f.top())?;
    *f.top_mut() = Value::Bool(v);
    NEXT
}

pub(crate) fn unary_invert(_: &Vm, f: &mut Frame, _: u32) -> R {
    let v = rt::invert(f.top())?;
    *f.top_mut() = v;
    NEXT
}

/// `CALL_INTRINSIC_2`'s functions, by number as CPython numbers them (the
/// later ones, for type parameters, are not compiled).
pub const INTRINSIC_2: &[&str] = &["INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR"];

/// `CALL_INTRINSIC_1`'s functions, by number as CPython numbers them.
pub const INTRINSIC_1: &[&str] = &[
    "INTRINSIC_1_INVALID",
    "INTRINSIC_PRINT",
    "INTRINSIC_IMPORT_STAR",
    "INTRINSIC_STOPITERATION_ERROR",
    "INTRINSIC_ASYNC_GEN_WRAP",
    "INTRINSIC_UNARY_POSITIVE",
    "INTRINSIC_LIST_TO_TUPLE",
];

pub(crate) fn call_intrinsic_1(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    let v = match arg {
        3 => {
            // A StopIteration leaving a generator becomes a RuntimeError.
            let Value::Instance(i) = f.top() else {
                return NEXT;
            };
            let e = Exc::from_instance(i.clone());
            if !e.is(ExcType::StopIteration) {
                return NEXT;
            }
            let err = Exc::new(ExcType::RuntimeError, "generator raised StopIteration");
            *err.state().cause.borrow_mut() = e.value();
            *err.state().context.borrow_mut() = e.value();
            err.state().suppress_context.set(true);
            err.value()
        }
        2 => {
            // `from m import *`: the public names (or `__all__`) of the module.
            let module = f.top().clone();
            let names: Vec<(Value, Value)> = match &module {
                Value::Module(m) => {
                    let d = m.dict.borrow();
                    match d.get(&rt::StrKey::new("__all__")).cloned() {
                        Some(all) => {
                            drop(d);
                            let mut out = Vec::new();
                            for n in vm.iterate(&all)? {
                                let Value::Str(s) = &n else { continue };
                                out.push((n.clone(), vm.getattr(&module, s)?));
                            }
                            out
                        }
                        None => d
                            .iter()
                            .filter(|(k, _)| {
                                !matches!(k.value(), Value::Str(s) if s.as_str().starts_with('_'))
                            })
                            .map(|(k, v)| (k.value().clone(), v.clone()))
                            .collect(),
                    }
                }
                _ => Vec::new(),
            };
            let mut ns = f.names_dict().borrow_mut();
            for (k, v) in names {
                ns.insert(HashKey::new(k)?, v);
            }
            Value::None
        }
        5 => rt::positive(f.top())?,
        6 => Value::tuple(rt::iterate_plain(f.top())?),
        n => {
            return Err(Exc::new(
                ExcType::RuntimeError,
                format!("unsupported intrinsic {n}"),
            ));
        }
    };
    *f.top_mut() = v;
    NEXT
}

pub(crate) fn to_bool(_: &Vm, f: &mut Frame, _: u32) -> R {
    let v = rt::is_true(f.top())?;
    *f.top_mut() = Value::Bool(v);
    NEXT
}

#[inline(always)]
pub(crate) fn pop_jump_if_false(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    if !pop_condition(vm, f)? {
        f.jump(arg);
    }
    NEXT
}

#[inline(always)]
pub(crate) fn pop_jump_if_true(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    if pop_condition(vm, f)? {
        f.jump(arg);
    }
    NEXT
}

/// Pops the condition of a conditional jump: a `bool` (what `COMPARE_OP` and
/// `TO_BOOL` leave) without a call, anything else by its truth value.
#[inline(always)]
fn pop_condition(_: &Vm, f: &mut Frame) -> Result<bool, Exc> {
    if let Some(Value::Bool(b)) = f.stack.last() {
        let b = *b;
        f.pop().discard();
        return Ok(b);
    }
    rt::is_true(&f.pop())
}

#[inline(always)]
pub(crate) fn jump(_: &Vm, f: &mut Frame, arg: u32) -> R {
    // A loop's back edge is a safe point for a due collection.
    if (arg as usize) < f.ip && rt::gc::collection_due() {
        rt::gc::collect_due();
    }
    f.jump(arg);
    NEXT
}

pub(crate) fn get_iter(_: &Vm, f: &mut Frame, _: u32) -> R {
    let it = rt::get_iter(f.top())?;
    *f.top_mut() = it;
    NEXT
}

pub(crate) fn for_iter(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let next = match f.top() {
        Value::Iter(it) => {
            let mut state = it.borrow_mut();
            // Ranges are the hot case: advance the counter in place.
            if let Iter::Range(next, step, left) = &mut *state {
                if *left > 0 {
                    let v = *next;
                    *next = next.wrapping_add(*step);
                    *left -= 1;
                    Some(Value::Int(v))
                } else {
                    None
                }
            } else if !state.runs_code() {
                drop(state);
                rt::iter_next(it)?
            } else {
                drop(state);
                rt::iter_next_checked(it)?
            }
        }
        other => rt::next_of(other)?,
    };
    match next {
        Some(v) => f.push(v),
        None => {
            f.push(Value::Null);
            f.jump(arg);
        }
    }
    NEXT
}

pub(crate) fn build_list(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let items = f.stack.split_off(f.stack.len() - arg as usize);
    f.push(Value::list(items));
    NEXT
}

pub(crate) fn build_tuple(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let at = f.stack.len() - arg as usize;
    let items: Rc<[Value]> = f.stack.drain(at..).collect();
    f.push(Value::Tuple(items));
    NEXT
}

pub(crate) fn build_map(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let items = f.stack.split_off(f.stack.len() - 2 * arg as usize);
    let mut pairs = Vec::with_capacity(arg as usize);
    let mut it = items.into_iter();
    while let (Some(k), Some(v)) = (it.next(), it.next()) {
        pairs.push((k, v));
    }
    let d = rt::make_dict(pairs)?;
    f.push(d);
    NEXT
}

pub(crate) fn build_slice(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let step = if arg == 3 { f.pop() } else { Value::None };
    let stop = f.pop();
    let start = f.pop();
    f.push(Value::Slice(Rc::new([start, stop, step])));
    NEXT
}

pub(crate) fn unpack_sequence(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let seq = f.pop();
    // A tuple or list of the right length: its items go straight to the stack.
    let n = arg as usize;
    match &seq {
        Value::Tuple(t) if t.len() == n => {
            f.stack.extend(t.iter().rev().cloned());
            return NEXT;
        }
        Value::List(l) if l.borrow().len() == n => {
            f.stack.extend(l.borrow().iter().rev().cloned());
            return NEXT;
        }
        _ => {}
    }
    let items = match &seq {
        Value::Tuple(t) => t.to_vec(),
        Value::List(l) => l.borrow().clone(),
        other => rt::iterate_plain(other).map_err(|_| {
            Exc::type_error(format!(
                "cannot unpack non-iterable {} object",
                other.type_name()
            ))
        })?,
    };
    if items.len() != n {
        return Err(if items.len() < n {
            Exc::value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            ))
        } else {
            Exc::value_error(format!("too many values to unpack (expected {n})"))
        });
    }
    f.stack.extend(items.into_iter().rev());
    NEXT
}

fn do_call(vm: &Vm, f: &mut Frame, argc: usize, kwnames: Option<Value>) -> R {
    let at = f.stack.len() - argc;
    // The common case: a Python function called with exactly its positional
    // parameters (a method's receiver included). The arguments move from the
    // stack straight into the callee's locals.
    if kwnames.is_none()
        && let Value::Function(func) = &f.stack[at - 2]
    {
        let with_self = !f.stack[at - 1].is_null();
        let nargs = argc + with_self as usize;
        if func.code.takes_exactly(nargs) {
            let func = func.clone();
            let code = &func.code;
            let mut fast = vm.frame_vec(code.localsplus.len() + code.stacksize);
            // Pop the arguments (a handful) and put them back in order.
            for _ in 0..nargs {
                fast.push(f.pop());
            }
            fast.reverse();
            fast.resize(code.localsplus.len(), Value::Null);
            if !with_self {
                f.stack.pop();
            }
            *f.top_mut() = vm.run_function(&func, fast)?;
            return NEXT;
        }
    }
    // A Python callee's frame reuses the argument vector: size it once.
    // (from the VM's pool of finished frames' vectors).
    let mut args = match &f.stack[at - 2] {
        Value::Function(func) => {
            vm.frame_vec(func.code.localsplus.len().max(argc) + func.code.stacksize + 1)
        }
        _ => Vec::with_capacity(argc + 1),
    };
    args.extend(f.stack.drain(at..));
    let self_or_null = f.pop();
    let callable = f.pop();
    let kwargs = match kwnames {
        Some(Value::Tuple(names)) => {
            let kvals = args.split_off(args.len() - names.len());
            names
                .iter()
                .zip(kvals)
                .map(|(n, v)| match n {
                    Value::Str(s) => (s.clone(), v),
                    _ => unreachable!("keyword names are strings"),
                })
                .collect()
        }
        _ => Vec::new(),
    };
    let result = if self_or_null.is_null() {
        // `locals()`, `vars()` and `dir()` read the calling frame.
        if argc == 0
            && let Value::Builtin(b) = &callable
            && let Some(r) = crate::runtime::builtins::reflect::frame_call(b, f)
        {
            f.push(r?);
            return NEXT;
        }
        vm.call(&callable, args, kwargs)?
    } else {
        args.insert(0, self_or_null);
        match &callable {
            Value::Builtin(b) => vm.call_method(b, &args, &kwargs)?,
            other => vm.call(other, args, kwargs)?,
        }
    };
    f.push(result);
    NEXT
}

pub(crate) fn call(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    do_call(vm, f, arg as usize, None)
}

pub(crate) fn call_kw(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    let names = f.pop();
    do_call(vm, f, arg as usize, Some(names))
}

pub(crate) fn make_function(_: &Vm, f: &mut Frame, _: u32) -> R {
    let Value::Code(code) = f.pop() else {
        unreachable!("MAKE_FUNCTION takes a code object")
    };
    let doc = match code.consts.first() {
        Some(d @ Value::Str(_)) if code.name.as_str() != "<genexpr>" => d.clone(),
        _ => Value::None,
    };
    let module = f
        .globals
        .borrow()
        .get(&NameKey(&rt::intern_static("__name__")))
        .cloned()
        .unwrap_or(Value::None);
    let func = Function {
        name: std::cell::RefCell::new(code.name.clone()),
        qualname: std::cell::RefCell::new(code.qualname.clone()),
        fields: std::cell::RefCell::new([doc, module, Value::Null]),
        dict: std::cell::RefCell::new(None),
        code,
        defaults: Default::default(),
        kwdefaults: Default::default(),
        closure: Default::default(),
        globals: f.globals.clone(),
    };
    let func = Rc::new(func);
    rt::gc::track_function(&func);
    f.push(Value::Function(func));
    NEXT
}

pub(crate) fn set_function_attribute(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let func = f.pop();
    let value = f.pop();
    match (&func, arg, &value) {
        (Value::Function(func), 1, Value::Tuple(d)) => *func.defaults.borrow_mut() = d.to_vec(),
        (Value::Function(func), 2, Value::Dict(d)) => {
            *func.kwdefaults.borrow_mut() = d
                .borrow()
                .iter()
                .filter_map(|(k, v)| match k.value() {
                    Value::Str(s) => Some((s.clone(), v.clone())),
                    _ => None,
                })
                .collect()
        }
        (Value::Function(func), 8, Value::Tuple(cells)) => {
            *func.closure.borrow_mut() = cells.to_vec()
        }
        (Value::Function(func), 4, Value::Tuple(pairs)) => {
            let mut d = rt::Dict::default();
            for pair in pairs.chunks(2) {
                d.insert(rt::HashKey::new(pair[0].clone())?, pair[1].clone());
            }
            func.fields.borrow_mut()[2] = Value::dict(d);
        }
        _ => {}
    }
    f.push(func);
    NEXT
}

#[inline(always)]
pub(crate) fn return_value(_: &Vm, f: &mut Frame, _: u32) -> R {
    Ok(Flow::Return(f.pop()))
}

#[inline(always)]
pub(crate) fn return_const(_: &Vm, f: &mut Frame, arg: u32) -> R {
    Ok(Flow::Return(f.code.consts[arg as usize].clone()))
}

pub(crate) fn make_cell(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let slot = &mut f.stack[arg as usize];
    let v = std::mem::replace(slot, Value::Null);
    let cell = Rc::new(std::cell::RefCell::new(v));
    rt::gc::track_cell(&cell);
    *slot = Value::Cell(cell);
    NEXT
}

pub(crate) fn copy_free_vars(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let Some(func) = f.func.clone() else {
        return NEXT;
    };
    let closure = func.closure.borrow();
    let start = f.nlocals - arg as usize;
    for (slot, cell) in f.stack[start..f.nlocals].iter_mut().zip(closure.iter()) {
        *slot = cell.clone();
    }
    NEXT
}

fn cell(f: &Frame, slot: usize) -> &Rc<std::cell::RefCell<Value>> {
    match &f.stack[slot] {
        Value::Cell(c) => c,
        _ => unreachable!("MAKE_CELL/COPY_FREE_VARS filled slot {slot} with a cell"),
    }
}

#[inline(always)]
pub(crate) fn load_deref(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let v = cell(f, arg as usize).borrow().clone();
    if v.is_null() {
        return Err(unbound_deref(f, arg as usize));
    }
    f.push(v);
    NEXT
}

/// The error for reading an empty cell: an unbound local of this frame, or a
/// free variable the enclosing scope has not bound.
#[cold]
fn unbound_deref(f: &Frame, slot: usize) -> Exc {
    let name = f.code.slot_name(slot).map_or("?", |n| n.as_str());
    if !f.code.is_free_slot(slot) {
        unbound_local_named(name)
    } else {
        Exc::new(
            ExcType::NameError,
            format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ),
        )
    }
}

pub(crate) fn delete_deref(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    // Unbound cells raise as loads do.
    load_deref(vm, f, arg)?;
    f.pop();
    *cell(f, arg as usize).borrow_mut() = Value::Null;
    NEXT
}

pub(crate) fn store_deref(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let v = f.pop();
    *cell(f, arg as usize).borrow_mut() = v;
    NEXT
}

#[inline(always)]
pub(crate) fn load_fast_load_fast(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    load_fast(vm, f, arg >> 4)?;
    load_fast(vm, f, arg & 15)
}

#[inline(always)]
pub(crate) fn store_fast_load_fast(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    store_fast(vm, f, arg >> 4)?;
    load_fast(vm, f, arg & 15)
}

#[inline(always)]
pub(crate) fn store_fast_store_fast(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    store_fast(vm, f, arg >> 4)?;
    store_fast(vm, f, arg & 15)
}

pub(crate) fn binary_slice(_: &Vm, f: &mut Frame, _: u32) -> R {
    let stop = f.pop();
    let start = f.pop();
    let slice = Value::Slice(Rc::new([start, stop, Value::None]));
    let v = rt::getitem(f.top(), &slice)?;
    *f.top_mut() = v;
    NEXT
}

pub(crate) fn store_slice(_: &Vm, f: &mut Frame, _: u32) -> R {
    let stop = f.pop();
    let start = f.pop();
    let container = f.pop();
    let value = f.pop();
    rt::setitem(
        &container,
        &Value::Slice(Rc::new([start, stop, Value::None])),
        value,
    )?;
    NEXT
}

#[inline(always)]
pub(crate) fn pop_jump_if_none(_: &Vm, f: &mut Frame, arg: u32) -> R {
    if matches!(f.pop(), Value::None) {
        f.jump(arg);
    }
    NEXT
}

#[inline(always)]
pub(crate) fn pop_jump_if_not_none(_: &Vm, f: &mut Frame, arg: u32) -> R {
    if !matches!(f.pop(), Value::None) {
        f.jump(arg);
    }
    NEXT
}

pub(crate) fn build_const_key_map(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let Value::Tuple(keys) = f.pop() else {
        unreachable!("BUILD_CONST_KEY_MAP takes a tuple of keys")
    };
    let values = f.stack.split_off(f.stack.len() - arg as usize);
    let d = rt::make_dict(keys.iter().cloned().zip(values).collect())?;
    f.push(d);
    NEXT
}

/// The container `arg` items below the top, after the top was popped.
fn nth_from_top(f: &Frame, arg: u32) -> &Value {
    &f.stack[f.stack.len() - arg as usize]
}

pub(crate) fn list_append(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let v = f.pop();
    if let Value::List(l) = nth_from_top(f, arg) {
        l.borrow_mut().push(v);
    }
    NEXT
}

pub(crate) fn list_extend(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let v = f.pop();
    let items = rt::iterate_plain(&v).map_err(|_| {
        Exc::type_error(format!(
            "Value after * must be an iterable, not {}",
            v.type_name()
        ))
    })?;
    if let Value::List(l) = nth_from_top(f, arg) {
        l.borrow_mut().extend(items);
    }
    NEXT
}

pub(crate) fn map_add(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let value = f.pop();
    let key = f.pop();
    rt::setitem(nth_from_top(f, arg), &key, value)?;
    NEXT
}

pub(crate) fn dict_update(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    let other = f.pop();
    let Some(pairs) = rt::builtins::mapping_items(vm, &other)? else {
        return Err(Exc::type_error(format!(
            "'{}' object is not a mapping",
            other.type_name()
        )));
    };
    if let Value::Dict(d) = nth_from_top(f, arg) {
        let mut d = d.borrow_mut();
        for (k, v) in pairs {
            d.insert(HashKey::new(k)?, v);
        }
    }
    NEXT
}

pub(crate) fn convert_value(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    let v = f.top();
    let s = match arg {
        1 => vm.to_str(v)?,
        2 => vm.repr(v)?,
        _ => crate::pyrepr::ascii_escape(&vm.repr(v)?),
    };
    *f.top_mut() = Value::str(&s);
    NEXT
}

pub(crate) fn format_simple(vm: &Vm, f: &mut Frame, _: u32) -> R {
    if !matches!(f.top(), Value::Str(_)) {
        let s = vm.format(f.top(), "")?;
        *f.top_mut() = Value::str(&s);
    }
    NEXT
}

pub(crate) fn format_with_spec(vm: &Vm, f: &mut Frame, _: u32) -> R {
    let spec = f.pop();
    let Value::Str(spec) = spec else {
        unreachable!("format specs are strings")
    };
    let s = vm.format(f.top(), spec.as_str())?;
    *f.top_mut() = Value::str(&s);
    NEXT
}

pub(crate) fn build_string(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let parts = f.stack.split_off(f.stack.len() - arg as usize);
    let mut out = String::new();
    for p in &parts {
        if let Value::Str(s) = p {
            out.push_str(s.as_str());
        }
    }
    f.push(Value::str(&out));
    NEXT
}

pub(crate) fn load_fast_and_clear(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let v = std::mem::replace(&mut f.stack[arg as usize], Value::Null);
    f.push(v);
    NEXT
}

pub(crate) fn build_set(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let items = f.stack.split_off(f.stack.len() - arg as usize);
    f.push(Value::set(rt::PySet::from_values(items)?));
    NEXT
}

pub(crate) fn set_add(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let v = f.pop();
    if let Value::Set(s) = nth_from_top(f, arg) {
        s.borrow_mut().add(v)?;
    }
    NEXT
}

pub(crate) fn set_update(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    let v = f.pop();
    let items = match rt::set_of(&v) {
        Some(s) => s,
        None => rt::PySet::from_values(vm.iterate(&v)?)?,
    };
    if let Value::Set(s) = nth_from_top(f, arg) {
        s.borrow_mut().update_from(&items)?;
    }
    NEXT
}

/// How `*` and `**` argument errors name the callee: `f()` for built-ins,
/// `module.qualname()` for Python functions.
fn callee_name(func: &Value) -> String {
    match func {
        Value::Function(fu) => {
            let module = fu
                .globals
                .borrow()
                .get(&rt::StrKey::new("__name__"))
                .map(|m| rt::repr_plain(m).trim_matches('\'').to_string())
                .unwrap_or_default();
            format!("{module}.{}()", fu.code.qualname.as_str())
        }
        Value::Builtin(b) => format!("{}()", b.name),
        Value::BoundMethod(m) => callee_name(&m.0),
        Value::Class(c) => format!("{}()", c.display_name()),
        Value::Type(t) => format!("{}()", t.name()),
        other => format!("{} object", other.type_name()),
    }
}

pub(crate) fn call_function_ex(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    let kwargs = if arg & 1 == 1 { Some(f.pop()) } else { None };
    let callargs = f.pop();
    let self_or_null = f.pop();
    let callable = f.pop();
    let mut args = match &callargs {
        Value::Tuple(t) => t.to_vec(),
        other => rt::iterate_plain(other).map_err(|e| {
            if e.is(ExcType::TypeError) && rt::get_iter(other).is_err() {
                Exc::type_error(format!(
                    "{} argument after * must be an iterable, not {}",
                    callee_name(&callable),
                    other.type_name()
                ))
            } else {
                e
            }
        })?,
    };
    if !self_or_null.is_null() {
        args.insert(0, self_or_null);
    }
    let kw = match &kwargs {
        None => Vec::new(),
        Some(Value::Dict(d)) => d
            .borrow()
            .iter()
            .map(|(k, v)| match k.value() {
                Value::Str(s) => Ok((s.clone(), v.clone())),
                _ => Err(Exc::type_error("keywords must be strings")),
            })
            .collect::<Result<Vec<_>, _>>()?,
        Some(other) => {
            return Err(Exc::type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                callee_name(&callable),
                other.type_name()
            )));
        }
    };
    let r = vm.call(&callable, args, kw)?;
    f.push(r);
    NEXT
}

pub(crate) fn dict_merge(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    let update = f.pop();
    let n = f.stack.len();
    let callable = f.stack[n - arg as usize - 3].clone();
    let Some(pairs) = rt::builtins::mapping_items(vm, &update)? else {
        return Err(Exc::type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            callee_name(&callable),
            update.type_name()
        )));
    };
    let Value::Dict(target) = nth_from_top(f, arg) else {
        unreachable!("DICT_MERGE merges into a dict")
    };
    let mut target = target.borrow_mut();
    for (k, v) in pairs {
        let key = HashKey::new(k.clone())?;
        if target.contains_key(&key) {
            let name = match &k {
                Value::Str(s) => s.as_str().to_string(),
                other => rt::repr_plain(other),
            };
            return Err(Exc::type_error(format!(
                "{} got multiple values for keyword argument '{name}'",
                callee_name(&callable)
            )));
        }
        target.insert(key, v);
    }
    NEXT
}

pub(crate) fn return_generator(_: &Vm, _: &mut Frame, _: u32) -> R {
    // `call_function` wraps the suspended frame in a generator; the first
    // resume pushes the value `POP_TOP` then drops.
    Ok(Flow::Yield(Value::None))
}

pub(crate) fn yield_value(_: &Vm, f: &mut Frame, _: u32) -> R {
    Ok(Flow::Yield(f.pop()))
}

pub(crate) fn get_yield_from_iter(_: &Vm, f: &mut Frame, _: u32) -> R {
    if !matches!(f.top(), Value::Generator(_)) {
        let it = rt::get_iter(f.top())?;
        *f.top_mut() = it;
    }
    NEXT
}

pub(crate) fn send(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    let v = f.pop();
    let receiver = f.top().clone();
    let (value, done) = match &receiver {
        Value::Generator(g) => match vm.resume(g, v, None)? {
            super::Resumed::Yielded(x) => (x, false),
            super::Resumed::Returned(r) => (r, true),
        },
        _ if matches!(v, Value::None) => match rt::next_of(&receiver)? {
            Some(x) => (x, false),
            None => (Value::None, true),
        },
        _ => {
            let send = rt::intern("send");
            let method = vm.getattr(&receiver, &send)?;
            match vm.call(&method, vec![v], Vec::new()) {
                Ok(x) => (x, false),
                Err(e) if e.is(ExcType::StopIteration) => (stop_value(&e), true),
                Err(e) => return Err(e),
            }
        }
    };
    f.push(value);
    if done {
        f.jump(arg);
    }
    NEXT
}

/// The value a `StopIteration` carries (`None` without arguments).
fn stop_value(e: &Exc) -> Value {
    match &*e.state().args.borrow() {
        Value::Tuple(t) if !t.is_empty() => t[0].clone(),
        _ => Value::None,
    }
}

pub(crate) fn end_send(_: &Vm, f: &mut Frame, _: u32) -> R {
    let v = f.pop();
    *f.top_mut() = v;
    NEXT
}

/// Pops the exception a handler got: it when it is a `stop` (the iteration
/// ended), else an error that re-raises it (without a new traceback entry).
fn pop_stop_exception(f: &mut Frame, stop: ExcType) -> Result<Exc, Exc> {
    let exc = f.pop();
    let Value::Instance(i) = &exc else {
        unreachable!("handlers receive exceptions")
    };
    let e = Exc::from_instance(i.clone());
    if !e.is(stop) {
        e.state().reraised.set(true);
        return Err(e);
    }
    Ok(e)
}

pub(crate) fn cleanup_throw(_: &Vm, f: &mut Frame, _: u32) -> R {
    let e = pop_stop_exception(f, ExcType::StopIteration)?;
    f.pop();
    *f.top_mut() = Value::None;
    f.push(stop_value(&e));
    NEXT
}

pub(crate) fn unpack_ex(_: &Vm, f: &mut Frame, arg: u32) -> R {
    let seq = f.pop();
    let items = rt::iterate_plain(&seq).map_err(|e| {
        if e.is(ExcType::TypeError) && rt::get_iter(&seq).is_err() {
            Exc::type_error(format!(
                "cannot unpack non-iterable {} object",
                seq.type_name()
            ))
        } else {
            e
        }
    })?;
    let before = (arg & 0xff) as usize;
    let after = (arg >> 8) as usize;
    if items.len() < before + after {
        return Err(Exc::value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mut items = items;
    let tail = items.split_off(items.len() - after);
    let middle = items.split_off(before);
    for v in tail.into_iter().rev() {
        f.push(v);
    }
    f.push(Value::list(middle));
    for v in items.into_iter().rev() {
        f.push(v);
    }
    NEXT
}

pub(crate) fn import_name(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    let fromlist = f.pop();
    let level = match f.pop() {
        Value::Int(i) => i.max(0) as usize,
        _ => 0,
    };
    let name = f.code.names[arg as usize].clone();
    let globals = Value::Dict(f.globals.clone());
    let m = vm.import_name(name.as_str(), &fromlist, level, &globals)?;
    f.push(m);
    NEXT
}

pub(crate) fn import_from(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    let name = f.code.names[arg as usize].clone();
    let module = f.top().clone();
    let v = match vm.getattr(&module, &name) {
        Ok(v) => v,
        Err(e) if e.is(ExcType::AttributeError) => {
            let Value::Module(m) = &module else {
                return Err(e);
            };
            let full = format!("{}.{}", m.name.as_str(), name.as_str());
            match vm.import_module(&full) {
                Ok(v) => v,
                Err(e2) if e2.is(ExcType::ModuleNotFoundError) => {
                    let place = match &m.file {
                        Some(file) => format!(" ({file})"),
                        None => " (unknown location)".to_string(),
                    };
                    let e = Exc::new(
                        ExcType::ImportError,
                        format!(
                            "cannot import name '{}' from '{}'{place}",
                            name.as_str(),
                            m.name.as_str()
                        ),
                    );
                    let key = |k: &str| rt::HashKey::new(Value::str(k)).expect("str is hashable");
                    let mut d = e.0.dict.borrow_mut();
                    d.insert(key("name"), Value::Str(m.name.clone()));
                    d.insert(
                        key("path"),
                        m.file.as_deref().map_or(Value::None, Value::str),
                    );
                    drop(d);
                    return Err(e);
                }
                Err(e2) => return Err(e2),
            }
        }
        Err(e) => return Err(e),
    };
    f.push(v);
    NEXT
}

pub(crate) fn setup_annotations(_: &Vm, f: &mut Frame, _: u32) -> R {
    let ns = f.names_dict().clone();
    let missing = !ns
        .borrow()
        .contains_key(&rt::StrKey::new("__annotations__"));
    if missing {
        ns.borrow_mut().insert(
            HashKey::new(Value::str("__annotations__"))?,
            Value::dict(rt::Dict::default()),
        );
    }
    NEXT
}

pub(crate) fn get_len(_: &Vm, f: &mut Frame, _: u32) -> R {
    let n = rt::len(f.top())?;
    f.push(Value::Int(n as i64));
    NEXT
}

/// The built-in type a value is or derives from (its own for built-in values).
fn layout_kind(v: &Value) -> TypeKind {
    match v {
        Value::Instance(i) => i.class.base_kind.unwrap_or(TypeKind::Object),
        other => other.type_kind(),
    }
}

pub(crate) fn match_sequence(_: &Vm, f: &mut Frame, _: u32) -> R {
    let is_seq = matches!(
        layout_kind(f.top()),
        TypeKind::List | TypeKind::Tuple | TypeKind::Range
    );
    f.push(Value::Bool(is_seq));
    NEXT
}

pub(crate) fn match_mapping(_: &Vm, f: &mut Frame, _: u32) -> R {
    let is_map = layout_kind(f.top()) == TypeKind::Dict;
    f.push(Value::Bool(is_map));
    NEXT
}

pub(crate) fn match_keys(vm: &Vm, f: &mut Frame, _: u32) -> R {
    let n = f.stack.len();
    let (subject, keys) = (f.stack[n - 2].clone(), f.stack[n - 1].clone());
    let Value::Tuple(keys) = keys else {
        unreachable!("MATCH_KEYS gets a tuple of keys")
    };
    // `subject.get(key, dummy)` for each key, as CPython looks them up.
    let get = vm.getattr(&subject, &rt::intern_static("get"))?;
    let dummy = Value::Instance(rt::object::Instance::new(rt::object::plain_object_class()));
    let mut values = Vec::with_capacity(keys.len());
    for k in keys.iter() {
        let v = vm.call(&get, vec![k.clone(), dummy.clone()], Vec::new())?;
        if rt::is_same(&v, &dummy) {
            f.push(Value::None);
            return NEXT;
        }
        values.push(v);
    }
    f.push(Value::tuple(values));
    NEXT
}

pub(crate) fn match_class(vm: &Vm, f: &mut Frame, arg: u32) -> R {
    let names = f.pop();
    let cls = f.pop();
    let subject = f.pop();
    let r = match_class_attributes(vm, &subject, &cls, arg as usize, &names)?;
    f.push(r.map_or(Value::None, Value::tuple));
    NEXT
}

/// The attributes a class pattern `cls(p1, ..., name=p, ...)` matches its
/// sub-patterns against (CPython's `match_class`): `None` when the subject
/// is not an instance of `cls` or lacks one of them.
fn match_class_attributes(
    vm: &Vm,
    subject: &Value,
    cls: &Value,
    nargs: usize,
    names: &Value,
) -> Result<Option<Vec<Value>>, Exc> {
    if !matches!(cls, Value::Class(_) | Value::Type(_)) {
        return Err(Exc::type_error("called match pattern must be a class"));
    }
    if !rt::isinstance(subject, cls)? {
        return Ok(None);
    }
    let cls_name = rt::object::class_name_of(cls);
    let mut seen: Vec<Rc<PyStr>> = Vec::new();
    let mut out = Vec::new();
    let getattr = |name: &Rc<PyStr>| -> Result<Option<Value>, Exc> {
        match vm.getattr(subject, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.is(ExcType::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    };
    if nargs > 0 {
        // `int(x)`, `str(s)`, ...: the subject itself is the one positional.
        let match_self = match cls {
            Value::Type(t) => matches!(
                t,
                TypeKind::Bool
                    | TypeKind::Bytes
                    | TypeKind::Dict
                    | TypeKind::Float
                    | TypeKind::FrozenSet
                    | TypeKind::Int
                    | TypeKind::List
                    | TypeKind::Set
                    | TypeKind::Str
                    | TypeKind::Tuple
            ),
            Value::Class(c) => c.base_kind.is_some(),
            _ => false,
        };
        let match_args: Vec<Value> = if match_self {
            Vec::new()
        } else {
            match vm.getattr(cls, &rt::intern_static("__match_args__")) {
                Ok(Value::Tuple(t)) => t.to_vec(),
                Ok(other) => {
                    return Err(Exc::type_error(format!(
                        "{cls_name}.__match_args__ must be a tuple (got {})",
                        other.type_name()
                    )));
                }
                Err(e) if e.is(ExcType::AttributeError) => Vec::new(),
                Err(e) => return Err(e),
            }
        };
        let allowed = if match_self { 1 } else { match_args.len() };
        if nargs > allowed {
            return Err(Exc::type_error(format!(
                "{cls_name}() accepts {allowed} positional sub-pattern{} ({nargs} given)",
                if allowed == 1 { "" } else { "s" }
            )));
        }
        if match_self {
            out.push(subject.clone());
        } else {
            for a in &match_args[..nargs] {
                let Value::Str(name) = a else {
                    return Err(Exc::type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        a.type_name()
                    )));
                };
                if seen.iter().any(|s| s.as_str() == name.as_str()) {
                    return Err(Exc::type_error(format!(
                        "{cls_name}() got multiple sub-patterns for attribute '{}'",
                        name.as_str()
                    )));
                }
                seen.push(name.clone());
                match getattr(name)? {
                    Some(v) => out.push(v),
                    None => return Ok(None),
                }
            }
        }
    }
    if let Value::Tuple(names) = names {
        for n in names.iter() {
            let Value::Str(name) = n else {
                unreachable!("keyword attribute names are strings")
            };
            if seen.iter().any(|s| s.as_str() == name.as_str()) {
                return Err(Exc::type_error(format!(
                    "{cls_name}() got multiple sub-patterns for attribute '{}'",
                    name.as_str()
                )));
            }
            seen.push(name.clone());
            match getattr(name)? {
                Some(v) => out.push(v),
                None => return Ok(None),
            }
        }
    }
    Ok(Some(out))
}

pub(crate) fn get_awaitable(vm: &Vm, f: &mut Frame, _: u32) -> R {
    let v = f.pop();
    match awaitable_iter(vm, &v)? {
        Some(it) => f.push(it),
        None => return Err(not_awaitable(&v)),
    }
    NEXT
}

fn not_awaitable(v: &Value) -> Exc {
    Exc::type_error(format!(
        "object {} can't be used in 'await' expression",
        v.type_name()
    ))
}

/// What awaiting `v` iterates: a coroutine itself, or the iterator its
/// `__await__()` returns (CPython's `_PyCoro_GetAwaitableIter`); `None` for
/// an object that cannot be awaited.
fn awaitable_iter(vm: &Vm, v: &Value) -> Result<Option<Value>, Exc> {
    Ok(Some(match v {
        Value::Generator(g) if g.coroutine => v.clone(),
        Value::Instance(_) if rt::object::special(v, "__await__").is_some() => {
            let r = rt::object::call_special(vm, v, "__await__", Vec::new())
                .expect("looked up above")?;
            match &r {
                Value::Generator(g) if g.coroutine => {
                    return Err(Exc::type_error("__await__() returned a coroutine"));
                }
                Value::Generator(_) | Value::Iter(_) => r,
                Value::Instance(_) if rt::object::special(&r, "__next__").is_some() => r,
                other => {
                    return Err(Exc::type_error(format!(
                        "__await__() returned non-iterator of type '{}'",
                        other.type_name()
                    )));
                }
            }
        }
        _ => return Ok(None),
    }))
}

pub(crate) fn before_async_with(vm: &Vm, f: &mut Frame, _: u32) -> R {
    super::exceptions::enter_context(vm, f, true)
}

pub(crate) fn get_aiter(vm: &Vm, f: &mut Frame, _: u32) -> R {
    let obj = f.pop();
    let Some(r) = rt::object::call_special(vm, &obj, "__aiter__", Vec::new()) else {
        return Err(Exc::type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            obj.type_name()
        )));
    };
    let it = r?;
    if rt::object::special(&it, "__anext__").is_none() {
        return Err(Exc::type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            it.type_name()
        )));
    }
    f.push(it);
    NEXT
}

pub(crate) fn get_anext(vm: &Vm, f: &mut Frame, _: u32) -> R {
    let aiter = f.top().clone();
    let Some(r) = rt::object::call_special(vm, &aiter, "__anext__", Vec::new()) else {
        return Err(Exc::type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            aiter.type_name()
        )));
    };
    let awaitable = r?;
    let Some(it) = awaitable_iter(vm, &awaitable)? else {
        return Err(Exc::type_error(format!(
            "'async for' received an invalid object from __anext__: {}",
            awaitable.type_name()
        )));
    };
    f.push(it);
    NEXT
}

pub(crate) fn end_async_for(_: &Vm, f: &mut Frame, _: u32) -> R {
    pop_stop_exception(f, ExcType::StopAsyncIteration)?;
    f.pop();
    NEXT
}
