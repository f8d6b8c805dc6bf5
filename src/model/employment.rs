//! One row of BLS employment, as the generated table of US healthcare
//! employment stores it.

use crate::model::code::Soc2018Code;

/// A line item of the BLS Employment Projections table for SOC major
/// groups 29 and 31: its code, title, 2024 employment, and the SOC 2018
/// detailed codes it covers (more than one for a combined row such as
/// 29-2010, laboratory technologists and technicians).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct EmploymentRow {
    pub(crate) code: Soc2018Code,
    pub(crate) title: &'static str,
    /// Jobs in the base year (the table's thousands times 1,000).
    pub(crate) employment: u32,
    pub(crate) covers: &'static [Soc2018Code],
}
