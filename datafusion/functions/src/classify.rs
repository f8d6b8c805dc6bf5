//! `classify_ad(title, body)` and `classify_profession(title, body)`.

use std::sync::{Arc, LazyLock};

use allied_health::{Classifier, Jurisdiction, Profession};
use datafusion_common::arrow::array::{
    ArrayRef, BooleanBuilder, Float64Builder, StringBuilder, StructArray,
};
use datafusion_common::arrow::datatypes::{DataType, Field, Fields};
use datafusion_common::{Result, ScalarValue, exec_err};
use datafusion_expr::{ColumnarValue, ScalarFunctionArgs, ScalarUDFImpl, Signature, Volatility};

use crate::args::{self, Text};
use crate::codes::{self, CodesBuilder};

/// The classifier every call shares, built on first use.
static CLASSIFIER: LazyLock<Classifier> = LazyLock::new(Classifier::new);

/// Bytes to reserve per row for a profession id or title.
const NAME_BYTES: usize = 24;

/// The fields of `classify_ad`'s struct.
pub(crate) fn ad_fields() -> Fields {
    Fields::from(vec![
        Field::new("profession", DataType::Utf8, true),
        Field::new("score", DataType::Float64, true),
        Field::new("jurisdiction", DataType::Utf8, true),
        Field::new("allied_health", DataType::Boolean, true),
        Field::new("title", DataType::Utf8, true),
        Field::new("codes", codes::data_type(), true),
    ])
}

/// Runs `rows_fn` over the rows of a call: a column when any argument is a
/// column, a constant when both are.
fn call(
    function: &str,
    args: &ScalarFunctionArgs,
    rows_fn: fn(&Text<'_>, &Text<'_>, usize) -> Result<ArrayRef>,
) -> Result<ColumnarValue> {
    let [title, body] = args.args.as_slice() else {
        return exec_err!(
            "{function}(title, body) takes 2 arguments, got {}",
            args.args.len()
        );
    };
    let title = Text::new(function, args::ARGUMENTS[0], title)?;
    let body = Text::new(function, args::ARGUMENTS[1], body)?;
    match args::rows(function, &[&title, &body], args.number_rows)? {
        Some(rows) => Ok(ColumnarValue::Array(rows_fn(&title, &body, rows)?)),
        None => {
            let one = rows_fn(&title, &body, 1)?;
            Ok(ColumnarValue::Scalar(ScalarValue::try_from_array(&one, 0)?))
        }
    }
}

/// `classify_ad`'s struct for `rows` rows.
fn classify_ad_rows(title: &Text<'_>, body: &Text<'_>, rows: usize) -> Result<ArrayRef> {
    let mut profession = StringBuilder::with_capacity(rows, rows * NAME_BYTES);
    let mut score = Float64Builder::with_capacity(rows);
    let mut jurisdiction = StringBuilder::with_capacity(rows, rows * 3);
    let mut allied_health = BooleanBuilder::with_capacity(rows);
    let mut local_title = StringBuilder::with_capacity(rows, rows * NAME_BYTES);
    let mut codes = CodesBuilder::with_capacity(rows);
    for i in 0..rows {
        let c = CLASSIFIER.classify_ad(title.get(i), body.get(i));
        let j = c.jurisdiction();
        jurisdiction.append_option(j.map(Jurisdiction::id));
        if let Some(best) = c.best() {
            let p = best.profession();
            profession.append_value(p.id());
            score.append_value(f64::from(best.score()));
            allied_health.append_option(c.allied_health());
            local_title.append_option(c.title());
            codes::append(&mut codes, p, j);
        } else {
            profession.append_null();
            score.append_null();
            allied_health.append_null();
            local_title.append_null();
            codes.append_null();
        }
    }
    let columns: Vec<ArrayRef> = vec![
        Arc::new(profession.finish()),
        Arc::new(score.finish()),
        Arc::new(jurisdiction.finish()),
        Arc::new(allied_health.finish()),
        Arc::new(local_title.finish()),
        Arc::new(codes.finish()?),
    ];
    Ok(Arc::new(StructArray::try_new(ad_fields(), columns, None)?))
}

/// `classify_profession`'s ids for `rows` rows.
fn classify_profession_rows(title: &Text<'_>, body: &Text<'_>, rows: usize) -> Result<ArrayRef> {
    let mut out = StringBuilder::with_capacity(rows, rows * NAME_BYTES);
    for i in 0..rows {
        let c = CLASSIFIER.classify_ad(title.get(i), body.get(i));
        out.append_option(c.profession().map(Profession::id));
    }
    Ok(Arc::new(out.finish()))
}

/// The `classify_ad` function.
#[derive(Debug, PartialEq, Eq, Hash)]
pub(crate) struct ClassifyAd {
    signature: Signature,
}

impl ClassifyAd {
    pub(crate) fn new() -> ClassifyAd {
        ClassifyAd {
            signature: Signature::user_defined(Volatility::Immutable),
        }
    }
}

impl ScalarUDFImpl for ClassifyAd {
    fn name(&self) -> &str {
        "classify_ad"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn coerce_types(&self, arg_types: &[DataType]) -> Result<Vec<DataType>> {
        args::coerce(self.name(), arg_types)
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(DataType::Struct(ad_fields()))
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        call(self.name(), &args, classify_ad_rows)
    }
}

/// The `classify_profession` function.
#[derive(Debug, PartialEq, Eq, Hash)]
pub(crate) struct ClassifyProfession {
    signature: Signature,
}

impl ClassifyProfession {
    pub(crate) fn new() -> ClassifyProfession {
        ClassifyProfession {
            signature: Signature::user_defined(Volatility::Immutable),
        }
    }
}

impl ScalarUDFImpl for ClassifyProfession {
    fn name(&self) -> &str {
        "classify_profession"
    }

    fn signature(&self) -> &Signature {
        &self.signature
    }

    fn coerce_types(&self, arg_types: &[DataType]) -> Result<Vec<DataType>> {
        args::coerce(self.name(), arg_types)
    }

    fn return_type(&self, _arg_types: &[DataType]) -> Result<DataType> {
        Ok(DataType::Utf8)
    }

    fn invoke_with_args(&self, args: ScalarFunctionArgs) -> Result<ColumnarValue> {
        call(self.name(), &args, classify_profession_rows)
    }
}
