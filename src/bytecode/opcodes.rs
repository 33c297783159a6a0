//! The opcode table — pyforge's counterpart of CPython's `Python/bytecodes.c`.
//!
//! Every core opcode is one row of [`define_opcodes!`]: name, argument kind, inline
//! cache size (only used to print CPython's offsets), stack effect and handler. The
//! row generates the [`Opcode`] enum, its metadata in [`CORE_OPCODES`] (read by `dis`,
//! the stack-depth computation and `docs/opcodes.md`) and the VM's dispatch
//! function [`execute`]. Extension opcodes are [`OpInfo`] values with a handler
//! pointer, numbered after the core ones (see [`crate::extension`]).

use crate::runtime::{Exc, Value};
use crate::vm::{Frame, Vm, handlers as h};

/// What an instruction's argument means; `dis` uses it to print the resolved value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgKind {
    /// The opcode takes no argument (CPython's opcodes below `HAVE_ARGUMENT`).
    None,
    /// A plain number (a count, a depth).
    Int,
    /// Index into `co_consts`.
    Const,
    /// Index into `co_names`.
    Name,
    /// `co_names` index shifted left by one; the low bit asks for a pushed `NULL`.
    Global,
    /// `co_names` index shifted left by one; the low bit asks for a method load.
    Attr,
    /// Index into the fast locals (`co_varnames`).
    Local,
    /// Index of a cell or free variable slot (locals, then `co_freevars`).
    Deref,
    /// A jump target (an instruction index; `dis` prints it as a label).
    Jump,
    /// A `BINARY_OP` operator number (`NB_ADD`, ...).
    BinaryOp,
    /// A `COMPARE_OP` argument: operator << 5 | bool flag 16 | mask.
    Compare,
    /// Two fast-local slots packed as `first << 4 | second`.
    LocalPair,
    /// A conversion of `CONVERT_VALUE`: 1 `str`, 2 `repr`, 3 `ascii`.
    Convert,
    /// A function attribute flag for `SET_FUNCTION_ATTRIBUTE`.
    FunctionAttr,
    /// An intrinsic function number for `CALL_INTRINSIC_1`.
    Intrinsic1,
    /// An intrinsic function number for `CALL_INTRINSIC_2`.
    Intrinsic2,
    /// `LOAD_SUPER_ATTR`'s argument: a `co_names` index shifted left by two, bit 0
    /// asking for a method load and bit 1 marking the zero-argument form.
    SuperAttr,
}

/// What the dispatch loop does after an instruction.
pub enum Flow {
    /// Go on with the next instruction (`frame.ip` already points at it).
    Next,
    /// Leave the frame with this value.
    Return(Value),
    /// Suspend the (generator) frame, handing out this value.
    Yield(Value),
}

/// The signature of every opcode handler, core or extension.
pub type Handler = fn(&Vm, &mut Frame, u32) -> Result<Flow, Exc>;

/// Metadata of one opcode.
#[derive(Debug, Clone, Copy)]
pub struct OpInfo {
    /// The opcode's name, as `dis` prints it.
    pub name: &'static str,
    /// What the argument means.
    pub arg: ArgKind,
    /// Inline cache entries CPython 3.13 reserves after it (for `dis` offsets).
    pub caches: u8,
    /// Net stack effect given the argument and whether the jump is taken.
    pub stack_effect: fn(arg: u32, jump: bool) -> i32,
    /// One-line description for `docs/opcodes.md`.
    pub doc: &'static str,
    /// Whether execution never falls through to the next instruction
    /// (unconditional jumps, returns).
    pub ends_block: bool,
    /// The VM handler.
    pub handler: Handler,
}

impl OpInfo {
    /// Whether the argument is a jump target.
    pub fn is_jump(&self) -> bool {
        self.arg == ArgKind::Jump
    }
}

macro_rules! define_opcodes {
    (@ends) => { false };
    (@ends ends_block) => { true };
    ($( #[doc = $doc:literal] $name:ident($arg:ident, caches $caches:literal, |$a:ident, $j:ident| $effect:expr $(, $ends:ident)?) => $handler:path; )*) => {
        /// The core opcodes, in table order.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[repr(u16)]
        pub enum Opcode { $( #[doc = $doc] $name, )* }

        /// Metadata of the core opcodes, indexed by `Opcode as usize`.
        pub static CORE_OPCODES: &[OpInfo] = &[ $(
            OpInfo {
                name: stringify!($name),
                arg: ArgKind::$arg,
                caches: $caches,
                stack_effect: {
                    #[allow(unused_variables)]
                    fn effect($a: u32, $j: bool) -> i32 { $effect }
                    effect
                },
                doc: $doc.trim_ascii(),
                ends_block: define_opcodes!(@ends $($ends)?),
                handler: $handler,
            },
        )* ];

        /// Runs one core instruction; a `match` the compiler turns into a jump table.
        #[inline(always)]
        pub fn execute(op: Opcode, vm: &Vm, frame: &mut Frame, arg: u32) -> Result<Flow, Exc> {
            match op { $( Opcode::$name => $handler(vm, frame, arg), )* }
        }

        impl Opcode {
            /// Decodes a core opcode number.
            pub fn from_u16(n: u16) -> Option<Opcode> {
                const ALL: &[Opcode] = &[ $( Opcode::$name, )* ];
                ALL.get(n as usize).copied()
            }
        }
    };
}

define_opcodes! {
    /// Does nothing.
    NOP(None, caches 0, |a, j| 0) => h::nop;
    /// Marks the start of a code object (a no-op here; CPython checks for signals).
    RESUME(Int, caches 0, |a, j| 0) => h::nop;
    /// Pops the top of the stack.
    POP_TOP(None, caches 0, |a, j| -1) => h::pop_top;
    /// Pushes a `NULL` (the empty `self` slot below call arguments).
    PUSH_NULL(None, caches 0, |a, j| 1) => h::push_null;
    /// Pushes a copy of the `arg`-th item from the top (1 is the top).
    COPY(Int, caches 0, |a, j| 1) => h::copy;
    /// Swaps the top with the `arg`-th item from the top.
    SWAP(Int, caches 0, |a, j| 0) => h::swap;
    /// Pushes `co_consts[arg]`.
    LOAD_CONST(Const, caches 0, |a, j| 1) => h::load_const;
    /// Pushes the local variable `co_varnames[arg]`.
    LOAD_FAST(Local, caches 0, |a, j| 1) => h::load_fast;
    /// Like `LOAD_FAST`, where the local may be unbound: `UnboundLocalError` then.
    LOAD_FAST_CHECK(Local, caches 0, |a, j| 1) => h::load_fast;
    /// Pops into the local variable `co_varnames[arg]`.
    STORE_FAST(Local, caches 0, |a, j| -1) => h::store_fast;
    /// Unbinds local `arg` (`del x` in a function).
    DELETE_FAST(Local, caches 0, |a, j| 0) => h::delete_fast;
    /// Pushes the locals `arg >> 4` and `arg & 15` (two `LOAD_FAST`s in one).
    LOAD_FAST_LOAD_FAST(LocalPair, caches 0, |a, j| 2) => h::load_fast_load_fast;
    /// Pops into the local `arg >> 4`, then pushes the local `arg & 15`.
    STORE_FAST_LOAD_FAST(LocalPair, caches 0, |a, j| 0) => h::store_fast_load_fast;
    /// Pops into the local `arg >> 4`, then into the local `arg & 15`.
    STORE_FAST_STORE_FAST(LocalPair, caches 0, |a, j| -2) => h::store_fast_store_fast;
    /// Puts the local `arg` into a new cell (its value, if any, moves into the cell).
    MAKE_CELL(Deref, caches 0, |a, j| 0) => h::make_cell;
    /// Copies the function's `arg` closure cells into the slots after the locals.
    COPY_FREE_VARS(Int, caches 0, |a, j| 0) => h::copy_free_vars;
    /// Pushes the value of the cell in slot `arg`.
    LOAD_DEREF(Deref, caches 0, |a, j| 1) => h::load_deref;
    /// Pops into the cell in slot `arg`.
    STORE_DEREF(Deref, caches 0, |a, j| -1) => h::store_deref;
    /// Empties cell `arg`.
    DELETE_DEREF(Deref, caches 0, |a, j| 0) => h::delete_deref;
    /// Pushes the name `co_names[arg]` from the module namespace, then builtins.
    LOAD_NAME(Name, caches 0, |a, j| 1) => h::load_name;
    /// Pops into the name `co_names[arg]` of the module namespace.
    STORE_NAME(Name, caches 0, |a, j| -1) => h::store_name;
    /// Removes name `arg` from the namespace.
    DELETE_NAME(Name, caches 0, |a, j| 0) => h::delete_name;
    /// Pushes the global `co_names[arg >> 1]` (then builtins), and a `NULL` if `arg & 1`.
    LOAD_GLOBAL(Global, caches 4, |a, j| 1 + (a & 1) as i32) => h::load_global;
    /// Pops into the global `co_names[arg]`.
    STORE_GLOBAL(Name, caches 0, |a, j| -1) => h::store_global;
    /// Removes global `arg`.
    DELETE_GLOBAL(Name, caches 0, |a, j| 0) => h::delete_name;
    /// Replaces the top with its attribute `co_names[arg >> 1]`; with `arg & 1`, pushes `method, self` or `attr, NULL` for a call.
    LOAD_ATTR(Attr, caches 9, |a, j| (a & 1) as i32) => h::load_attr;
    /// `top.name = second` for `co_names[arg]`; pops both.
    STORE_ATTR(Name, caches 4, |a, j| -2) => h::store_attr;
    /// Pops two operands and pushes `lhs op rhs` for the operator number `arg`.
    BINARY_OP(BinaryOp, caches 1, |a, j| -1) => h::binary_op;
    /// Pops `container, key` and pushes `container[key]`.
    BINARY_SUBSCR(None, caches 1, |a, j| -1) => h::binary_subscr;
    /// Pops `value, container, key` and does `container[key] = value`.
    STORE_SUBSCR(None, caches 1, |a, j| -3) => h::store_subscr;
    /// Pops `container, key` and does `del container[key]`.
    DELETE_SUBSCR(None, caches 0, |a, j| -2) => h::delete_subscr;
    /// Pops `container, start, stop` and pushes `container[start:stop]`.
    BINARY_SLICE(None, caches 0, |a, j| -2) => h::binary_slice;
    /// Pops `value, container, start, stop` and does `container[start:stop] = value`.
    STORE_SLICE(None, caches 0, |a, j| -4) => h::store_slice;
    /// Pops two operands and pushes the comparison result (a `bool` when `arg & 16`).
    COMPARE_OP(Compare, caches 1, |a, j| -1) => h::compare_op;
    /// Pops two operands and pushes `lhs is rhs` (negated when `arg` is 1).
    IS_OP(Int, caches 0, |a, j| -1) => h::is_op;
    /// Pops two operands and pushes `lhs in rhs` (negated when `arg` is 1).
    CONTAINS_OP(Int, caches 1, |a, j| -1) => h::contains_op;
    /// Replaces the top with `-top`.
    UNARY_NEGATIVE(None, caches 0, |a, j| 0) => h::unary_negative;
    /// Replaces the top (a `bool`) with its negation.
    UNARY_NOT(None, caches 0, |a, j| 0) => h::unary_not;
    /// Replaces the top with `~top`.
    UNARY_INVERT(None, caches 0, |a, j| 0) => h::unary_invert;
    /// Replaces the top with `intrinsic[arg](top)` (5 is unary `+`).
    CALL_INTRINSIC_1(Intrinsic1, caches 0, |a, j| 0) => h::call_intrinsic_1;
    /// Replaces the top with `bool(top)`.
    TO_BOOL(None, caches 3, |a, j| 0) => h::to_bool;
    /// Pops the top; jumps to `arg` if it is false.
    POP_JUMP_IF_FALSE(Jump, caches 1, |a, j| -1) => h::pop_jump_if_false;
    /// Pops the top; jumps to `arg` if it is true.
    POP_JUMP_IF_TRUE(Jump, caches 1, |a, j| -1) => h::pop_jump_if_true;
    /// Pops the top; jumps to `arg` if it is `None`.
    POP_JUMP_IF_NONE(Jump, caches 1, |a, j| -1) => h::pop_jump_if_none;
    /// Pops the top; jumps to `arg` unless it is `None`.
    POP_JUMP_IF_NOT_NONE(Jump, caches 1, |a, j| -1) => h::pop_jump_if_not_none;
    /// Jumps forward to `arg`.
    JUMP_FORWARD(Jump, caches 0, |a, j| 0, ends_block) => h::jump;
    /// Jumps backward to `arg` (a loop's back edge).
    JUMP_BACKWARD(Jump, caches 1, |a, j| 0, ends_block) => h::jump;
    /// Replaces the top with `iter(top)`.
    GET_ITER(None, caches 0, |a, j| 0) => h::get_iter;
    /// Pushes `next(top)`; when the iterator is exhausted, pushes a `NULL` and jumps to `arg` (an `END_FOR`).
    FOR_ITER(Jump, caches 1, |a, j| 1) => h::for_iter;
    /// Ends a `for` loop: pops the exhausted marker.
    END_FOR(None, caches 0, |a, j| -1) => h::pop_top;
    /// Replaces the top with `str`, `repr` or `ascii` of it (`arg` 1, 2, 3).
    CONVERT_VALUE(Convert, caches 0, |a, j| 0) => h::convert_value;
    /// Replaces the top with `format(top, '')`.
    FORMAT_SIMPLE(None, caches 0, |a, j| 0) => h::format_simple;
    /// Pops a spec and replaces the value below with `format(value, spec)`.
    FORMAT_WITH_SPEC(None, caches 0, |a, j| -1) => h::format_with_spec;
    /// Pops `arg` strings and pushes their concatenation.
    BUILD_STRING(Int, caches 0, |a, j| 1 - a as i32) => h::build_string;
    /// Pops `arg` items and pushes them as a list.
    BUILD_LIST(Int, caches 0, |a, j| 1 - a as i32) => h::build_list;
    /// Pops `arg` items and pushes them as a tuple.
    BUILD_TUPLE(Int, caches 0, |a, j| 1 - a as i32) => h::build_tuple;
    /// Pops `arg` key/value pairs and pushes a dict.
    BUILD_MAP(Int, caches 0, |a, j| 1 - 2 * a as i32) => h::build_map;
    /// Pops a tuple of keys and `arg` values and pushes the dict pairing them.
    BUILD_CONST_KEY_MAP(Int, caches 0, |a, j| -(a as i32)) => h::build_const_key_map;
    /// Pops an item and appends it to the list `arg` items down.
    LIST_APPEND(Int, caches 0, |a, j| -1) => h::list_append;
    /// Pops an iterable and extends the list `arg` items down with it.
    LIST_EXTEND(Int, caches 0, |a, j| -1) => h::list_extend;
    /// Pops a key and a value and sets them in the dict `arg` items down.
    MAP_ADD(Int, caches 0, |a, j| -2) => h::map_add;
    /// Pops a mapping and updates the dict `arg` items down with it.
    DICT_UPDATE(Int, caches 0, |a, j| -1) => h::dict_update;
    /// Pops `arg` (2 or 3) bounds and pushes a slice.
    BUILD_SLICE(Int, caches 0, |a, j| 1 - a as i32) => h::build_slice;
    /// Pops a sequence and pushes its `arg` items, first item on top.
    UNPACK_SEQUENCE(Int, caches 1, |a, j| a as i32 - 1) => h::unpack_sequence;
    /// Pops a sequence and pushes its items, first on top, with the items between the first `arg & 0xff` and the last `arg >> 8` as one list.
    UNPACK_EX(Int, caches 0, |a, j| (a & 0xff) as i32 + (a >> 8) as i32) => h::unpack_ex;
    /// Pops `callable, self_or_null, arg args` and pushes the call's result.
    CALL(Int, caches 3, |a, j| -1 - a as i32) => h::call;
    /// Like `CALL`, with a tuple of keyword names on top naming the last arguments.
    CALL_KW(Int, caches 0, |a, j| -2 - a as i32) => h::call_kw;
    /// Pops a code object and pushes a new function.
    MAKE_FUNCTION(None, caches 0, |a, j| 0) => h::make_function;
    /// Pops a function and a value and sets the attribute `arg` names (1: defaults); pushes the function.
    SET_FUNCTION_ATTRIBUTE(FunctionAttr, caches 0, |a, j| -1) => h::set_function_attribute;
    /// Pushes `__build_class__`, which a `class` statement calls.
    LOAD_BUILD_CLASS(None, caches 0, |a, j| 1) => h::load_build_class;
    /// Replaces the top with the iterator to await: a coroutine itself, or what its `__await__()` returns (`arg` 1 after `__aenter__`, 2 after `__aexit__`).
    GET_AWAITABLE(Int, caches 0, |a, j| 0) => h::get_awaitable;
    /// Replaces an asynchronous context manager with its `__aexit__` (bound) and the awaitable `__aenter__()` returns.
    BEFORE_ASYNC_WITH(None, caches 0, |a, j| 1) => h::before_async_with;
    /// Replaces the top with `aiter(top)` (its `__aiter__()`).
    GET_AITER(None, caches 0, |a, j| 0) => h::get_aiter;
    /// Pushes the iterator awaiting the asynchronous iterator's `__anext__()`.
    GET_ANEXT(None, caches 0, |a, j| 1) => h::get_anext;
    /// Ends an `async for`: pops the exception and the iterator when it is `StopAsyncIteration`, else re-raises it.
    END_ASYNC_FOR(None, caches 0, |a, j| -2) => h::end_async_for;
    /// Pushes `len(top)`.
    GET_LEN(None, caches 0, |a, j| 1) => h::get_len;
    /// Pushes whether the top is a sequence a `case [...]` pattern matches (not a `str`, `bytes`).
    MATCH_SEQUENCE(None, caches 0, |a, j| 1) => h::match_sequence;
    /// Pushes whether the top is a mapping a `case {...}` pattern matches.
    MATCH_MAPPING(None, caches 0, |a, j| 1) => h::match_mapping;
    /// With a tuple of keys on a mapping, pushes the tuple of their values, or `None` when one is missing.
    MATCH_KEYS(None, caches 0, |a, j| 1) => h::match_keys;
    /// Pops attribute names, a class and a subject; pushes the tuple of the `arg` positional and the named attributes of a subject of that class, or `None`.
    MATCH_CLASS(Int, caches 0, |a, j| -2) => h::match_class;
    /// Makes an empty `__annotations__` dict in the namespace unless it has one.
    SETUP_ANNOTATIONS(None, caches 0, |a, j| 0) => h::setup_annotations;
    /// Pops `super, class, self` and pushes `super(class, self).name` for `co_names[arg >> 2]`; with `arg & 1`, pushes `method, self` or `attr, NULL` for a call.
    LOAD_SUPER_ATTR(SuperAttr, caches 1, |a, j| -2 + (a & 1) as i32) => h::load_super_attr;
    /// Pops `obj` and deletes its attribute `co_names[arg]`.
    DELETE_ATTR(Name, caches 0, |a, j| -1) => h::delete_attr;
    /// Raises: `arg` 0 re-raises the exception being handled, 1 raises the top, 2 raises the second with the top as its cause.
    RAISE_VARARGS(Int, caches 0, |a, j| -(a as i32), ends_block) => h::raise_varargs;
    /// Pops the exception and re-raises it without a new traceback entry (`arg` 1: the value below it is the offset of the raising instruction).
    RERAISE(Int, caches 0, |a, j| -1, ends_block) => h::reraise;
    /// Replaces the exception on top with the one being handled, then the exception, which becomes the one being handled.
    PUSH_EXC_INFO(None, caches 0, |a, j| 1) => h::push_exc_info;
    /// Pops the previously handled exception and restores it.
    POP_EXCEPT(None, caches 0, |a, j| -1) => h::pop_except;
    /// Pops a class (or tuple of classes) and pushes whether the exception below matches it.
    CHECK_EXC_MATCH(None, caches 0, |a, j| 0) => h::check_exc_match;
    /// Pops the types of an `except*` clause and the exception below; pushes the part of it they do not match, then the part they match (an exception group, or `None`), which becomes the exception being handled.
    CHECK_EG_MATCH(None, caches 0, |a, j| 0) => h::check_eg_match;
    /// Pops two values and pushes `intrinsic[arg](second, top)` (1 works out what a `try`/`except*` re-raises).
    CALL_INTRINSIC_2(Intrinsic2, caches 0, |a, j| -1) => h::call_intrinsic_2;
    /// Pushes `AssertionError`.
    LOAD_ASSERTION_ERROR(None, caches 0, |a, j| 1) => h::load_assertion_error;
    /// Replaces a context manager with its `__exit__` (bound) and the result of `__enter__()`.
    BEFORE_WITH(None, caches 0, |a, j| 1) => h::before_with;
    /// Calls the `__exit__` four items down with the exception on top; pushes its result.
    WITH_EXCEPT_START(None, caches 0, |a, j| 1) => h::with_except_start;
    /// Pseudo-instruction: exceptions raised before the matching `POP_BLOCK` go to `arg`.
    SETUP_FINALLY(Jump, caches 0, |a, j| if j { 1 } else { 0 }) => h::nop;
    /// Pseudo-instruction: like `SETUP_FINALLY`, and the handler also gets the raising offset.
    SETUP_CLEANUP(Jump, caches 0, |a, j| if j { 2 } else { 0 }) => h::nop;
    /// Pseudo-instruction: the handler of a `with` block (the `__enter__` result is dropped).
    SETUP_WITH(Jump, caches 0, |a, j| if j { 1 } else { 0 }) => h::nop;
    /// Pseudo-instruction: ends the innermost `SETUP_*` region.
    POP_BLOCK(None, caches 0, |a, j| 0) => h::nop;
    /// Pushes local `arg` (even when unbound, as a `NULL`) and unbinds it: an inlined comprehension saving a name it binds.
    LOAD_FAST_AND_CLEAR(Local, caches 0, |a, j| 1) => h::load_fast_and_clear;
    /// Pops `arg` items and pushes them as a set.
    BUILD_SET(Int, caches 0, |a, j| 1 - a as i32) => h::build_set;
    /// Pops an item and adds it to the set `arg` items down.
    SET_ADD(Int, caches 0, |a, j| -1) => h::set_add;
    /// Pops an iterable and adds its items to the set `arg` items down.
    SET_UPDATE(Int, caches 0, |a, j| -1) => h::set_update;
    /// Pops `callable, self_or_null, args` (and a kwargs dict when `arg & 1`) and pushes the call's result.
    CALL_FUNCTION_EX(Int, caches 0, |a, j| -2 - (a & 1) as i32) => h::call_function_ex;
    /// Pops a mapping and merges it into the dict `arg` items down (keyword arguments: duplicates are an error).
    DICT_MERGE(Int, caches 0, |a, j| -1) => h::dict_merge;
    /// Makes the generator of this frame and returns it to the caller; the frame runs on from the next instruction when first resumed.
    RETURN_GENERATOR(None, caches 0, |a, j| 1) => h::return_generator;
    /// Suspends the generator, handing the top to its consumer; the value sent back replaces it (`arg` 1 inside `yield from`).
    YIELD_VALUE(Int, caches 0, |a, j| 0) => h::yield_value;
    /// Replaces the top with `iter(top)` for `yield from` (a generator is kept as it is).
    GET_YIELD_FROM_ITER(None, caches 0, |a, j| 0) => h::get_yield_from_iter;
    /// Sends the top into the sub-iterator below it: pushes what it yields, or jumps to `arg` with what it returns.
    SEND(Jump, caches 1, |a, j| 0) => h::send;
    /// Pops the sub-iterator under its return value.
    END_SEND(None, caches 0, |a, j| -1) => h::end_send;
    /// Handles an exception thrown into `yield from`: a StopIteration's value becomes the result; anything else propagates.
    CLEANUP_THROW(None, caches 0, |a, j| -1) => h::cleanup_throw;
    /// Jumps backward to `arg` without checking for interrupts (the `yield from` loop).
    JUMP_BACKWARD_NO_INTERRUPT(Jump, caches 0, |a, j| 0, ends_block) => h::jump;
    /// Pops `level, fromlist` and pushes the module `co_names[arg]` imports.
    IMPORT_NAME(Name, caches 0, |a, j| -1) => h::import_name;
    /// Pushes the attribute `co_names[arg]` of the module on top (importing a submodule of that name if needed).
    IMPORT_FROM(Name, caches 0, |a, j| 1) => h::import_from;
    /// Pops the top and returns it from the frame.
    RETURN_VALUE(None, caches 0, |a, j| -1, ends_block) => h::return_value;
    /// Returns `co_consts[arg]` from the frame.
    RETURN_CONST(Const, caches 0, |a, j| 0, ends_block) => h::return_const;
}

/// `BINARY_OP` operator numbers as CPython numbers them (`NB_ADD` ...); the
/// in-place forms are these plus 13.
pub const NB_OPS: [&str; 13] = [
    "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
];

/// `COMPARE_OP` operator symbols, indexed by `arg >> 5`.
pub const CMP_OPS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// Renders the opcode reference (`docs/opcodes.md`) from the table and the
/// extensions' opcodes.
pub fn reference_markdown() -> String {
    let mut out = String::from(
        "# Opcode reference\n\n\
         Generated from the opcode table (`src/bytecode/opcodes.rs`) and the extensions' \
         opcodes by `cargo test --test docs` (set `UPDATE_DOCS=1` to rewrite); do not edit by hand.\n\n\
         | opcode | argument | stack effect | meaning |\n|---|---|---|---|\n",
    );
    let row = |out: &mut String, info: &OpInfo, origin: &str| {
        let effect = (info.stack_effect)(1, false);
        let effect = if effect == (info.stack_effect)(2, false) {
            format!("{effect:+}")
        } else {
            "depends on arg".into()
        };
        out.push_str(&format!(
            "| `{}`{origin} | {:?} | {effect} | {} |\n",
            info.name, info.arg, info.doc
        ));
    };
    for info in CORE_OPCODES {
        row(&mut out, info, "");
    }
    for ext in crate::extension::registry() {
        for info in ext.opcodes() {
            row(&mut out, info, &format!(" (extension `{}`)", ext.name()));
        }
    }
    out
}
