//! Rendering of uncaught exceptions as CPython 3.13 prints them: frames outermost
//! first, the source line of each, and the `~~~^^^` markers under the failing
//! expression (CPython's `traceback.py`).

use crate::ast::{ExprKind, Pos, StmtKind};
use crate::runtime::{Exc, TbEntry, Value};

/// How many identical consecutive frames are shown before they are summarised.
const RECURSIVE_CUTOFF: usize = 3;

/// The full traceback text of `exc`, ending with a newline: the exceptions it
/// was raised from or while handling first (`__cause__`, else `__context__`
/// unless suppressed), as CPython prints chains.
pub fn render(exc: &Exc, source_of: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    render_chain(exc, source_of, true, &mut out, &mut seen);
    out
}

/// [`render`] without the marker lines: how CPython's C traceback printer
/// (`PyErr_WriteUnraisable`, an exception in `__del__`) shows a traceback.
pub fn render_unmarked(exc: &Exc, source_of: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    render_chain(exc, source_of, false, &mut out, &mut seen);
    out
}

fn render_chain(
    exc: &Exc,
    source_of: &dyn Fn(&str) -> Option<String>,
    carets: bool,
    out: &mut String,
    seen: &mut Vec<*const ()>,
) {
    seen.push(std::rc::Rc::as_ptr(&exc.0) as *const ());
    let state = exc.state();
    let linked = |v: &Value| match v {
        Value::Instance(i) if i.exc.is_some() => Some(Exc(i.clone())),
        _ => None,
    };
    let cause = linked(&state.cause.borrow());
    let context = linked(&state.context.borrow());
    let (prior, note) = match (cause, context) {
        (Some(c), _) => (
            Some(c),
            "The above exception was the direct cause of the following exception:",
        ),
        (None, Some(c)) if !state.suppress_context.get() => (
            Some(c),
            "During handling of the above exception, another exception occurred:",
        ),
        _ => (None, ""),
    };
    if let Some(p) = prior
        && !seen.contains(&(std::rc::Rc::as_ptr(&p.0) as *const ()))
    {
        render_chain(&p, source_of, carets, out, seen);
        out.push('\n');
        out.push_str(note);
        out.push_str("\n\n");
    }
    out.push_str(&render_one(exc, source_of, carets));
}

fn render_one(exc: &Exc, source_of: &dyn Fn(&str) -> Option<String>, carets: bool) -> String {
    let tb = exc.state().traceback.borrow();
    let mut out = String::new();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
    }
    let frames: Vec<&TbEntry> = tb.iter().rev().collect();
    let mut i = 0;
    while i < frames.len() {
        let f = frames[i];
        let same = |g: &TbEntry| {
            g.filename == f.filename && g.pos.lineno == f.pos.lineno && g.name == f.name
        };
        let mut run = 1;
        while i + run < frames.len() && same(frames[i + run]) {
            run += 1;
        }
        for g in &frames[i..i + run.min(RECURSIVE_CUTOFF)] {
            out.push_str(&frame_text(g, source_of, carets));
        }
        if run > RECURSIVE_CUTOFF {
            let more = run - RECURSIVE_CUTOFF;
            out.push_str(&format!(
                "  [Previous line repeated {more} more time{}]\n",
                if more == 1 { "" } else { "s" }
            ));
        }
        i += run;
    }
    out.push_str(&exc.summary());
    out.push_str(&super::suggest::hint(exc));
    out.push('\n');
    // `__notes__`: each added note on its own line.
    let notes = exc
        .0
        .dict
        .borrow()
        .get(&crate::runtime::StrKey::new("__notes__"))
        .cloned();
    match notes {
        Some(Value::List(l)) => {
            for n in l.borrow().iter() {
                match n {
                    Value::Str(s) => out.push_str(s.as_str()),
                    other => out.push_str(
                        &crate::runtime::repr(other)
                            .unwrap_or_else(|_| "<note repr() failed>".into()),
                    ),
                }
                out.push('\n');
            }
        }
        Some(other) => {
            out.push_str(&crate::runtime::repr(&other).unwrap_or_default());
            out.push('\n');
        }
        None => {}
    }
    out
}

fn frame_text(f: &TbEntry, source_of: &dyn Fn(&str) -> Option<String>, carets: bool) -> String {
    let mut out = format!(
        "  File \"{}\", line {}, in {}\n",
        f.filename, f.pos.lineno, f.name
    );
    let Some(src) = source_of(&f.filename) else {
        return out;
    };
    let lines: Vec<&str> = src.lines().collect();
    let p = f.pos;
    if p.lineno == 0 || p.lineno as usize > lines.len() {
        return out;
    }
    let line = lines[p.lineno as usize - 1].trim_end_matches(['\r', '\n']);
    let dedented = line.trim_start();
    if dedented.trim().is_empty() {
        return out;
    }
    out.push_str(&format!("    {}\n", dedented.trim_end()));
    if !carets || p.end_lineno != p.lineno {
        return out;
    }
    if let Some(carets) = caret_line(line, p) {
        out.push_str(&format!("    {carets}\n"));
    }
    out
}

/// The marker line under a single-line instruction range, or `None` when CPython
/// would print none.
fn caret_line(line: &str, p: Pos) -> Option<String> {
    let dedent = line.len() - line.trim_start().len();
    let text = &line[dedent..];
    let to_chars = |byte: usize| {
        text.get(..byte.min(text.len()))
            .map_or(0, |s| s.chars().count())
    };
    let start = to_chars((p.col_offset as usize).checked_sub(dedent)?);
    let end = to_chars((p.end_col_offset as usize).checked_sub(dedent)?);
    if end <= start {
        return None;
    }
    let segment: String = text.chars().skip(start).take(end - start).collect();
    let anchors = anchors(&segment);
    if !should_show_carets(text, start, end, anchors.is_some()) {
        return None;
    }
    let mut carets = String::new();
    for col in 0..end {
        if col < start {
            carets.push(' ');
        } else if let Some((l, r)) = anchors {
            carets.push(if col >= start + l && col < start + r {
                '^'
            } else {
                '~'
            });
        } else {
            carets.push('^');
        }
    }
    Some(carets)
}

/// CPython's `_should_show_carets`: not when a whole-line `return f(...)` or
/// `x = f(...)` is the failing call; yes when there are anchors or the range is
/// not the whole line.
fn should_show_carets(text: &str, start: usize, end: usize, has_anchors: bool) -> bool {
    if let Ok(module) = crate::syntax::parse(text)
        && let Some(stmt) = module.body.first()
    {
        let call = match &stmt.kind {
            StmtKind::Return { value: Some(v) } => Some(&**v),
            StmtKind::Assign { targets, value }
                if matches!(targets[0].kind, ExprKind::Name { .. }) =>
            {
                Some(&**value)
            }
            _ => None,
        };
        if let Some(v) = call
            && let ExprKind::Call { func, .. } = &v.kind
            && matches!(func.kind, ExprKind::Name { .. })
            && v.pos.lineno == 1
            && v.pos.end_lineno == 1
            && v.pos.col_offset as usize
                == text.char_indices().nth(start).map_or(text.len(), |c| c.0)
            && v.pos.end_col_offset as usize
                == text.char_indices().nth(end).map_or(text.len(), |c| c.0)
        {
            return false;
        }
    }
    if has_anchors {
        return true;
    }
    let before: String = text.chars().take(start).collect();
    let after: String = text.chars().skip(end).collect();
    !before.trim_start().is_empty() || !after.trim_end().is_empty()
}

/// CPython's `_extract_caret_anchors_from_line_segment` for a one-line segment:
/// the character range to mark with `^` (the operator of a binary operation, the
/// brackets of a subscript, the argument list of a call).
fn anchors(segment: &str) -> Option<(usize, usize)> {
    let module = crate::syntax::parse(&format!("(\n{segment}\n)")).ok()?;
    if module.body.len() != 1 {
        return None;
    }
    let StmtKind::Expr { value } = &module.body[0].kind else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    // Columns below are bytes in line 2 of the wrapped text, i.e. in `segment`.
    let col = |byte: u32| {
        segment
            .get(..byte as usize)
            .map_or(chars.len(), |s| s.chars().count())
    };
    let single_line = |p: Pos| p.lineno == 2 && p.end_lineno == 2;
    match &value.kind {
        ExprKind::BinOp { left, right, .. } if single_line(left.pos) => {
            let mut c = col(left.pos.end_col_offset);
            while c < chars.len() && (chars[c].is_whitespace() || chars[c] == ')') {
                c += 1;
            }
            let mut r = c + 1;
            if r < chars.len()
                && r < col(right.pos.col_offset)
                && !chars[r].is_whitespace()
                && !"\\#".contains(chars[r])
            {
                r += 1;
            }
            Some((c, r))
        }
        ExprKind::Subscript { value: v, .. } if single_line(v.pos) => {
            let mut c = col(v.pos.end_col_offset);
            while c < chars.len() && chars[c] != '[' {
                c += 1;
            }
            Some((c, col(value.pos.end_col_offset)))
        }
        ExprKind::Call { func, .. } if single_line(func.pos) => {
            let mut c = col(func.pos.end_col_offset);
            while c < chars.len() && chars[c] != '(' {
                c += 1;
            }
            Some((c, col(value.pos.end_col_offset)))
        }
        _ => None,
    }
}
