//! [`Value`], the VM's one representation of a Python object.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::fmt;
use std::rc::Rc;

use num_bigint::BigInt;

use super::builtins::Builtin;
use super::dict::Dict;
use super::object::{Class, Descr, Instance};
use super::set::PySet;
use crate::bytecode::Code;

/// A Python value. Immediate variants need no allocation; the others share their
/// object through `Rc` (CPython's reference count).
#[derive(Default)]
pub enum Value {
    /// CPython's `NULL`: an unbound local, or the empty `self` slot of a call.
    /// Never visible to Python code.
    Null,
    /// `None`.
    #[default]
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An `int` that fits in 64 bits.
    Int(i64),
    /// An `int` that does not ([`Value::int`] keeps the two forms canonical).
    BigInt(Rc<BigInt>),
    /// A `float`.
    Float(f64),
    /// A `complex`.
    Complex(f64, f64),
    /// A `str`.
    Str(Rc<PyStr>),
    /// A `bytes`.
    Bytes(Rc<[u8]>),
    /// A `bytearray`.
    ByteArray(Rc<RefCell<Vec<u8>>>),
    /// A `list`.
    List(Rc<RefCell<Vec<Value>>>),
    /// A `tuple`.
    Tuple(Rc<[Value]>),
    /// A `dict`.
    Dict(Rc<RefCell<Dict>>),
    /// A `set`.
    Set(Rc<RefCell<PySet>>),
    /// A `frozenset`.
    FrozenSet(Rc<PySet>),
    /// A `range`.
    Range(Rc<Range>),
    /// A `slice`.
    Slice(Rc<[Value; 3]>),
    /// An iterator over a built-in sequence.
    Iter(Rc<RefCell<Iter>>),
    /// A function defined in Python.
    Function(Rc<Function>),
    /// A built-in function.
    Builtin(&'static Builtin),
    /// A built-in method bound to its receiver.
    Method(Rc<(Value, &'static Builtin)>),
    /// A built-in type (`int`, `str`, ...).
    Type(TypeKind),
    /// A code object (a constant of its enclosing code).
    Code(Rc<Code>),
    /// `...`
    Ellipsis,
    /// A cell holding a variable shared between a function and its closures.
    /// Never visible to Python code.
    Cell(Rc<RefCell<Value>>),
    /// `NotImplemented`, which a binary special method returns to decline.
    NotImplemented,
    /// A class: defined by a `class` statement, or a built-in exception class.
    Class(Rc<Class>),
    /// An instance of a [`Value::Class`] (exceptions included).
    Instance(Rc<Instance>),
    /// A Python function bound to its receiver: `obj.method` (`func`, `self`).
    BoundMethod(Rc<(Value, Value)>),
    /// `staticmethod`, `classmethod`, `property` and `super` objects.
    Descr(Rc<Descr>),
    /// A generator.
    Generator(Rc<crate::vm::Generator>),
    /// A module.
    Module(Rc<super::Module>),
    /// `d.keys()`, `d.values()` or `d.items()`: a live view of a dict.
    DictView(Rc<DictView>),
    /// A traceback object (an exception's `__traceback__`).
    Traceback(Rc<super::exc::Traceback>),
}

/// Which view of a dict a [`DictView`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    /// `dict_keys`
    Keys,
    /// `dict_values`
    Values,
    /// `dict_items`
    Items,
    /// `mappingproxy`: a read-only view of the whole dict (a view's
    /// `.mapping`).
    Proxy,
}

/// A live view of a dict's keys, values or items.
pub struct DictView {
    /// The dict.
    pub dict: Rc<RefCell<Dict>>,
    /// Which view.
    pub kind: ViewKind,
}

impl DictView {
    /// The view's elements now: keys, values, or `(key, value)` tuples.
    pub fn items(&self) -> Vec<Value> {
        let d = self.dict.borrow();
        match self.kind {
            ViewKind::Keys | ViewKind::Proxy => d.keys().map(|k| k.value().clone()).collect(),
            ViewKind::Values => d.values().cloned().collect(),
            ViewKind::Items => d
                .iter()
                .map(|(k, v)| Value::tuple(vec![k.value().clone(), v.clone()]))
                .collect(),
        }
    }

    /// `dict_keys`, `dict_values`, `dict_items` or `mappingproxy`.
    pub fn type_name(&self) -> &'static str {
        self.kind.type_kind().name()
    }
}

impl ViewKind {
    /// The type of views of this kind. They are unit variants of
    /// [`TypeKind`]: a payload there changes how `Value`'s tag is laid out
    /// inside `TypeKind`, and costs the dispatch loop dearly.
    pub fn type_kind(self) -> TypeKind {
        match self {
            ViewKind::Keys => TypeKind::DictKeys,
            ViewKind::Values => TypeKind::DictValues,
            ViewKind::Items => TypeKind::DictItems,
            ViewKind::Proxy => TypeKind::MappingProxy,
        }
    }
}

/// The built-in types that exist as values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeKind {
    /// `object`
    Object,
    /// `NoneType`
    NoneType,
    /// `bool`
    Bool,
    /// `int`
    Int,
    /// `float`
    Float,
    /// `complex`
    Complex,
    /// `str`
    Str,
    /// `bytes`
    Bytes,
    /// `bytearray`
    ByteArray,
    /// `list`
    List,
    /// `tuple`
    Tuple,
    /// `dict`
    Dict,
    /// `set`
    Set,
    /// `frozenset`
    FrozenSet,
    /// `range`
    Range,
    /// `slice`
    Slice,
    /// Iterators of the built-in kinds, by their type's name (`list_iterator`,
    /// `enumerate`, ...).
    Iterator(&'static str),
    /// `property`, `staticmethod`, `classmethod`, `super` and the slot
    /// wrappers, by their type's name.
    Descriptor(&'static str),
    /// `function`
    Function,
    /// `builtin_function_or_method`
    BuiltinFunction,
    /// `type`
    Type,
    /// `code`
    Code,
    /// `ellipsis`
    Ellipsis,
    /// `cell`
    Cell,
    /// `NotImplementedType`
    NotImplementedType,
    /// `method`
    Method,
    /// `generator`
    Generator,
    /// `coroutine`
    Coroutine,
    /// `module`
    Module,
    /// `traceback`
    Traceback,
    /// `dict_keys`
    DictKeys,
    /// `dict_values`
    DictValues,
    /// `dict_items`
    DictItems,
    /// `mappingproxy`
    MappingProxy,
}

impl TypeKind {
    /// The type's `__name__`.
    pub fn name(self) -> &'static str {
        match self {
            TypeKind::Object => "object",
            TypeKind::NoneType => "NoneType",
            TypeKind::Bool => "bool",
            TypeKind::Int => "int",
            TypeKind::Float => "float",
            TypeKind::Complex => "complex",
            TypeKind::Str => "str",
            TypeKind::Bytes => "bytes",
            TypeKind::ByteArray => "bytearray",
            TypeKind::List => "list",
            TypeKind::Tuple => "tuple",
            TypeKind::Dict => "dict",
            TypeKind::Set => "set",
            TypeKind::FrozenSet => "frozenset",
            TypeKind::Range => "range",
            TypeKind::Slice => "slice",
            TypeKind::Iterator(name) | TypeKind::Descriptor(name) => name,
            TypeKind::Function => "function",
            TypeKind::BuiltinFunction => "builtin_function_or_method",
            TypeKind::Type => "type",
            TypeKind::Code => "code",
            TypeKind::Ellipsis => "ellipsis",
            TypeKind::Cell => "cell",
            TypeKind::NotImplementedType => "NotImplementedType",
            TypeKind::Method => "method",
            TypeKind::Generator => "generator",
            TypeKind::Coroutine => "coroutine",
            TypeKind::Module => "module",
            TypeKind::Traceback => "traceback",
            TypeKind::DictKeys => "dict_keys",
            TypeKind::DictValues => "dict_values",
            TypeKind::DictItems => "dict_items",
            TypeKind::MappingProxy => "mappingproxy",
        }
    }

    /// `issubclass(self, other)` among built-in types.
    pub fn is_subtype(self, other: TypeKind) -> bool {
        self == other
            || other == TypeKind::Object
            || (self == TypeKind::Bool && other == TypeKind::Int)
    }
}

/// An immutable string with its cached hash and length in code points.
pub struct PyStr {
    s: Box<str>,
    chars: usize,
    hash: Cell<i64>,
    /// Whether this is the one interned object for its text (see [`intern`]),
    /// so that its address identifies the text for as long as the thread runs.
    interned: Cell<bool>,
}

impl PyStr {
    /// Wraps a string.
    pub fn new(s: impl Into<Box<str>>) -> Self {
        let s = s.into();
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            chars,
            hash: Cell::new(-1),
            interned: Cell::new(false),
        }
    }
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.s
    }
    /// Length in code points (`len(s)`).
    pub fn char_len(&self) -> usize {
        self.chars
    }
    /// Whether this is the interned object for its text.
    pub fn is_interned(&self) -> bool {
        self.interned.get()
    }
    /// Whether every character is ASCII (byte indexing is then code-point indexing).
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }
    /// The string's hash (`hash(s)`), computed once.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = super::hash::str_hash(&self.s);
        self.hash.set(h);
        h
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", &*self.s)
    }
}

thread_local! {
    static INTERNED: RefCell<HashMap<Box<str>, Rc<PyStr>>> = RefCell::new(HashMap::new());
}

/// The one shared `str` object for `s` (identifiers, attribute names, literals):
/// equal interned strings are the same object, so lookups compare pointers first.
pub fn intern(s: &str) -> Rc<PyStr> {
    INTERNED.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(v) = t.get(s) {
            return v.clone();
        }
        let v = Rc::new(PyStr::new(s));
        v.interned.set(true);
        t.insert(s.into(), v.clone());
        v
    })
}

thread_local! {
    /// The interned one-character strings of the Latin-1 range, by code point
    /// (CPython keeps these as singletons too).
    static LATIN1: RefCell<Vec<Option<Rc<PyStr>>>> = RefCell::new(vec![None; 256]);
}

/// The `str` of one character `c` (given as its text): what iterating over
/// or indexing a string yields, made without hashing for Latin-1 characters.
pub fn char_str(c: &str) -> Rc<PyStr> {
    let mut chars = c.chars();
    let cp = chars.next().map_or(u32::MAX, u32::from);
    if cp >= 256 || chars.next().is_some() {
        return intern(c);
    }
    LATIN1.with(|t| {
        let mut t = t.borrow_mut();
        t[cp as usize].get_or_insert_with(|| intern(c)).clone()
    })
}

thread_local! {
    static STATIC_NAMES: RefCell<HashMap<usize, Rc<PyStr>, std::hash::BuildHasherDefault<super::KeyHasher>>> =
        RefCell::new(HashMap::default());
}

/// [`intern`] for the names the runtime spells in its own code (special
/// method names): found by the text's address, without hashing it.
pub fn intern_static(s: &'static str) -> Rc<PyStr> {
    let key = s.as_ptr() as usize ^ s.len().rotate_left(48);
    if let Some(v) = STATIC_NAMES.with(|t| t.borrow().get(&key).cloned()) {
        return v;
    }
    let v = intern(s);
    STATIC_NAMES.with(|t| t.borrow_mut().insert(key, v.clone()));
    v
}

/// A type's name as error messages print it: a built-in type's static name
/// or a class's own.
#[derive(Clone)]
pub struct TypeName(Result<&'static str, Rc<PyStr>>);

impl std::ops::Deref for TypeName {
    type Target = str;
    fn deref(&self) -> &str {
        match &self.0 {
            Ok(s) => s,
            Err(s) => s.as_str(),
        }
    }
}

impl fmt::Display for TypeName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl PartialEq<&str> for TypeName {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

/// A `range` object.
#[derive(Debug, Clone)]
pub struct Range {
    /// First value.
    pub start: i64,
    /// Bound (exclusive).
    pub stop: i64,
    /// Step (never 0).
    pub step: i64,
}

impl Range {
    /// Number of values.
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = if self.step > 0 {
            (self.start, self.stop, self.step)
        } else {
            (self.stop, self.start, -self.step)
        };
        if lo >= hi {
            0
        } else {
            ((hi as i128 - lo as i128 - 1) / step as i128 + 1) as i64
        }
    }
    /// Whether it has no values.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The state of an iterator over a built-in object.
#[derive(Debug)]
pub enum Iter {
    /// Over a list (sees appends made while iterating, as CPython does).
    List(Rc<RefCell<Vec<Value>>>, usize),
    /// Over a tuple.
    Tuple(Rc<[Value]>, usize),
    /// Over the characters of a string (byte offset of the next one).
    Str(Rc<PyStr>, usize),
    /// Over a range: next value and values left.
    Range(i64, i64, i64),
    /// Over a snapshot of values (`reversed()` of a sequence that is not a
    /// list).
    Values(Rc<[Value]>, usize),
    /// `reversed(list)`: 1 + the index of the next item (0 once done); sees
    /// the list shrink.
    ListRev(Rc<RefCell<Vec<Value>>>, usize),
    /// Over a dict's keys, values or items, live.
    Dict(DictIter),
    /// Over a set's or frozenset's hash table, live.
    Set(SetIter),
    /// Over bytes.
    Bytes(Rc<[u8]>, usize),
    /// Over a bytearray (sees it change, as CPython does).
    ByteArray(Rc<RefCell<Vec<u8>>>, usize),
    /// Over an instance with `__getitem__` but no `__iter__`: the next index.
    GetItem(Value, usize),
    /// `enumerate(it, start)`: the iterator and the next count.
    Enumerate(Value, i64),
    /// `zip(*its, strict=...)`.
    Zip(Vec<Value>, bool),
    /// `map(f, *its)`.
    Map(Value, Vec<Value>),
    /// `filter(f, it)` (`f` may be `None`).
    Filter(Value, Value),
    /// `iter(f, sentinel)`: calls `f` while it does not return the sentinel (both
    /// dropped then, as CPython does).
    Callable(Option<(Value, Value)>),
}

/// The state of an iterator over a dict (CPython's `dictiterobject`): it
/// raises `RuntimeError` when the dict's size is not the one it started with.
#[derive(Debug)]
pub struct DictIter {
    /// The dict.
    pub dict: Rc<RefCell<Dict>>,
    /// Keys, values or items.
    pub kind: ViewKind,
    /// How many entries were taken (from the end when `reversed`).
    pub done: usize,
    /// The dict's size when the iterator was made; `None` once it raised
    /// (every later `next` raises again, as CPython's does).
    pub size: Option<usize>,
    /// `reversed(d)`.
    pub reversed: bool,
}

/// The state of an iterator over a set (CPython's `setiterobject`).
#[derive(Debug)]
pub struct SetIter {
    /// The set (a frozenset is held as its `Value`).
    pub set: Value,
    /// The next hash-table slot to look at.
    pub pos: usize,
    /// The set's size when the iterator was made; `None` once it raised.
    pub size: Option<usize>,
}

impl Iter {
    /// Whether advancing the iterator may call into the VM (the iterators it
    /// wraps, a callable, `__getitem__`): those advance through
    /// `iter_next_checked`; the others through the plain `iter_next`.
    pub fn runs_code(&self) -> bool {
        !matches!(
            self,
            Iter::List(..)
                | Iter::Tuple(..)
                | Iter::Str(..)
                | Iter::Range(..)
                | Iter::Values(..)
                | Iter::ListRev(..)
                | Iter::Dict(..)
                | Iter::Set(..)
                | Iter::Bytes(..)
                | Iter::ByteArray(..)
        )
    }
}

/// A function defined in Python (`def` or `lambda`).
pub struct Function {
    /// Its code.
    pub code: Rc<Code>,
    /// `__name__`.
    pub name: RefCell<Rc<PyStr>>,
    /// `__qualname__`.
    pub qualname: RefCell<Rc<PyStr>>,
    /// `__doc__`, `__module__` and `__annotations__` (`Null` while unset).
    pub fields: RefCell<[Value; 3]>,
    /// `__dict__`, made when a first attribute is set.
    pub dict: RefCell<Option<Rc<RefCell<Dict>>>>,
    /// `__defaults__`.
    pub defaults: RefCell<Vec<Value>>,
    /// `__kwdefaults__`: defaults of keyword-only parameters, by name.
    pub kwdefaults: RefCell<Vec<(Rc<PyStr>, Value)>>,
    /// `__closure__`: the cells of the free variables, in `co_freevars` order.
    pub closure: RefCell<Vec<Value>>,
    /// The module namespace it was defined in.
    pub globals: Rc<RefCell<Dict>>,
}

impl fmt::Debug for Function {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<function {}>", self.name.borrow().as_str())
    }
}

impl Clone for Value {
    /// Immediates are copied without touching a reference count; the match is
    /// inlined into every opcode handler that copies a value.
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::Bool(b) => Value::Bool(*b),
            Value::None => Value::None,
            Value::Null => Value::Null,
            Value::Complex(r, i) => Value::Complex(*r, *i),
            Value::Builtin(b) => Value::Builtin(b),
            Value::Type(t) => Value::Type(*t),
            Value::Ellipsis => Value::Ellipsis,
            Value::NotImplemented => Value::NotImplemented,
            Value::BigInt(x) => Value::BigInt(Rc::clone(x)),
            Value::Str(x) => Value::Str(Rc::clone(x)),
            Value::Bytes(x) => Value::Bytes(Rc::clone(x)),
            Value::ByteArray(x) => Value::ByteArray(Rc::clone(x)),
            Value::List(x) => Value::List(Rc::clone(x)),
            Value::Tuple(x) => Value::Tuple(Rc::clone(x)),
            Value::Dict(x) => Value::Dict(Rc::clone(x)),
            Value::Set(x) => Value::Set(Rc::clone(x)),
            Value::FrozenSet(x) => Value::FrozenSet(Rc::clone(x)),
            Value::Range(x) => Value::Range(Rc::clone(x)),
            Value::Slice(x) => Value::Slice(Rc::clone(x)),
            Value::Iter(x) => Value::Iter(Rc::clone(x)),
            Value::Function(x) => Value::Function(Rc::clone(x)),
            Value::Method(x) => Value::Method(Rc::clone(x)),
            Value::Code(x) => Value::Code(Rc::clone(x)),
            Value::Traceback(x) => Value::Traceback(Rc::clone(x)),
            Value::Cell(x) => Value::Cell(Rc::clone(x)),
            Value::Class(x) => Value::Class(Rc::clone(x)),
            Value::Instance(x) => Value::Instance(Rc::clone(x)),
            Value::BoundMethod(x) => Value::BoundMethod(Rc::clone(x)),
            Value::Descr(x) => Value::Descr(Rc::clone(x)),
            Value::Generator(x) => Value::Generator(Rc::clone(x)),
            Value::DictView(x) => Value::DictView(Rc::clone(x)),
            Value::Module(x) => Value::Module(Rc::clone(x)),
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("<NULL>"),
            other => f.write_str(&super::repr_plain(other)),
        }
    }
}

impl Value {
    /// A `str` value.
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    /// An `int` value from a big integer, stored immediately when it fits.
    pub fn int(i: BigInt) -> Value {
        match i64::try_from(&i) {
            Ok(small) => Value::Int(small),
            Err(_) => Value::BigInt(Rc::new(i)),
        }
    }

    /// A `list` value.
    pub fn list(items: Vec<Value>) -> Value {
        let l = Rc::new(RefCell::new(items));
        super::gc::track_list(&l);
        Value::List(l)
    }

    /// A `dict` value.
    pub fn dict(d: Dict) -> Value {
        let d = Rc::new(RefCell::new(d));
        super::gc::track_dict(&d);
        Value::Dict(d)
    }

    /// A `set` value.
    pub fn set(s: PySet) -> Value {
        let s = Rc::new(RefCell::new(s));
        super::gc::track_set(&s);
        Value::Set(s)
    }

    /// A `tuple` value.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(items.into())
    }

    /// The value's built-in type.
    pub fn type_kind(&self) -> TypeKind {
        match self {
            Value::Null | Value::None => TypeKind::NoneType,
            Value::Bool(_) => TypeKind::Bool,
            Value::Int(_) | Value::BigInt(_) => TypeKind::Int,
            Value::Float(_) => TypeKind::Float,
            Value::Complex(..) => TypeKind::Complex,
            Value::Str(_) => TypeKind::Str,
            Value::Bytes(_) => TypeKind::Bytes,
            Value::ByteArray(_) => TypeKind::ByteArray,
            Value::List(_) => TypeKind::List,
            Value::Tuple(_) => TypeKind::Tuple,
            Value::Dict(_) => TypeKind::Dict,
            Value::Set(_) => TypeKind::Set,
            Value::FrozenSet(_) => TypeKind::FrozenSet,
            Value::Range(_) => TypeKind::Range,
            Value::Slice(_) => TypeKind::Slice,
            Value::Iter(_) => TypeKind::Iterator(match self.type_name().0 {
                Ok(name) => name,
                Err(_) => "iterator",
            }),
            Value::Function(_) => TypeKind::Function,
            Value::Builtin(_) | Value::Method(_) => TypeKind::BuiltinFunction,
            Value::Type(_) => TypeKind::Type,
            Value::Code(_) => TypeKind::Code,
            Value::Traceback(_) => TypeKind::Traceback,
            Value::Ellipsis => TypeKind::Ellipsis,
            Value::Cell(_) => TypeKind::Cell,
            Value::NotImplemented => TypeKind::NotImplementedType,
            Value::Class(_) => TypeKind::Type,
            Value::Instance(_) => TypeKind::Object,
            Value::Descr(d) => TypeKind::Descriptor(d.type_name()),
            Value::BoundMethod(_) => TypeKind::Method,
            Value::Generator(g) if g.coroutine => TypeKind::Coroutine,
            Value::Generator(_) => TypeKind::Generator,
            Value::DictView(d) => d.kind.type_kind(),
            Value::Module(_) => TypeKind::Module,
        }
    }

    /// The text of a `str`, or of an instance of a class derived from `str`.
    pub fn str_like(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            Value::Instance(i) => match &i.base {
                Some(Value::Str(s)) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }

    /// `type(x).__name__`, as error messages print it.
    pub fn type_name(&self) -> TypeName {
        TypeName(match self {
            Value::Instance(i) => return TypeName(Err(i.class.name.borrow().clone())),
            Value::Descr(d) => Ok(d.type_name()),
            Value::DictView(d) => Ok(d.type_name()),
            Value::Iter(it) => match &*it.borrow() {
                Iter::List(..) => Ok("list_iterator"),
                Iter::Tuple(..) => Ok("tuple_iterator"),
                Iter::Str(s, _) if s.as_str().is_ascii() => Ok("str_ascii_iterator"),
                Iter::Str(..) => Ok("str_unicode_iterator"),
                Iter::Range(..) => Ok("range_iterator"),
                Iter::Values(..) => Ok("reversed"),
                Iter::ListRev(..) => Ok("list_reverseiterator"),
                Iter::Dict(d) => Ok(match (d.reversed, d.kind) {
                    (false, ViewKind::Keys | ViewKind::Proxy) => "dict_keyiterator",
                    (false, ViewKind::Values) => "dict_valueiterator",
                    (false, ViewKind::Items) => "dict_itemiterator",
                    (true, ViewKind::Keys | ViewKind::Proxy) => "dict_reversekeyiterator",
                    (true, ViewKind::Values) => "dict_reversevalueiterator",
                    (true, ViewKind::Items) => "dict_reverseitemiterator",
                }),
                Iter::Set(..) => Ok("set_iterator"),
                Iter::Bytes(..) => Ok("bytes_iterator"),
                Iter::ByteArray(..) => Ok("bytearray_iterator"),
                Iter::GetItem(..) => Ok("iterator"),
                Iter::Enumerate(..) => Ok("enumerate"),
                Iter::Zip(..) => Ok("zip"),
                Iter::Map(..) => Ok("map"),
                Iter::Filter(..) => Ok("filter"),
                Iter::Callable(..) => Ok("callable_iterator"),
            },
            v => Ok(v.type_kind().name()),
        })
    }

    /// Whether its special methods are written in Python: an instance, or a
    /// class whose metaclass is not `type`.
    #[inline]
    pub fn has_py_class(&self) -> bool {
        match self {
            Value::Instance(_) => true,
            Value::Class(c) => c.meta.is_some(),
            _ => false,
        }
    }

    /// The bytes of a `bytes` or `bytearray` (copied out of a bytearray).
    pub fn byte_data(&self) -> Option<std::borrow::Cow<'_, [u8]>> {
        match self {
            Value::Bytes(b) => Some(std::borrow::Cow::Borrowed(b)),
            Value::ByteArray(b) => Some(std::borrow::Cow::Owned(b.borrow().clone())),
            _ => None,
        }
    }

    /// A new `bytearray`.
    pub fn bytearray(data: Vec<u8>) -> Value {
        Value::ByteArray(Rc::new(RefCell::new(data)))
    }

    /// Whether this is CPython's `NULL`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Drops the value, skipping the (out-of-line) drop glue when it owns no
    /// reference: the hot paths of the VM drop mostly small ints and bools.
    #[inline(always)]
    pub fn discard(self) {
        if matches!(
            self,
            Value::Null | Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)
        ) {
            std::mem::forget(self);
        } else {
            drop(self);
        }
    }
}
