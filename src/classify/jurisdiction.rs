//! Where an ad is from: a tally of the evidence for each jurisdiction
//! (regulators, pay bands, currencies, places, spellings, local titles).

use super::result::Evidence;
use super::terms::Weight;
use crate::model::jurisdiction::Jurisdiction;

/// Most evidence spans kept per jurisdiction.
const MAX_EVIDENCE: usize = 8;

/// Decisive evidence counts this many times a suggestive one.
const STRONG: f32 = 3.0;

/// Running totals per jurisdiction, with the first matches of each.
#[derive(Default)]
pub(crate) struct PlaceTally {
    us: f32,
    nhs: f32,
    us_evidence: Vec<Evidence>,
    nhs_evidence: Vec<Evidence>,
}

impl PlaceTally {
    pub(crate) fn add(
        &mut self,
        jurisdiction: Jurisdiction,
        weight: Weight,
        evidence: impl FnOnce() -> Evidence,
    ) {
        let w = match weight {
            Weight::Strong => STRONG,
            Weight::Weak => 1.0,
        };
        let (total, kept) = match jurisdiction {
            Jurisdiction::Us => (&mut self.us, &mut self.us_evidence),
            Jurisdiction::Nhs => (&mut self.nhs, &mut self.nhs_evidence),
        };
        *total += w;
        if kept.len() < MAX_EVIDENCE {
            kept.push(evidence());
        }
    }

    /// The jurisdiction with more evidence and its matches; the `default`
    /// (with no matches) when there is none or it is even.
    pub(crate) fn decide(
        self,
        default: Option<Jurisdiction>,
    ) -> (Option<Jurisdiction>, Vec<Evidence>) {
        if self.us > self.nhs {
            (Some(Jurisdiction::Us), self.us_evidence)
        } else if self.nhs > self.us {
            (Some(Jurisdiction::Nhs), self.nhs_evidence)
        } else {
            (default, Vec::new())
        }
    }
}
