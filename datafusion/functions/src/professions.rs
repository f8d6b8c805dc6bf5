//! The registry as a table: one row per profession and jurisdiction that
//! recognises it.

use std::sync::Arc;

use allied_health::{Definition, Percent, Profession, Recognition};
use datafusion_common::Result;
use datafusion_common::arrow::array::{
    ArrayRef, Float64Builder, ListBuilder, RecordBatch, StringBuilder,
};
use datafusion_common::arrow::datatypes::{DataType, Field, Schema};

use crate::codes::{self, CodesBuilder};

/// The table's schema.
fn schema() -> Schema {
    Schema::new(vec![
        Field::new("id", DataType::Utf8, false),
        Field::new("name", DataType::Utf8, false),
        Field::new("scope", DataType::Utf8, false),
        Field::new("family", DataType::Utf8, false),
        Field::new("jurisdiction", DataType::Utf8, true),
        Field::new("title", DataType::Utf8, true),
        Field::new("codes", codes::data_type(), true),
        Field::new("definitions", codes::utf8_list(), false),
        Field::new("wage", DataType::Float64, true),
        Field::new("growth", DataType::Float64, true),
    ])
}

/// A percentage as a number of percent (`20.5` for 20.5%).
fn percent(p: Percent) -> f64 {
    f64::from(p.tenths()) / 10.0
}

/// Builds the table.
pub(crate) fn batch() -> Result<RecordBatch> {
    let rows: usize = Profession::ALL
        .iter()
        .map(|p| p.info().recognitions().len().max(1))
        .sum();
    let mut id = StringBuilder::with_capacity(rows, rows * 24);
    let mut name = StringBuilder::with_capacity(rows, rows * 24);
    let mut scope = StringBuilder::with_capacity(rows, rows * 12);
    let mut family = StringBuilder::with_capacity(rows, rows * 12);
    let mut jurisdiction = StringBuilder::with_capacity(rows, rows * 3);
    let mut title = StringBuilder::with_capacity(rows, rows * 24);
    let mut code_lists = CodesBuilder::with_capacity(rows);
    let mut definitions = ListBuilder::with_capacity(StringBuilder::new(), rows)
        .with_field(Arc::new(Field::new_list_field(DataType::Utf8, true)));
    let mut wage = Float64Builder::with_capacity(rows);
    let mut growth = Float64Builder::with_capacity(rows);

    for &profession in Profession::ALL {
        let info = profession.info();
        let profile = profession.profile();
        // A profession no jurisdiction recognises would still get a row.
        let recognitions: Vec<Option<&Recognition>> = if info.recognitions().is_empty() {
            vec![None]
        } else {
            info.recognitions().iter().map(Some).collect()
        };
        for recognition in recognitions {
            id.append_value(profession.id());
            name.append_value(profession.name());
            scope.append_value(info.scope().id());
            family.append_value(info.family().id());
            let j = recognition.map(Recognition::jurisdiction);
            jurisdiction.append_option(j.map(|j| j.id()));
            title.append_option(recognition.map(Recognition::title));
            match j {
                Some(j) => codes::append(&mut code_lists, profession, Some(j)),
                None => code_lists.append_null(),
            }
            for d in Definition::ALL {
                if info.is_allied_health(*d) {
                    definitions.values().append_value(d.id());
                }
            }
            definitions.append(true);
            wage.append_option(profile.median_wage().map(|w| f64::from(w.amount())));
            growth.append_option(profile.employment_growth().map(percent));
        }
    }

    let columns: Vec<ArrayRef> = vec![
        Arc::new(id.finish()),
        Arc::new(name.finish()),
        Arc::new(scope.finish()),
        Arc::new(family.finish()),
        Arc::new(jurisdiction.finish()),
        Arc::new(title.finish()),
        Arc::new(code_lists.finish()?),
        Arc::new(definitions.finish()),
        Arc::new(wage.finish()),
        Arc::new(growth.finish()),
    ];
    Ok(RecordBatch::try_new(Arc::new(schema()), columns)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_profession_has_a_row_per_recognition() {
        let batch = batch().unwrap();
        let expected: usize = Profession::ALL
            .iter()
            .map(|p| p.info().recognitions().len().max(1))
            .sum();
        assert_eq!(batch.num_rows(), expected);
        assert!(batch.num_rows() > Profession::ALL.len());
    }

    #[test]
    fn percent_is_a_number_of_percent() {
        assert!((percent(Percent::from_tenths(205)) - 20.5).abs() < 1e-9);
        assert!((percent(Percent::from_tenths(-22)) + 2.2).abs() < 1e-9);
    }
}
