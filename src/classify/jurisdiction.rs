//! Where an ad is from: a tally of the evidence for each jurisdiction
//! (regulators, pay bands, currencies, places, spellings, local titles).

use super::result::Evidence;
use super::terms::Weight;
use crate::model::jurisdiction::Jurisdiction;

/// Most evidence spans kept per jurisdiction.
const MAX_EVIDENCE: usize = 8;

/// Decisive evidence counts this many times a suggestive one.
const STRONG: u64 = 3;

/// Running totals per jurisdiction, with the first matches of each. The
/// totals are exact integers: a text would need 2^62 mentions to saturate
/// one (no input is that long), where a 32-bit float stops counting at
/// 2^24.
#[derive(Default)]
pub(crate) struct PlaceTally {
    us: u64,
    nhs: u64,
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
            Weight::Weak => 1,
        };
        let (total, kept) = match jurisdiction {
            Jurisdiction::Us => (&mut self.us, &mut self.us_evidence),
            Jurisdiction::Nhs => (&mut self.nhs, &mut self.nhs_evidence),
        };
        *total = total.saturating_add(w);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::result::Field;

    fn evidence() -> Evidence {
        Evidence {
            field: Field::Body,
            range: 0..1,
            term: crate::classify::dictionary::TermText::Static("x"),
        }
    }

    /// Past 2^24 a 32-bit float total no longer grows by one; the tally
    /// does. 2^24 + 3 weak mentions outweigh 5 592 406 strong ones
    /// (16 777 218), which a float total would have said the other way.
    #[test]
    fn tallies_count_exactly_past_two_to_the_24() {
        let mut tally = PlaceTally::default();
        let weak = (1u64 << 24) + 3;
        for _ in 0..weak {
            tally.add(Jurisdiction::Nhs, Weight::Weak, evidence);
        }
        for _ in 0..5_592_406 {
            tally.add(Jurisdiction::Us, Weight::Strong, evidence);
        }
        assert_eq!((tally.nhs, tally.us), (weak, 16_777_218));
        assert_eq!(tally.nhs_evidence.len(), MAX_EVIDENCE);
        let (jurisdiction, kept) = tally.decide(None);
        assert_eq!(jurisdiction, Some(Jurisdiction::Nhs));
        assert_eq!(kept.len(), MAX_EVIDENCE);
    }

    #[test]
    fn totals_saturate_rather_than_wrap() {
        let mut tally = PlaceTally {
            us: u64::MAX - 1,
            ..PlaceTally::default()
        };
        tally.add(Jurisdiction::Us, Weight::Strong, evidence);
        assert_eq!(tally.us, u64::MAX);
        assert_eq!(tally.decide(None).0, Some(Jurisdiction::Us));
    }
}
