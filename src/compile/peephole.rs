//! Peephole rewrites on a finished instruction list — the parts of CPython's
//! `Python/flowgraph.c` whose effect `dis` shows: unreachable code and jumps to
//! the next instruction removed, superinstructions that do two fast-local
//! operations in one dispatch, unused constants dropped.
//!
//! Until jumps are resolved, a jump's argument is a label number and `labels`
//! maps labels to instruction indexes; every pass keeps that map up to date.

use crate::ast::Pos;
use crate::bytecode::{ArgKind, Instr, Opcode, op_info};
use crate::runtime::Value;

/// Keeps the instructions for which `keep` is true and remaps the labels: a label
/// on a removed instruction moves to the next kept one.
fn retain(instrs: &mut Vec<Instr>, positions: &mut Vec<Pos>, labels: &mut [Option<u32>], keep: &[bool]) {
    let mut new_index = Vec::with_capacity(instrs.len() + 1);
    let mut n = 0u32;
    for &k in keep {
        new_index.push(n);
        n += k as u32;
    }
    new_index.push(n);
    for l in labels.iter_mut().flatten() {
        *l = new_index[*l as usize];
    }
    let mut i = 0;
    instrs.retain(|_| (keep[i], i += 1).0);
    let mut i = 0;
    positions.retain(|_| (keep[i], i += 1).0);
}

/// Drops instructions no path reaches (after an unconditional jump or a return),
/// then jumps to the very next instruction.
pub fn remove_dead_code(instrs: &mut Vec<Instr>, positions: &mut Vec<Pos>, labels: &mut [Option<u32>]) {
    let target = |i: &Instr, labels: &[Option<u32>]| labels[i.arg as usize].expect("every jump target is bound") as usize;
    let mut reachable = vec![false; instrs.len()];
    let mut work = vec![0usize];
    while let Some(mut i) = work.pop() {
        while i < instrs.len() && !reachable[i] {
            reachable[i] = true;
            let info = op_info(instrs[i].op);
            if info.is_jump() {
                work.push(target(&instrs[i], labels));
            }
            if info.ends_block {
                break;
            }
            i += 1;
        }
    }
    retain(instrs, positions, labels, &reachable);
    let keep: Vec<bool> = (0..instrs.len())
        .map(|i| !(instrs[i].op == Opcode::JUMP_FORWARD as u16 && target(&instrs[i], labels) == i + 1))
        .collect();
    retain(instrs, positions, labels, &keep);
}

/// Drops constants no instruction loads and renumbers the rest; the first
/// constant stays (a function's docstring slot), as in CPython.
pub fn remove_unused_consts(instrs: &mut [Instr], consts: &mut Vec<Value>) {
    let is_const = |i: &Instr| op_info(i.op).arg == ArgKind::Const;
    let mut used = vec![false; consts.len()];
    if let Some(first) = used.first_mut() {
        *first = true;
    }
    for i in instrs.iter().filter(|i| is_const(i)) {
        used[i.arg as usize] = true;
    }
    let mut map = vec![0u32; consts.len()];
    let mut n = 0;
    for (k, &u) in used.iter().enumerate() {
        map[k] = n;
        n += u as u32;
    }
    for i in instrs.iter_mut().filter(|i| is_const(i)) {
        i.arg = map[i.arg as usize];
    }
    let mut k = 0;
    consts.retain(|_| (used[k], k += 1).0);
}

/// Fuses `LOAD_FAST a; LOAD_FAST b` into `LOAD_FAST_LOAD_FAST (a << 4 | b)` (and the
/// `STORE_FAST` pairs likewise) when both are on the same line, both slots fit in
/// four bits and no jump lands between them. `labels` (label → instruction index)
/// is updated to the new indexes.
pub fn superinstructions(instrs: &mut Vec<Instr>, positions: &mut Vec<Pos>, labels: &mut [Option<u32>]) {
    let mut is_target = vec![false; instrs.len() + 1];
    for l in labels.iter().flatten() {
        is_target[*l as usize] = true;
    }
    let op = |o: Opcode| o as u16;
    let mut new_index = Vec::with_capacity(instrs.len() + 1);
    let mut out = Vec::with_capacity(instrs.len());
    let mut out_pos = Vec::with_capacity(instrs.len());
    let mut i = 0;
    while i < instrs.len() {
        new_index.push(out.len() as u32);
        if i + 1 < instrs.len() && !is_target[i + 1] && positions[i].lineno == positions[i + 1].lineno {
            let (a, b) = (instrs[i], instrs[i + 1]);
            let fused = match (a.op, b.op) {
                (x, y) if x == op(Opcode::LOAD_FAST) && y == op(Opcode::LOAD_FAST) => Some(Opcode::LOAD_FAST_LOAD_FAST),
                (x, y) if x == op(Opcode::STORE_FAST) && y == op(Opcode::LOAD_FAST) => Some(Opcode::STORE_FAST_LOAD_FAST),
                (x, y) if x == op(Opcode::STORE_FAST) && y == op(Opcode::STORE_FAST) => Some(Opcode::STORE_FAST_STORE_FAST),
                _ => None,
            };
            if let Some(f) = fused
                && a.arg < 16
                && b.arg < 16
            {
                out.push(Instr { op: f as u16, arg: a.arg << 4 | b.arg });
                out_pos.push(positions[i]);
                new_index.push(out.len() as u32 - 1);
                i += 2;
                continue;
            }
        }
        out.push(instrs[i]);
        out_pos.push(positions[i]);
        i += 1;
    }
    new_index.push(out.len() as u32);
    for l in labels.iter_mut().flatten() {
        *l = new_index[*l as usize];
    }
    *instrs = out;
    *positions = out_pos;
}

/// Which instructions start a basic block: jump targets and the instructions
/// after a jump or a block end.
fn block_starts(instrs: &[Instr], labels: &[Option<u32>]) -> Vec<bool> {
    let mut starts = vec![false; instrs.len() + 1];
    if let Some(first) = starts.first_mut() {
        *first = true;
    }
    for l in labels.iter().flatten() {
        starts[*l as usize] = true;
    }
    for (i, instr) in instrs.iter().enumerate() {
        let info = op_info(instr.op);
        if info.is_jump() || info.ends_block {
            starts[i + 1] = true;
        }
    }
    starts
}

/// `LOAD_CONST None; IS_OP; POP_JUMP_IF_TRUE/FALSE` becomes one
/// `POP_JUMP_IF_NONE`/`POP_JUMP_IF_NOT_NONE` (CPython's `optimize_basic_block`);
/// the two dropped instructions become `NOP`s for the NOP pass to remove.
pub fn none_jumps(instrs: &mut [Instr], consts: &[Value], labels: &[Option<u32>]) {
    let starts = block_starts(instrs, labels);
    let is = |i: &Instr, op: Opcode| i.op == op as u16;
    for i in 0..instrs.len().saturating_sub(2) {
        let (a, b, c) = (instrs[i], instrs[i + 1], instrs[i + 2]);
        if !is(&a, Opcode::LOAD_CONST) || !matches!(consts.get(a.arg as usize), Some(Value::None)) || !is(&b, Opcode::IS_OP) {
            continue;
        }
        if starts[i + 1] || starts[i + 2] {
            continue;
        }
        let jump_if_true = if is(&c, Opcode::POP_JUMP_IF_TRUE) {
            true
        } else if is(&c, Opcode::POP_JUMP_IF_FALSE) {
            false
        } else {
            continue;
        };
        // `is None` jumping when true, or `is not None` jumping when false.
        let when_none = jump_if_true == (b.arg == 0);
        let op = if when_none { Opcode::POP_JUMP_IF_NONE } else { Opcode::POP_JUMP_IF_NOT_NONE };
        instrs[i] = Instr { op: Opcode::NOP as u16, arg: 0 };
        instrs[i + 1] = Instr { op: Opcode::NOP as u16, arg: 0 };
        instrs[i + 2] = Instr { op: op as u16, arg: c.arg };
    }
}

/// CPython's `remove_redundant_nops`: a `NOP` stays only where it alone marks a
/// line (for example a `pass` on a line of its own); an instruction without a
/// location that follows it inherits its line.
pub fn remove_redundant_nops(instrs: &mut Vec<Instr>, positions: &mut Vec<Pos>, labels: &mut [Option<u32>]) {
    use crate::compile::NO_LOCATION;
    let starts = block_starts(instrs, labels);
    let mut keep = vec![true; instrs.len()];
    let mut prev_line: Option<u32> = None;
    for i in 0..instrs.len() {
        if starts[i] {
            prev_line = None;
        }
        let line = positions[i].lineno;
        if instrs[i].op == Opcode::NOP as u16 {
            let last_in_block = starts[i + 1];
            let drop = if line == NO_LOCATION.lineno || prev_line == Some(line) {
                true
            } else if !last_in_block {
                let next = positions[i + 1].lineno;
                if next == NO_LOCATION.lineno {
                    positions[i + 1] = positions[i];
                }
                next == line || next == NO_LOCATION.lineno
            } else {
                // Last in its block: redundant if the next real instruction is on the same line.
                (i + 1..instrs.len())
                    .find(|&k| !(instrs[k].op == Opcode::NOP as u16 && positions[k].lineno == NO_LOCATION.lineno))
                    .is_some_and(|k| positions[k].lineno == line)
            };
            if drop {
                keep[i] = false;
                continue;
            }
        }
        prev_line = Some(line);
    }
    retain(instrs, positions, labels, &keep);
}

/// Gives instructions without a location the position of the instruction
/// before them (CPython's `propagate_line_numbers`).
pub fn propagate_line_numbers(positions: &mut [Pos]) {
    use crate::compile::NO_LOCATION;
    let mut prev = Pos::default();
    for p in positions.iter_mut() {
        if p.lineno == NO_LOCATION.lineno {
            *p = prev;
        } else {
            prev = *p;
        }
    }
}

/// CPython's `add_checks_for_loads_of_uninitialized_variables`: a `LOAD_FAST`
/// of a local that some path leaves unbound becomes `LOAD_FAST_CHECK`.
/// Parameters are bound on entry.
pub fn load_fast_checks(instrs: &mut [Instr], labels: &[Option<u32>], nlocals: usize, nparams: usize) {
    // unbound[i][slot]: the slot may be unbound when instruction i starts.
    let mut unbound: Vec<Option<Vec<bool>>> = vec![None; instrs.len()];
    let entry: Vec<bool> = (0..nlocals).map(|s| s >= nparams).collect();
    let mut work = vec![(0usize, entry)];
    let mut needs_check = vec![false; instrs.len()];
    while let Some((i, state)) = work.pop() {
        if i >= instrs.len() {
            continue;
        }
        // Merge: a slot may be unbound if it may be on any incoming path.
        let merged = match &unbound[i] {
            Some(old) => {
                let m: Vec<bool> = old.iter().zip(&state).map(|(a, b)| *a || *b).collect();
                if &m == old {
                    continue;
                }
                m
            }
            None => state,
        };
        unbound[i] = Some(merged.clone());
        let mut state = merged;
        let instr = instrs[i];
        let info = op_info(instr.op);
        let slot = instr.arg as usize;
        match Opcode::from_u16(instr.op) {
            Some(Opcode::LOAD_FAST | Opcode::LOAD_FAST_CHECK) if slot < nlocals => needs_check[i] = state[slot],
            Some(Opcode::STORE_FAST) if slot < nlocals => state[slot] = false,
            _ => {}
        }
        if info.is_jump() {
            let target = labels[instr.arg as usize].expect("every jump target is bound") as usize;
            work.push((target, state.clone()));
        }
        if !info.ends_block {
            work.push((i + 1, state));
        }
    }
    for (i, check) in needs_check.into_iter().enumerate() {
        if check && instrs[i].op == Opcode::LOAD_FAST as u16 {
            instrs[i].op = Opcode::LOAD_FAST_CHECK as u16;
        }
    }
}
