//! The `codes` struct shared by `classify_ad` and the `professions` table:
//! one list of codes per code system, and the per-profession code lists,
//! formatted once.

use std::sync::{Arc, LazyLock};

use allied_health::{CodeSystem, Jurisdiction, Profession, Recognition};
use datafusion_common::Result;
use datafusion_common::arrow::array::{ArrayRef, ListBuilder, StringBuilder, StructArray};
use datafusion_common::arrow::buffer::NullBuffer;
use datafusion_common::arrow::datatypes::{DataType, Field, Fields};

/// The code systems of the struct's fields, in order; each field is named
/// by the system's [`prefix`](CodeSystem::prefix).
pub(crate) const SYSTEMS: [CodeSystem; 4] = [
    CodeSystem::Soc2018,
    CodeSystem::OnetSoc,
    CodeSystem::UkSoc2020,
    CodeSystem::Isco08,
];

/// `List<Utf8>` with the standard item field.
pub(crate) fn utf8_list() -> DataType {
    DataType::List(Arc::new(Field::new_list_field(DataType::Utf8, true)))
}

/// The struct's fields: `soc2018`, `onet`, `uksoc2020`, `isco08`, each a
/// `List<Utf8>` of codes in their official format.
pub(crate) fn fields() -> Fields {
    SYSTEMS
        .iter()
        .map(|s| Field::new(s.prefix(), utf8_list(), true))
        .collect()
}

/// The struct's type.
pub(crate) fn data_type() -> DataType {
    DataType::Struct(fields())
}

/// A profession's codes in the four systems, formatted.
#[derive(Debug, Default)]
pub(crate) struct CodeLists([Vec<String>; 4]);

impl CodeLists {
    /// The codes of `recognitions`, in order, without repeats.
    fn of<'r>(recognitions: impl IntoIterator<Item = &'r Recognition>) -> CodeLists {
        let mut lists = CodeLists::default();
        for recognition in recognitions {
            for code in recognition.codes() {
                let Some(slot) = SYSTEMS.iter().position(|s| *s == code.system()) else {
                    continue;
                };
                let text = code.to_string();
                if !lists.0[slot].contains(&text) {
                    lists.0[slot].push(text);
                }
            }
        }
        lists
    }
}

/// A profession's code lists for each jurisdiction that recognises it, and
/// for an unknown jurisdiction (the codes of all its recognitions).
#[derive(Debug)]
pub(crate) struct ProfessionCodes {
    by_jurisdiction: Vec<(Jurisdiction, CodeLists)>,
    all: CodeLists,
}

impl ProfessionCodes {
    fn new(profession: Profession) -> ProfessionCodes {
        let recognitions = profession.info().recognitions();
        ProfessionCodes {
            by_jurisdiction: recognitions
                .iter()
                .map(|r| (r.jurisdiction(), CodeLists::of([r])))
                .collect(),
            all: CodeLists::of(recognitions),
        }
    }

    /// The codes in `jurisdiction`, or all of them when it is unknown or
    /// does not recognise the profession, as
    /// [`Classification::codes`](allied_health::Classification::codes)
    /// gives them.
    pub(crate) fn get(&self, jurisdiction: Option<Jurisdiction>) -> &CodeLists {
        jurisdiction
            .and_then(|j| self.by_jurisdiction.iter().find(|(k, _)| *k == j))
            .map_or(&self.all, |(_, lists)| lists)
    }
}

/// Every profession's code lists, in [`Profession::ALL`] order.
static CODES: LazyLock<Vec<ProfessionCodes>> = LazyLock::new(|| {
    Profession::ALL
        .iter()
        .map(|&p| ProfessionCodes::new(p))
        .collect()
});

/// Appends `profession`'s codes in `jurisdiction` to `builder`.
pub(crate) fn append(
    builder: &mut CodesBuilder,
    profession: Profession,
    jurisdiction: Option<Jurisdiction>,
) {
    // `ALL` is in declaration order, which is the derived `Ord`.
    let index = Profession::ALL
        .binary_search(&profession)
        .ok()
        .or_else(|| Profession::ALL.iter().position(|&p| p == profession));
    match index.and_then(|i| CODES.get(i)) {
        Some(codes) => builder.append(codes.get(jurisdiction)),
        // Not in `ALL`: cannot happen, but costs nothing to answer right.
        None => builder.append(ProfessionCodes::new(profession).get(jurisdiction)),
    }
}

/// Builds a column of the `codes` struct.
pub(crate) struct CodesBuilder {
    lists: [ListBuilder<StringBuilder>; 4],
    valid: Vec<bool>,
}

impl CodesBuilder {
    /// A builder for about `rows` rows.
    pub(crate) fn with_capacity(rows: usize) -> CodesBuilder {
        let list = || {
            ListBuilder::with_capacity(StringBuilder::new(), rows)
                .with_field(Arc::new(Field::new_list_field(DataType::Utf8, true)))
        };
        CodesBuilder {
            lists: [list(), list(), list(), list()],
            valid: Vec::with_capacity(rows),
        }
    }

    /// Appends a row with these codes.
    pub(crate) fn append(&mut self, codes: &CodeLists) {
        for (builder, codes) in self.lists.iter_mut().zip(&codes.0) {
            for code in codes {
                builder.values().append_value(code);
            }
            builder.append(true);
        }
        self.valid.push(true);
    }

    /// Appends a null row.
    pub(crate) fn append_null(&mut self) {
        for builder in &mut self.lists {
            builder.append(false);
        }
        self.valid.push(false);
    }

    /// The column built.
    pub(crate) fn finish(mut self) -> Result<StructArray> {
        let arrays: Vec<ArrayRef> = self
            .lists
            .iter_mut()
            .map(|b| Arc::new(b.finish()) as ArrayRef)
            .collect();
        let nulls = if self.valid.iter().all(|v| *v) {
            None
        } else {
            Some(NullBuffer::from(self.valid))
        };
        Ok(StructArray::try_new(fields(), arrays, nulls)?)
    }
}
