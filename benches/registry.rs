//! Registry benchmarks: lookups by id, code and title, and a query over the
//! whole registry.
//!
//! `cargo bench --bench registry`

use std::hint::black_box;

use allied_health::{
    Definition, EducationLevel, Jurisdiction, OnetSocCode, Profession, Query, Setting, SettingSet,
    Soc2018Code, UkSoc2020Code, lookup_title,
};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const HOSPITAL_ROLES: Query = Query::new()
    .jurisdiction(Jurisdiction::Us)
    .allied_health(Definition::UsBroad)
    .works_in_any(SettingSet::from_slice(&[Setting::Hospital]))
    .education_at_most(EducationLevel::Associate);

fn lookups(c: &mut Criterion) {
    let mut g = c.benchmark_group("lookup");
    // Ids from the start, middle and end of the registry, so the mean is fair.
    let ids = ["physiotherapist", "mri-technologist", "care-worker"];
    // Per lookup: criterion's element rate is per id.
    g.throughput(Throughput::Elements(ids.len() as u64));
    g.bench_function("by_id", |b| {
        b.iter(|| {
            for id in ids {
                black_box(Profession::from_id(black_box(id)).ok());
            }
        })
    });
    g.throughput(Throughput::Elements(1));
    g.bench_function("info_by_profession", |b| {
        b.iter(|| black_box(black_box(Profession::Paramedic).info().name()))
    });
    let soc: Soc2018Code = "29-2034".parse().expect("valid code");
    let onet: OnetSocCode = "29-1129.01".parse().expect("valid code");
    let uk: UkSoc2020Code = "2254".parse().expect("valid code");
    // Warm the lazily built index outside the measurement.
    let _ = soc.professions();
    g.bench_function("by_soc_code", |b| {
        b.iter(|| black_box(black_box(soc).professions().map(|mut it| it.next())))
    });
    g.bench_function("by_onet_code", |b| {
        b.iter(|| black_box(black_box(onet).professions().map(|mut it| it.next())))
    });
    g.bench_function("by_uk_code", |b| {
        b.iter(|| black_box(black_box(uk).professions().map(|mut it| it.next())))
    });
    g.bench_function("parse_soc_code", |b| {
        b.iter(|| black_box(black_box("29-2034").parse::<Soc2018Code>().ok()))
    });
    let _ = lookup_title("warm up");
    g.bench_function("by_title", |b| {
        b.iter(|| black_box(lookup_title(black_box("Speech-Language Pathologist"))))
    });
    g.finish();
}

fn queries(c: &mut Criterion) {
    let mut g = c.benchmark_group("query");
    g.bench_function("iter_whole_registry", |b| {
        b.iter(|| black_box(black_box(Query::new()).iter().count()))
    });
    g.bench_function("iter_filtered", |b| {
        b.iter(|| black_box(black_box(HOSPITAL_ROLES).iter().count()))
    });
    g.finish();
}

criterion_group!(benches, lookups, queries);
criterion_main!(benches);
