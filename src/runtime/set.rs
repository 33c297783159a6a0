//! `set` and `frozenset` — CPython's `Objects/setobject.c`: an open-addressing
//! table probed as CPython probes it (linear runs of 9, then perturbation), so
//! that a set iterates and prints in CPython's order for the same hashes.

use super::{Exc, Value, py_eq, py_hash};

type R<T> = Result<T, Exc>;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
enum Slot {
    Empty,
    /// A removed entry (CPython's `dummy`).
    Dummy,
    Active(i64, Value),
}

/// The storage of a `set` or `frozenset`.
#[derive(Clone)]
pub struct PySet {
    table: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` resumes its search.
    finger: usize,
}

impl Default for PySet {
    fn default() -> Self {
        PySet {
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

impl PySet {
    /// A set of the given items, added in order.
    pub fn from_values(items: impl IntoIterator<Item = Value>) -> R<PySet> {
        let mut s = PySet::default();
        for v in items {
            s.add(v)?;
        }
        Ok(s)
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether it is empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The elements in table order (CPython's iteration order).
    pub fn items(&self) -> Vec<Value> {
        self.table
            .iter()
            .filter_map(|s| match s {
                Slot::Active(_, v) => Some(v.clone()),
                _ => None,
            })
            .collect()
    }

    /// The first element at hash-table slot `pos` or after, with its slot.
    pub fn next_from(&self, pos: usize) -> Option<(usize, Value)> {
        self.table
            .get(pos..)?
            .iter()
            .enumerate()
            .find_map(|(i, s)| match s {
                Slot::Active(_, v) => Some((pos + i, v.clone())),
                _ => None,
            })
    }

    /// How many elements sit at hash-table slot `pos` or after.
    pub fn count_from(&self, pos: usize) -> usize {
        self.table.get(pos..).map_or(0, |t| {
            t.iter().filter(|s| matches!(s, Slot::Active(..))).count()
        })
    }

    /// The elements with their hashes, in table order.
    fn entries(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, v) => Some((*h, v)),
            _ => None,
        })
    }

    /// The slot holding `key`, or where it would go.
    fn find(&self, key: &Value, hash: i64) -> R<Result<usize, usize>> {
        let mask = self.mask();
        let mut i = hash as usize & mask;
        let mut perturb = hash as usize;
        let mut free = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => return Ok(Err(free.unwrap_or(j))),
                    Slot::Dummy => {
                        free.get_or_insert(j);
                    }
                    Slot::Active(h, v) => {
                        if *h == hash && (super::is_same(v, key) || py_eq(v, key)?) {
                            return Ok(Ok(j));
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// Adds `key` (`TypeError` if unhashable); returns whether it was new.
    pub fn add(&mut self, key: Value) -> R<bool> {
        let hash = py_hash(&key)?;
        self.add_hashed(key, hash)
    }

    fn add_hashed(&mut self, key: Value, hash: i64) -> R<bool> {
        match self.find(&key, hash)? {
            Ok(_) => Ok(false),
            Err(at) => {
                let was_empty = matches!(self.table[at], Slot::Empty);
                self.table[at] = Slot::Active(hash, key);
                self.used += 1;
                if !was_empty {
                    return Ok(true);
                }
                self.fill += 1;
                if self.fill * 5 >= self.mask() * 3 {
                    self.resize(if self.used > 50000 {
                        self.used * 2
                    } else {
                        self.used * 4
                    });
                }
                Ok(true)
            }
        }
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size]);
        let mask = size - 1;
        for slot in old {
            if let Slot::Active(hash, v) = slot {
                let mut i = hash as usize & mask;
                let mut perturb = hash as usize;
                'probe: loop {
                    let probes = if i + LINEAR_PROBES <= mask {
                        LINEAR_PROBES
                    } else {
                        0
                    };
                    for j in i..=i + probes {
                        if matches!(self.table[j], Slot::Empty) {
                            self.table[j] = Slot::Active(hash, v);
                            break 'probe;
                        }
                    }
                    perturb >>= PERTURB_SHIFT;
                    i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
                }
            }
        }
        self.fill = self.used;
    }

    /// Whether `key` is an element (`TypeError` if unhashable).
    pub fn contains(&self, key: &Value) -> R<bool> {
        let hash = py_hash(key)?;
        Ok(self.find(key, hash)?.is_ok())
    }

    /// Removes `key`; returns whether it was there.
    pub fn discard(&mut self, key: &Value) -> R<bool> {
        let hash = py_hash(key)?;
        match self.find(key, hash)? {
            Ok(at) => {
                self.table[at] = Slot::Dummy;
                self.used -= 1;
                Ok(true)
            }
            Err(_) => Ok(false),
        }
    }

    /// Removes and returns an arbitrary element (CPython's: the next one after
    /// the last popped slot).
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.table[i], Slot::Active(..)) {
            i = (i + 1) & mask;
        }
        let Slot::Active(_, v) = std::mem::replace(&mut self.table[i], Slot::Dummy) else {
            unreachable!("found an active slot")
        };
        self.used -= 1;
        self.finger = i + 1;
        Some(v)
    }

    /// Removes every element.
    pub fn clear(&mut self) {
        *self = PySet::default();
    }

    /// Adds every element of `other` (in its table order).
    pub fn update_from(&mut self, other: &PySet) -> R<()> {
        for (h, v) in other.entries() {
            self.add_hashed(v.clone(), h)?;
        }
        Ok(())
    }

    /// `self & other` (iterating the smaller set, as CPython does).
    pub fn intersection(&self, other: &PySet) -> R<PySet> {
        let (small, big) = if other.len() > self.len() {
            (self, other)
        } else {
            (other, self)
        };
        let mut out = PySet::default();
        for (h, v) in small.entries() {
            if big.find(v, h)?.is_ok() {
                out.add_hashed(v.clone(), h)?;
            }
        }
        Ok(out)
    }

    /// `self - other`.
    pub fn difference(&self, other: &PySet) -> R<PySet> {
        let mut out = PySet::default();
        for (h, v) in self.entries() {
            if other.find(v, h)?.is_err() {
                out.add_hashed(v.clone(), h)?;
            }
        }
        Ok(out)
    }

    /// `self ^ other`.
    pub fn symmetric_difference(&self, other: &PySet) -> R<PySet> {
        let mut out = self.clone();
        for (h, v) in other.entries() {
            match out.find(v, h)? {
                Ok(at) => {
                    out.table[at] = Slot::Dummy;
                    out.used -= 1;
                }
                Err(_) => {
                    out.add_hashed(v.clone(), h)?;
                }
            }
        }
        Ok(out)
    }

    /// `self <= other`.
    pub fn is_subset(&self, other: &PySet) -> R<bool> {
        if self.len() > other.len() {
            return Ok(false);
        }
        for (h, v) in self.entries() {
            if other.find(v, h)?.is_err() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `hash(frozenset)`: CPython's order-independent mix of the element hashes.
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        for (h, _) in self.entries() {
            hash ^= shuffle(h as u64);
        }
        // Dummies and empty slots are not part of the value; CPython folds
        // the unused-slot contribution out the same way.
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        let h = hash as i64;
        if h == -1 { 590923713 } else { h }
    }
}
