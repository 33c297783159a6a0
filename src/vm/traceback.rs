//! Rendering of uncaught exceptions as CPython 3.13 prints them: frames outermost
//! first, the source line of each, and the `~~~^^^` markers under the failing
//! expression (CPython's `traceback.py`).

use crate::ast::{ExprKind, Pos, StmtKind};
use std::rc::Rc;

use crate::runtime::{Exc, Traceback, Value, exc_group};

/// How many identical consecutive frames are shown before they are summarised.
const RECURSIVE_CUTOFF: usize = 3;

/// How many exceptions of a group a traceback shows (`max_group_width`).
const MAX_GROUP_WIDTH: usize = 15;
/// How deeply nested groups a traceback shows (`max_group_depth`).
const MAX_GROUP_DEPTH: usize = 10;

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

/// The full traceback text of `exc`, ending with a newline, as CPython's
/// `traceback.TracebackException` renders it: the exceptions it was raised
/// from or while handling first (`__cause__`, else `__context__` unless
/// suppressed), and the members of exception groups in a nested, numbered
/// tree. Each exception is shown once.
pub fn render(exc: &Exc, source_of: &dyn Fn(&str) -> Option<String>) -> String {
    let mut p = Printer {
        nodes: build(exc),
        source_of,
        out: String::new(),
        depth: 0,
        need_close: false,
    };
    p.format(0);
    p.out
}

/// How CPython's unraisable-exception hook (an exception in `__del__`)
/// shows an exception: its own traceback without marker lines, no chain.
pub fn render_unmarked(exc: &Exc, source_of: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::new();
    if exc.state().traceback.borrow().is_some() {
        out.push_str("Traceback (most recent call last):\n");
    }
    out.push_str(&stack_text(exc, source_of, false));
    out.push_str(&exception_only(exc));
    out
}

/// One exception of the tree a traceback shows, with the indexes of the
/// nodes it links to (CPython's `TracebackException`).
struct Node {
    exc: Exc,
    cause: Option<usize>,
    context: Option<usize>,
    /// The members, for an exception group.
    exceptions: Option<Vec<usize>>,
}

/// The tree of exceptions shown for `root`, in CPython's order of discovery
/// (a stack of nodes still to expand), each exception at most once as a
/// cause or context.
fn build(root: &Exc) -> Vec<Node> {
    let ptr = |e: &Exc| Rc::as_ptr(&e.0) as *const ();
    let linked = |v: &Value| match v {
        Value::Instance(i) if i.exc.is_some() => Some(Exc(i.clone())),
        _ => None,
    };
    let mut nodes = vec![Node {
        exc: root.clone(),
        cause: None,
        context: None,
        exceptions: None,
    }];
    let mut seen = vec![ptr(root)];
    let add = |nodes: &mut Vec<Node>, seen: &mut Vec<*const ()>, e: Exc| {
        seen.push(ptr(&e));
        nodes.push(Node {
            exc: e,
            cause: None,
            context: None,
            exceptions: None,
        });
        nodes.len() - 1
    };
    let mut queue = vec![0];
    while let Some(i) = queue.pop() {
        let e = nodes[i].exc.clone();
        let state = e.state();
        let cause = linked(&state.cause.borrow())
            .filter(|c| !seen.contains(&ptr(c)))
            .map(|c| add(&mut nodes, &mut seen, c));
        let context = if cause.is_none() && !state.suppress_context.get() {
            linked(&state.context.borrow())
                .filter(|c| !seen.contains(&ptr(c)))
                .map(|c| add(&mut nodes, &mut seen, c))
        } else {
            None
        };
        let exceptions = exc_group::parts(&e.value()).map(|(_, excs)| {
            excs.iter()
                .filter_map(linked)
                .map(|m| add(&mut nodes, &mut seen, m))
                .collect::<Vec<_>>()
        });
        queue.extend(cause);
        queue.extend(context);
        if let Some(ex) = &exceptions {
            queue.extend(ex.iter().copied());
        }
        let n = &mut nodes[i];
        (n.cause, n.context, n.exceptions) = (cause, context, exceptions);
    }
    nodes
}

/// Writes a tree of exceptions (CPython's `TracebackException.format` with
/// its `_ExceptionPrintContext`): inside a group, every line is indented by
/// the nesting depth and starts with a `|` margin.
struct Printer<'a> {
    nodes: Vec<Node>,
    source_of: &'a dyn Fn(&str) -> Option<String>,
    out: String,
    depth: usize,
    need_close: bool,
}

impl Printer<'_> {
    fn indent(&self) -> String {
        format!("{:1$}", "", 2 * self.depth)
    }

    /// Adds `text` (whole lines), each line with the current indent and,
    /// inside a group, the `margin` character.
    fn emit(&mut self, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }

    fn format(&mut self, at: usize) {
        // The chain, oldest first.
        let mut chain = Vec::new();
        let mut cur = Some(at);
        while let Some(i) = cur {
            let n = &self.nodes[i];
            let (msg, next) = match (n.cause, n.context) {
                (Some(c), _) => (Some(CAUSE_MESSAGE), Some(c)),
                (None, Some(c)) if !n.exc.state().suppress_context.get() => {
                    (Some(CONTEXT_MESSAGE), Some(c))
                }
                _ => (None, None),
            };
            chain.push((msg, i));
            cur = next;
        }
        for (msg, i) in chain.into_iter().rev() {
            if let Some(msg) = msg {
                self.emit(msg, '|');
            }
            let exc = self.nodes[i].exc.clone();
            let has_tb = exc.state().traceback.borrow().is_some();
            let Some(members) = self.nodes[i].exceptions.clone() else {
                if has_tb {
                    self.emit("Traceback (most recent call last):\n", '|');
                    let stack = stack_text(&exc, self.source_of, true);
                    self.emit(&stack, '|');
                }
                self.emit(&exception_only(&exc), '|');
                continue;
            };
            if self.depth > MAX_GROUP_DEPTH {
                self.emit(
                    &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                    '|',
                );
                continue;
            }
            let top_level = self.depth == 0;
            if top_level {
                self.depth += 1;
            }
            if has_tb {
                let margin = if top_level { '+' } else { '|' };
                self.emit(
                    "Exception Group Traceback (most recent call last):\n",
                    margin,
                );
                let stack = stack_text(&exc, self.source_of, true);
                self.emit(&stack, '|');
            }
            self.emit(&exception_only(&exc), '|');
            let shown = members.len().min(MAX_GROUP_WIDTH + 1);
            self.need_close = false;
            for (k, &m) in members.iter().take(shown).enumerate() {
                let last = k + 1 == shown;
                if last {
                    // The closing line may be written by a nested group.
                    self.need_close = true;
                }
                let truncated = k >= MAX_GROUP_WIDTH;
                let title = if truncated {
                    "...".to_string()
                } else {
                    (k + 1).to_string()
                };
                let lead = if k == 0 { "+-" } else { "  " };
                self.out.push_str(&format!(
                    "{}{lead}+---------------- {title} ----------------\n",
                    self.indent()
                ));
                self.depth += 1;
                if truncated {
                    let more = members.len() - MAX_GROUP_WIDTH;
                    let s = if more > 1 { "s" } else { "" };
                    self.emit(&format!("and {more} more exception{s}\n"), '|');
                } else {
                    self.format(m);
                }
                if last && self.need_close {
                    self.out.push_str(&format!(
                        "{}+------------------------------------\n",
                        self.indent()
                    ));
                    self.need_close = false;
                }
                self.depth -= 1;
            }
            if top_level {
                self.depth = 0;
            }
        }
    }
}

/// The frame lines of `exc`'s traceback (no header), outermost first, runs
/// of identical frames summarised.
fn stack_text(exc: &Exc, source_of: &dyn Fn(&str) -> Option<String>, carets: bool) -> String {
    let tb = exc.state().traceback.borrow().clone();
    let mut out = String::new();
    let frames = tb.map_or_else(Vec::new, |t| t.entries());
    let mut i = 0;
    while i < frames.len() {
        let f = &frames[i];
        let same = |g: &Rc<Traceback>| {
            g.filename() == f.filename() && g.pos().lineno == f.pos().lineno && g.name() == f.name()
        };
        let mut run = 1;
        while i + run < frames.len() && same(&frames[i + run]) {
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
    out
}

/// The last lines of a traceback: `Type: message`, a hint, the notes.
fn exception_only(exc: &Exc) -> String {
    let mut out = exc.summary();
    out.push_str(&super::suggest::hint(exc));
    out.push('\n');
    // `__notes__`: each added note on its own line.
    match exc.notes() {
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

fn frame_text(f: &Traceback, source_of: &dyn Fn(&str) -> Option<String>, carets: bool) -> String {
    let mut out = format!(
        "  File \"{}\", line {}, in {}\n",
        f.filename(),
        f.pos().lineno,
        f.name()
    );
    let Some(src) = source_of(f.filename()) else {
        return out;
    };
    let lines: Vec<&str> = src.lines().map(|l| l.trim_end_matches('\r')).collect();
    let p = f.pos();
    if p.lineno == 0 || p.lineno as usize > lines.len() {
        return out;
    }
    let first = lines[p.lineno as usize - 1];
    if first.trim().is_empty() {
        return out;
    }
    // The C printer (`carets` off) and positions without an end show the
    // first line alone.
    let last_line = p.end_lineno as usize;
    // A position without a column range (an instruction of a generator
    // that never started) gets no marker line either.
    let no_range = last_line == p.lineno as usize && p.end_col_offset <= p.col_offset;
    if !carets || no_range || last_line < p.lineno as usize || last_line > lines.len() {
        out.push_str(&format!("    {}\n", first.trim()));
        return out;
    }
    for l in source_block(&lines[p.lineno as usize - 1..last_line], p) {
        out.push_str("    ");
        out.push_str(&l);
        out.push('\n');
    }
    out
}

/// The lines of an instruction's range as CPython 3.13's `traceback` shows
/// them: dedented, the first, the last and those around the anchors (the runs
/// between elided as `...<N lines>...`), each followed by its marker line when
/// markers are shown.
fn source_block(original: &[&str], p: Pos) -> Vec<String> {
    let all: Vec<Vec<char>> = dedent(original)
        .iter()
        .map(|l| l.chars().collect())
        .collect();
    let n = all.len();
    let char_at = |line: &str, byte: u32| {
        line.get(..(byte as usize).min(line.len()))
            .map_or(line.chars().count(), |s| s.chars().count())
    };
    let shift = original[0].chars().count() - all[0].len();
    let start = char_at(original[0], p.col_offset).saturating_sub(shift);
    let end = char_at(original[n - 1], p.end_col_offset).saturating_sub(shift);
    // The instruction's source text.
    let joined: Vec<char> = all.join(&'\n');
    let tail = all[n - 1].len().saturating_sub(end);
    let segment: String = joined
        .get(start..joined.len().saturating_sub(tail).max(start))
        .map_or_else(String::new, |c| c.iter().collect());
    let anchors = anchors(&segment).map(|mut a| {
        if a.left.0 == 0 {
            a.left.1 += start;
        }
        if a.right.0 == 0 {
            a.right.1 += start;
        }
        a
    });
    let text: Vec<String> = all.iter().map(|l| l.iter().collect()).collect();
    let show = should_show_carets(&text, start, end, anchors.is_some());
    let mut significant = vec![0, n - 1];
    if let Some(a) = &anchors {
        for l in [a.left.0, a.right.0] {
            significant.extend([l.wrapping_sub(1), l, l + 1]);
        }
    }
    significant.retain(|&l| l < n);
    significant.sort_unstable();
    significant.dedup();
    let mut out = Vec::new();
    let emit = |i: usize, out: &mut Vec<String>| {
        out.push(text[i].clone());
        if !show {
            return;
        }
        let line = &all[i];
        let indent = line.iter().take_while(|c| c.is_whitespace()).count();
        let width = if i == n - 1 { end } else { line.len() };
        let marks: String = (0..width)
            .map(|col| {
                if col < indent || (i == 0 && col < start) {
                    ' '
                } else if let Some(a) = &anchors
                    && (i > a.left.0 || (i == a.left.0 && col >= a.left.1))
                    && (i < a.right.0 || (i == a.right.0 && col < a.right.1))
                {
                    '^'
                } else if anchors.is_some() {
                    '~'
                } else {
                    '^'
                }
            })
            .collect();
        out.push(marks);
    };
    for (k, &i) in significant.iter().enumerate() {
        if k > 0 {
            let gap = i - significant[k - 1];
            if gap == 2 {
                emit(i - 1, &mut out);
            } else if gap > 2 {
                out.push(format!("...<{} lines>...", gap - 1));
            }
        }
        emit(i, &mut out);
    }
    dedent(&out.iter().map(String::as_str).collect::<Vec<_>>())
}

/// Python's `textwrap.dedent`: the whitespace prefix common to the lines
/// that are not blank is removed; blank lines become empty.
fn dedent(lines: &[&str]) -> Vec<String> {
    let mut margin: Option<&str> = None;
    for l in lines.iter().filter(|l| !l.trim().is_empty()) {
        let ws = &l[..l.len() - l.trim_start().len()];
        margin = Some(match margin {
            None => ws,
            Some(m) => {
                let common = m
                    .char_indices()
                    .zip(ws.chars())
                    .find(|((_, a), b)| a != b)
                    .map_or(m.len().min(ws.len()), |((i, _), _)| i);
                &m[..common]
            }
        });
    }
    let cut = margin.map_or(0, str::len);
    lines
        .iter()
        .map(|l| {
            if l.trim().is_empty() {
                String::new()
            } else {
                l[cut..].to_string()
            }
        })
        .collect()
}

/// CPython's `_should_show_carets`: not when a whole `return f(...)` or
/// `x = <call>` is the failing call; yes when there are anchors or the range
/// leaves something on its first or last line.
fn should_show_carets(lines: &[String], start: usize, end: usize, has_anchors: bool) -> bool {
    if let Ok(module) = crate::syntax::parse(&lines.join("\n"))
        && let Some(stmt) = module.body.first()
    {
        // `return f(...)` with a plain name called, or `x = <any call>`.
        let call = match &stmt.kind {
            StmtKind::Return { value: Some(v) }
                if matches!(&v.kind, ExprKind::Call { func, .. }
                    if matches!(func.kind, ExprKind::Name { .. })) =>
            {
                Some(&**v)
            }
            StmtKind::Assign { targets, value }
                if targets.len() == 1
                    && matches!(targets[0].kind, ExprKind::Name { .. })
                    && matches!(value.kind, ExprKind::Call { .. }) =>
            {
                Some(&**value)
            }
            _ => None,
        };
        // CPython compares the node's byte columns with character offsets.
        if let Some(v) = call
            && v.pos.lineno == 1
            && v.pos.end_lineno as usize == lines.len()
            && v.pos.col_offset as usize == start
            && v.pos.end_col_offset as usize == end
        {
            return false;
        }
    }
    if has_anchors {
        return true;
    }
    let before: String = lines[0].chars().take(start).collect();
    let after: String = lines[lines.len() - 1].chars().skip(end).collect();
    !before.trim_start().is_empty() || !after.trim_end().is_empty()
}

/// Where the `^` run starts and ends inside a marked range, as (line, column)
/// pairs relative to the segment (CPython's `_Anchors`).
struct Anchors {
    left: (usize, usize),
    right: (usize, usize),
}

/// CPython's `_extract_caret_anchors_from_line_segment`: the part of the
/// failing expression to mark with `^` (the operator of a binary operation,
/// the brackets of a subscript, the argument list of a call), over any
/// number of lines.
fn anchors(segment: &str) -> Option<Anchors> {
    let module = crate::syntax::parse(&format!("(\n{segment}\n)")).ok()?;
    if module.body.len() != 1 {
        return None;
    }
    let StmtKind::Expr { value } = &module.body[0].kind else {
        return None;
    };
    let lines: Vec<&str> = segment.split('\n').collect();
    let chars: Vec<Vec<char>> = lines.iter().map(|l| l.chars().collect()).collect();
    // A node's line in the segment (the wrapper adds one line above it).
    let line_of = |lineno: u32| (lineno as usize).checked_sub(2);
    let col = |line: usize, byte: u32| {
        let l = lines.get(line)?;
        Some(
            l.get(..(byte as usize).min(l.len()))
                .map_or(l.chars().count(), |s| s.chars().count()),
        )
    };
    let valid = |mut line: usize, mut c: usize| -> Option<(usize, usize)> {
        while line < chars.len() && c >= chars[line].len() {
            c = 0;
            line += 1;
        }
        (line < chars.len()).then_some((line, c))
    };
    let scan_to = |(mut line, mut c): (usize, usize), stop: &dyn Fn(char) -> bool| {
        loop {
            let ch = chars[line][c];
            if ch == '\\' || ch == '#' {
                (line, c) = valid(line + 1, 0)?;
            } else if !stop(ch) {
                (line, c) = valid(line, c + 1)?;
            } else {
                return Some((line, c));
            }
        }
    };
    let end_of = |p: Pos, force: bool| -> Option<(usize, usize)> {
        let line = line_of(p.end_lineno)?;
        let c = col(line, p.end_col_offset)?;
        if force {
            valid(line, c)
        } else {
            Some((line, c))
        }
    };
    match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let (line, c) = scan_to(end_of(left.pos, true)?, &|ch| {
                !ch.is_whitespace() && ch != ')'
            })?;
            let mut r = c + 1;
            let right_line = line_of(right.pos.lineno)?;
            if r < chars[line].len()
                && (right_line > line || Some(r) < col(right_line, right.pos.col_offset))
                && !chars[line][r].is_whitespace()
                && !"\\#".contains(chars[line][r])
            {
                r += 1;
            }
            Some(Anchors {
                left: (line, c),
                right: (line, r),
            })
        }
        ExprKind::Subscript { value: v, .. } => Some(Anchors {
            left: scan_to(end_of(v.pos, true)?, &|ch| ch == '[')?,
            right: end_of(value.pos, false)?,
        }),
        ExprKind::Call { func, .. } => Some(Anchors {
            left: scan_to(end_of(func.pos, true)?, &|ch| ch == '(')?,
            right: end_of(value.pos, false)?,
        }),
        _ => None,
    }
}
