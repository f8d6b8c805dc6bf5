//! Classifier benchmarks: titles, typical ads and a 1 MB document, each
//! against the floor of any dictionary classifier (one Aho–Corasick scan
//! over the classifier's own patterns, counting matches); building the
//! classifier; a batch of ads on one thread and on two; and the ratios of
//! the classifier's time to the baseline's measured in alternating rounds.
//!
//! `cargo bench --bench classify`
//!
//! Every title and ad here is written for the benchmark: the titles by
//! hand (benches/data/titles.txt), the ads by [`ads`] from sentence
//! fragments.

use std::hint::black_box;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use allied_health::{Ad, Classifier};
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};

/// Several hundred job titles: US and UK, allied and boundary roles,
/// assistants, roles outside the registry and noise.
const TITLES: &str = include_str!("data/titles.txt");

/// Bytes in a typical ad body.
const AD_BYTES: usize = 2048;
/// Ads in the typical-ad corpus.
const ADS: usize = 200;
/// Bytes in the long document.
const DOCUMENT_BYTES: usize = 1 << 20;

/// The baseline: the classifier's own patterns in one automaton with the
/// same match semantics, counting matches and doing nothing else. Its kind
/// is aho-corasick's own choice (a contiguous NFA for this many patterns),
/// or `kind` when given.
fn baseline(classifier: &Classifier, kind: Option<AhoCorasickKind>) -> AhoCorasick {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(kind)
        .build(classifier.patterns())
        .expect("the classifier's patterns build")
}

fn titles(c: &mut Criterion) {
    let classifier = Classifier::new();
    let raw = baseline(&classifier, None);
    let titles: Vec<&str> = TITLES.lines().filter(|t| !t.is_empty()).collect();
    let bytes: usize = titles.iter().map(|t| t.len()).sum();
    let mut g = c.benchmark_group("classify_title");
    // Per title: criterion divides by the elements of one iteration.
    g.throughput(Throughput::Elements(titles.len() as u64));
    g.bench_function("classifier", |b| {
        b.iter(|| {
            for t in &titles {
                black_box(classifier.classify_ad(black_box(t), ""));
            }
        })
    });
    g.bench_function("baseline_count", |b| {
        b.iter(|| {
            let mut n = 0;
            for t in &titles {
                n += raw.find_iter(black_box(*t)).count();
            }
            black_box(n)
        })
    });
    g.finish();
    eprintln!(
        "classify_title: {} titles, {bytes} bytes, {} patterns",
        titles.len(),
        classifier.patterns().len()
    );
}

fn ads_throughput(c: &mut Criterion) {
    let classifier = Classifier::new();
    let raw = baseline(&classifier, None);
    // The fastest kind to scan with, and the slowest to build: for scale.
    let dfa = baseline(&classifier, Some(AhoCorasickKind::DFA));
    let ads = ads(ADS, AD_BYTES, 1);
    let bytes: usize = ads.iter().map(|(t, b)| t.len() + b.len()).sum();
    let document = document(DOCUMENT_BYTES);

    let mut g = c.benchmark_group("classify_ad");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("ads_2k/classifier", |b| {
        b.iter(|| {
            for (title, body) in &ads {
                black_box(classifier.classify_ad(black_box(title), black_box(body)));
            }
        })
    });
    g.bench_function("ads_2k/baseline_count", |b| {
        b.iter(|| {
            let mut n = 0;
            for (title, body) in &ads {
                n += raw.find_iter(black_box(title.as_str())).count();
                n += raw.find_iter(black_box(body.as_str())).count();
            }
            black_box(n)
        })
    });
    g.bench_function("ads_2k/baseline_dfa_count", |b| {
        b.iter(|| {
            let mut n = 0;
            for (title, body) in &ads {
                n += dfa.find_iter(black_box(title.as_str())).count();
                n += dfa.find_iter(black_box(body.as_str())).count();
            }
            black_box(n)
        })
    });
    g.throughput(Throughput::Bytes(document.len() as u64));
    g.bench_function("document_1m/classifier", |b| {
        b.iter(|| black_box(classifier.classify_ad("", black_box(&document))))
    });
    g.bench_function("document_1m/baseline_count", |b| {
        b.iter(|| black_box(raw.find_iter(black_box(document.as_str())).count()))
    });
    g.bench_function("document_1m/baseline_dfa_count", |b| {
        b.iter(|| black_box(dfa.find_iter(black_box(document.as_str())).count()))
    });
    g.finish();
    eprintln!(
        "classify_ad: {} ads, {bytes} bytes (mean {} per ad); document {} bytes",
        ads.len(),
        bytes / ads.len(),
        document.len()
    );
}

fn build(c: &mut Criterion) {
    let mut g = c.benchmark_group("classifier");
    g.bench_function("new", |b| b.iter(|| black_box(Classifier::new())));
    // Dropping the classifier is not part of building it.
    g.bench_function("new_without_drop", |b| {
        b.iter_batched(|| (), |()| Classifier::new(), BatchSize::PerIteration)
    });
    g.finish();
}

fn batch(c: &mut Criterion) {
    let classifier = Classifier::new();
    let owned = ads(1000, AD_BYTES, 2);
    let ads: Vec<Ad<'_>> = owned.iter().map(|(t, b)| Ad::new(t, b)).collect();
    let bytes: usize = owned.iter().map(|(t, b)| t.len() + b.len()).sum();
    let mut g = c.benchmark_group("classify_batch");
    g.throughput(Throughput::Bytes(bytes as u64));
    for threads in [1, 2] {
        g.bench_function(format!("threads_{threads}"), |b| {
            b.iter(|| black_box(classifier.classify_batch_with_threads(black_box(&ads), threads)))
        });
    }
    g.finish();
}

/// The classifier's time over the baseline's, on the same inputs, measured
/// in alternating rounds: each round times one pass of each, back to back,
/// and the median of the rounds' ratios is printed. On a machine shared
/// with other work, load that changes between criterion's groups skews
/// their ratio; within a round it touches both sides alike.
fn paired_ratios(_: &mut Criterion) {
    const ROUNDS: usize = 301;
    let classifier = Classifier::new();
    let raw = baseline(&classifier, None);
    let titles: Vec<&str> = TITLES.lines().filter(|t| !t.is_empty()).collect();
    let ads = ads(ADS, AD_BYTES, 1);
    let median_ratio = |mut ours: Box<dyn FnMut()>, mut theirs: Box<dyn FnMut()>| {
        let mut ratios: Vec<f64> = (0..ROUNDS)
            .map(|round| {
                // Alternate which side goes first.
                let (a, b) = if round % 2 == 0 {
                    (time(&mut ours), time(&mut theirs))
                } else {
                    let b = time(&mut theirs);
                    (time(&mut ours), b)
                };
                a / b
            })
            .collect();
        ratios.sort_by(f64::total_cmp);
        ratios[ROUNDS / 2]
    };
    let titles_ratio = median_ratio(
        Box::new(|| {
            for t in &titles {
                black_box(classifier.classify_ad(black_box(t), ""));
            }
        }),
        Box::new(|| {
            let mut n = 0;
            for t in &titles {
                n += raw.find_iter(black_box(*t)).count();
            }
            black_box(n);
        }),
    );
    let ads_ratio = median_ratio(
        Box::new(|| {
            for (title, body) in &ads {
                black_box(classifier.classify_ad(black_box(title), black_box(body)));
            }
        }),
        Box::new(|| {
            let mut n = 0;
            for (title, body) in &ads {
                n += raw.find_iter(black_box(title.as_str())).count();
                n += raw.find_iter(black_box(body.as_str())).count();
            }
            black_box(n);
        }),
    );
    eprintln!(
        "paired rounds (median of {ROUNDS}): titles {titles_ratio:.2}x the baseline's time per title; \
         ads_2k throughput {:.2}x the baseline's",
        1.0 / ads_ratio
    );
}

/// Seconds one call of `f` takes.
fn time(f: &mut dyn FnMut()) -> f64 {
    let start = std::time::Instant::now();
    f();
    start.elapsed().as_secs_f64()
}

criterion_group!(benches, titles, ads_throughput, build, batch, paired_ratios);
criterion_main!(benches);

/// A small deterministic generator (xorshift64*), so that every run reads
/// the same text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// One advertised role: its title, how the body names it, and its field.
struct Role {
    title: &'static str,
    noun: &'static str,
    field: &'static str,
    us: bool,
}

const fn role(title: &'static str, noun: &'static str, field: &'static str, us: bool) -> Role {
    Role {
        title,
        noun,
        field,
        us,
    }
}

const ROLES: &[Role] = &[
    role(
        "Band 6 Physiotherapist",
        "physiotherapist",
        "musculoskeletal outpatient",
        false,
    ),
    role(
        "Physical Therapist - Outpatient",
        "physical therapist",
        "outpatient orthopedic",
        true,
    ),
    role(
        "Occupational Therapist",
        "occupational therapist",
        "community rehabilitation",
        false,
    ),
    role(
        "COTA - Skilled Nursing",
        "certified occupational therapy assistant",
        "skilled nursing",
        true,
    ),
    role(
        "Speech and Language Therapist",
        "speech and language therapist",
        "paediatric",
        false,
    ),
    role(
        "Speech-Language Pathologist",
        "speech-language pathologist",
        "school-based",
        true,
    ),
    role("Dietitian", "dietitian", "acute medicine", false),
    role(
        "Registered Dietitian",
        "registered dietitian",
        "clinical nutrition",
        true,
    ),
    role(
        "Band 5 Diagnostic Radiographer",
        "diagnostic radiographer",
        "imaging",
        false,
    ),
    role(
        "Radiologic Technologist",
        "radiologic technologist",
        "imaging",
        true,
    ),
    role("Sonographer", "sonographer", "ultrasound", false),
    role(
        "Respiratory Therapist",
        "respiratory therapist",
        "critical care",
        true,
    ),
    role("Paramedic", "paramedic", "urgent and emergency care", false),
    role(
        "Operating Department Practitioner",
        "operating department practitioner",
        "theatres",
        false,
    ),
    role(
        "Surgical Technologist",
        "surgical technologist",
        "perioperative",
        true,
    ),
    role(
        "Pharmacy Technician",
        "pharmacy technician",
        "medicines management",
        false,
    ),
    role(
        "Medical Assistant",
        "medical assistant",
        "family medicine",
        true,
    ),
    role(
        "Dental Nurse",
        "dental nurse",
        "general dental practice",
        false,
    ),
    role(
        "Phlebotomist",
        "phlebotomist",
        "outpatient laboratory",
        true,
    ),
    role(
        "Biomedical Scientist",
        "biomedical scientist",
        "blood sciences",
        false,
    ),
    role(
        "Rehabilitation Assistant",
        "rehabilitation assistant",
        "stroke rehabilitation",
        false,
    ),
    role("Staff Nurse", "staff nurse", "acute medical", false),
    role(
        "Certified Nursing Assistant",
        "certified nursing assistant",
        "long-term care",
        true,
    ),
    role(
        "Healthcare Assistant",
        "healthcare assistant",
        "surgical ward",
        false,
    ),
    role(
        "Care Assistant",
        "care assistant",
        "residential care",
        false,
    ),
    role("Medical Receptionist", "receptionist", "front desk", false),
    role("Finance Manager", "finance manager", "finance", true),
];

const OPENINGS: &[&str] = &[
    "We are looking for an enthusiastic and motivated {noun} to join our {field} team.",
    "An exciting opportunity has arisen for a {noun} to join our friendly {field} service.",
    "Are you a {noun} looking for your next challenge? Our {field} department is growing.",
    "We are seeking a caring and dedicated {noun} with an interest in {field} work.",
];

const EMPLOYER: &[&str] = &[
    "We are a busy teaching hospital serving a population of over half a million people.",
    "Our organisation has been rated good by inspectors and we are proud of our staff survey results.",
    "The service covers a large rural area and a number of market towns.",
    "We are a growing independent provider with sites across the region.",
    "The department moved into a new purpose-built building last year.",
    "We value kindness, respect and teamwork, and we listen to our patients and families.",
];

const DUTIES: &[&str] = &[
    "You will manage your own caseload and take part in the {field} rota.",
    "The post holder will assess patients, plan treatment and keep accurate records.",
    "You will supervise students and junior colleagues and take part in audit and service improvement.",
    "Duties include clinical assessment, goal setting and discharge planning.",
    "You will work as part of a multidisciplinary team including nurses, doctors and therapists.",
    "The role involves some weekend and evening work on a rota basis.",
    "You will liaise with families, carers and other agencies to plan safe discharges.",
    "Working alongside our healthcare assistants, you will support patients with complex needs.",
    "You will contribute to the development of the {field} pathway and share best practice.",
    "Experience of electronic patient records would be an advantage but training is provided.",
];

const UK_REQUIREMENTS: &[&str] = &[
    "You must hold current HCPC registration and a degree in a relevant subject.",
    "An enhanced DBS check will be required for this post.",
    "Applicants must have the right to work in the UK.",
    "Full driving licence and access to a car are essential for community visits.",
    "Salary £28,407 - £34,581 per annum pro rata, Agenda for Change Band 5.",
    "Please note this vacancy may close early if we receive a high volume of applications.",
];

const US_REQUIREMENTS: &[&str] = &[
    "Current state license and BLS certification are required.",
    "Graduate of an accredited program; one year of experience preferred.",
    "Pay range $28.50 - $41.75 per hour depending on experience.",
    "Candidates must pass a background check and drug screen.",
    "Located in Columbus, OH with easy access to major highways.",
    "We are an equal opportunity employer and consider all qualified applicants.",
];

const UK_BENEFITS: &[&str] = &[
    "We offer 27 days annual leave plus bank holidays, rising with service.",
    "You will have access to the NHS Pension Scheme and salary sacrifice schemes.",
    "There is free parking on site and a staff restaurant.",
    "We support flexible working and protected time for continuing professional development.",
];

const US_BENEFITS: &[&str] = &[
    "Benefits include medical, dental and vision insurance from day one.",
    "We offer a 401(k) with company match and generous PTO.",
    "Tuition reimbursement and continuing education allowance are available.",
    "Sign-on bonus available for qualified candidates.",
];

/// `n` ads of about `bytes` bytes each: a title and a body composed from
/// the fragments above.
fn ads(n: usize, bytes: usize, seed: u64) -> Vec<(String, String)> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ seed);
    (0..n).map(|_| ad(&mut rng, bytes)).collect()
}

fn ad(rng: &mut Rng, bytes: usize) -> (String, String) {
    let role = &ROLES[rng.below(ROLES.len())];
    let fill = |s: &str| {
        s.replace("{noun}", role.noun)
            .replace("{field}", role.field)
    };
    let (requirements, benefits) = if role.us {
        (US_REQUIREMENTS, US_BENEFITS)
    } else {
        (UK_REQUIREMENTS, UK_BENEFITS)
    };
    let mut body = fill(rng.pick(OPENINGS));
    let target = bytes * 3 / 4 + rng.below(bytes / 2);
    let mut paragraph = 0;
    while body.len() < target {
        let list = match paragraph % 4 {
            0 => EMPLOYER,
            1 => DUTIES,
            2 => requirements,
            _ => benefits,
        };
        body.push(if rng.below(4) == 0 { '\n' } else { ' ' });
        body.push_str(&fill(rng.pick(list)));
        if rng.below(3) == 0 {
            paragraph += 1;
        }
    }
    (role.title.to_owned(), body)
}

/// One long document of about `bytes` bytes: many ads, one after another.
fn document(bytes: usize) -> String {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let mut out = String::with_capacity(bytes + AD_BYTES * 2);
    while out.len() < bytes {
        let (title, body) = ad(&mut rng, AD_BYTES);
        out.push_str(&title);
        out.push('\n');
        out.push_str(&body);
        out.push_str("\n\n");
    }
    out
}
