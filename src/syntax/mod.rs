//! Source text → AST: the layout pass, the pest parser, and the lowering of pest's
//! parse tree into [`crate::ast`] nodes (CPython's tokenizer, PEG parser and
//! `action_helpers.c`).

use crate::text::Times;
pub mod layout;
mod literals;
pub mod lower;

use pest::Parser as _;
use pest::iterators::Pairs;

use crate::ast::Module;
use crate::error::SyntaxError;
use layout::{DEDENT, INDENT, Layout};

mod generated {
    #![allow(missing_docs)]
    include!(concat!(env!("OUT_DIR"), "/parser.rs"));
}
pub use generated::{PythonParser, Rule};

pub use lower::Lowerer;

/// CPython's message when its parser's stack (6000 rules deep) runs out.
pub const TOO_COMPLEX: &str = "Parser stack overflowed - Python source too complex to parse";

/// Deepest AST accepted; CPython's compiler stops at a similar C recursion depth.
const MAX_AST_DEPTH: usize = 10_000;

/// Parses a whole file into a module, as `ast.parse(src)` does.
pub fn parse(src: &str) -> Result<Module, SyntaxError> {
    let layout =
        layout::layout(src).map_err(|e| SyntaxError::new(e.kind, e.msg, src, e.offset, e.len))?;
    let pairs = parse_tree(&layout).map_err(|e| pest_error(src, &layout, e))?;
    let mut cx = Lowerer::new(src, &layout);
    let module = cx.file(pairs)?;
    check_depth(&module, src)?;
    Ok(module)
}

/// Rejects trees so deep that recursive passes over them (compiling, printing)
/// could exhaust the stack, as CPython's compiler does. Iterative on purpose.
fn check_depth(module: &Module, src: &str) -> Result<(), SyntaxError> {
    use crate::ast::{Child, Expr, Stmt, walk_expr_children, walk_stmt_children};
    enum Node<'a> {
        Stmt(&'a Stmt),
        Expr(&'a Expr),
    }
    let mut work: Vec<(Node<'_>, usize)> = module.body.iter().map(|s| (Node::Stmt(s), 1)).collect();
    while let Some((node, depth)) = work.pop() {
        let pos = match &node {
            Node::Stmt(s) => s.pos,
            Node::Expr(e) => e.pos,
        };
        if depth > MAX_AST_DEPTH {
            let line_start: usize = src
                .split_inclusive('\n')
                .take(pos.lineno.saturating_sub(1) as usize)
                .map(str::len)
                .sum();
            let offset = line_start + pos.col_offset as usize;
            return Err(SyntaxError::new(
                "RecursionError",
                "maximum recursion depth exceeded during compilation",
                src,
                offset,
                1,
            ));
        }
        match node {
            Node::Stmt(s) => walk_stmt_children(s, &mut |c| match c {
                Child::Expr(e) => work.push((Node::Expr(e), depth + 1)),
                Child::Stmts(b) => work.extend(b.iter().map(|s| (Node::Stmt(s), depth + 1))),
            }),
            Node::Expr(e) => walk_expr_children(e, &mut |c| work.push((Node::Expr(c), depth + 1))),
        }
    }
    Ok(())
}

/// Runs pest over the layout pass's text; `pyforge parse-tree` prints the result.
pub fn parse_tree(layout: &Layout) -> Result<Pairs<'_, Rule>, pest::error::Error<Rule>> {
    PythonParser::parse(Rule::file, &layout.text)
}

/// Renders the pest parse tree of `src` (after the layout pass), one rule per line.
pub fn dump_parse_tree(src: &str) -> Result<String, SyntaxError> {
    let layout =
        layout::layout(src).map_err(|e| SyntaxError::new(e.kind, e.msg, src, e.offset, e.len))?;
    let pairs = parse_tree(&layout).map_err(|e| pest_error(src, &layout, e))?;
    let mut out = String::new();
    fn walk(pairs: Pairs<'_, Rule>, depth: usize, layout: &Layout, src: &str, out: &mut String) {
        for pair in pairs {
            let span = pair.as_span();
            let (start, end) = (
                layout.original_offset(span.start()),
                layout.original_offset(span.end()),
            );
            let inner = pair.clone().into_inner();
            out.push_str(&"  ".times(depth));
            out.push_str(&format!("{:?} {start}..{end}", pair.as_rule()));
            if inner.peek().is_none() {
                let text = &src[start..end.max(start)];
                out.push_str(&format!(" {text:?}"));
            }
            out.push('\n');
            walk(inner, depth + 1, layout, src, out);
        }
    }
    walk(pairs, 0, &layout, src, &mut out);
    Ok(out)
}

/// Turns pest's failure into CPython's words.
fn pest_error(src: &str, layout: &Layout, e: pest::error::Error<Rule>) -> SyntaxError {
    use pest::error::{ErrorVariant, InputLocation};
    let at = match e.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((s, _)) => s,
    };
    let text = layout.text.as_bytes();
    let positives = match &e.variant {
        ErrorVariant::ParsingError { positives, .. } => positives.clone(),
        ErrorVariant::CustomError { message } => {
            // pest's own guards: "call limit reached" / "stack limit reached".
            let offset = layout.original_offset(at);
            if message.contains("limit") {
                return SyntaxError::new("MemoryError", TOO_COMPLEX, src, offset, 1);
            }
            return SyntaxError::new("SyntaxError", message.clone(), src, offset, 1);
        }
    };
    let offset = layout.original_offset(at);
    if positives.contains(&Rule::INDENT) {
        // A block header without an indented block.
        let header = header_before(layout, at);
        let what = match header.0.as_str() {
            "def" => "function definition".to_string(),
            "class" => "class definition".to_string(),
            kw => format!("'{kw}' statement"),
        };
        let line = layout::line_col(src, header.1).0;
        return SyntaxError::new(
            "IndentationError",
            format!("expected an indented block after {what} on line {line}"),
            src,
            offset,
            1,
        );
    }
    if text.get(at) == Some(&(INDENT as u8)) {
        // CPython points at the last character of the indentation.
        let at = offset.saturating_sub(1);
        return SyntaxError::new("IndentationError", "unexpected indent", src, at, 1);
    }
    if text.get(at) == Some(&(DEDENT as u8)) {
        return SyntaxError::new(
            "IndentationError",
            "unindent does not match any outer indentation level",
            src,
            offset,
            1,
        );
    }
    if positives.contains(&Rule::COLON) {
        return SyntaxError::new(
            "SyntaxError",
            "expected ':'",
            src,
            offset,
            token_len(src, offset),
        );
    }
    SyntaxError::new(
        "SyntaxError",
        "invalid syntax",
        src,
        offset,
        token_len(src, offset),
    )
}

/// The first word of the logical line before offset `at` of the layout text, and its
/// source offset: the statement whose block is missing.
fn header_before(layout: &Layout, at: usize) -> (String, usize) {
    let t = &layout.text[..at];
    let end = t
        .trim_end_matches([' ', '\t', '\n', '\u{1}', '\u{2}'])
        .len();
    let start = t[..end].rfind('\n').map_or(0, |p| p + 1);
    let line = &t[start..end];
    let trimmed = line.trim_start_matches([' ', '\t', '\x0c', '\u{1}', '\u{2}']);
    let word_start = start + (line.len() - trimmed.len());
    let word: String = trimmed
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    (word, layout.original_offset(word_start))
}

/// Length of the token starting at `offset`: an identifier or number, else one character.
fn token_len(src: &str, offset: usize) -> usize {
    let rest = &src[offset.min(src.len())..];
    let word = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .map(char::len_utf8)
        .sum::<usize>();
    if word > 0 {
        word
    } else {
        rest.chars().next().map_or(1, char::len_utf8)
    }
}
