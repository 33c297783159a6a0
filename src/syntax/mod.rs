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
    let layout = layout_of(src)?;
    let pairs = parse_layout(src, &layout)?;
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
pub fn parse_tree(layout: &Layout) -> Result<Pairs<'_, Rule>, Box<pest::error::Error<Rule>>> {
    PythonParser::parse(Rule::file, &layout.text).map_err(Box::new)
}

/// Parses `src` without turning failures into CPython's messages: the error
/// mapping uses it to classify snippets, and must not recurse into itself.
fn parse_quiet(src: &str) -> Option<Module> {
    let layout = layout::layout(src).ok()?;
    if layout.unclosed.is_some() {
        return None;
    }
    let pairs = parse_tree(&layout).ok()?;
    Lowerer::new(src, &layout).file(pairs).ok()
}

/// Runs the layout pass, its errors as `SyntaxError`s.
fn layout_of(src: &str) -> Result<Layout, SyntaxError> {
    layout::layout(src).map_err(|e| layout_error(src, e))
}

fn layout_error(src: &str, e: layout::LayoutError) -> SyntaxError {
    SyntaxError::new(e.kind, e.msg, src, e.offset, e.len)
}

/// Parses the layout text. With a bracket left open, CPython's parser fails
/// first when it meets a token no rule can take (`f(x( // 2`); otherwise the
/// tokenizer reaches the end of the file and reports the bracket.
fn parse_layout<'l>(src: &str, layout: &'l Layout) -> Result<Pairs<'l, Rule>, SyntaxError> {
    let unclosed = || layout.unclosed.clone().map(|e| layout_error(src, e));
    match parse_tree(layout) {
        Ok(pairs) => match unclosed() {
            Some(e) => Err(e),
            None => Ok(pairs),
        },
        Err(e) => {
            let at = match e.location {
                pest::error::InputLocation::Pos(p) => p,
                pest::error::InputLocation::Span((s, _)) => s,
            };
            // Opening brackets are read on to the token after them.
            let rest = layout.text[at..]
                .trim_start_matches([' ', '\t', '\x0c', '\n', INDENT, DEDENT, '(', '[', '{']);
            let starts_operand = rest
                .chars()
                .next()
                .is_none_or(|c| c.is_alphanumeric() || matches!(c, '_' | '\'' | '"'));
            match unclosed() {
                Some(u) if starts_operand => Err(u),
                _ => Err(pest_error(src, layout, *e)),
            }
        }
    }
}

/// Renders the pest parse tree of `src` (after the layout pass), one rule per line.
pub fn dump_parse_tree(src: &str) -> Result<String, SyntaxError> {
    let layout = layout_of(src)?;
    let pairs = parse_layout(src, &layout)?;
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

/// A `SyntaxError` labelling `len` bytes of `src` from `start`.
fn syntax_error(src: &str, msg: impl Into<String>, start: usize, len: usize) -> SyntaxError {
    SyntaxError::new("SyntaxError", msg, src, start, len)
}

/// Turns pest's failure into CPython's words.
fn pest_error(src: &str, layout: &Layout, e: pest::error::Error<Rule>) -> SyntaxError {
    use pest::error::{ErrorVariant, InputLocation};
    let at = match e.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((s, _)) => s,
    };
    let text = layout.text.as_bytes();
    // pest stops inside tokens that CPython's tokenizer reads whole: a `.5`
    // number after a name or number, and the old `<>` operator.
    let at = match (at.checked_sub(1).map(|p| text[p]), text.get(at)) {
        (Some(b'.'), Some(c)) if c.is_ascii_digit() => at - 1,
        (Some(b'<'), Some(b'>')) => at - 1,
        // Inside a name (pest tried a string prefix there): CPython's
        // tokenizer reads the name whole, so the error is after it.
        (Some(p), Some(c)) if is_word_byte(p) && is_word_byte(*c) => {
            at + text[at..].iter().take_while(|&&b| is_word_byte(b)).count()
        }
        _ => operator_start(text, at),
    };
    let positives = match &e.variant {
        ErrorVariant::ParsingError { positives, .. } => positives.clone(),
        ErrorVariant::CustomError { message } => {
            // pest's own guards: "call limit reached" / "stack limit reached".
            let offset = layout.original_offset(at);
            if message.contains("limit") {
                return SyntaxError::new("MemoryError", TOO_COMPLEX, src, offset, 1);
            }
            return syntax_error(src, message.clone(), offset, 1);
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
    if positives.contains(&Rule::PARAMS_OPEN) {
        return syntax_error(src, "expected '('", offset, token_len(src, offset));
    }
    if let Some(start) = missing_else(&layout.text, at) {
        let start = layout.original_offset(start);
        let len = offset.max(start + 1) - start;
        return syntax_error(src, "expected 'else' after 'if' expression", start, len);
    }
    if let Some((start, msg)) = keyword_error(&layout.text, at) {
        let start = layout.original_offset(start);
        return syntax_error(src, msg, start, offset.max(start + 1) - start);
    }
    if let Some((start, msg)) = dict_error(&layout.text, at) {
        let start = layout.original_offset(start);
        return syntax_error(src, msg, start, 1);
    }
    if let Some(e) = group_equals(src, layout, at, offset) {
        return e;
    }
    if let Some(what) = parenthesized_parameter(&layout.text, at) {
        return syntax_error(
            src,
            format!("{what} parameters cannot be parenthesized"),
            offset,
            1,
        );
    }
    if let Some((start, name)) = legacy_statement(&layout.text, at) {
        let start_offset = layout.original_offset(start);
        let line_end = src[offset..].find('\n').map_or(src.len(), |n| offset + n);
        let end = src[..line_end].trim_end().len().max(offset);
        return syntax_error(
            src,
            format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
            start_offset,
            end - start_offset,
        );
    }
    // A `try` block with neither handlers nor `finally` (an `else` would be
    // possible after handlers, so its absence tells the two apart).
    if positives.contains(&Rule::kw_except) && !positives.contains(&Rule::kw_else) {
        return syntax_error(
            src,
            "expected 'except' or 'finally' block",
            offset,
            token_len(src, offset),
        );
    }
    if import_without_names(&layout.text, at) {
        return syntax_error(
            src,
            "Expected one or more names after 'import'",
            offset,
            token_len(src, offset),
        );
    }
    if let Some(start) = except_comma(&layout.text, at) {
        let start = layout.original_offset(start);
        return syntax_error(
            src,
            "multiple exception types must be parenthesized",
            start,
            offset.max(start + 1) - start,
        );
    }
    if positives.contains(&Rule::COLON) && is_single_equals(&layout.text[at..]) {
        return header_equals(src, layout, at, offset);
    }
    if positives.contains(&Rule::COLON) {
        return syntax_error(src, "expected ':'", offset, token_len(src, offset));
    }
    if let Some(start) = missing_comma(&layout.text, at) {
        let start_offset = layout.original_offset(start);
        let end = offset + token_len(src, offset);
        return syntax_error(
            src,
            "invalid syntax. Perhaps you forgot a comma?",
            start_offset,
            end.saturating_sub(start_offset),
        );
    }
    syntax_error(src, "invalid syntax", offset, token_len(src, offset))
}

/// Whether `text` starts with an `=` that is not part of `==`.
fn is_single_equals(text: &str) -> bool {
    text.starts_with('=') && !text.starts_with("==")
}

/// `if x = 1:` and its kin: an `=` where a block header expected `:`. CPython
/// suggests `==` (or `:=`) when the test before it is an operand and the value
/// after it is not followed by another `=`; otherwise the `=` is invalid syntax.
fn header_equals(src: &str, layout: &Layout, at: usize, offset: usize) -> SyntaxError {
    let plain = || syntax_error(src, "invalid syntax", offset, 1);
    let (word, word_start) = header_before(layout, at);
    if !matches!(word.as_str(), "if" | "elif" | "while") {
        return plain();
    }
    let line_end = src[offset..].find('\n').map_or(src.len(), |n| offset + n);
    let rest = &src[offset + 1..line_end];
    let value_text = rest.rfind(':').map_or(rest, |c| &rest[..c]);
    equals_in(src, word_start + word.len(), offset, value_text).unwrap_or_else(plain)
}

/// An `=` inside parentheses or brackets that are not a call: CPython's
/// named-expression hint when it applies.
fn group_equals(src: &str, layout: &Layout, at: usize, offset: usize) -> Option<SyntaxError> {
    let text = &layout.text;
    if !is_single_equals(&text[at..]) {
        return None;
    }
    let open = *open_brackets(text, at).last()?;
    if is_def_params(text, open) {
        return None;
    }
    let start = layout.original_offset(item_start(text, open, at));
    // The value runs to the next top-level comma or the closing bracket.
    let rest = &src[offset + 1..];
    let mut depth = 0usize;
    let end = rest
        .char_indices()
        .find(|&(_, c)| match c {
            '(' | '[' | '{' => {
                depth += 1;
                false
            }
            ')' | ']' | '}' if depth == 0 => true,
            ')' | ']' | '}' => {
                depth -= 1;
                false
            }
            ',' | '\n' => depth == 0,
            _ => false,
        })
        .map_or(rest.len(), |(i, _)| i);
    equals_in(src, start, offset, &rest[..end])
}

/// CPython's hint for `test = value_text` where the test runs from `test_start`
/// to the `=` at `offset` (offsets into `src`); `None` when it does not apply.
fn equals_in(src: &str, test_start: usize, offset: usize, value_text: &str) -> Option<SyntaxError> {
    let test = src.get(test_start..offset)?;
    let chained = value_text.char_indices().any(|(i, c)| {
        c == '='
            && is_single_equals(&value_text[i..])
            && !value_text[..i].ends_with(['=', '<', '>', '!', ':'])
    });
    let value_text = match value_text.find('=') {
        Some(i) if chained => &value_text[..i],
        _ => value_text,
    };
    let first = lone_expr(test)?;
    let value = lone_expr(value_text);
    match lower::equals_hint(&first, value_text, value.as_deref(), chained) {
        Some((pos, msg)) if pos.lineno == 1 && pos.end_lineno == 1 => {
            let lead = test.len() - test.trim_start().len();
            let start = test_start + lead + pos.col_offset as usize;
            let len = (pos.end_col_offset - pos.col_offset) as usize;
            Some(syntax_error(src, msg, start, len))
        }
        _ => None,
    }
}

/// Python 2's `def f((a, b)):`: a parenthesized group of plain names among the
/// leading plain parameters of a `def` or `lambda`. Returns which kind.
fn parenthesized_parameter(text: &str, at: usize) -> Option<&'static str> {
    let is_name = |t: &str| {
        let t = t.trim();
        !t.is_empty()
            && !t.starts_with(|c: char| c.is_ascii_digit())
            && t.chars().all(|c| c.is_alphanumeric() || c == '_')
    };
    let rest = text[at..].strip_prefix('(')?;
    let close = rest.find(')')?;
    let group = rest[..close].trim_end().trim_end_matches(',');
    if !group.split(',').all(is_name) {
        return None;
    }
    // The parameters before the group, back to `def name(` or `lambda`.
    let line_start = text[..at]
        .rfind(['\n', INDENT, DEDENT])
        .map_or(0, |p| p + 1);
    let before = &text[line_start..at];
    let (what, params) = if let Some(l) = before.rfind("lambda") {
        let params = &before[l + "lambda".len()..];
        if !params.starts_with([' ', '\t']) || params.contains([':', '(', ')']) {
            return None;
        }
        ("Lambda expression", params)
    } else {
        let open = before.rfind('(')?;
        let head = before[..open].trim_end();
        let name_start = head.rfind(|c: char| !(c.is_alphanumeric() || c == '_'))? + 1;
        if !head[..name_start].trim_end().ends_with("def") || !is_name(&head[name_start..]) {
            return None;
        }
        ("Function", &before[open + 1..])
    };
    let mut pieces: Vec<&str> = params.split(',').collect();
    if !pieces.pop()?.trim().is_empty() {
        return None;
    }
    pieces.iter().all(|p| is_name(p)).then_some(what)
}

/// Python 2's `print x` / `exec x`: the error sits just after a bare `print` or
/// `exec` name, at something that starts an operand. Returns the name's start.
fn legacy_statement(text: &str, at: usize) -> Option<(usize, &'static str)> {
    let bytes = text.as_bytes();
    let starts_operand = match text[at..].chars().next()? {
        c if c.is_alphanumeric() || c == '_' => true,
        '"' | '\'' | '[' | '{' => true,
        _ => false,
    };
    let word: String = text[at..]
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let operand_keyword = matches!(word.as_str(), "None" | "True" | "False" | "not" | "lambda");
    if !starts_operand || (is_keyword(&word) && !operand_keyword) {
        return None;
    }
    let mut end = at;
    while end > 0 && matches!(bytes[end - 1], b' ' | b'\t') {
        end -= 1;
    }
    if end == at {
        return None;
    }
    let name = ["print", "exec"]
        .into_iter()
        .find(|n| text[..end].ends_with(n))?;
    let start = end - name.len();
    let before = text[..start].chars().next_back();
    if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
        return None;
    }
    Some((start, name))
}

/// Words that may follow an expression inside brackets.
const CONTINUATION_WORDS: &[&str] = &[
    "for", "if", "else", "in", "not", "is", "and", "or", "as", "from", "async",
];

/// Offsets of the brackets still open at `at`, outermost first, skipping
/// string literals.
fn open_brackets(text: &str, at: usize) -> Vec<usize> {
    scan_brackets(text, at, &mut |_, _| {})
}

/// Walks `text` up to `at`, skipping string literals, and returns the brackets
/// still open there; `on_comma` sees each comma with the brackets open around it.
fn scan_brackets(text: &str, at: usize, on_comma: &mut dyn FnMut(usize, &[usize])) -> Vec<usize> {
    let bytes = text.as_bytes();
    let (mut open, mut i) = (Vec::new(), 0);
    while i < at {
        match bytes[i] {
            q @ (b'\'' | b'"') => {
                let triple = bytes.get(i + 1) == Some(&q) && bytes.get(i + 2) == Some(&q);
                let len = if triple { 3 } else { 1 };
                i += len;
                while i < at && !(bytes[i] == q && (!triple || bytes[i..].starts_with(&[q, q, q])))
                {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += len;
                continue;
            }
            b'(' | b'[' | b'{' => open.push(i),
            b')' | b']' | b'}' => {
                open.pop();
            }
            b',' => on_comma(i, &open),
            _ => {}
        }
        i += 1;
    }
    open
}

/// Whether the bracket at `open` starts a `def`'s parameter list.
fn is_def_params(text: &str, open: usize) -> bool {
    let head = text[..open].trim_end();
    let name = head.trim_end_matches(|c: char| c.is_alphanumeric() || c == '_');
    name.len() < head.len() && name.trim_end().ends_with("def")
}

/// The start of the argument or parameter that `at` is in: just after the last
/// top-level comma after the bracket at `open`, past any spaces.
fn item_start(text: &str, open: usize, at: usize) -> usize {
    let mut start = open + 1;
    scan_brackets(text, at, &mut |i, brackets| {
        if i > open && brackets.last() == Some(&open) {
            start = i + 1;
        }
    });
    start + (text[start..at].len() - text[start..at].trim_start().len())
}

/// The offset of the first `:` of `text` outside brackets and strings.
fn top_level_colon(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote = None;
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '(' | '[' | '{') => depth += 1,
            (None, ')' | ']' | '}') => depth = depth.saturating_sub(1),
            (None, ':') if depth == 0 => return Some(i),
            _ => {}
        }
    }
    None
}

/// CPython's errors for a dict display with an entry lacking its `:` or its
/// value: `{1: 2, 3}` and `{1: }`.
fn dict_error(text: &str, at: usize) -> Option<(usize, String)> {
    let open = *open_brackets(text, at).last()?;
    if text.as_bytes()[open] != b'{' {
        return None;
    }
    let start = item_start(text, open, at);
    let item = text[start..at].trim_end();
    if item.ends_with(':') && text[at..].starts_with(['}', ',']) {
        let colon = start + item.len() - 1;
        return Some((
            colon,
            "expression expected after dictionary key and ':'".into(),
        ));
    }
    // Only a dict when its first entry has a `:`.
    let mut first_end = at;
    scan_brackets(text, at, &mut |i, brackets| {
        if i > open && brackets.last() == Some(&open) && first_end == at {
            first_end = i;
        }
    });
    if start == open + 1 || top_level_colon(&text[open + 1..first_end]).is_none() {
        return None;
    }
    if item.is_empty() || top_level_colon(item).is_some() || item.starts_with("**") {
        return None;
    }
    // CPython points at the key's last character.
    let last = item.chars().next_back().map_or(1, char::len_utf8);
    Some((
        start + item.len() - last,
        "':' expected after dictionary key".into(),
    ))
}

/// `body if test` without `else`: the start of `body`, the longest operand
/// (an `or`-level expression, not a lambda) that ends just before an `if` at
/// the failure's bracket depth on the same line.
fn missing_else(text: &str, at: usize) -> Option<usize> {
    let line_start = text[..at]
        .rfind(['\n', INDENT, DEDENT])
        .map_or(0, |p| p + 1);
    let depth = open_brackets(text, at);
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let word_at = |i: usize| {
        text[i..].starts_with("if")
            && !text[i + 2..].starts_with(is_word)
            && !text[..i].ends_with(is_word)
    };
    let if_at = (line_start..at)
        .rev()
        .filter(|&i| text.is_char_boundary(i) && word_at(i))
        .find(|&i| open_brackets(text, i) == depth)?;
    // A statement's own `if`, or an `else` already present, is not this error.
    if text[line_start..if_at].trim().is_empty() {
        return None;
    }
    let after = &text[if_at..at];
    if after.split(|c: char| !is_word(c)).any(|w| w == "else") {
        return None;
    }
    let from = depth.last().map_or(line_start, |&o| o + 1);
    (from..if_at)
        .filter(|&i| {
            text.is_char_boundary(i)
                && !text[i..].starts_with(char::is_whitespace)
                && (i == from || !(text[..i].ends_with(is_word) && text[i..].starts_with(is_word)))
        })
        .take(200)
        .find(|&i| operand_before_if(&text[i..if_at]))
}

/// Whether `text` is one expression CPython's rule takes as the body of a
/// conditional expression (anything but a lambda, conditional or tuple).
fn operand_before_if(text: &str) -> bool {
    lone_expr(text).is_some_and(|e| {
        !matches!(
            e.kind,
            crate::ast::ExprKind::Lambda { .. }
                | crate::ast::ExprKind::IfExp { .. }
                | crate::ast::ExprKind::Tuple { .. }
        )
    })
}

/// `text` as a single expression, when it is exactly one (error path only).
fn lone_expr(text: &str) -> Option<Box<crate::ast::Expr>> {
    let module = parse_quiet(text.trim())?;
    match <[_; 1]>::try_from(module.body).ok()? {
        [
            crate::ast::Stmt {
                kind: crate::ast::StmtKind::Expr { value },
                ..
            },
        ] => Some(value),
        _ => None,
    }
}

/// `import` or `from m import` with nothing after it on the line.
fn import_without_names(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start_matches(' ');
    let before = text[..at].trim_end_matches(' ');
    (rest.is_empty() || rest.starts_with('\n'))
        && before.ends_with("import")
        && !before[..before.len() - 6].ends_with(|c: char| c.is_alphanumeric() || c == '_')
}

/// `except A, B:`: a comma after the exception type of an `except` clause at
/// the failure. Returns where the first type starts.
fn except_comma(text: &str, at: usize) -> Option<usize> {
    if !text[at..].starts_with(',') || !open_brackets(text, at).is_empty() {
        return None;
    }
    let line_start = text[..at]
        .rfind(['\n', INDENT, DEDENT])
        .map_or(0, |p| p + 1);
    let line = &text[line_start..at];
    let body = line.trim_start();
    let rest = body.strip_prefix("except")?;
    if rest.starts_with(|c: char| c.is_alphanumeric() || c == '_') {
        return None;
    }
    let types = rest
        .trim_start()
        .strip_prefix('*')
        .unwrap_or(rest.trim_start());
    let types = types.trim_start();
    if types.is_empty() {
        return None;
    }
    Some(at - types.len())
}

/// CPython's errors for `f(x=)`, `f(a.b=1)`, `f(True=1)` and `def f(a=):`.
fn keyword_error(text: &str, at: usize) -> Option<(usize, String)> {
    let open = *open_brackets(text, at).last()?;
    if text.as_bytes()[open] != b'(' {
        return None;
    }
    let in_def = is_def_params(text, open);
    let callee = text[..open].trim_end();
    let last_word = callee
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or("");
    let is_call = callee
        .ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ')' || c == ']')
        && !in_def
        && !is_keyword(last_word);
    let rest = &text[at..];
    if rest.starts_with([')', ',']) {
        // A keyword or default without its value.
        let before = text[..at].trim_end();
        if !before.ends_with('=') || before.ends_with("==") {
            return None;
        }
        let eq = before.len() - 1;
        if in_def {
            return Some((eq, "expected default value expression".into()));
        }
        if is_call {
            let start = item_start(text, open, eq);
            return Some((start, "expected argument value expression".into()));
        }
        return None;
    }
    if !is_call || !rest.starts_with('=') || rest.starts_with("==") {
        return None;
    }
    let start = item_start(text, open, at);
    let target = text[start..at].trim_end();
    // Only a whole expression before the `=` (not `a =` + `==`, not `f(, =1)`).
    let complete = target.ends_with(|c: char| {
        c.is_alphanumeric() || matches!(c, '_' | ')' | ']' | '}' | '\'' | '"')
    });
    if !complete {
        return None;
    }
    if matches!(target, "True" | "False" | "None") {
        return Some((start, format!("cannot assign to {target}")));
    }
    Some((
        start,
        "expression cannot contain assignment, perhaps you meant \"==\"?".into(),
    ))
}

/// CPython's "Perhaps you forgot a comma?": inside brackets, an expression
/// directly followed by another one. Returns where the first one starts.
fn missing_comma(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let open = open_brackets(text, at);
    // Only expressions get the hint, not a `def`'s parameter list.
    if is_def_params(text, *open.last()?) {
        return None;
    }
    let word_at = |p: usize| -> &str {
        let end = text[p..]
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map_or(text.len(), |e| p + e);
        &text[p..end]
    };
    let next = *bytes.get(at)?;
    let starts_expr = next.is_ascii_alphanumeric()
        || next >= 0x80
        || matches!(next, b'_' | b'\'' | b'"' | b'(' | b'[' | b'{');
    if !starts_expr || CONTINUATION_WORDS.contains(&word_at(at)) || is_keyword(word_at(at)) {
        return None;
    }
    let prev_end = text[..at].trim_end().len();
    let prev = *bytes.get(prev_end.checked_sub(1)?)?;
    let ends_expr = prev.is_ascii_alphanumeric()
        || prev >= 0x80
        || matches!(prev, b'_' | b'\'' | b'"' | b')' | b']' | b'}');
    let last_word_start = text[..prev_end]
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |p| p + 1);
    if !ends_expr || is_keyword(&text[last_word_start..prev_end]) {
        return None;
    }
    // A name right before a string (`ur'...'`, a prefix CPython no longer
    // knows) is excluded from the hint, as in CPython's `invalid_expression`.
    if matches!(next, b'\'' | b'"') && prev_end == at && last_word_start < prev_end {
        return None;
    }
    // Walk back over the previous expression to a separator at its own level.
    let mut level = 0;
    let mut j = prev_end;
    while j > 0 {
        let c = bytes[j - 1];
        let lone_eq = c == b'='
            && !matches!(
                j.checked_sub(2).map(|k| bytes[k]),
                Some(b'=' | b'<' | b'>' | b'!')
            )
            && bytes.get(j) != Some(&b'=');
        match c {
            b')' | b']' | b'}' => level += 1,
            b'(' | b'[' | b'{' if level == 0 => break,
            b'(' | b'[' | b'{' => level -= 1,
            b',' | b':' if level == 0 => break,
            _ if lone_eq && level == 0 => break,
            _ => {}
        }
        j -= 1;
    }
    Some(j + (text[j..prev_end].len() - text[j..prev_end].trim_start().len()))
}

/// Whether `word` is one of Python's keywords other than `None`/`True`/`False`.
fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "and"
            | "as"
            | "assert"
            | "async"
            | "await"
            | "break"
            | "class"
            | "continue"
            | "def"
            | "del"
            | "elif"
            | "else"
            | "except"
            | "finally"
            | "for"
            | "from"
            | "global"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "nonlocal"
            | "not"
            | "or"
            | "pass"
            | "raise"
            | "return"
            | "try"
            | "while"
            | "with"
            | "yield"
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

/// pest may stop inside an operator CPython's tokenizer reads whole (the second
/// `=` of `==`); the error belongs at the operator's first character.
fn operator_start(text: &[u8], at: usize) -> usize {
    const OPERATORS: &[&[u8]] = &[
        b"**=", b"//=", b">>=", b"<<=", b"...", b"==", b"!=", b"<=", b">=", b"**", b"//", b"<<",
        b">>", b"->", b":=", b"+=", b"-=", b"*=", b"/=", b"%=", b"&=", b"|=", b"^=", b"@=",
    ];
    let is_op = |b: u8| b"=!<>*/+-%&|^@:.~".contains(&b);
    if !text.get(at).is_some_and(|&b| is_op(b)) {
        return at;
    }
    // Tokenize the run of operator characters from its start, longest first,
    // as CPython's tokenizer does.
    let mut i = at;
    while i > 0 && is_op(text[i - 1]) {
        i -= 1;
    }
    while i < at {
        let len = OPERATORS
            .iter()
            .find(|op| text[i..].starts_with(op))
            .map_or(1, |op| op.len());
        if i + len > at {
            return i;
        }
        i += len;
    }
    at
}

/// A byte of an identifier (ASCII letters, digits, `_`, or part of a non-ASCII character).
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
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
