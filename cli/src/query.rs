//! `allied-health query JSON`: the professions a [`Query`] matches, the
//! query given in the library's serde form.

use std::fmt::Write as _;
use std::io::Read;

use allied_health::{Jurisdiction, Profession, Query, Recognition, SortKey};
use clap::{Args, ValueEnum};
use serde_json::json;

use crate::{Fatal, print};

pub const LONG_ABOUT: &str = "List the professions a query matches.\n\n\
    The query is a JSON object in the library's serde form: its keys are the `Query` setter \
    names, each a filter (an unknown key or value is an error, never a wider query). For \
    example '{\"jurisdiction\":\"nhs\",\"allied_health\":\"nhs-ahp\",\"protected_title\":true}', \
    '{\"code_prefix\":\"soc2018:29-20\"}', '{\"works_in_any\":[\"hospital\"],\
    \"education_at_most\":\"associate\"}' or '{\"word\":\"therapist\"}'. Keys: jurisdiction, \
    allied_health, role_level, exclude_boundary, education_at_least, education_at_most, \
    works_in_any, works_in_all, patient_contact, regulated, protected_title, code_prefix, \
    word, min_median_wage, growth_at_least, related_to, reachable_from. `-` reads the query \
    from standard input.\n\n\
    Output: one line per match, in registry order (or --sort order): the id, the English \
    name, the US title and the NHS title (`-` where a jurisdiction does not recognise it), \
    separated by tabs. With --json, a JSON array of objects with `id`, `name`, `us_title` and \
    `nhs_title` (null where not recognised).\n\n\
    A malformed query exits with status 2.";

#[derive(Args)]
pub struct QueryArgs {
    /// The query, a JSON object such as '{"jurisdiction":"nhs"}', or `-`
    /// for standard input.
    #[arg(value_name = "JSON")]
    query: String,
    /// Print a JSON array of the matches.
    #[arg(long)]
    json: bool,
    /// Order the matches (registry order when not given).
    #[arg(long, value_enum)]
    sort: Option<Sort>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Sort {
    /// The English name.
    Name,
    /// Typical entry education, lowest first.
    EntryEducation,
    /// US median annual wage, highest first.
    MedianWage,
    /// Projected US employment growth, highest first.
    Growth,
}

pub fn run(args: &QueryArgs) -> Result<(), Fatal> {
    let text = if args.query == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Fatal(format!("cannot read the query from standard input: {e}")))?;
        text
    } else {
        args.query.clone()
    };
    let query: Query =
        serde_json::from_str(&text).map_err(|e| Fatal(format!("not a query: {e}")))?;
    let found: Vec<Profession> = match args.sort {
        None => query.iter().collect(),
        Some(Sort::Name) => query.sorted(SortKey::Name),
        Some(Sort::EntryEducation) => query.sorted(SortKey::EntryEducation),
        Some(Sort::MedianWage) => query.sorted(SortKey::MedianWage),
        Some(Sort::Growth) => query.sorted(SortKey::Growth),
    };
    let title = |p: Profession, j| p.info().recognition(j).map(Recognition::title);
    let mut out = String::new();
    if args.json {
        let all: Vec<_> = found
            .iter()
            .map(|&p| {
                json!({
                    "id": p.id(),
                    "name": p.name(),
                    "us_title": title(p, Jurisdiction::Us),
                    "nhs_title": title(p, Jurisdiction::Nhs),
                })
            })
            .collect();
        out = serde_json::to_string_pretty(&all).unwrap_or_default();
        out.push('\n');
    } else {
        for p in found {
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}",
                p.id(),
                p.name(),
                title(p, Jurisdiction::Us).unwrap_or("-"),
                title(p, Jurisdiction::Nhs).unwrap_or("-"),
            );
        }
    }
    print(out.as_bytes())
}
