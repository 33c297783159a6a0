//! `pyforge dis`: disassembly in the layout of CPython 3.13's `dis` module.
//!
//! Offsets and jump arguments are printed as CPython counts them: two bytes per
//! instruction plus the inline cache entries the opcode table declares, and jump
//! arguments relative to the end of the jumping instruction, so a listing reads
//! like the one CPython prints for the same code.

use crate::text::Times;
use std::fmt::Write as _;

use super::opcodes::{CMP_OPS, NB_OPS};
use super::{ArgKind, Code, op_info};
use crate::runtime::{Value, repr_plain};
use crate::vm::handlers::{INTRINSIC_1, INTRINSIC_2};

/// `dis`'s column widths.
const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;
const NO_LINENO: &str = "  --";

/// Disassembles `code` and, after it, every code object among its constants.
pub fn disassemble(code: &Code, show_offsets: bool) -> String {
    let mut out = String::new();
    disassemble_recursive(code, show_offsets, &mut out);
    out
}

fn disassemble_recursive(code: &Code, show_offsets: bool, out: &mut String) {
    disassemble_one(code, show_offsets, out);
    for c in &code.consts {
        if let Value::Code(inner) = c {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", code_repr(inner));
            disassemble_recursive(inner, show_offsets, out);
        }
    }
}

/// How `dis` names a code object; the address CPython prints is left out so that
/// listings are reproducible.
fn code_repr(c: &Code) -> String {
    format!(
        "<code object {}, file \"{}\", line {}>",
        c.name.as_str(),
        c.filename,
        c.firstlineno
    )
}

/// Where each instruction sits as CPython lays the code out: `start` is the
/// byte offset of its first code unit (an `EXTENDED_ARG` prefix when its
/// argument needs more than a byte), `ext` the number of those prefixes;
/// both have an extra entry for the end of the code.
struct Layout {
    start: Vec<usize>,
    ext: Vec<usize>,
}

impl Layout {
    /// The offset of the instruction itself, after its prefixes.
    fn at(&self, idx: usize) -> usize {
        self.start[idx] + 2 * self.ext[idx]
    }
}

/// How many `EXTENDED_ARG` prefixes an argument needs.
fn prefixes(arg: u64) -> usize {
    match arg {
        0..=0xff => 0,
        0x100..=0xffff => 1,
        0x1_0000..=0xff_ffff => 2,
        _ => 3,
    }
}

/// The argument a jump has in CPython's encoding: the distance in code units
/// from the end of the jump (caches included) to its target.
fn jump_distance(code: &Code, layout: &Layout, idx: usize) -> u64 {
    let end = layout.at(idx) + 2 * (1 + op_info(code.instrs[idx].op).caches as usize);
    let target = layout.start[code.instrs[idx].arg as usize];
    (target as i64 - end as i64).unsigned_abs() / 2
}

/// The layout of `code`: jump distances decide the prefixes of jumps, which
/// move the code after them, so it is recomputed while anything changes (as
/// CPython's assembler does).
fn layout(code: &Code) -> Layout {
    let n = code.instrs.len();
    let mut layout = Layout {
        start: vec![0; n + 1],
        ext: vec![0; n + 1],
    };
    for (i, ins) in code.instrs.iter().enumerate() {
        if !op_info(ins.op).is_jump() {
            layout.ext[i] = prefixes(ins.arg as u64);
        }
    }
    loop {
        let mut off = 0;
        for (i, ins) in code.instrs.iter().enumerate() {
            layout.start[i] = off;
            off += 2 * (layout.ext[i] + 1 + op_info(ins.op).caches as usize);
        }
        layout.start[n] = off;
        let mut changed = false;
        for (i, ins) in code.instrs.iter().enumerate() {
            if op_info(ins.op).is_jump() {
                let ext = prefixes(jump_distance(code, &layout, i));
                if ext != layout.ext[i] {
                    layout.ext[i] = ext;
                    changed = true;
                }
            }
        }
        if !changed {
            return layout;
        }
    }
}

fn disassemble_one(code: &Code, show_offsets: bool, out: &mut String) {
    let layout = layout(code);
    let mut targets: Vec<usize> = code
        .instrs
        .iter()
        .filter(|i| op_info(i.op).is_jump())
        .map(|i| i.arg as usize)
        .collect();
    targets.sort_unstable();
    targets.dedup();
    let label_of = |idx: usize| targets.binary_search(&idx).ok().map(|n| n + 1);
    let label_width = 4 + targets.len().to_string().len();
    let no_line = crate::compile::NO_LOCATION.lineno;
    let max_line = code
        .positions
        .iter()
        .map(|p| p.lineno)
        .filter(|&l| l != no_line)
        .max()
        .unwrap_or(0);
    let mut lineno_width = 3.max(max_line.to_string().len());
    // Instructions without a line print `--` (CPython's `_NO_LINENO`).
    if code.positions.iter().any(|p| p.lineno == no_line) {
        lineno_width = lineno_width.max(NO_LINENO.len());
    }
    let offset_width = (layout.start.last().copied().unwrap_or(0).saturating_sub(2))
        .max(9999)
        .to_string()
        .len();

    let mut prev_line = None;
    for (idx, instr) in code.instrs.iter().enumerate() {
        let line = code.positions[idx].lineno;
        let starts_line = prev_line != Some(line);
        prev_line = Some(line);
        if starts_line && idx > 0 {
            out.push('\n');
        }
        let info = op_info(instr.op);
        let arg = if info.arg == ArgKind::None {
            None
        } else {
            Some(resolve(code, idx, &layout, &label_of))
        };
        // The `EXTENDED_ARG` prefixes come first: the line, the label and the
        // first offset are theirs.
        let ext = layout.ext[idx];
        let mut units: Vec<(&str, Option<(i64, String)>)> = (0..ext)
            .map(|k| {
                let full = arg.as_ref().map_or(0, |a| a.0);
                (
                    "EXTENDED_ARG",
                    Some((full >> (8 * (ext - k)), String::new())),
                )
            })
            .collect();
        units.push((info.name, arg));
        for (k, (name, arg)) in units.into_iter().enumerate() {
            let first = k == 0;
            let mut fields: Vec<String> = Vec::new();
            fields.push(if !starts_line || !first {
                " ".times(lineno_width)
            } else if line == no_line {
                format!("{NO_LINENO:>lineno_width$}")
            } else {
                format!("{line:>lineno_width$}")
            });
            fields.push(match label_of(idx).filter(|_| first) {
                Some(l) => format!("{:>label_width$}", format!("L{l}:")),
                None => " ".times(label_width),
            });
            if show_offsets {
                fields.push(format!("{:>offset_width$}  ", layout.start[idx] + 2 * k));
            }
            fields.push("   ".into());
            fields.push(format!("{name:<OPNAME_WIDTH$}"));
            if let Some((arg, argrepr)) = arg {
                let excess = name.len().saturating_sub(OPNAME_WIDTH);
                fields.push(format!(
                    "{:>w$}",
                    arg,
                    w = OPARG_WIDTH.saturating_sub(excess)
                ));
                if !argrepr.is_empty() {
                    fields.push(format!("({argrepr})"));
                }
            }
            let text = fields.join(" ");
            out.push_str(text.trim_end());
            out.push('\n');
        }
    }
}

/// The printed argument and its resolved meaning.
fn resolve(
    code: &Code,
    idx: usize,
    layout: &Layout,
    label_of: &dyn Fn(usize) -> Option<usize>,
) -> (i64, String) {
    let instr = code.instrs[idx];
    let info = op_info(instr.op);
    let arg = instr.arg as usize;
    let name = |i: usize| {
        code.names
            .get(i)
            .map_or("?".to_string(), |n| n.as_str().to_string())
    };
    let slot = |i: usize| {
        code.slot_name(i)
            .map_or("?".to_string(), |n| n.as_str().to_string())
    };
    match info.arg {
        ArgKind::None => (0, String::new()),
        ArgKind::Int => (arg as i64, String::new()),
        ArgKind::Const => (
            arg as i64,
            code.consts.get(arg).map_or("?".into(), const_repr),
        ),
        ArgKind::Name => (arg as i64, name(arg)),
        ArgKind::Global => {
            let n = name(arg >> 1);
            (
                arg as i64,
                if arg & 1 == 1 {
                    format!("{n} + NULL")
                } else {
                    n
                },
            )
        }
        ArgKind::Attr => {
            let n = name(arg >> 1);
            (
                arg as i64,
                if arg & 1 == 1 {
                    format!("{n} + NULL|self")
                } else {
                    n
                },
            )
        }
        ArgKind::Local | ArgKind::Deref => (arg as i64, slot(arg)),
        ArgKind::Jump => {
            let rel = jump_distance(code, layout, idx) as i64;
            let label = label_of(arg).map_or(String::new(), |l| format!("to L{l}"));
            (rel, label)
        }
        ArgKind::BinaryOp => {
            let s = NB_OPS.get(arg % 13).copied().unwrap_or("?");
            (
                arg as i64,
                if arg >= 13 {
                    format!("{s}=")
                } else {
                    s.to_string()
                },
            )
        }
        ArgKind::Compare => {
            let s = CMP_OPS.get(arg >> 5).copied().unwrap_or("?");
            (
                arg as i64,
                if arg & 16 != 0 {
                    format!("bool({s})")
                } else {
                    s.to_string()
                },
            )
        }
        ArgKind::Convert => (
            arg as i64,
            ["", "str", "repr", "ascii"]
                .get(arg)
                .copied()
                .unwrap_or("?")
                .to_string(),
        ),
        ArgKind::LocalPair => (
            arg as i64,
            format!("{}, {}", slot(arg >> 4), slot(arg & 15)),
        ),
        ArgKind::FunctionAttr => {
            let names = ["defaults", "kwdefaults", "annotations", "closure"];
            let set: Vec<&str> = names
                .iter()
                .enumerate()
                .filter(|(i, _)| arg & (1 << i) != 0)
                .map(|(_, n)| *n)
                .collect();
            (arg as i64, set.join(", "))
        }
        ArgKind::SuperAttr => {
            let n = name(arg >> 2);
            (
                arg as i64,
                if arg & 1 == 1 {
                    format!("{n} + NULL|self")
                } else {
                    n
                },
            )
        }
        ArgKind::Intrinsic2 => (
            arg as i64,
            INTRINSIC_2.get(arg).copied().unwrap_or("?").to_string(),
        ),
        ArgKind::Intrinsic1 => (
            arg as i64,
            INTRINSIC_1.get(arg).copied().unwrap_or("?").to_string(),
        ),
    }
}

fn const_repr(v: &Value) -> String {
    match v {
        Value::Code(c) => code_repr(c),
        other => repr_plain(other),
    }
}
