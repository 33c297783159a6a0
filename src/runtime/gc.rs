//! The cycle collector — CPython's `Python/gc.c`. Reference counting (`Rc`)
//! frees most objects; objects that can hold references (instances, lists,
//! dicts, sets, cells, functions) are also registered here, in three
//! generations, so that groups of them that only refer to each other can be
//! found and freed.
//!
//! A collection of a generation works as CPython's: each object's
//! `gc_refs` starts at its reference count, the references the generation's
//! objects hold to each other are subtracted, objects left with references
//! from outside are reachable and so is everything they reach; the rest is
//! garbage, whose contents are cleared (breaking the cycles, so `Rc` frees
//! it). Survivors move to the next generation. A collection runs when the
//! youngest generation has grown by the threshold (CPython 3.13's default,
//! 2000) since the last one, at the VM's next safe point (a call or a loop's
//! back edge).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use super::object::Instance;
use super::{Dict, Function, PySet, Value};

/// A registered container, held weakly (registration keeps nothing alive).
#[derive(Clone)]
enum Tracked {
    Instance(Weak<Instance>),
    List(Weak<RefCell<Vec<Value>>>),
    Dict(Weak<RefCell<Dict>>),
    Set(Weak<RefCell<PySet>>),
    Cell(Weak<RefCell<Value>>),
    Function(Weak<Function>),
}

impl Tracked {
    fn addr(&self) -> usize {
        match self {
            Tracked::Instance(w) => w.as_ptr() as *const u8 as usize,
            Tracked::List(w) => w.as_ptr() as *const u8 as usize,
            Tracked::Dict(w) => w.as_ptr() as *const u8 as usize,
            Tracked::Set(w) => w.as_ptr() as *const u8 as usize,
            Tracked::Cell(w) => w.as_ptr() as *const u8 as usize,
            Tracked::Function(w) => w.as_ptr() as *const u8 as usize,
        }
    }

    fn strong_count(&self) -> usize {
        match self {
            Tracked::Instance(w) => w.strong_count(),
            Tracked::List(w) => w.strong_count(),
            Tracked::Dict(w) => w.strong_count(),
            Tracked::Set(w) => w.strong_count(),
            Tracked::Cell(w) => w.strong_count(),
            Tracked::Function(w) => w.strong_count(),
        }
    }

    fn upgrade(&self) -> Option<Strong> {
        Some(match self {
            Tracked::Instance(w) => Strong::Instance(w.upgrade()?),
            Tracked::List(w) => Strong::List(w.upgrade()?),
            Tracked::Dict(w) => Strong::Dict(w.upgrade()?),
            Tracked::Set(w) => Strong::Set(w.upgrade()?),
            Tracked::Cell(w) => Strong::Cell(w.upgrade()?),
            Tracked::Function(w) => Strong::Function(w.upgrade()?),
        })
    }
}

/// A container being examined or cleared.
enum Strong {
    Instance(Rc<Instance>),
    List(Rc<RefCell<Vec<Value>>>),
    Dict(Rc<RefCell<Dict>>),
    Set(Rc<RefCell<PySet>>),
    Cell(Rc<RefCell<Value>>),
    Function(Rc<Function>),
}

/// Container addresses to their index in a collection (addresses need only
/// a multiplicative mix, not SipHash).
type AddrMap = HashMap<usize, usize, std::hash::BuildHasherDefault<super::KeyHasher>>;

/// The address a value's container is registered under, if it is one.
fn container_addr(v: &Value) -> Option<usize> {
    Some(match v {
        Value::Instance(i) => Rc::as_ptr(i) as *const u8 as usize,
        Value::List(l) => Rc::as_ptr(l) as *const u8 as usize,
        Value::Dict(d) => Rc::as_ptr(d) as *const u8 as usize,
        Value::Set(s) => Rc::as_ptr(s) as *const u8 as usize,
        Value::Cell(c) => Rc::as_ptr(c) as *const u8 as usize,
        Value::Function(f) => Rc::as_ptr(f) as *const u8 as usize,
        _ => return None,
    })
}

impl Strong {
    /// Calls `f` on every value the container refers to (CPython's
    /// `tp_traverse`); a container borrowed right now is skipped (its
    /// references then count as outside ones, which only keeps things alive).
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        match self {
            Strong::Instance(i) => {
                if let Ok(d) = i.dict.try_borrow() {
                    for (k, v) in d.iter() {
                        f(k.value());
                        f(v);
                    }
                }
                if let Some(e) = &i.exc {
                    for slot in [&e.args, &e.cause, &e.context, &e.group] {
                        if let Ok(v) = slot.try_borrow() {
                            f(&v);
                        }
                    }
                }
                if let Some(slots) = &i.slots
                    && let Ok(slots) = slots.try_borrow()
                {
                    slots.iter().for_each(&mut *f);
                }
                if let Some(b) = &i.base {
                    f(b);
                }
            }
            Strong::List(l) => {
                if let Ok(l) = l.try_borrow() {
                    l.iter().for_each(f);
                }
            }
            Strong::Dict(d) => {
                if let Ok(d) = d.try_borrow() {
                    for (k, v) in d.iter() {
                        f(k.value());
                        f(v);
                    }
                }
            }
            Strong::Set(s) => {
                if let Ok(s) = s.try_borrow() {
                    s.items().iter().for_each(f);
                }
            }
            Strong::Cell(c) => {
                if let Ok(v) = c.try_borrow() {
                    f(&v);
                }
            }
            Strong::Function(func) => {
                for list in [&func.defaults, &func.closure] {
                    if let Ok(l) = list.try_borrow() {
                        l.iter().for_each(&mut *f);
                    }
                }
                if let Ok(kw) = func.kwdefaults.try_borrow() {
                    kw.iter().for_each(|(_, v)| f(v));
                }
                if let Ok(fields) = func.fields.try_borrow() {
                    fields.iter().for_each(&mut *f);
                }
                if let Ok(d) = func.dict.try_borrow()
                    && let Some(d) = &*d
                {
                    f(&Value::Dict(d.clone()));
                }
            }
        }
    }

    /// Drops the container's references (CPython's `tp_clear`); the values
    /// are returned so that they are freed after every container is cleared.
    fn clear(&self, out: &mut Vec<Value>) {
        match self {
            Strong::Instance(i) => {
                if let Ok(mut d) = i.dict.try_borrow_mut() {
                    for (k, v) in std::mem::take(&mut *d) {
                        out.push(k.value().clone());
                        out.push(v);
                    }
                }
                if let Some(e) = &i.exc {
                    for slot in [&e.args, &e.cause, &e.context, &e.group] {
                        if let Ok(mut v) = slot.try_borrow_mut() {
                            out.push(std::mem::replace(&mut *v, Value::None));
                        }
                    }
                }
                if let Some(slots) = &i.slots
                    && let Ok(mut slots) = slots.try_borrow_mut()
                {
                    for v in slots.iter_mut() {
                        out.push(std::mem::replace(v, Value::Null));
                    }
                }
            }
            Strong::List(l) => {
                if let Ok(mut l) = l.try_borrow_mut() {
                    out.append(&mut l);
                }
            }
            Strong::Dict(d) => {
                if let Ok(mut d) = d.try_borrow_mut() {
                    for (k, v) in std::mem::take(&mut *d) {
                        out.push(k.value().clone());
                        out.push(v);
                    }
                }
            }
            Strong::Set(s) => {
                if let Ok(mut s) = s.try_borrow_mut() {
                    out.extend(s.items());
                    s.clear();
                }
            }
            Strong::Cell(c) => {
                if let Ok(mut v) = c.try_borrow_mut() {
                    out.push(std::mem::replace(&mut *v, Value::Null));
                }
            }
            Strong::Function(func) => {
                for list in [&func.defaults, &func.closure] {
                    if let Ok(mut l) = list.try_borrow_mut() {
                        out.append(&mut l);
                    }
                }
                if let Ok(mut kw) = func.kwdefaults.try_borrow_mut() {
                    out.extend(kw.drain(..).map(|(_, v)| v));
                }
                if let Ok(mut fields) = func.fields.try_borrow_mut() {
                    for slot in fields.iter_mut() {
                        out.push(std::mem::replace(slot, Value::Null));
                    }
                }
                if let Ok(mut d) = func.dict.try_borrow_mut()
                    && let Some(d) = d.take()
                {
                    out.push(Value::Dict(d));
                }
            }
        }
    }
}

/// The collector's state: three generations of registered containers.
struct Gc {
    generations: [Vec<Tracked>; 3],
    /// Containers registered since the youngest generation was last collected.
    count0: Cell<usize>,
    /// The youngest generation's length at which dead registrations are next
    /// dropped from it; it grows with the live count, so registering stays
    /// amortised constant time however many young objects live.
    prune_at: Cell<usize>,
    /// Collections of each generation since the next older one was collected.
    counts: [Cell<usize>; 3],
    thresholds: Cell<[usize; 3]>,
    enabled: Cell<bool>,
    /// Set when a collection is due; the VM runs it at its next safe point.
    pending: Cell<bool>,
    collecting: Cell<bool>,
}

thread_local! {
    static GC: RefCell<Gc> = const { RefCell::new(Gc {
        generations: [Vec::new(), Vec::new(), Vec::new()],
        count0: Cell::new(0),
        prune_at: Cell::new(2000),
        counts: [Cell::new(0), Cell::new(0), Cell::new(0)],
        thresholds: Cell::new([2000, 10, 10]),
        enabled: Cell::new(true),
        pending: Cell::new(false),
        collecting: Cell::new(false),
    }) };
    /// A copy of `Gc::pending`, read on the VM's hot path without a borrow.
    static PENDING: Cell<bool> = const { Cell::new(false) };
}

fn register(t: Tracked) {
    GC.with(|gc| {
        let mut gc = gc.borrow_mut();
        gc.generations[0].push(t);
        let n = gc.generations[0].len();
        gc.count0.set(gc.count0.get() + 1);
        if n <= gc.prune_at.get() {
            return;
        }
        // CPython counts allocations minus deallocations: the young
        // registrations that died already do not count.
        gc.generations[0].retain(|t| t.strong_count() > 0);
        let live = gc.generations[0].len();
        gc.count0.set(live);
        let threshold = gc.thresholds.get()[0];
        gc.prune_at
            .set(live + live.max(threshold).max(MIN_PRUNE_STEP));
        if threshold > 0 && live > threshold && gc.enabled.get() && !gc.collecting.get() {
            gc.pending.set(true);
            PENDING.with(|p| p.set(true));
        }
    });
}

/// The fewest registrations between two prunings of the youngest generation.
const MIN_PRUNE_STEP: usize = 64;

/// Registers a new instance.
pub fn track_instance(i: &Rc<Instance>) {
    register(Tracked::Instance(Rc::downgrade(i)));
}

/// Registers a new list.
pub fn track_list(l: &Rc<RefCell<Vec<Value>>>) {
    register(Tracked::List(Rc::downgrade(l)));
}

/// Registers a new dict.
pub fn track_dict(d: &Rc<RefCell<Dict>>) {
    register(Tracked::Dict(Rc::downgrade(d)));
}

/// Registers a new set.
pub fn track_set(s: &Rc<RefCell<PySet>>) {
    register(Tracked::Set(Rc::downgrade(s)));
}

/// Registers a new cell.
pub fn track_cell(c: &Rc<RefCell<Value>>) {
    register(Tracked::Cell(Rc::downgrade(c)));
}

/// Registers a new function.
pub fn track_function(f: &Rc<Function>) {
    register(Tracked::Function(Rc::downgrade(f)));
}

/// Whether a collection is due (checked by the VM at safe points).
#[inline(always)]
pub fn collection_due() -> bool {
    PENDING.with(|p| p.get())
}

/// Runs the collection that is due: the oldest generation whose count
/// exceeds its threshold, with the younger ones (CPython's
/// `gc_collect_generations`). Returns the number of unreachable objects.
pub fn collect_due() -> usize {
    PENDING.with(|p| p.set(false));
    let generation = GC.with(|gc| {
        let gc = gc.borrow();
        gc.pending.set(false);
        let t = gc.thresholds.get();
        let mut g = 0;
        for k in (1..3).rev() {
            if gc.counts[k - 1].get() > t[k] && t[k] > 0 {
                g = k;
                break;
            }
        }
        g
    });
    collect(generation)
}

/// Collects generations `0..=generation`; returns how many unreachable
/// objects were found (and freed).
pub fn collect(generation: usize) -> usize {
    let generation = generation.min(2);
    let already = GC.with(|gc| gc.borrow().collecting.replace(true));
    if already {
        return 0;
    }
    // The objects of the collected generations, dead registrations dropped.
    let mut objects: Vec<Tracked> = GC.with(|gc| {
        let mut gc = gc.borrow_mut();
        let mut all = Vec::new();
        for g in 0..=generation {
            all.append(&mut gc.generations[g]);
        }
        all
    });
    objects.retain(|t| t.strong_count() > 0);
    let mut index: AddrMap = HashMap::with_capacity_and_hasher(objects.len(), Default::default());
    index.extend(objects.iter().enumerate().map(|(i, t)| (t.addr(), i)));
    // gc_refs: references from outside the collected set.
    let mut refs: Vec<isize> = objects.iter().map(|t| t.strong_count() as isize).collect();
    for t in &objects {
        if let Some(s) = t.upgrade() {
            s.traverse(&mut |v| {
                if let Some(&j) = container_addr(v).and_then(|a| index.get(&a)) {
                    refs[j] -= 1;
                }
            });
        }
    }
    // Everything reachable from an object referenced from outside survives.
    let mut reachable = vec![false; objects.len()];
    let mut work: Vec<usize> = (0..objects.len()).filter(|&i| refs[i] > 0).collect();
    for &i in &work {
        reachable[i] = true;
    }
    while let Some(i) = work.pop() {
        if let Some(s) = objects[i].upgrade() {
            s.traverse(&mut |v| {
                if let Some(&j) = container_addr(v).and_then(|a| index.get(&a))
                    && !reachable[j]
                {
                    reachable[j] = true;
                    work.push(j);
                }
            });
        }
    }
    let garbage: Vec<Strong> = objects
        .iter()
        .zip(&reachable)
        .filter(|(_, r)| !**r)
        .filter_map(|(t, _)| t.upgrade())
        .collect();
    // A function's closure is a tuple object of its own in CPython, found
    // unreachable with the function.
    let found = garbage.len()
        + garbage
            .iter()
            .filter(|s| matches!(s, Strong::Function(f) if !f.closure.borrow().is_empty()))
            .count();
    // Finalizers first (PEP 442), then the cycles are broken.
    for s in &garbage {
        if let Strong::Instance(i) = s {
            super::object::finalize(i);
        }
    }
    let mut freed = Vec::new();
    for s in &garbage {
        s.clear(&mut freed);
    }
    drop(garbage);
    drop(freed);
    let survivors: Vec<Tracked> = objects
        .into_iter()
        .zip(reachable)
        .filter(|(t, r)| *r && t.strong_count() > 0)
        .map(|(t, _)| t)
        .collect();
    GC.with(|gc| {
        let mut gc = gc.borrow_mut();
        let older = (generation + 1).min(2);
        gc.generations[older].extend(survivors);
        gc.count0.set(gc.generations[0].len());
        let threshold = gc.thresholds.get()[0];
        gc.prune_at.set(threshold.max(MIN_PRUNE_STEP));
        for g in 0..generation {
            gc.counts[g].set(0);
        }
        if generation < 2 {
            gc.counts[generation].set(gc.counts[generation].get() + 1);
        }
        gc.collecting.set(false);
    });
    found
}

/// `gc.get_count()`: registrations since the last collection of each generation.
pub fn get_count() -> [usize; 3] {
    GC.with(|gc| {
        let mut gc = gc.borrow_mut();
        gc.generations[0].retain(|t| t.strong_count() > 0);
        let live = gc.generations[0].len();
        gc.count0.set(live);
        [gc.count0.get(), gc.counts[0].get(), gc.counts[1].get()]
    })
}

/// `gc.get_threshold()`.
pub fn get_threshold() -> [usize; 3] {
    GC.with(|gc| gc.borrow().thresholds.get())
}

/// `gc.set_threshold(...)`.
pub fn set_threshold(t: [usize; 3]) {
    GC.with(|gc| {
        let gc = gc.borrow();
        gc.thresholds.set(t);
        gc.prune_at.set(t[0].max(MIN_PRUNE_STEP));
    });
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    GC.with(|gc| gc.borrow().enabled.set(on));
}

/// `gc.isenabled()`.
pub fn is_enabled() -> bool {
    GC.with(|gc| gc.borrow().enabled.get())
}
