//! Peephole rewrites on a finished instruction list — the parts of CPython's
//! `Python/flowgraph.c` whose effect `dis` shows: unreachable code and jumps to
//! the next instruction removed, superinstructions that do two fast-local
//! operations in one dispatch, unused constants dropped.
//!
//! Before jumps are resolved, a jump's argument is a label number and `labels`
//! maps labels to instruction indexes; every pass keeps that map up to date.

use crate::ast::Pos;
use crate::bytecode::{ArgKind, Instr, Opcode, op_info};
use crate::compile::NO_LOCATION;
use crate::runtime::Value;

/// Keeps the instructions for which `keep` is true and remaps the labels: a label
/// on a removed instruction moves to the next kept one.
fn retain(
    instrs: &mut Vec<Instr>,
    positions: &mut Vec<Pos>,
    labels: &mut [Option<u32>],
    keep: &[bool],
) {
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
    retain_marked(instrs, keep);
    retain_marked(positions, keep);
}

/// Keeps the items of `v` whose flag in `keep` is set.
fn retain_marked<T>(v: &mut Vec<T>, keep: &[bool]) {
    let mut i = 0;
    v.retain(|_| (keep[i], i += 1).0);
}

/// Drops instructions no path reaches (after an unconditional jump or a return),
/// then jumps to the very next instruction.
pub fn remove_dead_code(
    instrs: &mut Vec<Instr>,
    positions: &mut Vec<Pos>,
    labels: &mut [Option<u32>],
) {
    let target = |i: &Instr, labels: &[Option<u32>]| {
        labels[i.arg as usize].expect("every jump target is bound") as usize
    };
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
        .map(|i| {
            !(instrs[i].op == Opcode::JUMP_FORWARD as u16 && target(&instrs[i], labels) == i + 1)
        })
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
    retain_marked(consts, &used);
}

/// Fuses `LOAD_FAST a; LOAD_FAST b` into `LOAD_FAST_LOAD_FAST (a << 4 | b)` (and the
/// `STORE_FAST` pairs likewise) when both are on the same line in one block and
/// both slots fit in four bits (CPython's `insert_superinstructions`).
pub fn superinstructions(
    instrs: &mut Vec<Instr>,
    positions: &mut Vec<Pos>,
    labels: &mut [Option<u32>],
    deref_slots: &[bool],
) {
    use Opcode::*;
    let starts = block_starts(instrs, labels);
    let mut keep = vec![true; instrs.len()];
    let mut i = 0;
    while i + 1 < instrs.len() {
        let (a, b) = (instrs[i], instrs[i + 1]);
        let fused = match (Opcode::from_u16(a.op), Opcode::from_u16(b.op)) {
            (Some(LOAD_FAST), Some(LOAD_FAST)) => Some(LOAD_FAST_LOAD_FAST),
            (Some(STORE_FAST), Some(LOAD_FAST)) => Some(STORE_FAST_LOAD_FAST),
            (Some(STORE_FAST), Some(STORE_FAST)) => Some(STORE_FAST_STORE_FAST),
            _ => None,
        };
        // A `LOAD_FAST` of a cell or free slot loads the cell itself to build a
        // closure (CPython's `LOAD_CLOSURE`), which is never fused.
        let closure_load =
            |x: Instr| x.op == LOAD_FAST as u16 && deref_slots.get(x.arg as usize) == Some(&true);
        if let Some(f) = fused
            && !closure_load(a)
            && !closure_load(b)
            && !starts[i + 1]
            && positions[i].lineno == positions[i + 1].lineno
            && a.arg < 16
            && b.arg < 16
        {
            instrs[i] = Instr::new(f as u16, a.arg << 4 | b.arg);
            keep[i + 1] = false;
            i += 2;
            continue;
        }
        i += 1;
    }
    retain(instrs, positions, labels, &keep);
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

/// CPython's `remove_redundant_nops`: a `NOP` stays only where it alone marks a
/// line (for example a `pass` on a line of its own); an instruction without a
/// location that follows it inherits its line.
pub fn remove_redundant_nops(
    instrs: &mut Vec<Instr>,
    positions: &mut Vec<Pos>,
    labels: &mut [Option<u32>],
) -> bool {
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
                    .find(|&k| {
                        !(instrs[k].op == Opcode::NOP as u16
                            && positions[k].lineno == NO_LOCATION.lineno)
                    })
                    .is_some_and(|k| positions[k].lineno == line)
            };
            if drop {
                keep[i] = false;
                continue;
            }
        }
        prev_line = Some(line);
    }
    let removed = keep.iter().any(|k| !k);
    retain(instrs, positions, labels, &keep);
    removed
}

/// Gives instructions without a location the position of the instruction
/// before them (CPython's `propagate_line_numbers`).
pub fn propagate_line_numbers(positions: &mut [Pos]) {
    let mut prev = NO_LOCATION;
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
pub fn load_fast_checks(
    instrs: &mut [Instr],
    labels: &[Option<u32>],
    nlocals: usize,
    nparams: usize,
) {
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
            Some(Opcode::LOAD_FAST | Opcode::LOAD_FAST_CHECK) if slot < nlocals => {
                needs_check[i] = state[slot]
            }
            Some(Opcode::STORE_FAST) if slot < nlocals => state[slot] = false,
            Some(Opcode::DELETE_FAST) if slot < nlocals => state[slot] = true,
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

fn is_unconditional_jump(i: &Instr) -> bool {
    i.op == Opcode::JUMP_FORWARD as u16 || i.op == Opcode::JUMP_BACKWARD as u16
}

fn is_conditional_jump(i: &Instr) -> bool {
    [
        Opcode::POP_JUMP_IF_FALSE,
        Opcode::POP_JUMP_IF_TRUE,
        Opcode::POP_JUMP_IF_NONE,
        Opcode::POP_JUMP_IF_NOT_NONE,
    ]
    .iter()
    .any(|o| i.op == *o as u16)
}

/// A jump to an unconditional jump goes straight to that jump's target
/// (CPython's `jump_thread`). Loops of jumps are left alone.
pub fn thread_jumps(instrs: &mut [Instr], labels: &[Option<u32>]) {
    let target = |i: &Instr| labels[i.arg as usize].expect("every jump target is bound") as usize;
    for at in 0..instrs.len() {
        let i = instrs[at];
        if !(is_unconditional_jump(&i) || is_conditional_jump(&i)) {
            continue;
        }
        let mut label = i.arg;
        for _ in 0..instrs.len() {
            let t = labels[label as usize].expect("every jump target is bound") as usize;
            match instrs.get(t) {
                Some(next) if is_unconditional_jump(next) && target(next) != t => label = next.arg,
                _ => break,
            }
        }
        instrs[at].arg = label;
    }
}

/// Conditional jumps only go forward (CPython 3.13): a backward one becomes the
/// opposite test jumping over a `JUMP_BACKWARD` to the original target.
pub fn normalize_jumps(
    instrs: &mut Vec<Instr>,
    positions: &mut Vec<Pos>,
    labels: &mut Vec<Option<u32>>,
) {
    let mut at = 0;
    while at < instrs.len() {
        let i = instrs[at];
        let t = if is_conditional_jump(&i) {
            labels[i.arg as usize]
        } else {
            None
        };
        if let Some(t) = t
            && (t as usize) <= at
        {
            let reversed = match Opcode::from_u16(i.op) {
                Some(Opcode::POP_JUMP_IF_FALSE) => Opcode::POP_JUMP_IF_TRUE,
                Some(Opcode::POP_JUMP_IF_TRUE) => Opcode::POP_JUMP_IF_FALSE,
                Some(Opcode::POP_JUMP_IF_NONE) => Opcode::POP_JUMP_IF_NOT_NONE,
                _ => Opcode::POP_JUMP_IF_NONE,
            };
            // Everything after `at` moves down by one to make room for the jump.
            for l in labels.iter_mut().flatten() {
                if *l as usize > at {
                    *l += 1;
                }
            }
            labels.push(Some(at as u32 + 2));
            let skip = labels.len() as u32 - 1;
            instrs[at] = Instr::new(reversed as u16, skip);
            instrs.insert(at + 1, Instr::new(Opcode::JUMP_BACKWARD as u16, i.arg));
            positions.insert(at + 1, positions[at]);
        }
        at += 1;
    }
}

/// The constant table the passes read and extend.
pub trait Consts {
    /// The constant at `index`.
    fn get(&self, index: u32) -> Value;
    /// Adds a constant (reusing an equal one); returns its index.
    fn add(&mut self, v: Value) -> u32;
}

/// One pass of CPython's `optimize_basic_block` rules on adjacent instructions
/// of a block: constants through `TO_BOOL` and conditional jumps, comparisons
/// feeding `TO_BOOL`, `not not`, `LOAD_CONST None; IS_OP` before a jump,
/// `LOAD_CONST; RETURN_VALUE`. Dropped instructions become `NOP`s.
pub fn optimize_pairs(instrs: &mut [Instr], labels: &[Option<u32>], consts: &mut dyn Consts) {
    use Opcode::*;
    let starts = block_starts(instrs, labels);
    let nop = Instr::new(NOP as u16, 0);
    let set = |op: Opcode, arg: u32| Instr::new(op as u16, arg);
    for i in 0..instrs.len().saturating_sub(1) {
        if starts[i + 1] {
            continue;
        }
        let (a, b) = (instrs[i], instrs[i + 1]);
        let (Some(oa), Some(ob)) = (Opcode::from_u16(a.op), Opcode::from_u16(b.op)) else {
            continue;
        };
        let next_is =
            |op: Opcode| i + 2 < instrs.len() && !starts[i + 2] && instrs[i + 2].op == op as u16;
        let pair = match (oa, ob) {
            // A constant copied only to be tested (`0 or x`) is tested directly.
            (LOAD_CONST, COPY) if b.arg == 1 && next_is(TO_BOOL) => {
                let truth = crate::runtime::truthy(&consts.get(a.arg));
                instrs[i + 2] = set(LOAD_CONST, consts.add(Value::Bool(truth)));
                Some((a, nop))
            }
            (LOAD_CONST, TO_BOOL) => {
                let truth = crate::runtime::truthy(&consts.get(a.arg));
                Some((nop, set(LOAD_CONST, consts.add(Value::Bool(truth)))))
            }
            (
                LOAD_CONST,
                POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE,
            ) => {
                let v = consts.get(a.arg);
                let taken = match ob {
                    POP_JUMP_IF_FALSE => !crate::runtime::truthy(&v),
                    POP_JUMP_IF_TRUE => crate::runtime::truthy(&v),
                    POP_JUMP_IF_NONE => matches!(v, Value::None),
                    _ => !matches!(v, Value::None),
                };
                Some((nop, if taken { set(JUMP_FORWARD, b.arg) } else { nop }))
            }
            (LOAD_CONST, IS_OP)
                if matches!(consts.get(a.arg), Value::None)
                    && (next_is(POP_JUMP_IF_TRUE) || next_is(POP_JUMP_IF_FALSE)) =>
            {
                // `x is None` / `x is not None` feeding a jump tests for None directly.
                let jump_if_true = instrs[i + 2].op == POP_JUMP_IF_TRUE as u16;
                let op = if jump_if_true == (b.arg == 0) {
                    POP_JUMP_IF_NONE
                } else {
                    POP_JUMP_IF_NOT_NONE
                };
                instrs[i + 2] = set(op, instrs[i + 2].arg);
                Some((nop, nop))
            }
            (LOAD_CONST, RETURN_VALUE) => Some((nop, set(RETURN_CONST, a.arg))),
            (COMPARE_OP, TO_BOOL) => Some((nop, set(COMPARE_OP, a.arg | 16))),
            (IS_OP | CONTAINS_OP, TO_BOOL) => Some((nop, a)),
            (TO_BOOL, TO_BOOL) => Some((nop, b)),
            (UNARY_NOT, TO_BOOL) => Some((nop, set(UNARY_NOT, 0))),
            (UNARY_NOT, UNARY_NOT) => Some((nop, nop)),
            _ => None,
        };
        if let Some((x, y)) = pair {
            instrs[i] = x;
            instrs[i + 1] = y;
        }
    }
}

/// Pushes that are popped right away (`LOAD_CONST; POP_TOP`, `COPY 1; POP_TOP`)
/// become `NOP`s. Returns whether anything changed.
pub fn remove_dead_pairs(instrs: &mut [Instr], labels: &[Option<u32>]) -> bool {
    use Opcode::*;
    let starts = block_starts(instrs, labels);
    let mut changed = false;
    for i in 0..instrs.len().saturating_sub(1) {
        let (a, b) = (instrs[i], instrs[i + 1]);
        let push = a.op == LOAD_CONST as u16 || (a.op == COPY as u16 && a.arg == 1);
        if push && b.op == POP_TOP as u16 && !starts[i + 1] {
            instrs[i] = Instr::new(NOP as u16, 0);
            instrs[i + 1] = Instr::new(NOP as u16, 0);
            changed = true;
        }
    }
    changed
}

/// An unconditional jump to a short block that ends the function (at most four
/// instructions ending in a return), or to a block without a line that does
/// not fall through, is replaced by a `NOP` and a copy of that block (CPython's
/// `inline_small_or_no_lineno_blocks`). A copy ending in a jump is looked at
/// again, as CPython runs the pass again while it changes something.
pub fn inline_exit_blocks(
    instrs: &mut Vec<Instr>,
    positions: &mut Vec<Pos>,
    labels: &mut [Option<u32>],
) {
    let mut starts = block_starts(instrs, labels);
    let mut at = 0;
    // Jumps between blocks without lines could go round forever.
    let mut budget = instrs.len();
    while at < instrs.len() {
        let i = instrs[at];
        if !is_unconditional_jump(&i) {
            at += 1;
            continue;
        }
        let t = labels[i.arg as usize].expect("every jump target is bound") as usize;
        let Some(end) = exit_block(instrs, &starts, t)
            .or_else(|| no_lineno_block(instrs, positions, &starts, t))
            .filter(|&end| budget > 0 && !(t..=end).contains(&at))
        else {
            at += 1;
            continue;
        };
        budget -= 1;
        // The jump becomes a NOP (keeping its line) followed by the copy, as in
        // CPython; the NOP pass drops it where the line is not needed.
        let block: Vec<Instr> = instrs[t..=end].to_vec();
        let block_pos: Vec<Pos> = positions[t..=end].to_vec();
        let n = block.len();
        instrs[at] = Instr::new(Opcode::NOP as u16, 0);
        instrs.splice(at + 1..at + 1, block);
        positions.splice(at + 1..at + 1, block_pos);
        for l in labels.iter_mut().flatten() {
            if *l as usize > at {
                *l += n as u32;
            }
        }
        starts = block_starts(instrs, labels);
        at += 1;
    }
}

/// The block starting at `t` when none of its instructions has a line and it
/// does not fall through, as the index of its last instruction.
fn no_lineno_block(
    instrs: &[Instr],
    positions: &[Pos],
    starts: &[bool],
    t: usize,
) -> Option<usize> {
    let mut end = t;
    loop {
        if positions.get(end)?.lineno != NO_LOCATION.lineno {
            return None;
        }
        if op_info(instrs[end].op).ends_block {
            return Some(end);
        }
        if op_info(instrs[end].op).is_jump() || starts.get(end + 1).is_none_or(|s| *s) {
            return None;
        }
        end += 1;
    }
}

/// The exit block (at most four instructions ending in a return) starting at
/// `t`, as the index of its last instruction.
fn exit_block(instrs: &[Instr], starts: &[bool], t: usize) -> Option<usize> {
    const MAX_COPY_SIZE: usize = 4;
    let mut end = t;
    while end < instrs.len() && !op_info(instrs[end].op).ends_block {
        if op_info(instrs[end].op).is_jump() || end + 1 - t >= MAX_COPY_SIZE || starts[end + 1] {
            return None;
        }
        end += 1;
    }
    let last = instrs.get(end)?;
    (last.op == Opcode::RETURN_VALUE as u16 || last.op == Opcode::RETURN_CONST as u16)
        .then_some(end)
}

/// An exit block without a line of its own that several paths reach gets a copy
/// for each jump to it, carrying the jump's line, so tracebacks and `dis` name the
/// line the path came from (CPython's `duplicate_exits_without_lineno`).
pub fn duplicate_exits(
    instrs: &mut Vec<Instr>,
    positions: &mut Vec<Pos>,
    labels: &mut Vec<Option<u32>>,
) {
    let mut at = 0;
    while at < instrs.len() {
        let i = instrs[at];
        if !op_info(i.op).is_jump() {
            at += 1;
            continue;
        }
        let starts = block_starts(instrs, labels);
        let t = labels[i.arg as usize].expect("every jump target is bound") as usize;
        let preds = instrs
            .iter()
            .filter(|j| op_info(j.op).is_jump() && labels[j.arg as usize] == Some(t as u32))
            .count()
            + usize::from(t > 0 && !op_info(instrs[t - 1].op).ends_block);
        let Some(end) = exit_block(instrs, &starts, t) else {
            at += 1;
            continue;
        };
        if positions[t].lineno != NO_LOCATION.lineno || preds < 2 {
            at += 1;
            continue;
        }
        let copy: Vec<Instr> = instrs[t..=end].to_vec();
        let mut copy_pos: Vec<Pos> = positions[t..=end].to_vec();
        copy_pos[0] = positions[at];
        let n = copy.len() as u32;
        let insert_at = end + 1;
        for l in labels.iter_mut().flatten() {
            if *l as usize >= insert_at {
                *l += n;
            }
        }
        instrs.splice(insert_at..insert_at, copy);
        positions.splice(insert_at..insert_at, copy_pos);
        labels.push(Some(insert_at as u32));
        instrs[if at >= insert_at { at + n as usize } else { at }].arg = labels.len() as u32 - 1;
        at += 1;
    }
}

/// Runs of `SWAP`s are replaced by the fewest swaps with the same effect,
/// and a swap whose operands are stored or popped right after is done by
/// exchanging those instructions instead (CPython's `swaptimize` and
/// `apply_static_swaps`). Everything stays within its block.
pub fn optimize_swaps(instrs: &mut [Instr], positions: &mut [Pos], labels: &[Option<u32>]) {
    let starts = block_starts(instrs, labels);
    let mut block_start = 0;
    let mut i = 0;
    while i < instrs.len() {
        if starts[i] {
            block_start = i;
        }
        if instrs[i].op != Opcode::SWAP as u16 {
            i += 1;
            continue;
        }
        if instrs[i].arg == 1 {
            instrs[i] = Instr::new(Opcode::NOP as u16, 0);
            i += 1;
            continue;
        }
        let block_end = (i + 1..instrs.len())
            .find(|&k| starts[k])
            .unwrap_or(instrs.len());
        let last = swaptimize(&mut instrs[i..block_end]);
        i += last;
        apply_static_swaps(
            &mut instrs[block_start..block_end],
            &mut positions[block_start..block_end],
            i - block_start,
        );
        i += 1;
    }
}

/// Rewrites the run of `SWAP`s and `NOP`s starting `run` as the fewest swaps
/// (the cycles of the permutation it performs); returns the index of the
/// run's last instruction.
fn swaptimize(run: &mut [Instr]) -> usize {
    let swap = Opcode::SWAP as u16;
    let nop = Opcode::NOP as u16;
    let mut depth = run[0].arg as usize;
    let mut len = 1;
    let mut more = false;
    while len < run.len() {
        match run[len].op {
            op if op == swap => {
                depth = depth.max(run[len].arg as usize);
                more = true;
            }
            op if op == nop => {}
            _ => break,
        }
        len += 1;
    }
    if !more {
        return 0;
    }
    // Simulate the run on a stack of item numbers.
    let mut stack: Vec<usize> = (0..depth).collect();
    for ins in &run[..len] {
        if ins.op == swap {
            stack.swap(0, ins.arg as usize - 1);
        }
    }
    // Rebuild it from the end: each cycle of the permutation, through the top.
    const VISITED: usize = usize::MAX;
    let mut current = len as isize - 1;
    for i in 0..depth {
        if stack[i] == VISITED || stack[i] == i {
            continue;
        }
        let mut j = i;
        loop {
            if j != 0 {
                run[current as usize] = Instr::new(swap, j as u32 + 1);
                current -= 1;
            }
            if stack[j] == VISITED {
                break;
            }
            let next = stack[j];
            stack[j] = VISITED;
            j = next;
        }
    }
    while current >= 0 {
        run[current as usize] = Instr::new(nop, 0);
        current -= 1;
    }
    len - 1
}

/// A `STORE_FAST`'s slot, for the safety checks of [`apply_static_swaps`].
fn stores_to(i: &Instr) -> Option<u32> {
    (i.op == Opcode::STORE_FAST as u16).then_some(i.arg)
}

fn swappable(i: &Instr) -> bool {
    i.op == Opcode::STORE_FAST as u16 || i.op == Opcode::POP_TOP as u16
}

/// The next `STORE_FAST` or `POP_TOP` after `i` (skipping `NOP`s), on line
/// `lineno` when one is given.
fn next_swappable(
    block: &[Instr],
    positions: &[Pos],
    mut i: usize,
    lineno: Option<u32>,
) -> Option<usize> {
    loop {
        i += 1;
        let ins = block.get(i)?;
        if lineno.is_some_and(|l| positions[i].lineno != l) {
            return None;
        }
        if ins.op == Opcode::NOP as u16 {
            continue;
        }
        return swappable(ins).then_some(i);
    }
}

/// Swaps instructions instead of stack items, from the `SWAP` at `i` leftward.
fn apply_static_swaps(block: &mut [Instr], positions: &mut [Pos], i: usize) {
    for i in (0..=i).rev() {
        let ins = block[i];
        if ins.op != Opcode::SWAP as u16 {
            if ins.op == Opcode::NOP as u16 || swappable(&ins) {
                continue;
            }
            return;
        }
        let Some(j) = next_swappable(block, positions, i, None) else {
            return;
        };
        let lineno = positions[j].lineno;
        let mut k = j;
        for _ in 1..ins.arg {
            match next_swappable(block, positions, k, Some(lineno)) {
                Some(next) => k = next,
                None => return,
            }
        }
        let (store_j, store_k) = (stores_to(&block[j]), stores_to(&block[k]));
        if store_j.is_some() || store_k.is_some() {
            if store_j == store_k {
                return;
            }
            let clash = block[j + 1..k]
                .iter()
                .filter_map(stores_to)
                .any(|s| Some(s) == store_j || Some(s) == store_k);
            if clash {
                return;
            }
        }
        block[i] = Instr::new(Opcode::NOP as u16, 0);
        block.swap(j, k);
        positions.swap(j, k);
    }
}
