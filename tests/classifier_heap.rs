//! The heap a classifier holds, counted by a global allocator, against the
//! 5 MB budget and against what `Classifier::memory_usage` reports.
//!
//! `cargo test --test classifier_heap -- --nocapture` prints the figures.

// Implementing `GlobalAlloc` needs unsafe code; the library itself forbids it
// in src/lib.rs, and this test opts out of the package-wide deny.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use allied_health::{Classifier, Profession};

thread_local! {
    // Bytes allocated and not yet freed by this thread. Per thread, so that
    // the harness's other threads do not disturb it; a `const` Cell has no
    // destructor, so using it inside the allocator never allocates.
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

/// The system allocator, counting each thread's live bytes.
struct Counting;

fn count(delta: isize) {
    // `try_with`: a thread that is exiting may have lost its counter.
    let _ = LIVE.try_with(|n| n.set(n.get() + delta));
}

// SAFETY: every call is passed straight to `System`; the count is a side
// effect. `realloc` keeps the default, which goes through these two.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            count(layout.size() as isize);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(-(layout.size() as isize));
        // SAFETY: `ptr` came from `System.alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// What `make` leaves allocated on this thread, and its value.
fn held_by<T>(make: impl FnOnce() -> T) -> (usize, T) {
    let before = LIVE.with(Cell::get);
    let value = make();
    let after = LIVE.with(Cell::get);
    (usize::try_from(after - before).unwrap_or(0), value)
}

// One test function: the counter sees only this code, in order.
#[test]
fn the_classifier_heap_is_small_and_memory_usage_tells_it() {
    // The counter works.
    let (bytes, v) = held_by(|| vec![0u8; 1000]);
    assert_eq!(bytes, 1000);
    drop(v);
    // Anything set up once per process is not the classifier's.
    drop(Classifier::new());

    let (heap, classifier) = held_by(Classifier::new);
    let reported = classifier.memory_usage();
    eprintln!(
        "classifier heap: {heap} bytes counted, {reported} reported by memory_usage(), {} patterns",
        classifier.patterns().len()
    );
    assert!(heap <= 5 * 1024 * 1024, "the classifier holds {heap} bytes");
    // memory_usage() is approximate, but within a tenth of the truth.
    let error = heap.abs_diff(reported) as f64 / heap as f64;
    assert!(
        error <= 0.1,
        "memory_usage() says {reported}, the heap holds {heap}"
    );

    // A clone shares the dictionary.
    let (cloned, copy) = held_by(|| classifier.clone());
    assert!(cloned < 1024, "a clone allocated {cloned} bytes");
    drop(copy);

    // Aliases are counted too.
    let (heap, with_alias) = held_by(|| {
        Classifier::builder()
            .alias("Physio Wizard", Profession::Physiotherapist)
            .build()
            .unwrap()
    });
    let reported = with_alias.memory_usage();
    let error = heap.abs_diff(reported) as f64 / heap as f64;
    assert!(
        error <= 0.1,
        "memory_usage() says {reported}, the heap holds {heap}"
    );

    // Classifying gives back what it takes: only the result stays.
    let (kept, result) = held_by(|| {
        classifier.classify_ad("Band 6 Physiotherapist", &"HCPC registered. ".repeat(500))
    });
    assert!(kept < 4096, "a classification kept {kept} bytes");
    drop(result);
}
