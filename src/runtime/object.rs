//! Classes and instances — CPython's `Objects/typeobject.c` and
//! `Objects/classobject.c`: class objects with a C3 method resolution order,
//! instances with a `__dict__`, attribute lookup through descriptors
//! (functions bind, `staticmethod`, `classmethod`, `property`), `super`, and
//! the special-method calls the generic operations fall back on for instances.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use super::exc::ExcState;
use super::{
    Dict, Exc, ExcType, HashKey, NameKey, PyStr, StrKey, TypeKind, Value, intern, intern_static,
};
use crate::vm::Vm;

type R<T> = Result<T, Exc>;

/// A class object (CPython's heap type).
pub struct Class {
    /// `__name__` (assignable: `C.__name__ = 'D'`).
    pub name: RefCell<Rc<PyStr>>,
    /// `__qualname__` (assignable).
    pub qualname: RefCell<Rc<PyStr>>,
    /// `__bases__`: classes, or built-in types (`object`).
    pub bases: Vec<Value>,
    /// `__mro__` without the class itself; ends with `object`.
    pub mro: Vec<Value>,
    /// The class namespace (`__dict__`).
    pub dict: RefCell<Dict>,
    /// For an exception class, the built-in exception class it is or derives
    /// from; its instances then carry exception state.
    pub exc: Option<ExcType>,
    /// The built-in type the class derives from (`list` for `class S(list)`),
    /// whose value its instances carry; `type` for a metaclass.
    pub base_kind: Option<TypeKind>,
    /// The metaclass, when it is not `type`.
    pub meta: Option<Rc<Class>>,
    /// The classes that name this one as a direct base (`__subclasses__()`).
    pub subclasses: RefCell<Vec<std::rc::Weak<Class>>>,
    /// The version tag lookup caches key on; see [`Class::modified`].
    pub version: Cell<u64>,
    /// Whether instances have a `__dict__`: false when this class and every
    /// base declare `__slots__` without `"__dict__"` (and for `object()`).
    pub has_dict: bool,
    /// How many `__slots__` values an instance holds, the bases' included.
    pub slot_count: usize,
}

/// One entry of the method cache: the version tag of the class it was made
/// for, an interned name, and what the MRO lookup found.
#[derive(Clone, Default)]
struct CacheEntry {
    version: u64,
    name: usize,
    found: Option<Value>,
}

/// Entries in the method cache (a power of two).
const METHOD_CACHE_SIZE: usize = 4096;

/// The source of class version tags. A tag is never reused, so a cache entry
/// made for one state of one class can only ever hit for that state; one
/// counter for the process (a VM on another thread only skips tags).
static NEXT_VERSION: AtomicU64 = AtomicU64::new(1);

/// A version tag no class has had.
fn fresh_version() -> u64 {
    NEXT_VERSION.fetch_add(1, Ordering::Relaxed)
}

thread_local! {
    /// CPython's type attribute cache: MRO lookups of interned names by
    /// (class version, name), direct-mapped.
    static METHOD_CACHE: RefCell<Vec<CacheEntry>> =
        RefCell::new(vec![CacheEntry::default(); METHOD_CACHE_SIZE]);
}

/// Classes an [`InlineCache`] remembers.
const CACHE_WAYS: usize = 4;

/// A per-instruction cache of class lookups (CPython's inline caches of
/// `LOAD_ATTR`): a few classes, so that a site that sees several (a method
/// of a base class called on its subclasses) keeps hitting. Entries are keyed
/// by the class's version tag, which changes when the class or one of its
/// bases is modified (CPython's `tp_version_tag`).
#[derive(Default, Debug)]
pub struct InlineCache {
    /// Version tags of the cached classes; 0 for an empty entry.
    versions: [Cell<u64>; CACHE_WAYS],
    found: [RefCell<Option<Value>>; CACHE_WAYS],
    /// The entry the next miss replaces.
    next: Cell<usize>,
    /// For a store: the class version whose `__setattr__` `hook` holds
    /// (loads never need it, so it is looked up by
    /// [`InlineCache::plain_store`] only).
    hook_version: Cell<u64>,
    hook: RefCell<Option<Value>>,
    /// Where the name was last found in a dict: an instance's `__dict__`
    /// (attribute sites), or the globals and the builtins (`LOAD_GLOBAL`).
    /// See [`super::dict::get_hinted`].
    pub hints: [Cell<u32>; 2],
}

impl InlineCache {
    /// `class.lookup_name(name)`, from the cache when it was made for this
    /// class as it is now.
    pub fn lookup(&self, class: &Rc<Class>, name: &Rc<PyStr>) -> Option<Value> {
        let version = class.version.get();
        for i in 0..CACHE_WAYS {
            if self.versions[i].get() == version {
                return self.found[i].borrow().clone();
            }
        }
        let found = class.lookup_name(name);
        let i = self.next.get();
        self.next.set((i + 1) % CACHE_WAYS);
        self.versions[i].set(version);
        *self.found[i].borrow_mut() = found.clone();
        found
    }

    /// Whether `inst.name = v` is a plain `__dict__` store: no `__setattr__`,
    /// no property or descriptor of that name, no exception state to update.
    pub fn plain_store(&self, inst: &Instance, name: &Rc<PyStr>) -> bool {
        if inst.exc.is_some() {
            return false;
        }
        let found = self.lookup(&inst.class, name);
        let version = inst.class.version.get();
        if self.hook_version.get() != version {
            *self.hook.borrow_mut() = inst.class.lookup("__setattr__");
            self.hook_version.set(version);
        }
        found.is_none_or(|a| !matches!(a, Value::Descr(_) | Value::Instance(_)))
            && self.hook.borrow().is_none()
            && inst.class.has_dict
    }
}

thread_local! {
    /// Whether any class ever had a `__del__`: while none has, dropping an
    /// instance looks nothing up.
    static DEL_DEFINED: Cell<bool> = const { Cell::new(false) };
}

/// Notes that a class namespace got a `__del__`.
fn note_del(name: &str) {
    if name == "__del__" {
        DEL_DEFINED.with(|d| d.set(true));
    }
}

/// The last reference to an instance went: when its class defines `__del__`,
/// the instance is revived (its contents moved into a new object, marked
/// finalized) and handed to the VM, which calls `__del__` once the current
/// instruction is done — CPython's `subtype_dealloc` calling `tp_finalize`.
impl Drop for Instance {
    fn drop(&mut self) {
        if !DEL_DEFINED.with(|d| d.get()) || self.finalized.get() {
            return;
        }
        let Some(del) = self.class.lookup("__del__") else {
            return;
        };
        let revived = Rc::new(Instance {
            class: self.class.clone(),
            dict: std::mem::take(&mut self.dict),
            exc: self.exc.take(),
            base: self.base.take(),
            finalized: Cell::new(true),
            slots: self.slots.take(),
        });
        crate::vm::with_current(|vm| vm.queue_finalizer(crate::vm::Finalizer::Del(del, revived)));
    }
}

thread_local! {
    /// The class behind `object()` instances: `type()` reports it as `object`.
    static PLAIN_OBJECT: Rc<Class> = {
        let mut c = Class::builtin(
            intern("object"),
            vec![Value::Type(TypeKind::Object)],
            vec![Value::Type(TypeKind::Object)],
            None,
        );
        c.dict
            .get_mut()
            .insert(key("__module__"), Value::str("builtins"));
        c.has_dict = false;
        Rc::new(c)
    };
}

/// The class of the instances `object()` makes.
pub fn plain_object_class() -> Rc<Class> {
    PLAIN_OBJECT.with(Rc::clone)
}

/// Whether `c` is the class of `object()` instances.
pub fn is_plain_object_class(c: &Rc<Class>) -> bool {
    PLAIN_OBJECT.with(|p| Rc::ptr_eq(p, c))
}

/// An instance of a [`Class`].
pub struct Instance {
    /// `__class__`.
    pub class: Rc<Class>,
    /// `__dict__` (shared with the dict `obj.__dict__` returns).
    pub dict: Rc<RefCell<Dict>>,
    /// Exception state, for instances of exception classes.
    pub exc: Option<Box<ExcState>>,
    /// For a class derived from a built-in type, the value of that type the
    /// instance is (see [`super::slots`]).
    pub base: Option<Value>,
    /// Whether `__del__` has run (it runs once, as PEP 442 says).
    pub finalized: Cell<bool>,
    /// The values of the `__slots__` members (`Value::Null` when unset), for
    /// a class that declares any; they live outside `__dict__`.
    pub slots: Option<Box<RefCell<Vec<Value>>>>,
}

/// The built-in descriptor objects and `super`.
pub enum Descr {
    /// `staticmethod(f)`.
    StaticMethod(Value),
    /// `classmethod(f)`.
    ClassMethod(Value),
    /// `property(fget, fset, fdel, doc)`.
    Property {
        /// Getter or `None`.
        fget: Value,
        /// Setter or `None`.
        fset: Value,
        /// Deleter or `None`.
        fdel: Value,
        /// The `doc` given, or `None` to take the getter's docstring.
        doc: Value,
    },
    /// A slot wrapper of a built-in type (`int.__add__`, `list.__getitem__`)
    /// or its `__new__`.
    Slot {
        /// The type.
        kind: TypeKind,
        /// The special method.
        name: &'static str,
    },
    /// A method descriptor of a built-in type (`list.append`).
    MethodDescr {
        /// The type.
        kind: TypeKind,
        /// The method.
        method: &'static super::builtins::Builtin,
    },
    /// A `__slots__` member of a class (`member_descriptor`): the value is
    /// kept at `index` in the instance's slot values.
    Member {
        /// The `__qualname__` of the class that declared it.
        owner: Rc<PyStr>,
        /// The attribute name (mangled when private).
        name: Rc<PyStr>,
        /// Where the value is in [`Instance::slots`].
        index: usize,
        /// The declaring class, set once it exists: the member applies to
        /// its instances only.
        class: std::cell::OnceCell<std::rc::Weak<Class>>,
    },
    /// `super(class, obj)`: lookups start after `class` in the MRO of `obj`'s type
    /// (or of `obj` itself when it is a class).
    Super {
        /// The class whose successors are searched.
        class: Rc<Class>,
        /// The bound object (an instance, or a class for class methods).
        obj: Value,
    },
}

impl Descr {
    /// The type's name.
    pub fn type_name(&self) -> &'static str {
        match self {
            Descr::StaticMethod(_) => "staticmethod",
            Descr::ClassMethod(_) => "classmethod",
            Descr::Property { .. } => "property",
            Descr::Member { .. } => "member_descriptor",
            Descr::Super { .. } => "super",
            Descr::Slot { name, .. } if *name == "__new__" => "builtin_function_or_method",
            Descr::Slot { .. } => "wrapper_descriptor",
            Descr::MethodDescr { .. } => "method_descriptor",
        }
    }
}

impl Class {
    /// A class made by the runtime (the built-in exception classes).
    pub fn builtin(
        name: Rc<PyStr>,
        bases: Vec<Value>,
        mro: Vec<Value>,
        exc: Option<ExcType>,
    ) -> Class {
        Class {
            qualname: RefCell::new(name.clone()),
            name: RefCell::new(name),
            bases,
            mro,
            dict: RefCell::new(Dict::default()),
            exc,
            base_kind: None,
            meta: None,
            subclasses: RefCell::default(),
            version: Class::new_version(),
            has_dict: true,
            slot_count: 0,
        }
    }

    /// A version tag for a new class.
    pub fn new_version() -> Cell<u64> {
        Cell::new(fresh_version())
    }

    /// Records that the class namespace changed: the class and every class
    /// deriving from it get new version tags, so that no cached lookup made
    /// through them hits any more (CPython's `PyType_Modified`).
    pub fn modified(&self) {
        self.version.set(fresh_version());
        for sub in self.subclasses.borrow().iter() {
            if let Some(sub) = sub.upgrade() {
                sub.modified();
            }
        }
    }

    /// Looks `name` up in the class and along its MRO (CPython's `_PyType_Lookup`).
    pub fn lookup(&self, name: &'static str) -> Option<Value> {
        self.lookup_name(&intern_static(name))
    }

    /// [`Class::lookup`] for a `str` object: cached when it is interned (the
    /// names in code objects are).
    pub fn lookup_name(&self, name: &Rc<PyStr>) -> Option<Value> {
        if !name.is_interned() {
            return self.lookup_uncached(name.as_str());
        }
        let version = self.version.get();
        let key = Rc::as_ptr(name) as usize;
        let slot = ((version as usize) ^ (key >> 3)).wrapping_mul(0x9e37_79b9) >> 7
            & (METHOD_CACHE_SIZE - 1);
        let hit = METHOD_CACHE.with(|c| {
            let c = c.borrow();
            let e = &c[slot];
            (e.version == version && e.name == key).then(|| e.found.clone())
        });
        if let Some(found) = hit {
            return found;
        }
        let found = self.lookup_uncached(name.as_str());
        METHOD_CACHE.with(|c| {
            c.borrow_mut()[slot] = CacheEntry {
                version,
                name: key,
                found: found.clone(),
            }
        });
        found
    }

    fn lookup_uncached(&self, name: &str) -> Option<Value> {
        let key = StrKey::new(name);
        if let Some(v) = self.dict.borrow().get(&key) {
            return Some(v.clone());
        }
        for c in &self.mro {
            if let Value::Class(c) = c
                && let Some(v) = c.dict.borrow().get(&key)
            {
                return Some(v.clone());
            }
        }
        None
    }

    /// Whether this class is `other` or derives from it (`other` a class or a
    /// built-in type).
    pub fn is_subclass(self: &Rc<Class>, other: &Value) -> bool {
        match other {
            Value::Class(o) => {
                Rc::ptr_eq(self, o)
                    || self
                        .mro
                        .iter()
                        .any(|m| matches!(m, Value::Class(c) if Rc::ptr_eq(c, o)))
            }
            Value::Type(t) => self
                .mro
                .iter()
                .any(|m| matches!(m, Value::Type(u) if u == t)),
            _ => false,
        }
    }

    /// `__module__` from the class namespace (`__main__` for scripts).
    pub fn module(&self) -> Option<String> {
        match self.dict.borrow().get(&StrKey::new("__module__")) {
            Some(Value::Str(s)) => Some(s.as_str().to_string()),
            _ => None,
        }
    }

    /// The name tracebacks print: the qualified name, prefixed by the module
    /// unless it is `builtins` or `__main__`.
    pub fn display_name(&self) -> String {
        match self.module() {
            Some(m) if m != "__main__" && m != "builtins" => {
                format!("{m}.{}", self.qualname.borrow().as_str())
            }
            _ => self.qualname.borrow().as_str().to_string(),
        }
    }

    /// `__mro__` with the class itself first.
    pub fn full_mro(self: &Rc<Class>) -> Vec<Value> {
        let mut out = vec![Value::Class(self.clone())];
        out.extend(self.mro.iter().cloned());
        out
    }
}

impl Instance {
    /// A new instance with an empty `__dict__` (and empty `args` for exceptions).
    pub fn new(class: Rc<Class>) -> Rc<Instance> {
        Instance::make(class, None)
    }

    /// A new instance of a class derived from a built-in type, holding `base`.
    pub fn with_base(class: Rc<Class>, base: Value) -> Rc<Instance> {
        Instance::make(class, Some(base))
    }

    fn make(class: Rc<Class>, base: Option<Value>) -> Rc<Instance> {
        let exc = class.exc.map(|_| {
            let state = ExcState::default();
            *state.args.borrow_mut() = Value::tuple(Vec::new());
            *state.cause.borrow_mut() = Value::None;
            *state.context.borrow_mut() = Value::None;
            Box::new(state)
        });
        let slots = (class.slot_count > 0)
            .then(|| Box::new(RefCell::new(vec![Value::Null; class.slot_count])));
        let inst = Rc::new(Instance {
            class,
            dict: Rc::default(),
            exc,
            base,
            finalized: Cell::new(false),
            slots,
        });
        super::gc::track_instance(&inst);
        inst
    }

    /// A new exception instance with these `args`.
    pub fn new_exception(class: Rc<Class>, args: Value) -> Rc<Instance> {
        let inst = Instance::new(class);
        if let Some(e) = &inst.exc {
            *e.args.borrow_mut() = args;
        }
        inst
    }
}

fn same_class(a: &Rc<Class>, b: &Rc<Class>) -> bool {
    Rc::ptr_eq(a, b)
}

// ------------------------------------------------------------------ class creation

/// The C3 linearisation of a class with these bases, without the class itself
/// (CPython's `mro_implementation`); `TypeError` when none exists.
pub fn c3_mro(bases: &[Value]) -> R<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = Vec::new();
    for b in bases {
        match b {
            Value::Class(c) => seqs.push(c.full_mro()),
            Value::Type(t) if *t == TypeKind::Object => seqs.push(vec![b.clone()]),
            other => seqs.push(vec![other.clone(), Value::Type(TypeKind::Object)]),
        }
    }
    seqs.push(bases.to_vec());
    let same = |a: &Value, b: &Value| match (a, b) {
        (Value::Class(x), Value::Class(y)) => same_class(x, y),
        (Value::Type(x), Value::Type(y)) => x == y,
        _ => false,
    };
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| &s[0])
            .find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| same(x, c))));
        let Some(c) = candidate.cloned() else {
            let names: Vec<String> = bases.iter().map(class_name_of).collect();
            return Err(Exc::type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in &mut seqs {
            if same(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// The `__name__` of a class or built-in type.
pub fn class_name_of(v: &Value) -> String {
    match v {
        Value::Class(c) => c.name.borrow().as_str().to_string(),
        Value::Type(t) => t.name().to_string(),
        other => other.type_name().to_string(),
    }
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`: works out
/// the metaclass, runs the class body `func` in the namespace its
/// `__prepare__` gives, and calls the metaclass to make the class (CPython's
/// `builtin___build_class__`).
pub fn build_class(vm: &Vm, args: &[Value], kwargs: &[(Rc<PyStr>, Value)]) -> R<Value> {
    if args.len() < 2 {
        return Err(Exc::type_error("__build_class__: not enough arguments"));
    }
    let Value::Function(body) = &args[0] else {
        return Err(Exc::type_error("__build_class__: func must be a function"));
    };
    let Value::Str(name) = &args[1] else {
        return Err(Exc::type_error("__build_class__: name is not a string"));
    };
    let bases: Vec<Value> = args[2..].to_vec();
    let mut kwargs = kwargs.to_vec();
    let explicit = kwargs
        .iter()
        .position(|(k, _)| k.as_str() == "metaclass")
        .map(|i| kwargs.remove(i).1);
    // The most derived of the given metaclass and the bases' metaclasses.
    let meta = match explicit {
        Some(m @ (Value::Class(_) | Value::Type(TypeKind::Type))) => {
            Some(winner_meta(meta_class_of(&m), &bases)?)
        }
        Some(other) => {
            // Any other callable is simply called.
            let ns = Rc::new(RefCell::new(Dict::default()));
            vm.run_class_body(body, ns.clone())?;
            let call_args = vec![
                Value::Str(name.clone()),
                Value::tuple(bases),
                Value::Dict(ns),
            ];
            return vm.call(&other, call_args, kwargs);
        }
        None => Some(winner_meta(None, &bases)?),
    }
    .flatten();
    let meta_value = meta
        .as_ref()
        .map_or(Value::Type(TypeKind::Type), |m| Value::Class(m.clone()));
    let ns = match &meta {
        Some(m) if m.lookup("__prepare__").is_some() => {
            let prepare = class_getattr(vm, m, &intern_static("__prepare__"))?;
            let prep_args = vec![Value::Str(name.clone()), Value::tuple(bases.clone())];
            match vm.call(&prepare, prep_args, kwargs.clone())? {
                Value::Dict(d) => d,
                other => {
                    return Err(Exc::new(
                        ExcType::NotImplementedError,
                        format!(
                            "pyforge cannot run a class body in a '{}' namespace yet",
                            other.type_name()
                        ),
                    ));
                }
            }
        }
        _ => Rc::new(RefCell::new(Dict::default())),
    };
    vm.run_class_body(body, ns.clone())?;
    if meta.is_none() {
        return type_new(vm, None, name, bases, ns, &kwargs);
    }
    let call_args = vec![
        Value::Str(name.clone()),
        Value::tuple(bases),
        Value::Dict(ns),
    ];
    vm.call(&meta_value, call_args, kwargs)
}

/// The metaclass of a class or type value (`None` for `type`).
fn meta_class_of(v: &Value) -> Option<Rc<Class>> {
    match v {
        Value::Class(c) if c.base_kind == Some(TypeKind::Type) => Some(c.clone()),
        _ => None,
    }
}

/// The metaclass a class with these bases gets (CPython's
/// `_PyType_CalculateMetaclass`): the most derived among `given` and the
/// bases' metaclasses, which must all be ancestors of it.
fn winner_meta(given: Option<Rc<Class>>, bases: &[Value]) -> R<Option<Rc<Class>>> {
    let mut winner = given;
    for b in bases {
        let m = match b {
            Value::Class(c) => c.meta.clone(),
            Value::Type(_) => None,
            // Its type is no metaclass at all.
            _ => {
                return Err(Exc::type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
        };
        let is_sub = |a: &Option<Rc<Class>>, b: &Option<Rc<Class>>| match (a, b) {
            (_, None) => true,
            (None, Some(_)) => false,
            (Some(a), Some(b)) => a.is_subclass(&Value::Class(b.clone())),
        };
        if is_sub(&winner, &m) {
            continue;
        }
        if is_sub(&m, &winner) {
            winner = m;
            continue;
        }
        return Err(Exc::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `type.__new__(meta, name, bases, namespace, **kwds)`: a new class of
/// metaclass `meta` (`None` for `type`) from a namespace, then its
/// attributes' `__set_name__` and the base's `__init_subclass__(**kwds)`.
pub fn type_new(
    vm: &Vm,
    meta: Option<Rc<Class>>,
    name: &Rc<PyStr>,
    mut bases: Vec<Value>,
    ns: Rc<RefCell<Dict>>,
    kwargs: &[(Rc<PyStr>, Value)],
) -> R<Value> {
    let mut exc = None;
    for b in &bases {
        match b {
            Value::Class(c) => {
                if let Some(e) = c.exc {
                    // The most derived built-in exception base decides the layout.
                    exc = Some(match exc {
                        Some(prev) => super::exc_group::layout_winner(prev, e),
                        None => e,
                    });
                }
            }
            Value::Type(_) => {}
            other => {
                return Err(Exc::type_error(format!(
                    "bases must be types, not {}",
                    other.type_name()
                )));
            }
        }
    }
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|p| super::is_same(p, b)) {
            return Err(Exc::type_error(format!(
                "duplicate base class {}",
                class_name_of(b)
            )));
        }
    }
    let base_kind = super::slots::base_kind_of(&bases)?;
    if base_kind.is_some() && exc.is_some() {
        return Err(Exc::type_error(
            "multiple bases have instance lay-out conflict",
        ));
    }
    if bases.is_empty() {
        bases.push(Value::Type(TypeKind::Object));
    }
    let mro = c3_mro(&bases)?;
    let mut dict = ns.borrow().clone();
    let qualname = match dict.get(&StrKey::new("__qualname__")) {
        Some(Value::Str(s)) => s.clone(),
        _ => name.clone(),
    };
    let cell = dict.shift_remove(&StrKey::new("__classcell__"));
    dict.shift_remove(&StrKey::new("__qualname__"));
    if !dict.contains_key(&StrKey::new("__module__"))
        && let Some(m) = vm.current_globals().borrow().get(&StrKey::new("__name__"))
    {
        dict.insert(key("__module__"), m.clone());
    }
    // `__new__` is a static method even without the decorator.
    if let Some(v) = dict.get_mut(&StrKey::new("__new__"))
        && matches!(v, Value::Function(_))
    {
        *v = Value::Descr(Rc::new(Descr::StaticMethod(v.clone())));
    }
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(v) = dict.get_mut(&StrKey::new(special))
            && matches!(v, Value::Function(_))
        {
            *v = Value::Descr(Rc::new(Descr::ClassMethod(v.clone())));
        }
    }
    // A class that defines `__eq__` but not `__hash__` is unhashable.
    if dict.contains_key(&StrKey::new("__eq__")) && !dict.contains_key(&StrKey::new("__hash__")) {
        dict.insert(key("__hash__"), Value::None);
    }
    let layout = slot_layout(vm, name, &qualname, &bases, base_kind, &mut dict)?;
    note_del_in(&dict);
    let class = Rc::new(Class {
        name: RefCell::new(name.clone()),
        qualname: RefCell::new(qualname),
        bases,
        mro,
        dict: RefCell::new(dict),
        exc,
        base_kind,
        meta,
        subclasses: RefCell::default(),
        version: Class::new_version(),
        has_dict: layout.has_dict,
        slot_count: layout.slot_count,
    });
    for v in class.dict.borrow().values() {
        if let Value::Descr(d) = v
            && let Descr::Member { class: owner, .. } = &**d
        {
            let _ = owner.set(Rc::downgrade(&class));
        }
    }
    for b in &class.bases {
        if let Value::Class(b) = b {
            let mut subs = b.subclasses.borrow_mut();
            subs.retain(|w| w.strong_count() > 0);
            subs.push(Rc::downgrade(&class));
        }
    }
    let class_value = Value::Class(class.clone());
    if let Some(Value::Cell(c)) = cell {
        *c.borrow_mut() = class_value.clone();
    }
    // `__set_name__` of the attributes that define it (PEP 487).
    let attrs: Vec<(Value, Value)> = class
        .dict
        .borrow()
        .iter()
        .map(|(k, v)| (k.value().clone(), v.clone()))
        .collect();
    for (k, v) in attrs {
        if let Value::Instance(i) = &v
            && let Some(f) = i.class.lookup("__set_name__")
            && let Err(e) = vm.call(
                &f,
                vec![v.clone(), class_value.clone(), k.clone()],
                Vec::new(),
            )
        {
            let note = format!(
                "Error calling __set_name__ on '{}' instance {} in '{}'",
                v.type_name(),
                super::ops::repr_plain(&k),
                class.name.borrow().as_str()
            );
            e.add_note(&note)?;
            return Err(e);
        }
    }
    init_subclass(vm, &class, kwargs)?;
    Ok(class_value)
}

/// What `__slots__` makes of a class's instances.
struct SlotLayout {
    has_dict: bool,
    slot_count: usize,
}

/// Reads the `__slots__` of a class namespace (CPython's `type_new_slots`):
/// validates the names, adds a member descriptor for each to the namespace
/// (in sorted order, after the namespace's own names, as CPython does) and
/// says whether instances keep a `__dict__`.
fn slot_layout(
    vm: &Vm,
    name: &PyStr,
    qualname: &Rc<PyStr>,
    bases: &[Value],
    base_kind: Option<TypeKind>,
    dict: &mut Dict,
) -> R<SlotLayout> {
    let classes = || {
        bases.iter().filter_map(|b| match b {
            Value::Class(c) => Some(c),
            _ => None,
        })
    };
    let base_has_dict = classes().any(|c| c.has_dict);
    // The base whose slot values come first; another base with slots must
    // be one of its ancestors.
    let solid = classes()
        .max_by_key(|c| c.slot_count)
        .filter(|c| c.slot_count > 0);
    if let Some(solid) = solid {
        for c in classes().filter(|c| c.slot_count > 0) {
            if !solid.is_subclass(&Value::Class(c.clone())) {
                return Err(Exc::type_error(
                    "multiple bases have instance lay-out conflict",
                ));
            }
        }
    }
    let offset = solid.map_or(0, |c| c.slot_count);
    let Some(spec) = dict.get(&StrKey::new("__slots__")).cloned() else {
        return Ok(SlotLayout {
            has_dict: true,
            slot_count: offset,
        });
    };
    let items = match &spec {
        Value::Str(_) => vec![spec.clone()],
        other => vm.iterate(other)?,
    };
    let mut names: Vec<Rc<PyStr>> = Vec::new();
    let mut add_dict = false;
    for item in items {
        let Value::Str(slot) = item else {
            return Err(Exc::type_error(format!(
                "__slots__ items must be strings, not '{}'",
                item.type_name()
            )));
        };
        if !super::builtins::is_identifier(slot.as_str()) {
            return Err(Exc::type_error("__slots__ must be identifiers"));
        }
        match slot.as_str() {
            "__dict__" => {
                if base_has_dict || add_dict {
                    return Err(Exc::type_error(
                        "__dict__ slot disallowed: we already got one",
                    ));
                }
                add_dict = true;
                continue;
            }
            "__weakref__" => continue,
            _ => {}
        }
        let mangled = intern(&crate::text::mangle(Some(name.as_str()), slot.as_str()));
        if dict.contains_key(&NameKey(&mangled)) {
            return Err(Exc::value_error(format!(
                "'{}' in __slots__ conflicts with class variable",
                mangled.as_str()
            )));
        }
        names.push(mangled);
    }
    if !names.is_empty()
        && let Some(kind @ (TypeKind::Int | TypeKind::Bytes | TypeKind::Tuple)) = base_kind
    {
        return Err(Exc::type_error(format!(
            "nonempty __slots__ not supported for subtype of '{}'",
            kind.name()
        )));
    }
    names.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    names.dedup_by(|a, b| a.as_str() == b.as_str());
    for (i, slot) in names.iter().enumerate() {
        let member = Descr::Member {
            owner: qualname.clone(),
            name: slot.clone(),
            index: offset + i,
            class: std::cell::OnceCell::new(),
        };
        dict.insert(
            HashKey::new(Value::Str(slot.clone()))?,
            Value::Descr(Rc::new(member)),
        );
    }
    Ok(SlotLayout {
        has_dict: base_has_dict || add_dict,
        slot_count: offset + names.len(),
    })
}

/// Calls the nearest `__init_subclass__` above a new class with the class
/// statement's keywords; `object`'s takes none.
fn init_subclass(vm: &Vm, class: &Rc<Class>, kwargs: &[(Rc<PyStr>, Value)]) -> R<()> {
    let key = StrKey::new("__init_subclass__");
    for m in &class.mro {
        let Value::Class(c) = m else { continue };
        let found = c.dict.borrow().get(&key).cloned();
        if let Some(f) = found {
            let f = match &f {
                Value::Descr(d) => match &**d {
                    Descr::ClassMethod(f) => f.clone(),
                    _ => f.clone(),
                },
                _ => f.clone(),
            };
            vm.call(&f, vec![Value::Class(class.clone())], kwargs.to_vec())?;
            return Ok(());
        }
    }
    if !kwargs.is_empty() {
        return Err(Exc::type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            class.name.borrow().as_str()
        )));
    }
    Ok(())
}

/// `type.__new__(meta, name, bases, namespace, **kwds)` and three-argument
/// `type(name, bases, namespace)` with CPython's argument errors.
pub fn type_new_call(vm: &Vm, args: &[Value], kwargs: &[(Rc<PyStr>, Value)]) -> R<Value> {
    let meta = args.first().and_then(meta_class_of);
    let rest = args.get(1..).unwrap_or(&[]);
    if rest.len() != 3 {
        return Err(Exc::type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            rest.len()
        )));
    }
    let Value::Str(name) = &rest[0] else {
        return Err(Exc::type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            rest[0].type_name()
        )));
    };
    let Value::Tuple(bases) = &rest[1] else {
        return Err(Exc::type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            rest[1].type_name()
        )));
    };
    let Value::Dict(ns) = &rest[2] else {
        return Err(Exc::type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            rest[2].type_name()
        )));
    };
    let meta = winner_meta(meta, bases)?;
    type_new(vm, meta, name, bases.to_vec(), ns.clone(), kwargs)
}

/// [`note_del`] for every name of a new class namespace.
fn note_del_in(dict: &Dict) {
    if dict.contains_key(&StrKey::new("__del__")) {
        note_del("__del__");
    }
}

// ------------------------------------------------------------------ attributes

/// Binds a class attribute found for `obj` (CPython's `tp_descr_get`).
fn bind(attr: Value, obj: &Value, class: &Rc<Class>) -> R<Option<Value>> {
    Ok(Some(match &attr {
        Value::Function(_) => Value::BoundMethod(Rc::new((attr.clone(), obj.clone()))),
        Value::Descr(d) => match &**d {
            Descr::StaticMethod(f) => f.clone(),
            Descr::ClassMethod(f) => {
                Value::BoundMethod(Rc::new((f.clone(), Value::Class(class.clone()))))
            }
            Descr::Slot { .. } | Descr::MethodDescr { .. } => {
                Value::BoundMethod(Rc::new((attr.clone(), obj.clone())))
            }
            Descr::Property { .. } | Descr::Member { .. } | Descr::Super { .. } => {
                return Ok(None);
            }
        },
        _ => attr,
    }))
}

fn is_data_descr(v: &Value) -> bool {
    matches!(v, Value::Descr(d) if matches!(**d, Descr::Property { .. } | Descr::Member { .. }))
}

/// The slot values of `obj` for the member `name` of the class `owner`, or
/// CPython's `TypeError` for an object the member does not apply to.
fn member_slots<'a>(d: &Descr, obj: &'a Value) -> R<&'a RefCell<Vec<Value>>> {
    let Descr::Member {
        owner, name, class, ..
    } = d
    else {
        unreachable!("a member descriptor")
    };
    let applies = |i: &Instance| {
        class
            .get()
            .and_then(std::rc::Weak::upgrade)
            .is_some_and(|c| i.class.is_subclass(&Value::Class(c)))
    };
    match obj {
        Value::Instance(i) if i.slots.is_some() && applies(i) => {
            Ok(i.slots.as_deref().expect("checked"))
        }
        _ => Err(Exc::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name.as_str(),
            owner.as_str(),
            obj.type_name()
        ))),
    }
}

/// `member.__get__(obj)`: the slot's value, or the `AttributeError` for an
/// unset slot.
pub fn member_get(d: &Descr, obj: &Value) -> R<Value> {
    let Descr::Member { name, index, .. } = d else {
        unreachable!("a member descriptor")
    };
    let slots = member_slots(d, obj)?;
    match slots.borrow().get(*index) {
        Some(v) if !v.is_null() => Ok(v.clone()),
        _ => Err(no_attribute(obj, name.as_str())),
    }
}

/// `member.__set__(obj, value)` / `member.__delete__(obj)`.
pub fn member_set(d: &Descr, obj: &Value, value: Option<Value>) -> R<()> {
    let Descr::Member { name, index, .. } = d else {
        unreachable!("a member descriptor")
    };
    let slots = member_slots(d, obj)?;
    let old = {
        let mut slots = slots.borrow_mut();
        let Some(slot) = slots.get_mut(*index) else {
            return Err(no_attribute(obj, name.as_str()));
        };
        if value.is_none() && slot.is_null() {
            return Err(Exc::new(ExcType::AttributeError, name.as_str()));
        }
        std::mem::replace(slot, value.unwrap_or(Value::Null))
    };
    drop(old);
    Ok(())
}

fn property_get(vm: &Vm, prop: &Value, obj: &Value, name: &str) -> R<Value> {
    let Value::Descr(d) = prop else {
        unreachable!("checked by is_data_descr")
    };
    let fget = match &**d {
        Descr::Property { fget, .. } => fget,
        member => return member_get(member, obj),
    };
    if matches!(fget, Value::None) {
        return Err(Exc::new(
            ExcType::AttributeError,
            format!(
                "property '{name}' of '{}' object has no getter",
                obj.type_name()
            ),
        ));
    }
    vm.call(fget, vec![obj.clone()], Vec::new())
}

/// `obj.name` for an instance (CPython's `PyObject_GenericGetAttr`, then
/// `__getattr__`).
pub fn instance_getattr(vm: &Vm, inst: &Rc<Instance>, name: &Rc<PyStr>) -> R<Value> {
    instance_getattr_with(vm, inst, name, inst.class.lookup_name(name))
}

/// [`instance_getattr`] when the class lookup of `name` is already known (an
/// inline cache had it).
pub fn instance_getattr_with(
    vm: &Vm,
    inst: &Rc<Instance>,
    name: &Rc<PyStr>,
    class_attr: Option<Value>,
) -> R<Value> {
    let obj = Value::Instance(inst.clone());
    if let Some(a) = &class_attr
        && is_data_descr(a)
    {
        return property_get(vm, a, &obj, name.as_str());
    }
    // A descriptor written in Python: its `__get__`, before the instance
    // dict when it also defines `__set__` or `__delete__`.
    let user_get = match &class_attr {
        Some(d @ Value::Instance(di)) => di.class.lookup("__get__").map(|g| {
            (
                d.clone(),
                g,
                di.class.lookup("__set__").is_some() || di.class.lookup("__delete__").is_some(),
            )
        }),
        _ => None,
    };
    if let Some((d, get, true)) = &user_get {
        let ty = Value::Class(inst.class.clone());
        return vm.call(get, vec![d.clone(), obj, ty], Vec::new());
    }
    if let Some(v) = inst.dict.borrow().get(&NameKey(name)) {
        return Ok(v.clone());
    }
    if let Some((d, get, false)) = user_get {
        let ty = Value::Class(inst.class.clone());
        return vm.call(&get, vec![d, obj, ty], Vec::new());
    }
    if let Some(a) = class_attr
        && let Some(v) = bind(a, &obj, &inst.class)?
    {
        return Ok(v);
    }
    if let Some(v) = special_instance_attr(inst, name.as_str()) {
        return Ok(v);
    }
    if inst.exc.is_some()
        && let Some(m) = super::builtins::object_method(inst.class.exc, name.as_str())
    {
        return Ok(Value::Method(Rc::new((obj, m))));
    }
    if let Some(v) = super::slots::base_method(inst, name.as_str()) {
        return Ok(v);
    }
    if let Some(getattr) = inst.class.lookup("__getattr__") {
        return vm.call(&getattr, vec![obj, Value::Str(name.clone())], Vec::new());
    }
    Err(no_attribute(&obj, name.as_str()))
}

/// The `AttributeError` for a missing attribute, in CPython's words.
pub fn no_attribute(obj: &Value, name: &str) -> Exc {
    let msg = match obj {
        Value::Class(c) => format!(
            "type object '{}' has no attribute '{name}'",
            c.name.borrow().as_str()
        ),
        Value::Type(t) => format!("type object '{}' has no attribute '{name}'", t.name()),
        _ => format!("'{}' object has no attribute '{name}'", obj.type_name()),
    };
    attribute_error(obj, name, msg)
}

/// An `AttributeError` with this message, whose `name` and `obj` are set
/// (they drive the "Did you mean" suggestion).
fn attribute_error(obj: &Value, name: &str, msg: String) -> Exc {
    let e = Exc::new(ExcType::AttributeError, msg);
    let mut d = e.0.dict.borrow_mut();
    d.insert(key("name"), Value::Str(intern(name)));
    d.insert(key("obj"), obj.clone());
    drop(d);
    e
}

fn key(name: &str) -> HashKey {
    HashKey::new(Value::Str(intern(name))).expect("str is hashable")
}

/// Attributes every instance has that are not in its `__dict__`.
fn special_instance_attr(inst: &Rc<Instance>, name: &str) -> Option<Value> {
    match name {
        "__class__" => return Some(Value::Class(inst.class.clone())),
        "__dict__" if inst.class.has_dict => return Some(Value::Dict(inst.dict.clone())),
        _ => {}
    }
    let e = inst.exc.as_deref()?;
    Some(match name {
        "args" => e.args.borrow().clone(),
        "message" | "exceptions" if inst.class.exc.is_some_and(ExcType::is_group) => {
            super::exc_group::attribute(&Value::Instance(inst.clone()), name)?
        }
        "__cause__" => e.cause.borrow().clone(),
        "__context__" => e.context.borrow().clone(),
        "__suppress_context__" => Value::Bool(e.suppress_context.get()),
        "errno" | "strerror" | "filename" | "filename2" if is_os_error(&inst.class) => {
            e.os_field(name)?
        }
        "value" if inst.class.exc == Some(ExcType::StopIteration) => match &*e.args.borrow() {
            Value::Tuple(t) if !t.is_empty() => t[0].clone(),
            _ => Value::None,
        },
        "code" if inst.class.exc == Some(ExcType::SystemExit) => match &*e.args.borrow() {
            Value::Tuple(t) if t.len() == 1 => t[0].clone(),
            Value::Tuple(t) if t.is_empty() => Value::None,
            other => other.clone(),
        },
        "name"
            if inst.class.exc.is_some_and(|t| {
                t.is_subclass(ExcType::AttributeError) || t.is_subclass(ExcType::NameError)
            }) =>
        {
            Value::None
        }
        "obj"
            if inst
                .class
                .exc
                .is_some_and(|t| t.is_subclass(ExcType::AttributeError)) =>
        {
            Value::None
        }
        "name" | "path"
            if inst
                .class
                .exc
                .is_some_and(|t| t.is_subclass(ExcType::ImportError)) =>
        {
            Value::None
        }
        "__traceback__" => e
            .traceback
            .borrow()
            .clone()
            .map_or(Value::None, Value::Traceback),
        _ => return None,
    })
}

/// Whether instances of `class` are `OSError`s (and have its fields).
fn is_os_error(class: &Class) -> bool {
    class.exc.is_some_and(|t| t.is_subclass(ExcType::OSError))
}

/// `C.name` for a class.
pub fn class_getattr(vm: &Vm, class: &Rc<Class>, name: &Rc<PyStr>) -> R<Value> {
    if let Some(a) = class.lookup_name(name) {
        if let Value::Instance(di) = &a
            && let Some(get) = di.class.lookup("__get__")
        {
            return vm.call(
                &get,
                vec![a.clone(), Value::None, Value::Class(class.clone())],
                Vec::new(),
            );
        }
        return Ok(match &a {
            Value::Descr(d) => match &**d {
                Descr::StaticMethod(f) => f.clone(),
                Descr::ClassMethod(f) => {
                    Value::BoundMethod(Rc::new((f.clone(), Value::Class(class.clone()))))
                }
                _ => a,
            },
            _ => a,
        });
    }
    Ok(match name.as_str() {
        "__name__" => Value::Str(class.name.borrow().clone()),
        "__qualname__" => Value::Str(class.qualname.borrow().clone()),
        "__mro__" => Value::tuple(class.full_mro()),
        "__bases__" => Value::tuple(class.bases.clone()),
        "__base__" => class.bases.first().cloned().unwrap_or(Value::None),
        "__dict__" => Value::dict(class.dict.borrow().clone()),
        "__class__" => class
            .meta
            .as_ref()
            .map_or(Value::Type(TypeKind::Type), |m| Value::Class(m.clone())),
        "__module__" if class.exc.is_some() => Value::str("builtins"),
        "__doc__" => Value::None,
        _ => {
            if let Some(kind) = class.base_kind
                && let Some(m) =
                    super::slots::class_method_on(kind, name.as_str(), Value::Class(class.clone()))
            {
                return Ok(m);
            }
            if let Some(kind) = class.base_kind
                && let Some(a) = super::slots::type_attr(kind, name.as_str())
            {
                return Ok(a);
            }
            if let Some(b) = super::builtins::object_method(class.exc, name.as_str()) {
                return Ok(Value::Builtin(b));
            }
            // An attribute of the metaclass, bound to the class.
            if let Some(m) = &class.meta
                && let Some(a) = m.lookup_name(name)
            {
                let cls = Value::Class(class.clone());
                if is_data_descr(&a) {
                    return property_get(vm, &a, &cls, name.as_str());
                }
                return Ok(bind(a.clone(), &cls, m)?.unwrap_or(a));
            }
            // `type`'s own methods (`C.mro()`, `C.__subclasses__()`).
            if let Some(b) =
                super::builtins::methods_of(TypeKind::Type).find(|b| b.name == name.as_str())
            {
                return Ok(Value::Method(Rc::new((Value::Class(class.clone()), b))));
            }
            return Err(no_attribute(&Value::Class(class.clone()), name.as_str()));
        }
    })
}

/// `super(...).name`.
pub fn super_getattr(vm: &Vm, class: &Rc<Class>, obj: &Value, name: &Rc<PyStr>) -> R<Value> {
    // `super()` in a class method starts from the class itself; in a
    // metaclass's method, from the class's metaclass.
    let class_case = matches!(obj, Value::Class(c) if c.is_subclass(&Value::Class(class.clone())));
    let start_type = match obj {
        Value::Class(c) if class_case => c.clone(),
        Value::Class(c) => match &c.meta {
            Some(m) => m.clone(),
            None => return Err(super::builtins::super_mismatch(class, obj)),
        },
        Value::Instance(i) => i.class.clone(),
        _ => return Err(super::builtins::super_mismatch(class, obj)),
    };
    let mro = start_type.full_mro();
    let at = mro
        .iter()
        .position(|m| matches!(m, Value::Class(c) if Rc::ptr_eq(c, class)))
        .map_or(mro.len(), |i| i + 1);
    let key = StrKey::new(name.as_str());
    for m in &mro[at..] {
        let c = match m {
            Value::Class(c) => c,
            Value::Type(k) if *k != TypeKind::Object => {
                match super::slots::type_attr(*k, name.as_str()) {
                    Some(a @ Value::Descr(_)) => {
                        return Ok(if class_case {
                            a
                        } else {
                            Value::BoundMethod(Rc::new((a, obj.clone())))
                        });
                    }
                    // A static method such as `type.__new__`.
                    Some(a @ Value::Builtin(_)) => return Ok(a),
                    _ => continue,
                }
            }
            _ => continue,
        };
        let found = c.dict.borrow().get(&key).cloned();
        if let Some(a) = found {
            if is_data_descr(&a) {
                return property_get(vm, &a, obj, name.as_str());
            }
            let bound_class = match obj {
                Value::Class(c) if class_case => c.clone(),
                _ => start_type.clone(),
            };
            return Ok(match obj {
                // `super().method` in a class method binds to the class.
                Value::Class(_) if class_case => match &a {
                    Value::Descr(d) => match &**d {
                        Descr::ClassMethod(f) => {
                            Value::BoundMethod(Rc::new((f.clone(), obj.clone())))
                        }
                        Descr::StaticMethod(f) => f.clone(),
                        _ => a,
                    },
                    _ => a,
                },
                _ => bind(a.clone(), obj, &bound_class)?.unwrap_or(a),
            });
        }
    }
    if let Some(b) = super::builtins::object_method(start_type.exc, name.as_str()) {
        return Ok(match obj {
            // `object.__init_subclass__` is a class method.
            Value::Class(_) if class_case && b.name != "__init_subclass__" => Value::Builtin(b),
            _ => Value::Method(Rc::new((obj.clone(), b))),
        });
    }
    // The super object's own attributes.
    match name.as_str() {
        "__self__" => return Ok(obj.clone()),
        "__thisclass__" => return Ok(Value::Class(class.clone())),
        "__self_class__" => return Ok(Value::Class(start_type)),
        _ => {}
    }
    Err(Exc::new(
        ExcType::AttributeError,
        format!("'super' object has no attribute '{}'", name.as_str()),
    ))
}

/// `obj.name = value` (or `del obj.name` when `value` is `None`) for an
/// instance: a property's setter, a user `__setattr__`, or the `__dict__`.
pub fn instance_setattr(
    vm: &Vm,
    inst: &Rc<Instance>,
    name: &Rc<PyStr>,
    value: Option<Value>,
) -> R<()> {
    let obj = Value::Instance(inst.clone());
    let hook = if value.is_some() {
        "__setattr__"
    } else {
        "__delattr__"
    };
    if let Some(f) = inst.class.lookup(hook) {
        let mut args = vec![obj, Value::Str(name.clone())];
        args.extend(value);
        vm.call(&f, args, Vec::new())?;
        return Ok(());
    }
    generic_setattr(vm, inst, name, value)
}

/// `object.__setattr__` / `object.__delattr__`.
pub fn generic_setattr(
    vm: &Vm,
    inst: &Rc<Instance>,
    name: &Rc<PyStr>,
    value: Option<Value>,
) -> R<()> {
    let obj = Value::Instance(inst.clone());
    let class_attr = inst.class.lookup_name(name);
    if let Some(d @ Value::Instance(di)) = &class_attr {
        let hook = if value.is_some() {
            "__set__"
        } else {
            "__delete__"
        };
        if let Some(f) = di.class.lookup(hook) {
            let mut args = vec![d.clone(), obj];
            args.extend(value);
            vm.call(&f, args, Vec::new())?;
            return Ok(());
        }
    }
    // The class's built-in data descriptors: a slot member or a property.
    if let Some(attr @ Value::Descr(d)) = &class_attr
        && is_data_descr(attr)
    {
        let Descr::Property { fset, fdel, .. } = &**d else {
            return member_set(d, &obj, value);
        };
        let (f, what) = if value.is_some() {
            (fset, "setter")
        } else {
            (fdel, "deleter")
        };
        if matches!(f, Value::None) {
            return Err(Exc::new(
                ExcType::AttributeError,
                format!(
                    "property '{}' of '{}' object has no {what}",
                    name.as_str(),
                    obj.type_name()
                ),
            ));
        }
        let mut args = vec![obj];
        args.extend(value);
        vm.call(f, args, Vec::new())?;
        return Ok(());
    }
    if let Some(e) = inst.exc.as_deref() {
        let slot = match name.as_str() {
            "args" => Some(&e.args),
            "__cause__" => Some(&e.cause),
            "__context__" => Some(&e.context),
            _ => None,
        };
        if let Some(slot) = slot {
            let v = value.unwrap_or(Value::None);
            let v = match (name.as_str(), v) {
                ("args", v) => Value::tuple(vm.iterate(&v)?),
                (_, v) => v,
            };
            if name.as_str() == "__cause__" {
                e.suppress_context.set(true);
            }
            *slot.borrow_mut() = v;
            return Ok(());
        }
        if is_os_error(&inst.class)
            && e.set_os_field(name.as_str(), value.clone().unwrap_or(Value::None))
        {
            return Ok(());
        }
        if name.as_str() == "__traceback__" {
            return match value {
                Some(v) => e.set_traceback(&v),
                None => Err(Exc::type_error("__traceback__ may not be deleted")),
            };
        }
        if name.as_str() == "__suppress_context__" {
            e.suppress_context
                .set(vm.truthy(&value.unwrap_or(Value::None))?);
            return Ok(());
        }
    }
    if !inst.class.has_dict {
        return Err(match (&class_attr, value.is_some()) {
            (Some(_), _) => Exc::new(
                ExcType::AttributeError,
                format!(
                    "'{}' object attribute '{}' is read-only",
                    obj.type_name(),
                    name.as_str()
                ),
            ),
            (None, _) => attribute_error(
                &obj,
                name.as_str(),
                format!(
                    "'{}' object has no attribute '{}' and no __dict__ for setting new attributes",
                    obj.type_name(),
                    name.as_str()
                ),
            ),
        });
    }
    match value {
        Some(v) => {
            let mut d = inst.dict.borrow_mut();
            if let Some(slot) = d.get_mut(&NameKey(name)) {
                *slot = v;
            } else {
                d.insert(HashKey::new(Value::Str(name.clone()))?, v);
            }
        }
        None => {
            if inst
                .dict
                .borrow_mut()
                .shift_remove(&NameKey(name))
                .is_none()
            {
                return Err(no_attribute(&obj, name.as_str()));
            }
        }
    }
    Ok(())
}

/// `C.name = value` / `del C.name`.
pub fn class_setattr(class: &Rc<Class>, name: &Rc<PyStr>, value: Option<Value>) -> R<()> {
    if let field @ ("__name__" | "__qualname__") = name.as_str() {
        let Some(value) = value else {
            return Err(Exc::type_error(format!(
                "cannot delete '{field}' attribute of immutable type '{}'",
                class.name.borrow().as_str()
            )));
        };
        let Value::Str(text) = value else {
            return Err(Exc::type_error(format!(
                "can only assign string to {}.{field}, not '{}'",
                class.name.borrow().as_str(),
                value.type_name()
            )));
        };
        if field == "__name__" {
            if text.as_str().contains('\0') {
                return Err(Exc::value_error(
                    "type name must not contain null characters",
                ));
            }
            *class.name.borrow_mut() = text;
        } else {
            *class.qualname.borrow_mut() = text;
        }
        return Ok(());
    }
    class.modified();
    note_del(name.as_str());
    let mut d = class.dict.borrow_mut();
    match value {
        Some(v) => {
            d.insert(HashKey::new(Value::Str(name.clone()))?, v);
        }
        None => {
            if d.shift_remove(&NameKey(name)).is_none() {
                drop(d);
                return Err(no_attribute(&Value::Class(class.clone()), name.as_str()));
            }
        }
    }
    Ok(())
}

// ------------------------------------------------------------------ calls

/// `C(*args, **kwargs)`: `__new__`, then `__init__` (CPython's `type_call`).
pub fn instantiate(
    vm: &Vm,
    class: &Rc<Class>,
    args: Vec<Value>,
    kwargs: Vec<(Rc<PyStr>, Value)>,
) -> R<Value> {
    let new = class.lookup("__new__");
    let obj = match &new {
        Some(Value::Descr(d)) if matches!(**d, Descr::StaticMethod(_)) => {
            let Descr::StaticMethod(f) = &**d else {
                unreachable!()
            };
            let mut full = vec![Value::Class(class.clone())];
            full.extend(args.iter().cloned());
            let obj = vm.call(f, full, kwargs.clone())?;
            match &obj {
                Value::Instance(i) if i.class.is_subclass(&Value::Class(class.clone())) => {}
                Value::Class(c)
                    if c.meta
                        .as_ref()
                        .is_some_and(|m| m.is_subclass(&Value::Class(class.clone()))) => {}
                _ => return Ok(obj),
            }
            obj
        }
        // A metaclass makes a class (`type.__new__`).
        _ if class.base_kind == Some(TypeKind::Type) => {
            let mut full = vec![Value::Class(class.clone())];
            full.extend(args.iter().cloned());
            type_new_call(vm, &full, &kwargs)?
        }
        _ => {
            let inst = if is_os_error(class) {
                let (made, kept, fields) = super::exc::os_error_parts(class.clone(), args.clone());
                let inst = Instance::new_exception(made, Value::tuple(kept));
                if let Some(e) = &inst.exc {
                    *e.os_fields.borrow_mut() = fields;
                }
                inst
            } else if class.exc.is_some_and(ExcType::is_group) {
                super::exc_group::new(vm, class, &args)?
            } else if class.exc.is_some() {
                Instance::new_exception(class.clone(), Value::tuple(args.clone()))
            } else if let Some(kind) = class.base_kind {
                let base = super::slots::new_base(vm, kind, &args, &kwargs)?;
                Instance::with_base(class.clone(), base)
            } else {
                Instance::new(class.clone())
            };
            Value::Instance(inst)
        }
    };
    match class.lookup("__init__") {
        Some(init) => {
            let f = match bind(init, &obj, class)? {
                Some(f) => f,
                None => return Ok(obj),
            };
            let r = vm.call(&f, args, kwargs)?;
            if !matches!(r, Value::None) {
                return Err(Exc::type_error(format!(
                    "__init__() should return None, not '{}'",
                    r.type_name()
                )));
            }
        }
        None if class.base_kind == Some(TypeKind::Type) => {}
        // The built-in base's `__init__` (which fills a list, dict or set).
        None if let Some(kind) = class.base_kind => {
            let mut full = vec![obj.clone()];
            full.extend(args);
            super::slots::call_slot(vm, kind, "__init__", &full, &kwargs)?;
        }
        None => {
            if class.exc.is_none() && new.is_none() && (!args.is_empty() || !kwargs.is_empty()) {
                return Err(Exc::type_error(format!(
                    "{}() takes no arguments",
                    class.name.borrow().as_str()
                )));
            }
            if class.exc.is_some() && !kwargs.is_empty() {
                return Err(Exc::type_error(format!(
                    "{}() takes no keyword arguments",
                    class.name.borrow().as_str()
                )));
            }
        }
    }
    Ok(obj)
}

/// Looks up the special method `name` on the class of `obj` (never the
/// instance dict, as CPython's `_PyObject_LookupSpecial`).
pub fn special(obj: &Value, name: &'static str) -> Option<Value> {
    match obj {
        Value::Instance(i) => i.class.lookup(name).or_else(|| {
            i.class
                .base_kind
                .and_then(|k| super::slots::type_attr(k, name))
        }),
        // A class's special methods are its metaclass's.
        Value::Class(c) => c.meta.as_ref()?.lookup(name),
        _ => None,
    }
}

/// Whether `v` is a class whose metaclass defines the special method `name`.
pub fn meta_defines(v: &Value, name: &'static str) -> bool {
    matches!(v, Value::Class(c) if c.meta.as_ref().is_some_and(|m| m.lookup(name).is_some()))
}

/// Calls `obj`'s special method `name` with `args` if its class defines one.
pub fn call_special(
    vm: &Vm,
    obj: &Value,
    name: &'static str,
    args: Vec<Value>,
) -> Option<R<Value>> {
    let f = special(obj, name)?;
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(obj.clone());
    full.extend(args);
    Some(match &f {
        Value::Descr(d) => match &**d {
            Descr::StaticMethod(g) => vm.call(g, full[1..].to_vec(), Vec::new()),
            Descr::ClassMethod(g) => {
                full[0] = match obj {
                    Value::Instance(i) => Value::Class(i.class.clone()),
                    Value::Class(c) => c
                        .meta
                        .as_ref()
                        .map_or(Value::Type(TypeKind::Type), |m| Value::Class(m.clone())),
                    _ => unreachable!("special() only finds instance and class methods"),
                };
                vm.call(g, full, Vec::new())
            }
            _ => vm.call(&f, full, Vec::new()),
        },
        Value::None => Err(Exc::type_error(format!(
            "'{}' object is not callable",
            f.type_name()
        ))),
        _ => vm.call(&f, full, Vec::new()),
    })
}

/// Runs the `__del__` of an instance the cycle collector found, once; an
/// exception it raises is reported as CPython reports it ("Exception ignored
/// in") and otherwise ignored.
pub fn finalize(inst: &Rc<Instance>) {
    if !DEL_DEFINED.with(|d| d.get()) || inst.finalized.replace(true) {
        return;
    }
    let Some(del) = inst.class.lookup("__del__") else {
        return;
    };
    crate::vm::with_current(|vm| {
        if let Err(e) = vm.call(&del, vec![Value::Instance(inst.clone())], Vec::new()) {
            vm.report_unraisable(&del, &e, None);
        }
    });
}

/// Runs `f` with the running VM; an error when none runs (constant folding never
/// meets instances, so this is only a guard).
pub fn with_vm<T>(f: impl FnOnce(&Vm) -> R<T>) -> R<T> {
    crate::vm::with_current(f)
        .unwrap_or_else(|| Err(Exc::new(ExcType::RuntimeError, "no interpreter is running")))
}

/// Whether `v` is an instance of the class or type `cls` (no tuples).
pub fn isinstance_of(v: &Value, cls: &Value) -> bool {
    match (v, cls) {
        (Value::Instance(i), _) => i.class.is_subclass(cls),
        (Value::Class(c), Value::Class(_)) => c.meta.as_ref().is_some_and(|m| m.is_subclass(cls)),
        (_, Value::Type(t)) => super::is_instance(v, *t),
        _ => false,
    }
}

/// `issubclass(a, b)` for classes and built-in types (no tuples).
pub fn issubclass_of(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Class(c), _) => c.is_subclass(b),
        (Value::Type(x), Value::Type(y)) => x.is_subtype(*y),
        _ => false,
    }
}
