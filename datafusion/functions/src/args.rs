//! The functions' text arguments: which types they accept, and reading a
//! row of any of them without copying.

use datafusion_common::arrow::array::{
    Array, AsArray, LargeStringArray, StringArray, StringViewArray,
};
use datafusion_common::arrow::datatypes::DataType;
use datafusion_common::{Result, ScalarValue, exec_err, plan_err};
use datafusion_expr::ColumnarValue;

/// The names of the two arguments, in order, for error messages.
pub(crate) const ARGUMENTS: [&str; 2] = ["title", "body"];

/// The types a call with `arg_types` runs on: every string type as it is,
/// a dictionary of strings as its values, an untyped `NULL` as `Utf8`.
/// Anything else is a planning error that names the function, the argument
/// and the type.
pub(crate) fn coerce(function: &str, arg_types: &[DataType]) -> Result<Vec<DataType>> {
    if arg_types.len() != ARGUMENTS.len() {
        return plan_err!(
            "{function}(title, body) takes 2 arguments, got {}",
            arg_types.len()
        );
    }
    arg_types
        .iter()
        .zip(ARGUMENTS)
        .map(|(t, name)| match t {
            DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View => Ok(t.clone()),
            DataType::Null => Ok(DataType::Utf8),
            DataType::Dictionary(_, values)
                if matches!(
                    values.as_ref(),
                    DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View
                ) =>
            {
                Ok(values.as_ref().clone())
            }
            other => plan_err!(
                "{function}(title, body): the {name} argument must be a string \
                 (Utf8, LargeUtf8 or Utf8View), not {other}"
            ),
        })
        .collect()
}

/// One text argument of a call: a constant or a column of one of the
/// string types. A null reads as the empty string.
pub(crate) enum Text<'a> {
    Scalar(&'a str),
    Utf8(&'a StringArray),
    LargeUtf8(&'a LargeStringArray),
    Utf8View(&'a StringViewArray),
}

impl<'a> Text<'a> {
    /// Reads argument `name` of `function`.
    pub(crate) fn new(function: &str, name: &str, value: &'a ColumnarValue) -> Result<Text<'a>> {
        match value {
            ColumnarValue::Scalar(
                ScalarValue::Utf8(s) | ScalarValue::LargeUtf8(s) | ScalarValue::Utf8View(s),
            ) => Ok(Text::Scalar(s.as_deref().unwrap_or(""))),
            ColumnarValue::Scalar(ScalarValue::Null) => Ok(Text::Scalar("")),
            ColumnarValue::Array(array) => match array.data_type() {
                DataType::Utf8 => Ok(Text::Utf8(array.as_string::<i32>())),
                DataType::LargeUtf8 => Ok(Text::LargeUtf8(array.as_string::<i64>())),
                DataType::Utf8View => Ok(Text::Utf8View(array.as_string_view())),
                other => exec_err!("{function}: the {name} argument is {other}, not a string"),
            },
            ColumnarValue::Scalar(other) => exec_err!(
                "{function}: the {name} argument is {}, not a string",
                other.data_type()
            ),
        }
    }

    /// The number of rows, or `None` for a constant.
    pub(crate) fn len(&self) -> Option<usize> {
        match self {
            Text::Scalar(_) => None,
            Text::Utf8(a) => Some(a.len()),
            Text::LargeUtf8(a) => Some(a.len()),
            Text::Utf8View(a) => Some(a.len()),
        }
    }

    /// Row `i` (`i` below [`len`](Self::len)); null is the empty string.
    pub(crate) fn get(&self, i: usize) -> &'a str {
        match self {
            Text::Scalar(s) => s,
            Text::Utf8(a) => value_or_empty(*a, i, |a, i| a.value(i)),
            Text::LargeUtf8(a) => value_or_empty(*a, i, |a, i| a.value(i)),
            Text::Utf8View(a) => value_or_empty(*a, i, |a, i| a.value(i)),
        }
    }
}

fn value_or_empty<'a, A: Array>(
    array: &'a A,
    i: usize,
    value: fn(&'a A, usize) -> &'a str,
) -> &'a str {
    if array.is_null(i) {
        ""
    } else {
        value(array, i)
    }
}

/// Rows to compute for a call with these arguments: `None` when every
/// argument is a constant (the answer is one constant too).
pub(crate) fn rows(
    function: &str,
    args: &[&Text<'_>],
    number_rows: usize,
) -> Result<Option<usize>> {
    let mut rows = None;
    for arg in args {
        if let Some(n) = arg.len() {
            if n != number_rows || rows.is_some_and(|r| r != n) {
                return exec_err!(
                    "{function}: argument columns have {n} rows in a batch of {number_rows}"
                );
            }
            rows = Some(n);
        }
    }
    Ok(rows)
}
