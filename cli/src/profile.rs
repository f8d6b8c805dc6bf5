//! `allied-health profile ID`: a profession's career card, as a careers
//! site shows it (the output of `examples/profile.rs`): overview,
//! settings, education and training, pay, outlook, progression, related
//! careers, other titles, technology skills and sources. Every line names
//! its source; a fact no saved source states says so.

use std::fmt::Write as _;

use allied_health::{
    BLS_EP_VERSION, BLS_PROJECTIONS_VERSION, Code, Definition, Jurisdiction, OEWS_VERSION,
    ONET_RELATED_VERSION, ONET_VERSION, Outlook, Profession, ProfessionInfo, Profile, Progression,
    Recognition, Relatedness, UK_SOC_VERSION, Wage,
};
use serde_json::{Value, json};

use crate::{Fatal, print};

/// The O*NET release of the technology skills: the 30.1 copy of the
/// database lacks "Technology Skills.txt", so they stay 30.0.
const ONET_TECHNOLOGY_VERSION: &str = "30.0";
/// The occupation descriptions come from the same O*NET release as the
/// related occupations (data/gen_profiles.py reads both from 30.1).
const ONET_DESCRIPTION_VERSION: &str = ONET_RELATED_VERSION;

const WIDTH: usize = 78;

pub const LONG_ABOUT: &str = "Print a profession's career card: overview, settings, education \
    and training, pay, outlook, progression, related careers, other titles, technology skills \
    and sources, for every jurisdiction that recognises the profession (or only the one given \
    with --jurisdiction). Every line names its source.\n\n\
    With --json, one object: `id`, `name`, `role_level`, `allied_health` (definition id to \
    true/false), `settings`, `patient_contact`, `aliases`, `jurisdictions` (one object per \
    jurisdiction: `jurisdiction`, `title`, `also_known_as`, `codes` (prefixed), `description` \
    (`code`, `title`, `text`), `regulator`, `protected_titles`, `entry_education`, \
    `work_experience`, `training`, `job_zone`, `entry_routes` (`code`, `unit_group`, `text`), \
    `afc_bands`, `outlook` (US only: `soc`, `bls_code`, `bls_title`, `coverage`, `all_other`, \
    `shared_with`, `median_wage`, `wage_p10`, `wage_p25`, `wage_p75`, `wage_p90` (each \
    `amount`, `currency`, `year`, `lower_bound`), `wage_code`, `wage_title`, `wage_coverage`, \
    `wage_source`, `base_year`, `projection_year`, `base_employment`, `projected_employment`, \
    `percent_change`, `annual_openings`, `source`), `progression_into`, `progression_onward` (`from`, `to`, \
    `jurisdiction`, `route`, `basis`, `source`, `evidence`), `note`), `related` (`id`, \
    `relatedness`, `rank`, `onet_code`, `via`), `technology` (`categories`, `category_count`, \
    `skills` (`name`, `category`, `hot`, `in_demand`), `skill_count`) and `sources`.\n\n\
    An unknown id, or a jurisdiction that does not recognise the profession, exits with \
    status 2.";

pub fn run(
    profession: Profession,
    jurisdiction: Option<Jurisdiction>,
    json: bool,
) -> Result<(), Fatal> {
    let info = profession.info();
    let recognitions: Vec<&Recognition> = match jurisdiction {
        None => info.recognitions().iter().collect(),
        Some(j) => match info.recognition(j) {
            Some(r) => vec![r],
            None => {
                let elsewhere: Vec<&str> = info
                    .recognitions()
                    .iter()
                    .map(|r| r.jurisdiction().id())
                    .collect();
                return Err(Fatal(format!(
                    "{} is not recognised in {j}; try --jurisdiction {}",
                    profession.id(),
                    elsewhere.join(" or ")
                )));
            }
        },
    };
    let text = if json {
        let mut text =
            serde_json::to_string_pretty(&card_json(info, &recognitions)).unwrap_or_default();
        text.push('\n');
        text
    } else {
        card_text(info, &recognitions)
    };
    print(text.as_bytes())
}

// ---------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------

/// Appends `text` wrapped at `WIDTH`, each line starting with `indent`.
/// Appends `text` wrapped at `WIDTH`, each line starting with `indent`.
fn wrap(out: &mut String, indent: &str, text: &str) {
    hang(out, indent, indent, text);
}

/// Appends `text` wrapped at `WIDTH`: the first line starts with `first`,
/// the others with `rest` (a list item's hanging indent).
fn hang(out: &mut String, first: &str, rest: &str, text: &str) {
    let mut indent = first;
    let mut line = String::from(first);
    for word in text.split_whitespace() {
        if line.len() > indent.len() && line.len() + 1 + word.len() > WIDTH {
            out.push_str(line.trim_end());
            out.push('\n');
            indent = rest;
            line = String::from(rest);
        }
        if line.len() > indent.len() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if line.len() > indent.len() {
        out.push_str(&line);
        out.push('\n');
    }
}

fn heading(out: &mut String, title: &str) {
    let _ = write!(out, "\n{title}\n");
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// "Hospital, School and Community".
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// "SOC 2018 29-2034; O*NET-SOC 29-2034.00; ISCO-08 3211", codes of one
/// system together.
fn codes_line(r: &Recognition) -> String {
    let mut groups: Vec<(&str, Vec<String>)> = Vec::new();
    for c in r.codes() {
        let system = c.system().name();
        match groups.iter_mut().find(|(s, _)| *s == system) {
            Some((_, codes)) => codes.push(c.to_string()),
            None => groups.push((system, vec![c.to_string()])),
        }
    }
    if groups.is_empty() {
        return "none in the saved classifications".to_owned();
    }
    let parts: Vec<String> = groups
        .iter()
        .map(|(system, codes)| format!("{system} {}", codes.join(", ")))
        .collect();
    parts.join("; ")
}

/// The titles a reader may meet for the job in one jurisdiction, without
/// repeats or the title itself: its other titles and protected titles, and
/// in the US the O*NET alternate titles that name it. At most `limit`, with
/// the total.
fn also_known_as(
    info: &ProfessionInfo,
    r: &Recognition,
    limit: usize,
) -> (Vec<&'static str>, usize) {
    let onet: &[&'static str] = match r.jurisdiction() {
        Jurisdiction::Us => info.onet_alternate_titles(),
        _ => &[],
    };
    let mut titles: Vec<&'static str> = Vec::new();
    for t in r
        .other_titles()
        .iter()
        .chain(r.protected_titles())
        .chain(onet)
    {
        if !t.eq_ignore_ascii_case(r.title()) && !titles.iter().any(|s| s.eq_ignore_ascii_case(t)) {
            titles.push(t);
        }
    }
    let total = titles.len();
    titles.truncate(limit);
    (titles, total)
}

/// The registry's own aliases (abbreviations and spellings, not tied to a
/// jurisdiction): the aliases before the O*NET alternate titles.
fn registry_aliases(info: &ProfessionInfo) -> Vec<&'static str> {
    let curated = info.aliases().count() - info.onet_alternate_titles().len();
    info.aliases().take(curated).collect()
}

fn step_text(step: &Progression, other: Profession) -> String {
    let basis = step.basis().id();
    let title = other
        .info()
        .recognition(step.jurisdiction())
        .map_or(other.name(), Recognition::title);
    format!(
        "{title}: {}. [{basis}; {}: \"{}\"]",
        step.route(),
        step.source(),
        step.evidence()
    )
}

fn card_text(info: &ProfessionInfo, recognitions: &[&Recognition]) -> String {
    let profile = info.profile();
    let mut out = String::new();
    let title = format!("{} ({})", info.name(), info.id());
    let _ = writeln!(out, "{title}\n{}", "=".repeat(title.len()));
    let allied: Vec<String> = Definition::ALL
        .iter()
        .map(|d| format!("{}: {}", d.label(), yes_no(info.is_allied_health(*d))))
        .collect();
    wrap(
        &mut out,
        "",
        &format!(
            "Role: {}. Allied health? {}.",
            info.role_level(),
            allied.join("; ")
        ),
    );
    for r in recognitions {
        jurisdiction_text(&mut out, info, profile, r);
    }
    sources_text(&mut out, profile, recognitions);
    out
}

fn jurisdiction_text(out: &mut String, info: &ProfessionInfo, profile: &Profile, r: &Recognition) {
    let j = r.jurisdiction();
    let banner = format!("{j}: {}", r.title());
    let _ = write!(out, "\n{banner}\n{}\n", "-".repeat(banner.len()));

    heading(out, "Overview");
    match profile
        .descriptions()
        .iter()
        .find(|d| d.jurisdiction() == j)
    {
        Some(d) => {
            wrap(out, "  ", d.text());
            let _ = writeln!(
                out,
                "  [{} {}, {}]",
                source_of_code(d.code()),
                d.code(),
                d.title()
            );
        }
        None => {
            let _ = writeln!(out, "  No saved classification describes this job here.");
        }
    }
    wrap(out, "  ", &format!("Codes: {}.", codes_line(r)));
    match r.regulator() {
        Some(reg) => {
            let protected = if r.protected_titles().is_empty() {
                String::new()
            } else {
                format!("; protected titles: {}", r.protected_titles().join(", "))
            };
            wrap(
                out,
                "  ",
                &format!(
                    "Regulator: {} ({}){protected}.",
                    reg.name(),
                    reg.abbreviation()
                ),
            );
        }
        None => wrap(out, "  ", "Regulator: none stated in the saved sources."),
    }
    let eq = info.equivalence();
    let mut compare = format!("Across jurisdictions: {}", eq.kind());
    if let Some(c) = eq.counterpart() {
        let _ = write!(compare, " (counterpart: {})", c.name());
    }
    match eq.note() {
        Some(note) => {
            let _ = write!(compare, ". {note}");
        }
        None => compare.push('.'),
    }
    wrap(out, "  ", &compare);
    if let Some(note) = r.note() {
        wrap(out, "  ", &format!("Note: {note}"));
    }

    heading(out, "Settings");
    let settings: Vec<String> = info
        .settings()
        .iter()
        .map(|s| s.label().to_owned())
        .collect();
    wrap(
        out,
        "  ",
        &format!(
            "{}. Patient contact: {}. [registry reading of the SOC and ONS descriptions]",
            list(&settings),
            info.patient_contact()
        ),
    );

    heading(out, "Education and training");
    match (r.entry_education(), j) {
        (Some(e), Jurisdiction::Us) => {
            let experience = r.work_experience().map_or("not stated", |w| w.label());
            let training = r.training().map_or("not stated", |t| t.label());
            wrap(
                out,
                "  ",
                &format!(
                    "Typical entry education: {e}; work experience in a related occupation: \
                     {experience}; on-the-job training: {training}. [BLS Employment Projections \
                     Table 5.4, {BLS_EP_VERSION}]"
                ),
            );
        }
        (Some(e), _) => wrap(
            out,
            "  ",
            &format!("Entry education: {e}. [registry reading of the ONS entry routes]"),
        ),
        (None, _) => wrap(
            out,
            "  ",
            "Entry education: not stated in the saved sources.",
        ),
    }
    if let Some(zone) = r.job_zone() {
        wrap(
            out,
            "  ",
            &format!("{zone}: {}. [O*NET {ONET_VERSION}]", zone.title()),
        );
    }
    if j == Jurisdiction::Nhs {
        if profile.entry_routes().is_empty() {
            wrap(
                out,
                "  ",
                "Entry routes: no UK SOC 2020 unit group in Volume 1.",
            );
        }
        for route in profile.entry_routes() {
            let _ = writeln!(
                out,
                "  Entry routes, UK SOC {} {}:",
                route.code(),
                route.unit_group()
            );
            wrap(out, "    ", route.text());
            let _ = writeln!(out, "    [ONS SOC {UK_SOC_VERSION} Volume 1]");
        }
    }

    heading(out, "Pay");
    match j {
        Jurisdiction::Us => match profile.outlook() {
            Some(o) => {
                let shown = |w: Option<Wage>| {
                    w.map_or_else(|| "not published".to_owned(), |w| w.to_string())
                };
                wrap(
                    out,
                    "  ",
                    &format!(
                        "Median annual wage: {} ({}). [BLS OEWS {OEWS_VERSION}, {} {}]",
                        shown(o.median_wage()),
                        o.wage_year(),
                        o.wage_code(),
                        o.wage_title()
                    ),
                );
                wrap(
                    out,
                    "  ",
                    &format!(
                        "Range: 10th percentile {}, 25th {}, 75th {}, 90th {}.",
                        shown(o.wage_p10()),
                        shown(o.wage_p25()),
                        shown(o.wage_p75()),
                        shown(o.wage_p90())
                    ),
                );
                coverage_text(out, o);
            }
            None => wrap(out, "  ", "No US SOC code, so no BLS figures."),
        },
        _ => {
            if r.afc_bands().is_empty() {
                wrap(
                    out,
                    "  ",
                    "Agenda for Change band: not stated for this profession in the saved sources.",
                );
            }
            for b in r.afc_bands() {
                let band = if b.lowest() == b.highest() {
                    b.lowest().to_string()
                } else {
                    format!("{} to {}", b.lowest(), b.highest().label())
                };
                let secondary = if b.is_secondary() {
                    ", third-party summary"
                } else {
                    ""
                };
                wrap(
                    out,
                    "  ",
                    &format!(
                        "Agenda for Change {band} ({}). [{}{secondary}]",
                        b.stage(),
                        b.source_url()
                    ),
                );
            }
        }
    }

    heading(out, "Outlook");
    match (j, profile.outlook()) {
        (Jurisdiction::Us, Some(o)) => {
            let sign = if o.percent_change().tenths() > 0 {
                "+"
            } else {
                ""
            };
            wrap(
                out,
                "  ",
                &format!(
                    "Employment {} ({}) to {} ({}), {sign}{}; about {} openings a year. \
                     [BLS Employment Projections {BLS_PROJECTIONS_VERSION}, Table 1.2, {} {}]",
                    thousands(o.base_employment()),
                    o.base_year(),
                    thousands(o.projected_employment()),
                    o.projection_year(),
                    o.percent_change(),
                    thousands(o.annual_openings()),
                    o.bls_code(),
                    o.bls_title()
                ),
            );
            if o.is_combined() || !o.shared_with().is_empty() {
                wrap(
                    out,
                    "  ",
                    "(See the note under Pay: these are not this profession's figures alone.)",
                );
            }
        }
        (Jurisdiction::Us, None) => wrap(out, "  ", "No US SOC code, so no BLS figures."),
        _ => wrap(
            out,
            "  ",
            "No employment projections for the NHS in the saved sources.",
        ),
    }

    heading(out, "Progression");
    let into: Vec<&Progression> = profile
        .progressions_into()
        .filter(|s| s.jurisdiction() == j)
        .collect();
    let onward: Vec<&Progression> = profile
        .progressions()
        .iter()
        .filter(|s| s.jurisdiction() == j)
        .collect();
    if into.is_empty() && onward.is_empty() {
        wrap(
            out,
            "  ",
            "No career step into or out of this role is recorded here.",
        );
    }
    for step in into {
        wrap(out, "  ", &format!("From {}", step_text(step, step.from())));
    }
    for step in onward {
        wrap(out, "  ", &format!("To {}", step_text(step, step.to())));
    }

    heading(
        out,
        &format!("Related careers [O*NET {ONET_RELATED_VERSION} Related Occupations]"),
    );
    let mut any = false;
    for tier in Relatedness::ALL {
        let names: Vec<String> = profile
            .related()
            .iter()
            .filter(|c| c.relatedness() == *tier)
            .map(|c| {
                let local = c
                    .profession()
                    .info()
                    .recognition(j)
                    .map_or("", Recognition::title);
                if local.is_empty() {
                    format!("{} (not recognised here)", c.profession().name())
                } else {
                    local.to_owned()
                }
            })
            .collect();
        if !names.is_empty() {
            any = true;
            wrap(out, "  ", &format!("{tier}: {}.", list(&names)));
        }
    }
    if !any {
        wrap(
            out,
            "  ",
            "None: the profession has no O*NET code, or none of its related occupations is in the registry.",
        );
    }
    if j != Jurisdiction::Us && any {
        wrap(
            out,
            "  ",
            "(O*NET is a US classification; titles are shown as the NHS uses them.)",
        );
    }

    heading(out, "Also known as");
    let (titles, total) = also_known_as(info, r, 15);
    if titles.is_empty() {
        wrap(out, "  ", "No other titles recorded.");
    } else {
        let more = if total > titles.len() {
            format!(" (and {} more)", total - titles.len())
        } else {
            String::new()
        };
        wrap(out, "  ", &format!("{}{more}.", titles.join("; ")));
    }
    let aliases = registry_aliases(info);
    if !aliases.is_empty() {
        wrap(
            out,
            "  ",
            &format!(
                "Registry aliases (either jurisdiction): {}.",
                aliases.join("; ")
            ),
        );
    }

    heading(
        out,
        &format!("Technology skills [O*NET {ONET_TECHNOLOGY_VERSION} Technology Skills]"),
    );
    if profile.technology_category_count() == 0 {
        wrap(
            out,
            "  ",
            "None listed: the profession has no O*NET code with technology data.",
        );
    } else {
        let categories: Vec<String> = profile
            .technology_categories()
            .iter()
            .map(|c| c.title().to_owned())
            .collect();
        wrap(
            out,
            "  ",
            &format!(
                "Categories ({} of {}): {}.",
                categories.len(),
                profile.technology_category_count(),
                list(&categories)
            ),
        );
        let skills: Vec<String> = profile
            .technology_skills()
            .iter()
            .map(|s| {
                let flags = match (s.is_hot(), s.is_in_demand()) {
                    (true, true) => "hot, in demand",
                    (false, true) => "in demand",
                    _ => "hot",
                };
                format!("{} ({flags})", s.name())
            })
            .collect();
        wrap(
            out,
            "  ",
            &format!(
                "Hot or in-demand examples ({} of {}): {}.",
                skills.len(),
                profile.technology_skill_count(),
                if skills.is_empty() {
                    "none flagged".to_owned()
                } else {
                    list(&skills)
                }
            ),
        );
        if j != Jurisdiction::Us {
            wrap(
                out,
                "  ",
                "(From US job data; no NHS source lists technology.)",
            );
        }
    }
}

fn coverage_text(out: &mut String, o: &Outlook) {
    let shared: Vec<String> = o
        .shared_with()
        .iter()
        .map(|p| p.name().to_owned())
        .collect();
    if o.is_combined() && o.is_all_other() && o.bls_code() == o.soc() {
        wrap(
            out,
            "  ",
            &format!(
                "SOC {} \"{}\" is a residual \"all other\" row: this profession is one of the \
                 occupations in it, so these are that row's figures, not this profession's alone.",
                o.soc(),
                o.bls_title()
            ),
        );
    } else if o.is_combined() && o.bls_code() == o.soc() {
        wrap(
            out,
            "  ",
            &format!(
                "This profession is a specialty within SOC {} \"{}\": these are the whole \
                 occupation's figures, not this profession's alone.",
                o.soc(),
                o.bls_title()
            ),
        );
    } else if o.is_combined() {
        wrap(
            out,
            "  ",
            &format!(
                "BLS publishes the row {} \"{}\" for SOC {} together with other codes: these \
                 are that row's figures, not this profession's alone.",
                o.bls_code(),
                o.bls_title(),
                o.soc()
            ),
        );
    }
    if o.wage_code() != o.bls_code() {
        wrap(
            out,
            "  ",
            &format!(
                "Wages are from OEWS row {} ({}), projections from row {}.",
                o.wage_code(),
                o.wage_coverage(),
                o.bls_code()
            ),
        );
    }
    if !shared.is_empty() {
        wrap(
            out,
            "  ",
            &format!("The same figures stand for: {}.", list(&shared)),
        );
    }
}

/// "212,100".
fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

fn source_of_code(code: Code) -> String {
    match code {
        Code::OnetSoc(_) => format!("O*NET {ONET_DESCRIPTION_VERSION} Occupation Data,"),
        _ => format!("ONS SOC {UK_SOC_VERSION} Volume 1,"),
    }
}

fn sources_text(out: &mut String, profile: &Profile, recognitions: &[&Recognition]) {
    heading(out, "Sources");
    let has = |j| recognitions.iter().any(|r| r.jurisdiction() == j);
    let mut lines: Vec<String> = vec![
        "Registry facts (titles, codes, regulators, settings): src/data/professions.rs, each row \
         citing its saved source."
            .to_owned(),
    ];
    if has(Jurisdiction::Us) {
        lines.push(format!(
            "BLS Employment Projections {BLS_PROJECTIONS_VERSION}, Table 1.2: employment, \
             percent change, openings."
        ));
        lines.push(format!(
            "BLS OEWS {OEWS_VERSION} national estimates: median and percentile annual wages."
        ));
        lines.push(format!(
            "BLS Employment Projections Table 5.4 ({BLS_EP_VERSION}): entry education, work \
             experience, on-the-job training."
        ));
    }
    if profile
        .descriptions()
        .iter()
        .any(|d| matches!(d.code(), Code::OnetSoc(_)))
        || profile.technology_category_count() > 0
    {
        lines.push(format!(
            "O*NET {ONET_VERSION} (O*NET Center, USDOL/ETA, CC BY 4.0): Job Zone, alternate \
             titles; O*NET {ONET_DESCRIPTION_VERSION} Occupation Data: occupation description; \
             O*NET {ONET_TECHNOLOGY_VERSION} Technology Skills."
        ));
    }
    if !profile.related().is_empty() {
        lines.push(format!(
            "O*NET {ONET_RELATED_VERSION} Related Occupations (CC BY 4.0): related careers."
        ));
    }
    if has(Jurisdiction::Nhs) && !profile.entry_routes().is_empty() {
        lines.push(format!(
            "ONS SOC {UK_SOC_VERSION} Volume 1 (issue of 16 October 2024): unit group \
             description and typical entry routes."
        ));
    }
    for r in recognitions {
        for b in r.afc_bands() {
            let line = format!("Agenda for Change band statement: {}", b.source_url());
            if !lines.contains(&line) {
                lines.push(line);
            }
        }
    }
    for line in lines {
        hang(out, "  - ", "    ", &line);
    }
}

// ---------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------

fn wage_json(w: Wage) -> Value {
    json!({
        "amount": w.amount(),
        "currency": w.currency().code(),
        "year": w.year(),
        "lower_bound": w.is_lower_bound(),
    })
}

fn progression_json(step: &Progression) -> Value {
    json!({
        "from": step.from().id(),
        "to": step.to().id(),
        "jurisdiction": step.jurisdiction().id(),
        "route": step.route(),
        "basis": step.basis().id(),
        "source": step.source(),
        "evidence": step.evidence(),
    })
}

fn card_json(info: &ProfessionInfo, recognitions: &[&Recognition]) -> Value {
    let profile = info.profile();
    let jurisdictions: Vec<Value> = recognitions
        .iter()
        .map(|r| {
            let j = r.jurisdiction();
            let (titles, _) = also_known_as(info, r, usize::MAX);
            let description = profile.description(j).map(|d| {
                json!({ "code": d.code().to_prefixed_string(), "title": d.title(), "text": d.text() })
            });
            let outlook = profile.outlook().filter(|_| j == Jurisdiction::Us).map(|o| {
                json!({
                    "soc": o.soc().to_string(),
                    "bls_code": o.bls_code().to_string(),
                    "bls_title": o.bls_title(),
                    "coverage": o.coverage().id(),
                    "all_other": o.is_all_other(),
                    "shared_with": o.shared_with().iter().map(|p| p.id()).collect::<Vec<_>>(),
                    "median_wage": o.median_wage().map(wage_json),
                    "wage_p10": o.wage_p10().map(wage_json),
                    "wage_p25": o.wage_p25().map(wage_json),
                    "wage_p75": o.wage_p75().map(wage_json),
                    "wage_p90": o.wage_p90().map(wage_json),
                    "wage_code": o.wage_code().to_string(),
                    "wage_title": o.wage_title(),
                    "wage_coverage": o.wage_coverage().id(),
                    "wage_source": format!("BLS OEWS {OEWS_VERSION}"),
                    "base_year": o.base_year(),
                    "projection_year": o.projection_year(),
                    "base_employment": o.base_employment(),
                    "projected_employment": o.projected_employment(),
                    "percent_change": f64::from(o.percent_change().tenths()) / 10.0,
                    "annual_openings": o.annual_openings(),
                    "source": format!("BLS Employment Projections {BLS_PROJECTIONS_VERSION}, Table 1.2"),
                })
            });
            let entry_routes: Vec<Value> = if j == Jurisdiction::Nhs {
                profile
                    .entry_routes()
                    .iter()
                    .map(|e| json!({ "code": e.code().to_string(), "unit_group": e.unit_group(), "text": e.text() }))
                    .collect()
            } else {
                Vec::new()
            };
            json!({
                "jurisdiction": j.id(),
                "title": r.title(),
                "also_known_as": titles,
                "codes": r.codes().iter().map(Code::to_prefixed_string).collect::<Vec<_>>(),
                "description": description,
                "regulator": r.regulator().map(|g| g.abbreviation()),
                "protected_titles": r.protected_titles(),
                "entry_education": r.entry_education().map(|e| e.id()),
                "work_experience": r.work_experience().map(|e| e.id()),
                "training": r.training().map(|t| t.id()),
                "job_zone": r.job_zone().map(|z| z.get()),
                "entry_routes": entry_routes,
                "afc_bands": r.afc_bands().iter().map(|b| json!({
                    "lowest": b.lowest().label(),
                    "highest": b.highest().label(),
                    "stage": b.stage(),
                    "source": b.source_url(),
                    "secondary": b.is_secondary(),
                })).collect::<Vec<_>>(),
                "outlook": outlook,
                "progression_into": profile.progressions_into().filter(|s| s.jurisdiction() == j).map(progression_json).collect::<Vec<_>>(),
                "progression_onward": profile.progressions().iter().filter(|s| s.jurisdiction() == j).map(progression_json).collect::<Vec<_>>(),
                "note": r.note(),
            })
        })
        .collect();
    json!({
        "id": info.id(),
        "name": info.name(),
        "role_level": info.role_level().id(),
        "allied_health": Definition::ALL.iter().map(|d| (d.id().to_owned(), Value::Bool(info.is_allied_health(*d)))).collect::<serde_json::Map<_, _>>(),
        "settings": info.settings().iter().map(|s| s.id()).collect::<Vec<_>>(),
        "patient_contact": info.patient_contact().id(),
        "aliases": registry_aliases(info),
        "jurisdictions": jurisdictions,
        "related": profile.related().iter().map(|c| json!({
            "id": c.profession().id(),
            "relatedness": c.relatedness().id(),
            "rank": c.rank(),
            "onet_code": c.onet_code().to_string(),
            "via": c.from_code().to_string(),
        })).collect::<Vec<_>>(),
        "technology": {
            "categories": profile.technology_categories().iter().map(|c| json!({ "code": c.code(), "title": c.title() })).collect::<Vec<_>>(),
            "category_count": profile.technology_category_count(),
            "skills": profile.technology_skills().iter().map(|s| json!({
                "name": s.name(),
                "category": s.commodity().title(),
                "hot": s.is_hot(),
                "in_demand": s.is_in_demand(),
            })).collect::<Vec<_>>(),
            "skill_count": profile.technology_skill_count(),
        },
        "sources": {
            "projections": format!("BLS Employment Projections {BLS_PROJECTIONS_VERSION}, Table 1.2"),
            "wages": format!("BLS OEWS {OEWS_VERSION}"),
            "education": format!("BLS Employment Projections Table 5.4 ({BLS_EP_VERSION})"),
            "related": format!("O*NET {ONET_RELATED_VERSION} Related Occupations"),
            "technology": format!("O*NET {ONET_TECHNOLOGY_VERSION} Technology Skills"),
            "descriptions": format!("O*NET {ONET_DESCRIPTION_VERSION} Occupation Data; ONS SOC {UK_SOC_VERSION} Volume 1"),
        },
    })
}
