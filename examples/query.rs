//! Three questions a careers site asks, answered with `const` queries.
//!
//! ```text
//! cargo run --example query
//! ```

use allied_health::{
    Definition, EducationLevel, Jurisdiction, Profession, Query, Setting, SettingSet, SortKey,
};

/// Allied roles (in the broad US sense) found in US hospitals whose typical
/// entry education is an associate degree or less.
const US_HOSPITAL_UP_TO_ASSOCIATE: Query = Query::new()
    .jurisdiction(Jurisdiction::Us)
    .allied_health(Definition::UsBroad)
    .works_in_any(SettingSet::from_slice(&[Setting::Hospital]))
    .education_at_most(EducationLevel::Associate);

/// NHS England's allied health professions with a title protected by law.
const NHS_AHPS_WITH_PROTECTED_TITLES: Query = Query::new()
    .jurisdiction(Jurisdiction::Nhs)
    .allied_health(Definition::NhsAhp)
    .protected_title();

/// Allied roles with a stated entry education below an associate degree in
/// at least one jurisdiction.
const STATED_BELOW_A_DEGREE: Query = Query::new()
    .exclude_boundary()
    .education_at_most(EducationLevel::SomeCollege);

/// Roles with a stated entry education of an associate degree or more in at
/// least one jurisdiction.
const STATED_A_DEGREE: Query = Query::new().education_at_least(EducationLevel::Associate);

/// The entry education `jurisdiction` states for `profession`, in words.
fn education(profession: Profession, jurisdiction: Jurisdiction) -> &'static str {
    match profession.info().recognition(jurisdiction) {
        None => "no such role",
        Some(r) => r
            .entry_education()
            .map_or("not stated", EducationLevel::label),
    }
}

fn main() {
    let found = US_HOSPITAL_UP_TO_ASSOCIATE.sorted(SortKey::EntryEducation);
    println!(
        "Allied roles in US hospitals that need at most an associate degree ({}):",
        found.len()
    );
    for p in found {
        let us = p
            .info()
            .recognition(Jurisdiction::Us)
            .map_or("", |r| r.title());
        println!("  {us:<50} {}", education(p, Jurisdiction::Us));
    }

    println!(
        "\nNHS allied health professions with protected titles ({}):",
        NHS_AHPS_WITH_PROTECTED_TITLES.count()
    );
    for p in NHS_AHPS_WITH_PROTECTED_TITLES.sorted(SortKey::Name) {
        let titles = p
            .info()
            .recognition(Jurisdiction::Nhs)
            .map(|r| r.protected_titles().join(", "))
            .unwrap_or_default();
        println!("  {:<36} {titles}", p.name());
    }

    // "No degree" is read as: at least one jurisdiction states the role's
    // entry education, and every jurisdiction that states one puts it below
    // an associate degree. A jurisdiction that states nothing counts neither
    // way, so a role whose NHS entry is unknown is judged by its US entry
    // alone (the paramedic is one).
    let no_degree: Vec<Profession> = STATED_BELOW_A_DEGREE
        .iter()
        .filter(|&p| !STATED_A_DEGREE.matches(p))
        .collect();
    println!(
        "\nAllied roles that need no degree in either jurisdiction ({}):",
        no_degree.len()
    );
    for p in no_degree {
        println!(
            "  {:<42} US: {:<34} NHS: {}",
            p.name(),
            education(p, Jurisdiction::Us),
            education(p, Jurisdiction::Nhs)
        );
    }
}
