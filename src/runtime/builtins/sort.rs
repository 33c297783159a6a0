//! `list.sort` and `sorted`: CPython's timsort (`Objects/listsort.txt`).
//!
//! The algorithm is reproduced step for step — natural runs (ascending, or
//! descending and then reversed), binary insertion up to the minimum run
//! length, runs merged in the order the powersort policy picks, merges that
//! gallop once one side keeps winning — because the comparisons are
//! observable: a class whose `__lt__` prints, counts or raises sees the same
//! calls, in the same order, as under CPython, and a sort stopped by an
//! exception leaves the list in the same order.
//!
//! The sort permutes indexes into the keys, so a failing comparison at any
//! point still leaves a permutation of the values to put back in the list.

use super::*;

type R<T> = Result<T, Exc>;

/// Galloping starts after this many consecutive wins of one run (`MIN_GALLOP`).
const MIN_GALLOP: usize = 7;

/// `key < other` as `list.sort` asks it: only `<`, with the common
/// same-type cases done directly (CPython picks such a comparison in its
/// pre-sort type check; the results are the same).
fn key_lt(x: &Value, y: &Value) -> R<bool> {
    match (x, y) {
        (Value::Int(a), Value::Int(b)) => Ok(a < b),
        (Value::Float(a), Value::Float(b)) => Ok(a < b),
        // UTF-8 byte order is code-point order.
        (Value::Str(a), Value::Str(b)) => Ok(a.as_str() < b.as_str()),
        _ => compare(x, y, CmpOp::Lt),
    }
}

/// A pending run: `len` elements from `base`, and its powersort power.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// Where a merge stopped.
enum End {
    /// Done (or stopped by an error): what is left of the run copied out to
    /// the temporary array goes back.
    Done,
    /// One element of the copied-out run is left and belongs at the far end.
    CopyLast,
}

struct Sorter<'k> {
    keys: &'k [Value],
    /// The permutation being sorted: indexes into `keys`.
    a: Vec<usize>,
    /// The run a merge copies out (the shorter one).
    tmp: Vec<usize>,
    min_gallop: usize,
    pending: Vec<Run>,
}

/// `keys[x] < keys[y]`.
fn lt(keys: &[Value], x: usize, y: usize) -> R<bool> {
    key_lt(&keys[x], &keys[y])
}

/// Where `key` goes in the sorted `run`, left of any equal elements,
/// searching outwards from `hint` first (`gallop_left`).
fn gallop_left(keys: &[Value], key: usize, run: &[usize], hint: usize) -> R<usize> {
    let n = run.len();
    let (mut last, mut ofs);
    if lt(keys, run[hint], key)? {
        // run[hint] < key: gallop right to where run[hint+last] < key <= run[hint+ofs].
        let max = n - hint;
        (last, ofs) = (0, 1);
        while ofs < max {
            if !lt(keys, run[hint + ofs], key)? {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max);
        last += hint;
        ofs += hint;
        // Binary search in (last, ofs], invariant run[last] < key <= run[ofs].
        last += 1;
    } else {
        // key <= run[hint]: gallop left to where run[hint-ofs] < key <= run[hint-last].
        let max = hint + 1;
        (last, ofs) = (0, 1);
        while ofs < max {
            if lt(keys, run[hint - ofs], key)? {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max);
        // `hint - ofs` may be -1: the binary search then starts at 0.
        let (lo, hi) = (hint + 1 - ofs, hint - last);
        (last, ofs) = (lo, hi);
    }
    while last < ofs {
        let m = last + ((ofs - last) >> 1);
        if lt(keys, run[m], key)? {
            last = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs)
}

/// Where `key` goes in the sorted `run`, right of any equal elements,
/// searching outwards from `hint` first (`gallop_right`).
fn gallop_right(keys: &[Value], key: usize, run: &[usize], hint: usize) -> R<usize> {
    let n = run.len();
    let (mut last, mut ofs);
    if lt(keys, key, run[hint])? {
        // key < run[hint]: gallop left to where run[hint-ofs] <= key < run[hint-last].
        let max = hint + 1;
        (last, ofs) = (0, 1);
        while ofs < max {
            if !lt(keys, key, run[hint - ofs])? {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max);
        let (lo, hi) = (hint + 1 - ofs, hint - last);
        (last, ofs) = (lo, hi);
    } else {
        // run[hint] <= key: gallop right to where run[hint+last] <= key < run[hint+ofs].
        let max = n - hint;
        (last, ofs) = (0, 1);
        while ofs < max {
            if lt(keys, key, run[hint + ofs])? {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(max);
        last += hint + 1;
        ofs += hint;
    }
    while last < ofs {
        let m = last + ((ofs - last) >> 1);
        if lt(keys, key, run[m])? {
            ofs = m;
        } else {
            last = m + 1;
        }
    }
    Ok(ofs)
}

/// The minimum run length for `n` elements: `n` itself below 64, else a
/// number in 32..=64 such that `n / minrun` is a power of two or just under.
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The powersort power of the boundary between the run `s1..s1+n1` and the
/// `n2` elements after it, in a list of `n`: the first bit where the binary
/// fractions of the two runs' midpoints (as fractions of `n`) differ.
fn power(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    // Twice the midpoints, to stay in integers.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut result = 0;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

impl Sorter<'_> {
    fn lt(&self, x: usize, y: usize) -> R<bool> {
        lt(self.keys, x, y)
    }

    /// The length of the run starting at `lo` (at most `rest` long), made
    /// ascending: a descending stretch is reversed in place, with runs of
    /// equal elements inside it kept in their order (`count_run`).
    fn count_run(&mut self, lo: usize, rest: usize) -> R<usize> {
        let mut n = 1;
        while n < rest {
            if self.lt(self.a[lo + n], self.a[lo + n - 1])? {
                break;
            }
            n += 1;
        }
        if n == rest {
            return Ok(n);
        }
        // a[lo+n] is strictly smaller than the ascending stretch before it.
        if n > 1 {
            if self.lt(self.a[lo], self.a[lo + n - 1])? {
                return Ok(n);
            }
            // All equal so far: reversed now, so the final reversal restores them.
            self.a[lo..lo + n].reverse();
        }
        n += 1;
        let mut equal = 0;
        while n < rest {
            if self.lt(self.a[lo + n], self.a[lo + n - 1])? {
                self.reverse_equal(lo + n, &mut equal);
            } else if self.lt(self.a[lo + n - 1], self.a[lo + n])? {
                break;
            } else {
                equal += 1;
            }
            n += 1;
        }
        self.reverse_equal(lo + n, &mut equal);
        self.a[lo..lo + n].reverse();
        // The reversed run may go on ascending.
        while n < rest {
            if self.lt(self.a[lo + n], self.a[lo + n - 1])? {
                break;
            }
            n += 1;
        }
        Ok(n)
    }

    /// Reverses the `equal + 1` equal elements that end just before `end`.
    fn reverse_equal(&mut self, end: usize, equal: &mut usize) {
        if *equal > 0 {
            let len = *equal + 1;
            self.a[end - len..end].reverse();
            *equal = 0;
        }
    }

    /// Sorts `a[lo..lo+n]`, whose first `sorted` elements are in order, by
    /// binary insertion.
    fn binary_sort(&mut self, lo: usize, n: usize, sorted: usize) -> R<()> {
        for ok in sorted.max(1)..n {
            let pivot = self.a[lo + ok];
            let (mut l, mut r) = (0, ok);
            while l < r {
                let m = (l + r) >> 1;
                if self.lt(pivot, self.a[lo + m])? {
                    r = m;
                } else {
                    l = m + 1;
                }
            }
            self.a.copy_within(lo + l..lo + ok, lo + l + 1);
            self.a[lo + l] = pivot;
        }
        Ok(())
    }

    /// Records a new run of `len` elements after the pending ones, first
    /// merging pending runs whose power says they come first.
    fn found_run(&mut self, len: usize) -> R<()> {
        if let Some(&last) = self.pending.last() {
            let p = power(last.base, last.len, len, self.a.len());
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > p {
                self.merge_at(self.pending.len() - 2)?;
            }
            self.pending.last_mut().expect("a run is pending").power = p;
        }
        Ok(())
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) -> R<()> {
        let Run {
            base: mut pa,
            len: mut na,
            ..
        } = self.pending[i];
        let Run {
            base: pb, len: nb, ..
        } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        // Elements of a before where b[0] goes are already in place.
        let k = gallop_right(self.keys, self.a[pb], &self.a[pa..pa + na], 0)?;
        pa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Elements of b after where a's last goes are already in place.
        let nb = gallop_left(self.keys, self.a[pa + na - 1], &self.a[pb..pb + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(pa, na, pb, nb)
        } else {
            self.merge_hi(pa, na, pb, nb)
        }
    }

    /// Merges the adjacent runs a (`na` at `pa`) and b (`nb` at `pb`),
    /// `na <= nb`, front to back with a copied out; a[0] belongs after b[0]
    /// and a's last element at the very end.
    fn merge_lo(&mut self, pa: usize, mut na: usize, pb: usize, mut nb: usize) -> R<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[pa..pa + na]);
        let (mut dest, mut ia, mut ib) = (pa, 0, pb);
        self.a[dest] = self.a[ib];
        dest += 1;
        ib += 1;
        nb -= 1;
        let keys = self.keys;
        let outcome: R<End> = 'merge: {
            if nb == 0 {
                break 'merge Ok(End::Done);
            }
            if na == 1 {
                break 'merge Ok(End::CopyLast);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                // One at a time, while neither run has won `min_gallop` times in a row.
                loop {
                    let b_first = match lt(keys, self.a[ib], self.tmp[ia]) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    if b_first {
                        self.a[dest] = self.a[ib];
                        dest += 1;
                        ib += 1;
                        nb -= 1;
                        bcount += 1;
                        acount = 0;
                        if nb == 0 {
                            break 'merge Ok(End::Done);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        self.a[dest] = self.tmp[ia];
                        dest += 1;
                        ia += 1;
                        na -= 1;
                        acount += 1;
                        bcount = 0;
                        if na == 1 {
                            break 'merge Ok(End::CopyLast);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                // Gallop while either run keeps winning by MIN_GALLOP or more.
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(keys, self.a[ib], &self.tmp[ia..ia + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        self.a[dest..dest + k].copy_from_slice(&self.tmp[ia..ia + k]);
                        dest += k;
                        ia += k;
                        na -= k;
                        if na == 1 {
                            break 'merge Ok(End::CopyLast);
                        }
                        // Only an inconsistent comparison gets here.
                        if na == 0 {
                            break 'merge Ok(End::Done);
                        }
                    }
                    self.a[dest] = self.a[ib];
                    dest += 1;
                    ib += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Ok(End::Done);
                    }
                    let k = match gallop_left(keys, self.tmp[ia], &self.a[ib..ib + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        self.a.copy_within(ib..ib + k, dest);
                        dest += k;
                        ib += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge Ok(End::Done);
                        }
                    }
                    self.a[dest] = self.tmp[ia];
                    dest += 1;
                    ia += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge Ok(End::CopyLast);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                // Leaving gallop mode costs a point.
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match outcome {
            Ok(End::CopyLast) => {
                self.a.copy_within(ib..ib + nb, dest);
                self.a[dest + nb] = self.tmp[ia];
                Ok(())
            }
            done => {
                self.a[dest..dest + na].copy_from_slice(&self.tmp[ia..ia + na]);
                done.map(drop)
            }
        }
    }

    /// [`Self::merge_lo`]'s mirror for `na > nb`: back to front with b copied
    /// out; b's last element belongs before a's last, and b[0] at the front.
    fn merge_hi(&mut self, pa: usize, mut na: usize, pb: usize, mut nb: usize) -> R<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[pb..pb + nb]);
        // Positions are one past the slot meant (a slot may be `pa - 1`).
        let (mut dest, mut ia, mut ib) = (pb + nb, pa + na, nb);
        self.a[dest - 1] = self.a[ia - 1];
        dest -= 1;
        ia -= 1;
        na -= 1;
        let keys = self.keys;
        let outcome: R<End> = 'merge: {
            if na == 0 {
                break 'merge Ok(End::Done);
            }
            if nb == 1 {
                break 'merge Ok(End::CopyLast);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    let b_first = match lt(keys, self.tmp[ib - 1], self.a[ia - 1]) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    if b_first {
                        self.a[dest - 1] = self.a[ia - 1];
                        dest -= 1;
                        ia -= 1;
                        na -= 1;
                        acount += 1;
                        bcount = 0;
                        if na == 0 {
                            break 'merge Ok(End::Done);
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        self.a[dest - 1] = self.tmp[ib - 1];
                        dest -= 1;
                        ib -= 1;
                        nb -= 1;
                        bcount += 1;
                        acount = 0;
                        if nb == 1 {
                            break 'merge Ok(End::CopyLast);
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(keys, self.tmp[ib - 1], &self.a[pa..pa + na], na - 1)
                    {
                        Ok(k) => na - k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        self.a.copy_within(ia - k..ia, dest - k);
                        dest -= k;
                        ia -= k;
                        na -= k;
                        if na == 0 {
                            break 'merge Ok(End::Done);
                        }
                    }
                    self.a[dest - 1] = self.tmp[ib - 1];
                    dest -= 1;
                    ib -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'merge Ok(End::CopyLast);
                    }
                    let k = match gallop_left(keys, self.a[ia - 1], &self.tmp[..nb], nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        self.a[dest - k..dest].copy_from_slice(&self.tmp[ib - k..ib]);
                        dest -= k;
                        ib -= k;
                        nb -= k;
                        if nb == 1 {
                            break 'merge Ok(End::CopyLast);
                        }
                        // Only an inconsistent comparison gets here.
                        if nb == 0 {
                            break 'merge Ok(End::Done);
                        }
                    }
                    self.a[dest - 1] = self.a[ia - 1];
                    dest -= 1;
                    ia -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'merge Ok(End::Done);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match outcome {
            Ok(End::CopyLast) => {
                self.a.copy_within(ia - na..ia, dest - na);
                dest -= na;
                self.a[dest - 1] = self.tmp[ib - 1];
                Ok(())
            }
            done => {
                self.a[dest - nb..dest].copy_from_slice(&self.tmp[..nb]);
                done.map(drop)
            }
        }
    }

    /// Sorts the whole permutation.
    fn sort(&mut self) -> R<()> {
        let n = self.a.len();
        if n < 2 {
            return Ok(());
        }
        let minrun = min_run(n);
        let (mut lo, mut rest) = (0, n);
        while rest > 0 {
            let mut len = self.count_run(lo, rest)?;
            if len < minrun {
                let force = rest.min(minrun);
                self.binary_sort(lo, force, len)?;
                len = force;
            }
            self.found_run(len)?;
            self.pending.push(Run {
                base: lo,
                len,
                power: 0,
            });
            lo += len;
            rest -= len;
        }
        while self.pending.len() > 1 {
            let mut i = self.pending.len() - 2;
            if i > 0 && self.pending[i - 1].len < self.pending[i + 1].len {
                i -= 1;
            }
            self.merge_at(i)?;
        }
        Ok(())
    }
}

/// Sorts `items` in place by `<` of their keys (the items themselves, or
/// `key(item)` for each, computed first in order), stably; `reverse` sorts
/// descending and stays stable. When a comparison raises, `items` is left in
/// the order the sort had reached, as in CPython.
pub fn sort_values(vm: &Vm, items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> R<()> {
    let computed = match key {
        Some(f) => Some(
            items
                .iter()
                .map(|x| vm.call(f, vec![x.clone()], vec![]))
                .collect::<R<Vec<_>>>()?,
        ),
        None => None,
    };
    let keys = computed.as_deref().unwrap_or(items);
    let n = keys.len();
    // Reversed before and after, so equal keys keep their order.
    let order: Vec<usize> = if reverse {
        (0..n).rev().collect()
    } else {
        (0..n).collect()
    };
    let mut sorter = Sorter {
        keys,
        a: order,
        tmp: Vec::new(),
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
    };
    let result = sorter.sort();
    let mut order = sorter.a;
    if reverse {
        order.reverse();
    }
    let mut old = std::mem::take(items);
    items.extend(
        order
            .into_iter()
            .map(|i| std::mem::replace(&mut old[i], Value::None)),
    );
    result
}

/// The `key=` and `reverse=` keywords of `sort()`/`sorted()`.
pub fn sort_kwargs(name: &str, kwargs: Kwargs<'_>) -> R<(Option<Value>, bool)> {
    let mut key = None;
    let mut reverse = false;
    for (k, v) in kwargs {
        match k.as_str() {
            "key" if !matches!(v, Value::None) => key = Some(v.clone()),
            "key" => {}
            "reverse" => reverse = truthy(v),
            other => {
                return Err(Exc::type_error(format!(
                    "{name}() got an unexpected keyword argument '{other}'"
                )));
            }
        }
    }
    Ok((key, reverse))
}
