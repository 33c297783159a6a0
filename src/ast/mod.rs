//! The abstract syntax tree — pyforge's counterpart of CPython's `Parser/Python.asdl`.
//!
//! Node and field names, field order and the meaning of positions are CPython's
//! (`ast` module), so that [`dump`] prints what `ast.dump` prints. Statements and
//! expressions carry a [`Pos`]; extension statements are [`StmtKind::Ext`] nodes
//! that describe their own fields through [`ExtStmt`].

pub mod dump;

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
    /// `def name(args): body`
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
    },
    /// `return value`
    Return {
        /// Returned value, if any.
        value: Option<Box<Expr>>,
    },
    /// `t1 = t2 = value`
    Assign {
        /// Targets, left to right.
        targets: Vec<Expr>,
        /// Assigned value.
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
    /// `for target in iter: body else: orelse`
    For {
        /// Loop variable(s).
        target: Box<Expr>,
        /// Iterated object.
        iter: Box<Expr>,
        /// Body.
        body: Vec<Stmt>,
        /// `else` block.
        orelse: Vec<Stmt>,
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

/// Calls `f` on each direct child expression and statement block of a statement,
/// in field order. Shared by scope analysis and any other generic walk.
pub fn walk_stmt_children<'a>(stmt: &'a Stmt, f: &mut dyn FnMut(Child<'a>)) {
    let e = |x: &'a Expr| Child::Expr(x);
    match &stmt.kind {
        StmtKind::FunctionDef {
            args,
            body,
            decorator_list,
            returns,
            ..
        } => {
            decorator_list.iter().for_each(|d| f(e(d)));
            walk_arguments(args, &mut |x| f(e(x)));
            if let Some(r) = returns {
                f(e(r));
            }
            f(Child::Stmts(body));
        }
        StmtKind::Return { value } => value.iter().for_each(|v| f(e(v))),
        StmtKind::Assign { targets, value } => {
            targets.iter().for_each(|t| f(e(t)));
            f(e(value));
        }
        StmtKind::AugAssign { target, value, .. } => {
            f(e(target));
            f(e(value));
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            f(e(target));
            f(e(iter));
            f(Child::Stmts(body));
            f(Child::Stmts(orelse));
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            f(e(test));
            f(Child::Stmts(body));
            f(Child::Stmts(orelse));
        }
        StmtKind::Expr { value } => f(e(value)),
        StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
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

/// Calls `f` on the default values and annotations of a parameter list.
pub fn walk_arguments<'a>(args: &'a Arguments, on_expr: &mut dyn FnMut(&'a Expr)) {
    args.defaults.iter().for_each(&mut *on_expr);
    args.kw_defaults.iter().flatten().for_each(&mut *on_expr);
    let all = args
        .posonlyargs
        .iter()
        .chain(&args.args)
        .chain(&args.vararg)
        .chain(&args.kwonlyargs)
        .chain(&args.kwarg);
    for a in all {
        if let Some(ann) = &a.annotation {
            on_expr(ann);
        }
    }
}

/// Calls `f` on each direct child expression of an expression, in field order.
/// Lambda bodies are included; callers that open scopes handle `Lambda` first.
pub fn walk_expr_children<'a>(expr: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    match &expr.kind {
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
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
        ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
        ExprKind::Attribute { value, .. } => f(value),
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
