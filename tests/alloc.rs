//! Running a query allocates nothing: a full `iter()`, `count()`, `first()`
//! and `matches()` are measured with a counting global allocator. Nor does
//! reading the career profiles a query filters on.

// Implementing `GlobalAlloc` needs unsafe code; the library itself forbids it
// in src/lib.rs, and this test opts out of the package-wide deny.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::hint::black_box;

use allied_health::{
    CodeSystem, Definition, EducationLevel, Family, Jurisdiction, PatientContact, Percent,
    Profession, Query, RoleLevel, Scope, Setting, SettingSet, SortKey,
};

thread_local! {
    // Per thread, so that the harness's other threads do not disturb the
    // count. A `const` Cell has no destructor, so using it inside the
    // allocator never allocates.
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

/// The system allocator, counting the allocations of each thread.
struct Counting;

// SAFETY: every call is passed straight to `System`; the count is a side effect.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // `try_with`: a thread that is exiting may have lost its counter.
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System.alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// How many allocations the current thread makes while running `f`.
fn allocations_during(f: impl FnOnce()) -> u64 {
    let before = ALLOCATIONS.with(Cell::get);
    f();
    ALLOCATIONS.with(Cell::get) - before
}

/// One query per filter, and all of them at once.
const QUERIES: &[Query] = &[
    Query::new(),
    Query::new().jurisdiction(Jurisdiction::Nhs),
    Query::new().allied_health(Definition::PatientFacing),
    Query::new().role_level(RoleLevel::Support),
    Query::new().exclude_boundary(),
    Query::new().scope(Scope::Adjacent),
    Query::new().family(Family::Diagnostics),
    Query::new().education_at_least(EducationLevel::Bachelor),
    Query::new().education_at_most(EducationLevel::Associate),
    Query::new().works_in_any(SettingSet::from_slice(&[
        Setting::Hospital,
        Setting::School,
    ])),
    Query::new().works_in_all(SettingSet::from_slice(&[
        Setting::Hospital,
        Setting::School,
    ])),
    Query::new().patient_contact(PatientContact::Direct),
    Query::new().regulated(),
    Query::new().protected_title(),
    Query::new().code_system(CodeSystem::OnetSoc),
    Query::new().code_prefix(CodeSystem::Soc2018, "29-20"),
    Query::new().word("therapist"),
    Query::new().word("no such title anywhere"),
    Query::new().min_median_wage(70_000),
    Query::new().growth_at_least(Percent::from_percent(10)),
    Query::new().related_to(Profession::Sonographer),
    Query::new().reachable_from(Profession::AhpSupportWorker),
    Query::new()
        .jurisdiction(Jurisdiction::Us)
        .allied_health(Definition::UsBroad)
        .role_level(RoleLevel::Professional)
        .exclude_boundary()
        .education_at_least(EducationLevel::HighSchool)
        .education_at_most(EducationLevel::Associate)
        .works_in_any(SettingSet::from_slice(&[Setting::Hospital]))
        .works_in_all(SettingSet::from_slice(&[Setting::Hospital]))
        .patient_contact(PatientContact::Direct)
        .code_prefix(CodeSystem::Soc2018, "29-2")
        .word("technologist"),
];

fn run(query: &Query) -> usize {
    let mut found = 0;
    for p in query.iter() {
        found += black_box(p) as usize;
    }
    found += black_box(query.count());
    found += black_box(query.first()).map_or(0, |p| p as usize);
    for &p in Profession::ALL {
        found += usize::from(black_box(query.matches(p)));
    }
    found
}

// One test function: the assertions run on one thread, in order, so the
// counter sees only this code.
#[test]
fn running_a_query_allocates_nothing() {
    // The counter works: a Vec allocates.
    assert!(allocations_during(|| drop(black_box(vec![1u8]))) >= 1);

    for query in QUERIES {
        // Warm-up, in case anything is set up on first use. Queries read the
        // static records only (no lazy title or code index), so this should
        // change nothing.
        black_box(run(query));
        let n = allocations_during(|| {
            black_box(run(black_box(query)));
        });
        assert_eq!(n, 0, "{query:?} allocated {n} times");
    }

    // Building a query from run-time text does not allocate either.
    let word = String::from("Radiographer");
    let prefix = String::from("22");
    let n = allocations_during(|| {
        let q = Query::new()
            .try_word(black_box(&word))
            .and_then(|q| q.try_code_prefix(CodeSystem::Isco08, black_box(&prefix)));
        black_box(q.map(|q| q.count()).ok());
    });
    assert_eq!(n, 0);

    // Sorting allocates the Vec it returns, once.
    let n = allocations_during(|| drop(black_box(Query::new().sorted(SortKey::Name))));
    assert_eq!(n, 1);
}

/// Every profile accessor a query filter or sort reads, for every profession.
fn read_profiles() -> usize {
    let mut found = 0;
    for &p in Profession::ALL {
        let profile = black_box(p).profile();
        found += black_box(profile.median_wage()).map_or(0, |w| w.amount() as usize);
        found += black_box(profile.employment_growth())
            .map_or(0, |g| g.tenths().unsigned_abs() as usize);
        found += profile.related_professions().count();
        found += usize::from(profile.is_related_to(black_box(Profession::Physiotherapist)));
        found += profile.progresses_to().len() + profile.reachable().len();
        found += profile.progressions_into().count();
        found += usize::from(profile.is_reachable_from(black_box(Profession::AhpSupportWorker)));
    }
    found
}

#[test]
fn reading_career_profiles_allocates_nothing() {
    black_box(read_profiles());
    let n = allocations_during(|| {
        black_box(read_profiles());
    });
    assert_eq!(n, 0, "reading the profiles allocated {n} times");
}
