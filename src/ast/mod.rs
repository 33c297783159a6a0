//! The abstract syntax tree — pyforge's counterpart of CPython's `Parser/Python.asdl`.
//!
//! Node and field names, field order and the meaning of positions are CPython's
//! (`ast` module), so that [`dump`] prints what `ast.dump` prints. Statements and
//! expressions carry a [`Pos`]; extension statements are [`StmtKind::Ext`] nodes
//! that describe their own fields through [`ExtStmt`].

pub mod dump;
pub mod unparse;

use std::fmt;

use num_bigint::BigInt;

use crate::compile::{CompileError, Compiler};

/// Source range of a node, counted as CPython counts it: 1-based lines,
/// 0-based columns in UTF-8 bytes, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Pos {
    /// First line.
    pub lineno: u32,
    /// Byte column of the first character.
    pub col_offset: u32,
    /// Last line.
    pub end_lineno: u32,
    /// Byte column just past the last character.
    pub end_col_offset: u32,
}

impl Pos {
    /// The range from the start of `self` to the end of `other`.
    pub fn to(self, other: Pos) -> Pos {
        Pos {
            end_lineno: other.end_lineno,
            end_col_offset: other.end_col_offset,
            ..self
        }
    }
}

/// A module: `Module(body=[...])`.
#[derive(Debug)]
pub struct Module {
    /// The statements of the file.
    pub body: Vec<Stmt>,
}

/// A statement with its position.
#[derive(Debug)]
pub struct Stmt {
    /// What statement this is.
    pub kind: StmtKind,
    /// Where it is.
    pub pos: Pos,
}

/// The statement kinds (`ast.stmt` subclasses).
#[derive(Debug)]
pub enum StmtKind {
    /// `def name[type_params](args) -> returns: body`, `async def` when `is_async`
    /// (`AsyncFunctionDef`).
    FunctionDef {
        /// Function name.
        name: String,
        /// Parameters.
        args: Box<Arguments>,
        /// Body.
        body: Vec<Stmt>,
        /// Decorators.
        decorator_list: Vec<Expr>,
        /// Return annotation.
        returns: Option<Box<Expr>>,
        /// PEP 695 type parameters.
        type_params: Vec<TypeParam>,
        /// `async def`.
        is_async: bool,
    },
    /// `class name[type_params](bases, keywords): body`
    ClassDef {
        /// Class name.
        name: String,
        /// Positional bases.
        bases: Vec<Expr>,
        /// Keyword arguments (`metaclass=...`).
        keywords: Vec<Keyword>,
        /// Body.
        body: Vec<Stmt>,
        /// Decorators.
        decorator_list: Vec<Expr>,
        /// PEP 695 type parameters.
        type_params: Vec<TypeParam>,
    },
    /// `return value`
    Return {
        /// Returned value, if any.
        value: Option<Box<Expr>>,
    },
    /// `del t1, t2`
    Delete {
        /// Deleted targets.
        targets: Vec<Expr>,
    },
    /// `t1 = t2 = value`
    Assign {
        /// Targets, left to right.
        targets: Vec<Expr>,
        /// Assigned value.
        value: Box<Expr>,
    },
    /// `type name[type_params] = value`
    TypeAlias {
        /// The alias (a `Name` in store context).
        name: Box<Expr>,
        /// PEP 695 type parameters.
        type_params: Vec<TypeParam>,
        /// The aliased type.
        value: Box<Expr>,
    },
    /// `target op= value`
    AugAssign {
        /// Target.
        target: Box<Expr>,
        /// Operator.
        op: Operator,
        /// Value.
        value: Box<Expr>,
    },
    /// `target: annotation = value`
    AnnAssign {
        /// Target.
        target: Box<Expr>,
        /// Annotation.
        annotation: Box<Expr>,
        /// Value, if any.
        value: Option<Box<Expr>>,
        /// Whether the target is a bare, unparenthesized name.
        simple: bool,
    },
    /// `for target in iter: body else: orelse`, `async for` when `is_async` (`AsyncFor`)
    For {
        /// Loop variable(s).
        target: Box<Expr>,
        /// Iterated object.
        iter: Box<Expr>,
        /// Body.
        body: Vec<Stmt>,
        /// `else` block.
        orelse: Vec<Stmt>,
        /// `async for`.
        is_async: bool,
    },
    /// `while test: body else: orelse`
    While {
        /// Condition.
        test: Box<Expr>,
        /// Body.
        body: Vec<Stmt>,
        /// `else` block.
        orelse: Vec<Stmt>,
    },
    /// `if test: body else: orelse` (`elif` nests an `If` in `orelse`)
    If {
        /// Condition.
        test: Box<Expr>,
        /// Body.
        body: Vec<Stmt>,
        /// `else`/`elif` block.
        orelse: Vec<Stmt>,
    },
    /// `with items: body`, `async with` when `is_async` (`AsyncWith`)
    With {
        /// Context managers.
        items: Vec<WithItem>,
        /// Body.
        body: Vec<Stmt>,
        /// `async with`.
        is_async: bool,
    },
    /// `match subject: cases`
    Match {
        /// The matched value.
        subject: Box<Expr>,
        /// The `case` blocks.
        cases: Vec<MatchCase>,
    },
    /// `raise exc from cause`
    Raise {
        /// The exception.
        exc: Option<Box<Expr>>,
        /// Its cause.
        cause: Option<Box<Expr>>,
    },
    /// `try: body except: handlers else: orelse finally: finalbody`;
    /// `except*` when `is_star` (`TryStar`)
    Try {
        /// Body.
        body: Vec<Stmt>,
        /// `except` clauses.
        handlers: Vec<ExceptHandler>,
        /// `else` block.
        orelse: Vec<Stmt>,
        /// `finally` block.
        finalbody: Vec<Stmt>,
        /// `except*` clauses.
        is_star: bool,
    },
    /// `assert test, msg`
    Assert {
        /// Condition.
        test: Box<Expr>,
        /// Message.
        msg: Option<Box<Expr>>,
    },
    /// `import a.b as c, d`
    Import {
        /// Imported modules.
        names: Vec<Alias>,
    },
    /// `from ..module import a as b`
    ImportFrom {
        /// Module (absent for `from . import x`).
        module: Option<String>,
        /// Imported names.
        names: Vec<Alias>,
        /// Number of leading dots.
        level: u32,
    },
    /// `global a, b`
    Global {
        /// Names.
        names: Vec<String>,
    },
    /// `nonlocal a, b`
    Nonlocal {
        /// Names.
        names: Vec<String>,
    },
    /// An expression statement.
    Expr {
        /// The expression.
        value: Box<Expr>,
    },
    /// `pass`
    Pass,
    /// `break`
    Break,
    /// `continue`
    Continue,
    /// A statement defined by an extension.
    Ext(Box<dyn ExtStmt>),
}

/// `ast.alias`: one name of an import.
#[derive(Debug, Clone)]
pub struct Alias {
    /// Dotted name, or `*`.
    pub name: String,
    /// `as` name.
    pub asname: Option<String>,
    /// Where it is.
    pub pos: Pos,
}

/// `ast.withitem`: one context manager of a `with`.
#[derive(Debug)]
pub struct WithItem {
    /// The context manager.
    pub context_expr: Expr,
    /// The `as` target.
    pub optional_vars: Option<Expr>,
}

/// `ast.ExceptHandler`: one `except` clause.
#[derive(Debug)]
pub struct ExceptHandler {
    /// The matched type.
    pub type_: Option<Expr>,
    /// The `as` name.
    pub name: Option<String>,
    /// Body.
    pub body: Vec<Stmt>,
    /// Where it is.
    pub pos: Pos,
}

/// `ast.match_case`: one `case` block.
#[derive(Debug)]
pub struct MatchCase {
    /// The pattern.
    pub pattern: Pattern,
    /// The `if` guard.
    pub guard: Option<Expr>,
    /// Body.
    pub body: Vec<Stmt>,
}

/// A pattern of a `case` with its position.
#[derive(Debug)]
pub struct Pattern {
    /// What pattern this is.
    pub kind: PatternKind,
    /// Where it is.
    pub pos: Pos,
}

/// The pattern kinds (`ast.pattern` subclasses).
#[derive(Debug)]
pub enum PatternKind {
    /// A literal or dotted value compared with `==`.
    MatchValue {
        /// The value.
        value: Box<Expr>,
    },
    /// `None`, `True` or `False`, compared with `is`.
    MatchSingleton {
        /// The constant.
        value: Constant,
    },
    /// `[p1, p2, *rest]`
    MatchSequence {
        /// Sub-patterns.
        patterns: Vec<Pattern>,
    },
    /// `{k1: p1, **rest}`
    MatchMapping {
        /// Keys.
        keys: Vec<Expr>,
        /// Value patterns.
        patterns: Vec<Pattern>,
        /// `**rest` name.
        rest: Option<String>,
    },
    /// `Cls(p1, attr=p2)`
    MatchClass {
        /// The class.
        cls: Box<Expr>,
        /// Positional sub-patterns.
        patterns: Vec<Pattern>,
        /// Keyword names.
        kwd_attrs: Vec<String>,
        /// Keyword sub-patterns.
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` (or `*_`) inside a sequence pattern.
    MatchStar {
        /// Captured name.
        name: Option<String>,
    },
    /// `pattern as name`, a capture `name`, or the wildcard `_`.
    MatchAs {
        /// Inner pattern.
        pattern: Option<Box<Pattern>>,
        /// Captured name.
        name: Option<String>,
    },
    /// `p1 | p2`
    MatchOr {
        /// Alternatives.
        patterns: Vec<Pattern>,
    },
}

/// A PEP 695 type parameter with its position.
#[derive(Debug)]
pub struct TypeParam {
    /// What parameter this is.
    pub kind: TypeParamKind,
    /// Its name.
    pub name: String,
    /// PEP 696 default.
    pub default_value: Option<Box<Expr>>,
    /// Where it is.
    pub pos: Pos,
}

/// The type parameter kinds (`ast.type_param` subclasses).
#[derive(Debug)]
pub enum TypeParamKind {
    /// `T` or `T: bound`
    TypeVar {
        /// Bound or constraints.
        bound: Option<Box<Expr>>,
    },
    /// `**P`
    ParamSpec,
    /// `*Ts`
    TypeVarTuple,
}

/// An expression with its position.
#[derive(Debug, Clone)]
pub struct Expr {
    /// What expression this is.
    pub kind: ExprKind,
    /// Where it is.
    pub pos: Pos,
}

/// The expression kinds (`ast.expr` subclasses).
#[derive(Debug, Clone)]
pub enum ExprKind {
    /// `a and b and c`
    BoolOp {
        /// `And` or `Or`.
        op: BoolOperator,
        /// Operands.
        values: Vec<Expr>,
    },
    /// `target := value`
    NamedExpr {
        /// The bound name.
        target: Box<Expr>,
        /// Value.
        value: Box<Expr>,
    },
    /// `left op right`
    BinOp {
        /// Left operand.
        left: Box<Expr>,
        /// Operator.
        op: Operator,
        /// Right operand.
        right: Box<Expr>,
    },
    /// `op operand`
    UnaryOp {
        /// Operator.
        op: UnaryOperator,
        /// Operand.
        operand: Box<Expr>,
    },
    /// `lambda args: body`
    Lambda {
        /// Parameters.
        args: Box<Arguments>,
        /// Body expression.
        body: Box<Expr>,
    },
    /// `body if test else orelse`
    IfExp {
        /// Condition.
        test: Box<Expr>,
        /// Value when true.
        body: Box<Expr>,
        /// Value when false.
        orelse: Box<Expr>,
    },
    /// `{k: v, ...}`
    Dict {
        /// Keys (`None` for `**mapping`).
        keys: Vec<Option<Expr>>,
        /// Values.
        values: Vec<Expr>,
    },
    /// `{a, b}`
    Set {
        /// Elements.
        elts: Vec<Expr>,
    },
    /// `[elt for ...]`
    ListComp {
        /// Element.
        elt: Box<Expr>,
        /// `for` clauses.
        generators: Vec<Comprehension>,
    },
    /// `{elt for ...}`
    SetComp {
        /// Element.
        elt: Box<Expr>,
        /// `for` clauses.
        generators: Vec<Comprehension>,
    },
    /// `{key: value for ...}`
    DictComp {
        /// Key.
        key: Box<Expr>,
        /// Value.
        value: Box<Expr>,
        /// `for` clauses.
        generators: Vec<Comprehension>,
    },
    /// `(elt for ...)`
    GeneratorExp {
        /// Element.
        elt: Box<Expr>,
        /// `for` clauses.
        generators: Vec<Comprehension>,
    },
    /// `await value`
    Await {
        /// Awaited value.
        value: Box<Expr>,
    },
    /// `yield value`
    Yield {
        /// Yielded value.
        value: Option<Box<Expr>>,
    },
    /// `yield from value`
    YieldFrom {
        /// Delegated iterable.
        value: Box<Expr>,
    },
    /// `left op1 c1 op2 c2 ...`
    Compare {
        /// First operand.
        left: Box<Expr>,
        /// Operators.
        ops: Vec<CmpOperator>,
        /// Remaining operands.
        comparators: Vec<Expr>,
    },
    /// `func(args, keywords)`
    Call {
        /// Callee.
        func: Box<Expr>,
        /// Positional arguments.
        args: Vec<Expr>,
        /// Keyword arguments.
        keywords: Vec<Keyword>,
    },
    /// A replacement field of an f-string.
    FormattedValue {
        /// The formatted expression.
        value: Box<Expr>,
        /// `-1`, or the conversion character (`'r'` is 114).
        conversion: i32,
        /// The format spec (a `JoinedStr`).
        format_spec: Option<Box<Expr>>,
    },
    /// An f-string.
    JoinedStr {
        /// Constant pieces and `FormattedValue`s.
        values: Vec<Expr>,
    },
    /// A literal.
    Constant {
        /// Its value.
        value: Constant,
        /// `'u'` for a string whose first piece has a `u` prefix, else `None`.
        kind: Option<String>,
    },
    /// `value.attr`
    Attribute {
        /// Object.
        value: Box<Expr>,
        /// Attribute name.
        attr: String,
        /// Load, Store or Del.
        ctx: ExprContext,
    },
    /// `value[slice]`
    Subscript {
        /// Object.
        value: Box<Expr>,
        /// Index or slice.
        slice: Box<Expr>,
        /// Load, Store or Del.
        ctx: ExprContext,
    },
    /// `*value`
    Starred {
        /// The starred expression.
        value: Box<Expr>,
        /// Load, Store or Del.
        ctx: ExprContext,
    },
    /// A name.
    Name {
        /// The identifier.
        id: String,
        /// Load, Store or Del.
        ctx: ExprContext,
    },
    /// `[a, b]`
    List {
        /// Elements.
        elts: Vec<Expr>,
        /// Load, Store or Del.
        ctx: ExprContext,
    },
    /// `(a, b)` or `a, b`
    Tuple {
        /// Elements.
        elts: Vec<Expr>,
        /// Load, Store or Del.
        ctx: ExprContext,
    },
    /// `lower:upper:step` inside a subscript
    Slice {
        /// Start.
        lower: Option<Box<Expr>>,
        /// Stop.
        upper: Option<Box<Expr>>,
        /// Step.
        step: Option<Box<Expr>>,
    },
}

/// `ast.comprehension`: one `for ... in ... if ...` clause.
#[derive(Debug, Clone)]
pub struct Comprehension {
    /// Loop target.
    pub target: Expr,
    /// Iterated object.
    pub iter: Expr,
    /// `if` conditions.
    pub ifs: Vec<Expr>,
    /// `async for`.
    pub is_async: bool,
}

/// A literal value (`Constant.value`).
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    /// `None`
    None,
    /// `True` / `False`
    Bool(bool),
    /// An integer of any size.
    Int(BigInt),
    /// A float.
    Float(f64),
    /// An imaginary literal (`2j`): its imaginary part.
    Complex(f64),
    /// A string.
    Str(String),
    /// A string holding lone surrogates (`'\ud800'`), as code points: a Rust
    /// `String` cannot hold them.
    SurrogateStr(Vec<u32>),
    /// A bytes literal.
    Bytes(Vec<u8>),
    /// `...`
    Ellipsis,
}

/// `ast.expr_context`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExprContext {
    /// Read.
    Load,
    /// Assigned.
    Store,
    /// Deleted.
    Del,
}

/// `ast.boolop`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOperator {
    /// `and`
    And,
    /// `or`
    Or,
}

/// `ast.operator`: binary operators, in CPython's `ast` order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operator {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mult,
    /// `@`
    MatMult,
    /// `/`
    Div,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `&`
    BitAnd,
    /// `//`
    FloorDiv,
}

impl Operator {
    /// The operator's token (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            Operator::Add => "+",
            Operator::Sub => "-",
            Operator::Mult => "*",
            Operator::MatMult => "@",
            Operator::Div => "/",
            Operator::Mod => "%",
            Operator::Pow => "**",
            Operator::LShift => "<<",
            Operator::RShift => ">>",
            Operator::BitOr => "|",
            Operator::BitXor => "^",
            Operator::BitAnd => "&",
            Operator::FloorDiv => "//",
        }
    }
}

/// `ast.unaryop`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOperator {
    /// `~`
    Invert,
    /// `not`
    Not,
    /// `+`
    UAdd,
    /// `-`
    USub,
}

/// `ast.cmpop`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOperator {
    /// `==`
    Eq,
    /// `!=`
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtE,
    /// `>`
    Gt,
    /// `>=`
    GtE,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in`
    In,
    /// `not in`
    NotIn,
}

/// `ast.arguments`: a parameter list.
#[derive(Debug, Clone, Default)]
pub struct Arguments {
    /// Positional-only parameters.
    pub posonlyargs: Vec<Arg>,
    /// Positional-or-keyword parameters.
    pub args: Vec<Arg>,
    /// `*args`.
    pub vararg: Option<Arg>,
    /// Keyword-only parameters.
    pub kwonlyargs: Vec<Arg>,
    /// Defaults of keyword-only parameters.
    pub kw_defaults: Vec<Option<Expr>>,
    /// `**kwargs`.
    pub kwarg: Option<Arg>,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Expr>,
}

impl Arguments {
    /// Every parameter in declaration order: positional-only, positional,
    /// `*args`, keyword-only, `**kwargs`.
    pub fn all(&self) -> impl Iterator<Item = &Arg> {
        self.posonlyargs
            .iter()
            .chain(&self.args)
            .chain(&self.vararg)
            .chain(&self.kwonlyargs)
            .chain(&self.kwarg)
    }

    /// Every parameter in the order of a code object's fast locals (CPython's
    /// `co_varnames`): positional-only, positional, keyword-only, `*args`,
    /// `**kwargs`.
    pub fn in_slot_order(&self) -> impl Iterator<Item = &Arg> {
        self.posonlyargs
            .iter()
            .chain(&self.args)
            .chain(&self.kwonlyargs)
            .chain(&self.vararg)
            .chain(&self.kwarg)
    }
}

/// `ast.arg`: one parameter.
#[derive(Debug, Clone)]
pub struct Arg {
    /// Parameter name.
    pub arg: String,
    /// Annotation.
    pub annotation: Option<Box<Expr>>,
    /// Where it is.
    pub pos: Pos,
}

/// `ast.keyword`: a keyword argument of a call.
#[derive(Debug, Clone)]
pub struct Keyword {
    /// Name (`None` for `**kwargs`).
    pub arg: Option<String>,
    /// Value.
    pub value: Expr,
    /// Where it is.
    pub pos: Pos,
}

/// A field of an extension node, as the dump and generic walks see it.
#[derive(Debug, Clone, Copy)]
pub enum Field<'a> {
    /// A child expression.
    Expr(&'a Expr),
    /// An optional child expression (omitted from dumps when absent).
    OptExpr(Option<&'a Expr>),
    /// A list of expressions.
    Exprs(&'a [Expr]),
    /// A list of statements (a block).
    Stmts(&'a [Stmt]),
    /// An identifier or other string field.
    Str(&'a str),
    /// An integer field.
    Int(i64),
}

/// A statement node defined by an extension.
///
/// The core treats it through this trait only: `pyforge ast` prints it from
/// [`ExtStmt::fields`], scope analysis walks the same fields (so names assigned in
/// its blocks resolve like any other), and the compiler calls [`ExtStmt::compile`].
pub trait ExtStmt: fmt::Debug + Send + Sync {
    /// The node's class name as `ast.dump` would print it (`While` for a while loop).
    fn node_name(&self) -> &'static str;
    /// The node's fields in order, as `ast.dump` would print them.
    fn fields(&self) -> Vec<(&'static str, Field<'_>)>;
    /// Emits the node's bytecode through the compiler API.
    fn compile(&self, c: &mut Compiler, pos: Pos) -> Result<(), CompileError>;
}

/// A direct child of a statement, as generic walks see it.
#[derive(Debug, Clone, Copy)]
pub enum Child<'a> {
    /// A child expression.
    Expr(&'a Expr),
    /// A child block of statements.
    Stmts(&'a [Stmt]),
}

/// Calls `f` on each direct child expression and statement block of a statement
/// (expressions inside patterns included), in the order CPython's compiler
/// emits their code: an assignment's value before its targets, a loop's
/// iterable before its target, a `try`'s `else` before its handlers. Scope
/// analysis relies on that order: it numbers local variables by first use, as
/// `co_varnames` does. Shared by any other generic walk.
pub fn walk_stmt_children<'a>(stmt: &'a Stmt, f: &mut dyn FnMut(Child<'a>)) {
    let e = |x: &'a Expr| Child::Expr(x);
    match &stmt.kind {
        StmtKind::FunctionDef {
            args,
            body,
            decorator_list,
            returns,
            type_params,
            ..
        } => {
            decorator_list.iter().for_each(|d| f(e(d)));
            walk_type_params(type_params, &mut |x| f(e(x)));
            walk_arguments(args, &mut |x| f(e(x)));
            if let Some(r) = returns {
                f(e(r));
            }
            f(Child::Stmts(body));
        }
        StmtKind::ClassDef {
            bases,
            keywords,
            body,
            decorator_list,
            type_params,
            ..
        } => {
            decorator_list.iter().for_each(|d| f(e(d)));
            walk_type_params(type_params, &mut |x| f(e(x)));
            bases.iter().for_each(|b| f(e(b)));
            keywords.iter().for_each(|k| f(e(&k.value)));
            f(Child::Stmts(body));
        }
        StmtKind::Return { value } => value.iter().for_each(|v| f(e(v))),
        StmtKind::Delete { targets } => targets.iter().for_each(|t| f(e(t))),
        StmtKind::Assign { targets, value } => {
            f(e(value));
            targets.iter().for_each(|t| f(e(t)));
        }
        StmtKind::TypeAlias {
            name,
            type_params,
            value,
        } => {
            f(e(name));
            walk_type_params(type_params, &mut |x| f(e(x)));
            f(e(value));
        }
        StmtKind::AugAssign { target, value, .. } => {
            f(e(target));
            f(e(value));
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            value.iter().for_each(|v| f(e(v)));
            f(e(target));
            f(e(annotation));
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } => {
            f(e(iter));
            f(e(target));
            f(Child::Stmts(body));
            f(Child::Stmts(orelse));
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            f(e(test));
            f(Child::Stmts(body));
            f(Child::Stmts(orelse));
        }
        StmtKind::With { items, body, .. } => {
            for item in items {
                f(e(&item.context_expr));
                item.optional_vars.iter().for_each(|v| f(e(v)));
            }
            f(Child::Stmts(body));
        }
        StmtKind::Match { subject, cases } => {
            f(e(subject));
            for case in cases {
                walk_pattern_exprs(&case.pattern, &mut |x| f(e(x)));
                case.guard.iter().for_each(|g| f(e(g)));
                f(Child::Stmts(&case.body));
            }
        }
        StmtKind::Raise { exc, cause } => {
            exc.iter().for_each(|x| f(e(x)));
            cause.iter().for_each(|x| f(e(x)));
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            f(Child::Stmts(body));
            f(Child::Stmts(orelse));
            for h in handlers {
                h.type_.iter().for_each(|t| f(e(t)));
                f(Child::Stmts(&h.body));
            }
            f(Child::Stmts(finalbody));
        }
        StmtKind::Assert { test, msg } => {
            f(e(test));
            msg.iter().for_each(|m| f(e(m)));
        }
        StmtKind::Expr { value } => f(e(value)),
        StmtKind::Import { .. }
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global { .. }
        | StmtKind::Nonlocal { .. }
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
        StmtKind::Ext(node) => {
            for (_, field) in node.fields() {
                match field {
                    Field::Expr(x) => f(e(x)),
                    Field::OptExpr(x) => x.iter().for_each(|x| f(e(x))),
                    Field::Exprs(xs) => xs.iter().for_each(|x| f(e(x))),
                    Field::Stmts(ss) => f(Child::Stmts(ss)),
                    Field::Str(_) | Field::Int(_) => {}
                }
            }
        }
    }
}

/// Calls `f` on the bounds and defaults of type parameters.
pub fn walk_type_params<'a>(params: &'a [TypeParam], f: &mut dyn FnMut(&'a Expr)) {
    for p in params {
        if let TypeParamKind::TypeVar { bound: Some(b) } = &p.kind {
            f(b);
        }
        if let Some(d) = &p.default_value {
            f(d);
        }
    }
}

/// Calls `f` with every name a pattern captures (`x`, `*rest`, `**kw`).
pub fn pattern_captures<'a>(p: &'a Pattern, f: &mut dyn FnMut(&'a str)) {
    match &p.kind {
        PatternKind::MatchValue { .. } | PatternKind::MatchSingleton { .. } => {}
        PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
            patterns.iter().for_each(|q| pattern_captures(q, f));
        }
        PatternKind::MatchMapping { patterns, rest, .. } => {
            patterns.iter().for_each(|q| pattern_captures(q, f));
            if let Some(r) = rest {
                f(r);
            }
        }
        PatternKind::MatchClass {
            patterns,
            kwd_patterns,
            ..
        } => {
            patterns
                .iter()
                .chain(kwd_patterns)
                .for_each(|q| pattern_captures(q, f));
        }
        PatternKind::MatchStar { name } => {
            if let Some(n) = name {
                f(n);
            }
        }
        PatternKind::MatchAs { pattern, name } => {
            if let Some(q) = pattern {
                pattern_captures(q, f);
            }
            if let Some(n) = name {
                f(n);
            }
        }
    }
}

/// Calls `f` on the expressions inside a pattern (values, classes, mapping keys).
pub fn walk_pattern_exprs<'a>(p: &'a Pattern, f: &mut dyn FnMut(&'a Expr)) {
    match &p.kind {
        PatternKind::MatchValue { value } => f(value),
        PatternKind::MatchSingleton { .. } | PatternKind::MatchStar { .. } => {}
        PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
            patterns.iter().for_each(|q| walk_pattern_exprs(q, f));
        }
        PatternKind::MatchMapping { keys, patterns, .. } => {
            keys.iter().for_each(&mut *f);
            patterns.iter().for_each(|q| walk_pattern_exprs(q, f));
        }
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_patterns,
            ..
        } => {
            f(cls);
            patterns.iter().for_each(|q| walk_pattern_exprs(q, f));
            kwd_patterns.iter().for_each(|q| walk_pattern_exprs(q, f));
        }
        PatternKind::MatchAs { pattern, .. } => {
            if let Some(q) = pattern {
                walk_pattern_exprs(q, f);
            }
        }
    }
}

/// Calls `f` on the default values and annotations of a parameter list.
pub fn walk_arguments<'a>(args: &'a Arguments, on_expr: &mut dyn FnMut(&'a Expr)) {
    args.defaults.iter().for_each(&mut *on_expr);
    args.kw_defaults.iter().flatten().for_each(&mut *on_expr);
    for a in args.all() {
        if let Some(ann) = &a.annotation {
            on_expr(ann);
        }
    }
}

/// Calls `f` on each direct child expression of an expression, in field order.
/// Lambda bodies and comprehension clauses are included; callers that open
/// scopes handle `Lambda` and comprehensions first.
pub fn walk_expr_children<'a>(expr: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    let generators = |gens: &'a [Comprehension], f: &mut dyn FnMut(&'a Expr)| {
        for g in gens {
            f(&g.target);
            f(&g.iter);
            g.ifs.iter().for_each(&mut *f);
        }
    };
    match &expr.kind {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
        ExprKind::NamedExpr { target, value } => {
            f(target);
            f(value);
        }
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::Lambda { args, body } => {
            walk_arguments(args, f);
            f(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::Dict { keys, values } => {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    f(k);
                }
                f(v);
            }
        }
        ExprKind::Set { elts } => elts.iter().for_each(f),
        ExprKind::ListComp { elt, generators: g }
        | ExprKind::SetComp { elt, generators: g }
        | ExprKind::GeneratorExp { elt, generators: g } => {
            f(elt);
            generators(g, f);
        }
        ExprKind::DictComp {
            key,
            value,
            generators: g,
        } => {
            f(key);
            f(value);
            generators(g, f);
        }
        ExprKind::Await { value } | ExprKind::YieldFrom { value } => f(value),
        ExprKind::Yield { value } => value.iter().for_each(|v| f(v)),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            f(left);
            comparators.iter().for_each(f);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            f(func);
            args.iter().for_each(&mut *f);
            keywords.iter().for_each(|k| f(&k.value));
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            f(value);
            format_spec.iter().for_each(|s| f(s));
        }
        ExprKind::JoinedStr { values } => values.iter().for_each(f),
        ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => f(value),
        ExprKind::Subscript { value, slice, .. } => {
            f(value);
            f(slice);
        }
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().for_each(f),
        ExprKind::Slice { lower, upper, step } => {
            for e in [lower, upper, step].into_iter().flatten() {
                f(e);
            }
        }
    }
}
