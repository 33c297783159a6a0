//! The layout pass — the part of CPython's `Parser/tokenizer.c` that pest cannot express.
//!
//! pest's implicit whitespace is global, so indentation, comments, implicit line
//! joining inside brackets and backslash continuations are resolved here, before pest
//! runs. The pass rewrites the source into a text of the same bytes where
//! - comments, blank lines, continuation backslashes, newlines inside brackets,
//!   and tabs and form feeds outside strings become spaces (byte for byte, so
//!   offsets do not move);
//! - every remaining `\n` ends a logical line (the grammar's `NEWLINE`);
//! - one-byte markers [`INDENT`] and [`DEDENT`] are inserted where the indentation
//!   level changes (and a final `\n` if the file lacks one).
//!
//! Only the inserted bytes shift offsets; [`Layout::original_offset`] maps any offset
//! of the rewritten text back to the source, so diagnostics and AST positions are
//! reported against what the user wrote.

/// Marker byte for an increase of indentation (CPython's `INDENT` token).
pub const INDENT: char = '\u{1}';
/// Marker byte for a decrease of indentation (CPython's `DEDENT` token).
pub const DEDENT: char = '\u{2}';

/// Deepest bracket nesting accepted, as CPython's tokenizer (`MAXLEVEL`).
const MAX_BRACKET_DEPTH: usize = 200;
/// Deepest indentation accepted, as CPython's tokenizer (`MAXINDENT`).
const MAX_INDENT_DEPTH: usize = 100;
/// Most f-strings nested in one another: CPython's tokenizer has 150 levels
/// (`MAXFSTRINGLEVEL`), the code around the outermost f-string taking one.
const MAX_FSTRING_DEPTH: usize = 149;
/// Most `lambda` and `else` keywords in one logical line. They are the only
/// constructs that nest the parser's recursion without brackets (`lambda:
/// lambda: ...`, `a if b else c if d else ...`); CPython's parser gives up far
/// earlier on such nesting (its stack is 6000 rules deep), and the bound keeps
/// pest's recursion inside the thread's stack.
const MAX_NESTING_KEYWORDS: usize = 20_000;

/// The rewritten text and the map back to source offsets.
#[derive(Debug)]
pub struct Layout {
    /// The text pest parses.
    pub text: String,
    /// Offsets (in `text`) of inserted one-byte markers, ascending.
    inserts: Vec<usize>,
    /// The innermost bracket left open at the end of the file, as an error.
    pub unclosed: Option<LayoutError>,
}

impl Layout {
    /// Maps an offset in [`Layout::text`] to the corresponding offset in the source.
    pub fn original_offset(&self, offset: usize) -> usize {
        offset - self.inserts.partition_point(|&p| p < offset)
    }
}

/// A tokenizer-level error: CPython reports these as `SyntaxError` or one of its
/// subclasses before parsing starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutError {
    /// `SyntaxError`, `IndentationError` or `TabError`.
    pub kind: &'static str,
    /// CPython's message.
    pub msg: String,
    /// Source byte offset of the offending token.
    pub offset: usize,
    /// Length in bytes of the offending token (at least 1 for labelling).
    pub len: usize,
}

fn err(kind: &'static str, msg: impl Into<String>, offset: usize, len: usize) -> LayoutError {
    LayoutError {
        kind,
        msg: msg.into(),
        offset,
        len,
    }
}

/// Runs the layout pass over `src`.
pub fn layout(src: &str) -> Result<Layout, LayoutError> {
    if let Some(at) = src.find('\0') {
        return Err(err(
            "SyntaxError",
            "source code cannot contain null bytes",
            at,
            1,
        ));
    }
    Layouter::new(src).run()
}

struct Layouter<'s> {
    src: &'s str,
    bytes: &'s [u8],
    out: String,
    inserts: Vec<usize>,
    /// Indentation stack: (columns with tabs to 8, columns with tabs to 1).
    indents: Vec<(usize, usize)>,
    /// Open brackets: (byte, source offset).
    brackets: Vec<(u8, usize)>,
    /// `lambda` and `else` keywords in the current logical line.
    nesting_keywords: usize,
    /// f-strings open around the current position.
    fstring_depth: usize,
}

impl<'s> Layouter<'s> {
    fn new(src: &'s str) -> Self {
        Layouter {
            src,
            bytes: src.as_bytes(),
            out: String::with_capacity(src.len() + 64),
            inserts: Vec::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            nesting_keywords: 0,
            fstring_depth: 0,
        }
    }

    fn insert(&mut self, marker: char) {
        self.inserts.push(self.out.len());
        self.out.push(marker);
    }

    fn blank(&mut self, from: usize, to: usize) {
        for _ in from..to {
            self.out.push(' ');
        }
    }

    fn copy(&mut self, from: usize, to: usize) {
        self.out.push_str(&self.src[from..to]);
    }

    fn run(mut self) -> Result<Layout, LayoutError> {
        let n = self.bytes.len();
        let mut i = 0;
        // Skip a UTF-8 byte order mark, as CPython does.
        if self.src.starts_with('\u{feff}') {
            self.blank(0, 3);
            i = 3;
        }
        // True at the start of a logical line (not after a continuation backslash).
        let mut at_line_start = true;
        let mut line_has_token = false;
        while i < n {
            if at_line_start && self.brackets.is_empty() {
                at_line_start = false;
                i = self.line_start(i)?;
                if i >= n {
                    break;
                }
                if self.bytes[i] == b'\n' || self.bytes[i] == b'\r' || self.bytes[i] == b'#' {
                    continue;
                }
            }
            let b = self.bytes[i];
            match b {
                b'#' => {
                    let end = self.src[i..].find(['\n', '\r']).map_or(n, |e| i + e);
                    self.blank(i, end);
                    i = end;
                }
                b'\r' | b'\n' => {
                    let len = if b == b'\r' && self.bytes.get(i + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                    if !self.brackets.is_empty() || !line_has_token {
                        self.blank(i, i + len);
                    } else {
                        self.blank(i, i + len - 1);
                        self.out.push('\n');
                        line_has_token = false;
                        self.nesting_keywords = 0;
                    }
                    i += len;
                    if self.brackets.is_empty() {
                        at_line_start = true;
                    }
                }
                b'\\' => {
                    let backslash = i;
                    // A continuation into the end of the file: an unclosed bracket
                    // wins, else CPython points just past the backslash.
                    let eof = |brackets: &[(u8, usize)]| match brackets.last() {
                        Some(&(b, at)) => err(
                            "SyntaxError",
                            format!("'{}' was never closed", b as char),
                            at,
                            1,
                        ),
                        None => err(
                            "SyntaxError",
                            "unexpected EOF while parsing",
                            backslash + 1,
                            1,
                        ),
                    };
                    let next = self.bytes.get(i + 1).copied();
                    match next {
                        Some(b'\n') => {
                            self.blank(i, i + 2);
                            i += 2;
                        }
                        Some(b'\r') => {
                            let len = if self.bytes.get(i + 2) == Some(&b'\n') {
                                3
                            } else {
                                2
                            };
                            self.blank(i, i + len);
                            i += len;
                        }
                        None => return Err(eof(&self.brackets)),
                        Some(_) => {
                            // CPython points just past the backslash.
                            return Err(err(
                                "SyntaxError",
                                "unexpected character after line continuation character",
                                i + 1,
                                1,
                            ));
                        }
                    }
                    if i >= n {
                        return Err(eof(&self.brackets));
                    }
                }
                b'(' | b'[' | b'{' => {
                    if self.brackets.len() >= MAX_BRACKET_DEPTH {
                        return Err(err("SyntaxError", "too many nested parentheses", i, 1));
                    }
                    self.brackets.push((b, i));
                    self.out.push(b as char);
                    line_has_token = true;
                    i += 1;
                }
                b')' | b']' | b'}' => {
                    let open = match b {
                        b')' => b'(',
                        b']' => b'[',
                        _ => b'{',
                    };
                    match self.brackets.pop() {
                        None => {
                            return Err(err(
                                "SyntaxError",
                                format!("unmatched '{}'", b as char),
                                i,
                                1,
                            ));
                        }
                        Some((o, at)) if o != open => {
                            let (line, _) = line_col(self.src, at);
                            let (this_line, _) = line_col(self.src, i);
                            let msg = if line == this_line {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                    b as char, o as char
                                )
                            } else {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                    b as char, o as char, line
                                )
                            };
                            return Err(err("SyntaxError", msg, i, 1));
                        }
                        Some(_) => {}
                    }
                    self.out.push(b as char);
                    line_has_token = true;
                    i += 1;
                }
                b'"' | b'\'' => {
                    i = self.string(i, i)?;
                    line_has_token = true;
                }
                b'0'..=b'9' => {
                    let end = number_end(self.bytes, i)?;
                    self.copy(i, end);
                    i = end;
                    line_has_token = true;
                }
                b'.' if self.bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                    let end = number_end(self.bytes, i)?;
                    self.copy(i, end);
                    i = end;
                    line_has_token = true;
                }
                _ if b == b'_' || b.is_ascii_alphabetic() || b >= 0x80 => {
                    let start = i;
                    let mut j = i;
                    while j < n {
                        let c = self.bytes[j];
                        if c == b'_' || c.is_ascii_alphanumeric() || c >= 0x80 {
                            // Multi-byte characters are whole; `is_char_boundary` keeps slicing valid.
                            j += 1;
                            while j < n && !self.src.is_char_boundary(j) {
                                j += 1;
                            }
                        } else {
                            break;
                        }
                    }
                    if j < n
                        && (self.bytes[j] == b'"' || self.bytes[j] == b'\'')
                        && is_string_prefix(&self.src[start..j])
                    {
                        i = self.string(start, j)?;
                    } else {
                        if matches!(&self.src[start..j], "lambda" | "else") {
                            self.nesting_keywords += 1;
                            if self.nesting_keywords > MAX_NESTING_KEYWORDS {
                                return Err(err(
                                    "MemoryError",
                                    "Parser stack overflowed - Python source too complex to parse",
                                    start,
                                    j - start,
                                ));
                            }
                        }
                        self.copy(start, j);
                        i = j;
                    }
                    line_has_token = true;
                }
                _ => {
                    let ch_len = self.src[i..].chars().next().map_or(1, char::len_utf8);
                    if b == b'\t' || b == b' ' || b == b'\x0c' {
                        // The grammar's only whitespace is the space.
                        self.out.push(' ');
                    } else {
                        self.copy(i, i + ch_len);
                        line_has_token = true;
                    }
                    i += ch_len;
                }
            }
        }
        // CPython's tokenizer only notices an unclosed bracket at the end of the
        // file; the parser may fail on an earlier token first, so the caller
        // decides which error wins.
        let unclosed = self.brackets.last().map(|&(b, at)| {
            err(
                "SyntaxError",
                format!("'{}' was never closed", b as char),
                at,
                1,
            )
        });
        if line_has_token {
            self.insert('\n');
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.insert(DEDENT);
        }
        Ok(Layout {
            text: self.out,
            inserts: self.inserts,
            unclosed,
        })
    }

    /// Handles the indentation of the physical line starting at `i`; returns the
    /// offset of its first non-blank byte. Blank and comment-only lines do not count.
    fn line_start(&mut self, i: usize) -> Result<usize, LayoutError> {
        let n = self.bytes.len();
        let (mut col, mut altcol, mut j) = (0usize, 0usize, i);
        while j < n {
            match self.bytes[j] {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                // A form feed resets the column count, as in CPython.
                b'\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                // A continuation backslash in column 0: CPython counts the
                // indentation of the line it joins (an indented one keeps its own).
                b'\\' if col == 0 && matches!(self.bytes.get(j + 1), Some(b'\n' | b'\r')) => {
                    let nl = if self.bytes[j + 1] == b'\r' && self.bytes.get(j + 2) == Some(&b'\n')
                    {
                        3
                    } else {
                        2
                    };
                    col = 0;
                    altcol = 0;
                    j += nl;
                    continue;
                }
                _ => break,
            }
            j += 1;
        }
        self.blank(i, j);
        if j >= n || matches!(self.bytes[j], b'\n' | b'\r' | b'#') {
            return Ok(j);
        }
        // A line starting with a continuation backslash joins the next one; its indentation still counts.
        let (top, top_alt) = *self.indents.last().expect("indent stack is never empty");
        if col == top {
            if altcol != top_alt {
                return Err(tab_error(i));
            }
        } else if col > top {
            if altcol <= top_alt {
                return Err(tab_error(i));
            }
            if self.indents.len() >= MAX_INDENT_DEPTH {
                return Err(err(
                    "IndentationError",
                    "too many levels of indentation",
                    j,
                    1,
                ));
            }
            self.indents.push((col, altcol));
            self.insert(INDENT);
        } else {
            while self.indents.len() > 1 && col < self.indents.last().expect("non-empty").0 {
                self.indents.pop();
                self.insert(DEDENT);
            }
            let (top, top_alt) = *self.indents.last().expect("indent stack is never empty");
            if col != top {
                // CPython points just past the end of the offending line.
                let eol = self.src[j..].find(['\n', '\r']).map_or(n, |e| j + e);
                return Err(err(
                    "IndentationError",
                    "unindent does not match any outer indentation level",
                    eol,
                    1,
                ));
            }
            if altcol != top_alt {
                return Err(tab_error(i));
            }
        }
        Ok(j)
    }

    /// Copies the string literal whose prefix starts at `start` and quote at `quote`;
    /// returns the offset just past it.
    fn string(&mut self, start: usize, quote: usize) -> Result<usize, LayoutError> {
        if self.src[start..quote].contains(['f', 'F']) {
            let raw = self.src[start..quote].contains(['r', 'R']);
            return self.fstring(start, quote, raw);
        }
        let n = self.bytes.len();
        let q = self.bytes[quote];
        let triple = quote + 2 < n && self.bytes[quote + 1] == q && self.bytes[quote + 2] == q;
        let mut j = quote + if triple { 3 } else { 1 };
        // CPython suggests an escaped closing quote when it saw one.
        let mut escaped_quote = false;
        loop {
            if j >= n {
                let (line, _) = line_col(self.src, n.saturating_sub(1).max(start));
                let msg = if triple {
                    format!("unterminated triple-quoted string literal (detected at line {line})")
                } else {
                    unterminated(line, escaped_quote)
                };
                return Err(err("SyntaxError", msg, start, 1));
            }
            let c = self.bytes[j];
            if c == b'\\' {
                escaped_quote |= self.bytes.get(j + 1) == Some(&q);
                j += 2;
                continue;
            }
            if !triple && (c == b'\n' || c == b'\r') {
                let (line, _) = line_col(self.src, start);
                return Err(err(
                    "SyntaxError",
                    unterminated(line, escaped_quote),
                    start,
                    1,
                ));
            }
            if c == q {
                if !triple {
                    j += 1;
                    break;
                }
                if j + 2 < n && self.bytes[j + 1] == q && self.bytes[j + 2] == q {
                    j += 3;
                    break;
                }
            }
            j += 1;
        }
        let j = j.min(n);
        self.copy(start, j);
        Ok(j)
    }
}

impl Layouter<'_> {
    /// Copies an f-string whose prefix starts at `start` and quote at `quote`.
    /// Its literal text is copied as is; inside replacement fields the text is
    /// code (PEP 701), so strings nest, and comments and newlines become
    /// spaces as inside brackets. Returns the offset just past the f-string.
    fn fstring(&mut self, start: usize, quote: usize, raw: bool) -> Result<usize, LayoutError> {
        if self.fstring_depth >= MAX_FSTRING_DEPTH {
            return Err(err("SyntaxError", "too many nested f-strings", quote, 1));
        }
        self.fstring_depth += 1;
        let r = self.fstring_body(start, quote, raw);
        self.fstring_depth -= 1;
        r
    }

    fn fstring_body(
        &mut self,
        start: usize,
        quote: usize,
        raw: bool,
    ) -> Result<usize, LayoutError> {
        let n = self.bytes.len();
        let q = self.bytes[quote];
        let triple = quote + 2 < n && self.bytes[quote + 1] == q && self.bytes[quote + 2] == q;
        let mut j = quote + if triple { 3 } else { 1 };
        self.copy(start, j);
        let unterminated_at = |this: &Self, at: usize| {
            let (line, _) = line_col(this.src, at);
            let msg = if triple {
                format!("unterminated triple-quoted f-string literal (detected at line {line})")
            } else {
                format!("unterminated f-string literal (detected at line {line})")
            };
            err("SyntaxError", msg, start, 1)
        };
        loop {
            if j >= n {
                return Err(unterminated_at(self, n.saturating_sub(1).max(start)));
            }
            let c = self.bytes[j];
            if c == b'\\' && j + 1 < n {
                let len =
                    if !raw && self.bytes[j + 1] == b'N' && self.bytes.get(j + 2) == Some(&b'{') {
                        self.src[j..].find('}').map_or(2, |e| e + 1)
                    } else if matches!(self.bytes[j + 1], b'{' | b'}') {
                        1
                    } else {
                        1 + self.src[j + 1..].chars().next().map_or(1, char::len_utf8)
                    };
                self.copy(j, j + len);
                j += len;
                continue;
            }
            if !triple && (c == b'\n' || c == b'\r') {
                return Err(unterminated_at(self, start));
            }
            if c == q
                && (!triple || (j + 2 < n && self.bytes[j + 1] == q && self.bytes[j + 2] == q))
            {
                let len = if triple { 3 } else { 1 };
                self.copy(j, j + len);
                return Ok(j + len);
            }
            if (c == b'{' || c == b'}') && self.bytes.get(j + 1) == Some(&c) {
                self.copy(j, j + 2);
                j += 2;
                continue;
            }
            if c == b'{' {
                self.out.push('{');
                j = self.fstring_field(j + 1, q, triple)?;
                continue;
            }
            let len = self.src[j..].chars().next().map_or(1, char::len_utf8);
            self.copy(j, j + len);
            j += len;
        }
    }

    /// Copies a replacement field from just after its `{` up to and including
    /// its `}`; a format spec after a top-level `:` is literal text that may
    /// hold nested fields.
    fn fstring_field(&mut self, mut j: usize, q: u8, triple: bool) -> Result<usize, LayoutError> {
        let n = self.bytes.len();
        let mut depth = 0usize;
        // Reported at the field's `{` when the file ends inside it.
        let unclosed = err(
            "SyntaxError",
            "f-string: expecting '}'",
            j.saturating_sub(1),
            1,
        );
        loop {
            if j >= n {
                return Err(unclosed);
            }
            let c = self.bytes[j];
            match c {
                b'(' | b'[' | b'{' => {
                    depth += 1;
                    self.out.push(c as char);
                    j += 1;
                }
                b')' | b']' => {
                    depth = depth.saturating_sub(1);
                    self.out.push(c as char);
                    j += 1;
                }
                b'}' if depth == 0 => {
                    self.out.push('}');
                    return Ok(j + 1);
                }
                b'}' => {
                    depth -= 1;
                    self.out.push('}');
                    j += 1;
                }
                b':' if depth == 0 => {
                    // The format spec: literal text up to the closing `}`.
                    self.out.push(':');
                    j += 1;
                    loop {
                        if j >= n {
                            return Err(unclosed);
                        }
                        let d = self.bytes[j];
                        if d == b'{' {
                            self.out.push('{');
                            j = self.fstring_field(j + 1, q, triple)?;
                        } else if d == b'}' {
                            self.out.push('}');
                            return Ok(j + 1);
                        } else if d == q || (!triple && (d == b'\n' || d == b'\r')) {
                            // Let the parser report the unclosed field.
                            return Ok(j);
                        } else {
                            let len = self.src[j..].chars().next().map_or(1, char::len_utf8);
                            self.copy(j, j + len);
                            j += len;
                        }
                    }
                }
                b'#' => {
                    let end = self.src[j..].find(['\n', '\r']).map_or(n, |e| j + e);
                    self.blank(j, end);
                    j = end;
                }
                b'\n' | b'\r' | b'\t' | b'\x0c' => {
                    self.out.push(' ');
                    j += 1;
                }
                // Any quote starts a nested string, the f-string's own included (PEP 701).
                b'"' | b'\'' => j = self.string(j, j)?,
                _ if c == b'_' || c.is_ascii_alphabetic() => {
                    let mut k = j;
                    while k < n && (self.bytes[k] == b'_' || self.bytes[k].is_ascii_alphanumeric())
                    {
                        k += 1;
                    }
                    if k < n
                        && matches!(self.bytes[k], b'"' | b'\'')
                        && is_string_prefix(&self.src[j..k])
                    {
                        j = self.string(j, k)?;
                    } else {
                        self.copy(j, k);
                        j = k;
                    }
                }
                _ => {
                    let len = self.src[j..].chars().next().map_or(1, char::len_utf8);
                    self.copy(j, j + len);
                    j += len;
                }
            }
        }
    }
}

/// Scans the number literal starting at `start` as CPython's tokenizer does and
/// returns its end, or the tokenizer's error: a misplaced `_`, a digit outside
/// the base, a missing exponent, leading zeros, or a letter glued to the number.
fn number_end(b: &[u8], start: usize) -> Result<usize, LayoutError> {
    let at = |i: usize| b.get(i).copied().unwrap_or(b'\n');
    // Errors point at the last character before the offending one.
    let invalid = |kind: &str, offending: usize| {
        err(
            "SyntaxError",
            format!("invalid {kind} literal"),
            offending.saturating_sub(1).max(start),
            1,
        )
    };
    // Digits with single underscores between them, from `i` (at a digit).
    let tail = |mut i: usize, is_digit: &dyn Fn(u8) -> bool, kind: &str| {
        loop {
            while is_digit(at(i)) {
                i += 1;
            }
            if at(i) != b'_' {
                return Ok(i);
            }
            i += 1;
            if !is_digit(at(i)) {
                return Err(invalid(kind, i));
            }
        }
    };
    let dec = |c: u8| c.is_ascii_digit();
    if at(start) == b'0' && matches!(at(start + 1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
        let (kind, radix) = match at(start + 1).to_ascii_lowercase() {
            b'x' => ("hexadecimal", 16),
            b'o' => ("octal", 8),
            _ => ("binary", 2),
        };
        let is_digit = move |c: u8| (c as char).is_digit(radix);
        let bad_digit = |i: usize| {
            err(
                "SyntaxError",
                format!("invalid digit '{}' in {kind} literal", at(i) as char),
                i,
                1,
            )
        };
        let mut i = start + 2;
        loop {
            if at(i) == b'_' {
                i += 1;
            }
            if !is_digit(at(i)) {
                return Err(if at(i).is_ascii_digit() {
                    bad_digit(i)
                } else {
                    invalid(kind, i)
                });
            }
            while is_digit(at(i)) {
                i += 1;
            }
            if at(i) != b'_' {
                break;
            }
        }
        if at(i).is_ascii_digit() {
            return Err(bad_digit(i));
        }
        return end_of_number(b, i).map_err(|o| invalid(kind, o));
    }
    let mut i = start;
    let mut leading_zeros = false;
    if at(i) == b'0' {
        // `0`, `00`, `0_0`: zeros only, unless a fraction, exponent or `j` follows.
        i += 1;
        loop {
            while at(i) == b'0' {
                i += 1;
            }
            if at(i) != b'_' {
                break;
            }
            i += 1;
            if !dec(at(i)) {
                return Err(invalid("decimal", i));
            }
        }
        if dec(at(i)) {
            leading_zeros = true;
            i = tail(i, &dec, "decimal")?;
        }
    } else if at(i) != b'.' {
        i = tail(i, &dec, "decimal")?;
    }
    let mut is_float = false;
    if at(i) == b'.' {
        is_float = true;
        i += 1;
        if dec(at(i)) {
            i = tail(i, &dec, "decimal")?;
        }
    }
    if matches!(at(i), b'e' | b'E') {
        let e = i;
        i += 1;
        if matches!(at(i), b'+' | b'-') {
            i += 1;
            if !dec(at(i)) {
                return Err(invalid("decimal", i));
            }
            i = tail(i, &dec, "decimal")?;
            is_float = true;
        } else if dec(at(i)) {
            i = tail(i, &dec, "decimal")?;
            is_float = true;
        } else {
            // Not an exponent: the number ends before the `e`.
            i = e;
        }
    }
    if matches!(at(i), b'j' | b'J') {
        return end_of_number(b, i + 1).map_err(|o| invalid("imaginary", o));
    }
    if leading_zeros && !is_float {
        return Err(err(
            "SyntaxError",
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            start,
            i - start,
        ));
    }
    end_of_number(b, i).map_err(|o| invalid("decimal", o))
}

/// A number may not run into a name, except into the keywords that CPython
/// still accepts there (`1if x else y`). `Err` holds the offending offset.
fn end_of_number(b: &[u8], i: usize) -> Result<usize, usize> {
    let Some(&c) = b.get(i) else { return Ok(i) };
    if !(c == b'_' || c.is_ascii_alphanumeric()) {
        return Ok(i);
    }
    let rest = &b[i..];
    let keyword = ["and", "else", "for", "if", "in", "is", "not", "or"]
        .iter()
        .any(|k| rest.starts_with(k.as_bytes()));
    if keyword { Ok(i) } else { Err(i) }
}

/// CPython's message for a single-quoted string cut by the end of its line.
fn unterminated(line: usize, escaped_quote: bool) -> String {
    let hint = if escaped_quote {
        "; perhaps you escaped the end quote?"
    } else {
        ""
    };
    format!("unterminated string literal (detected at line {line}){hint}")
}

fn tab_error(offset: usize) -> LayoutError {
    err(
        "TabError",
        "inconsistent use of tabs and spaces in indentation",
        offset,
        1,
    )
}

fn is_string_prefix(p: &str) -> bool {
    matches!(
        p.to_ascii_lowercase().as_str(),
        "r" | "u" | "b" | "br" | "rb" | "f" | "fr" | "rf"
    )
}

/// 1-based line and 0-based UTF-8 byte column of a source offset, as CPython counts them.
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(src.len());
    let before = &src.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = offset
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(src: &str) -> String {
        layout(src)
            .unwrap()
            .text
            .replace(INDENT, ">")
            .replace(DEDENT, "<")
    }

    #[test]
    fn indentation_becomes_markers() {
        assert_eq!(shown("if x:\n    y\nz\n"), "if x:\n    >y\n<z\n");
    }

    #[test]
    fn comments_blank_lines_and_joins_keep_offsets() {
        assert_eq!(shown("a = (1,\n  2) # c\n\n"), "a = (1,   2)    \n ");
        assert_eq!(shown("a = 1 + \\\n 2"), "a = 1 +    2\n");
    }

    #[test]
    fn offsets_map_back() {
        let l = layout("if x:\n    y\n").unwrap();
        let y = l.text.find('y').unwrap();
        assert_eq!(l.original_offset(y), 10);
    }

    #[test]
    fn errors() {
        assert_eq!(
            layout("(1,\n").unwrap().unclosed.unwrap().msg,
            "'(' was never closed"
        );
        assert_eq!(
            layout("if x:\n    a\n  b\n").unwrap_err().msg,
            "unindent does not match any outer indentation level"
        );
        assert!(
            layout("'abc\n")
                .unwrap_err()
                .msg
                .starts_with("unterminated string literal")
        );
        assert_eq!(
            layout("x = 1\0\n").unwrap_err().msg,
            "source code cannot contain null bytes"
        );
    }
}
