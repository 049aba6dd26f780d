//! The strings of a nested value, for `Sanitizer.verify` in `streams/sanitize.py`, which walks
//! the metadata envelope of every record: `_collect_strings` there is the reference, and a
//! property test holds the two equal.
//!
//! A dict's keys that are not field names (a map's keys, which are data) come first, then its
//! values; a list's or tuple's items in order; the empty string is left out; anything else (a
//! number, bytes, None) holds no string. Dicts, lists and tuples of exactly those types are read
//! directly; a subclass is iterated as Python iterates it, so the order is always Python's.

use pyo3::exceptions::PyRecursionError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyFrozenSet, PyList, PyString, PyTuple};

/// Deeper than this is refused (a native stack overflow would abort the process); a decoded
/// record nests at most 64 levels (the codec refuses deeper schemas).
const MAX_DEPTH: usize = 512;

fn add_item(
    item: &Bound<'_, PyAny>,
    names: &Bound<'_, PyFrozenSet>,
    out: &Bound<'_, PyList>,
    depth: usize,
) -> PyResult<()> {
    if item.is_instance_of::<PyString>() {
        if item.is_truthy()? {
            out.append(item)?;
        }
        Ok(())
    } else if item.is_instance_of::<PyDict>()
        || item.is_instance_of::<PyList>()
        || item.is_instance_of::<PyTuple>()
    {
        walk(item, names, out, depth + 1)
    } else {
        Ok(())
    }
}

fn walk(
    value: &Bound<'_, PyAny>,
    names: &Bound<'_, PyFrozenSet>,
    out: &Bound<'_, PyList>,
    depth: usize,
) -> PyResult<()> {
    if depth > MAX_DEPTH {
        return Err(PyRecursionError::new_err("a value nested too deep to walk"));
    }
    if let Ok(dict) = value.cast_exact::<PyDict>() {
        for (key, _) in dict.iter() {
            if !names.contains(&key)? && key.is_instance_of::<PyString>() && key.is_truthy()? {
                out.append(&key)?;
            }
        }
        for (_, item) in dict.iter() {
            add_item(&item, names, out, depth)?;
        }
    } else if value.is_instance_of::<PyDict>() {
        for key in value.try_iter()? {
            let key = key?;
            if !names.contains(&key)? && key.is_instance_of::<PyString>() && key.is_truthy()? {
                out.append(&key)?;
            }
        }
        for item in value.call_method0("values")?.try_iter()? {
            add_item(&item?, names, out, depth)?;
        }
    } else if let Ok(list) = value.cast_exact::<PyList>() {
        for item in list.iter() {
            add_item(&item, names, out, depth)?;
        }
    } else if let Ok(tuple) = value.cast_exact::<PyTuple>() {
        for item in tuple.iter() {
            add_item(&item, names, out, depth)?;
        }
    } else if value.is_instance_of::<PyList>() || value.is_instance_of::<PyTuple>() {
        for item in value.try_iter()? {
            add_item(&item?, names, out, depth)?;
        }
    } else if value.is_instance_of::<PyString>() && value.is_truthy()? {
        out.append(value)?;
    }
    Ok(())
}

/// Appends to `out` every string inside `value`, as `streams.sanitize._collect_strings` does;
/// `names` are the schema's field names (a dict key among them is not data).
#[pyfunction]
pub fn collect_strings(
    value: &Bound<'_, PyAny>,
    names: &Bound<'_, PyFrozenSet>,
    out: &Bound<'_, PyList>,
) -> PyResult<()> {
    walk(value, names, out, 0)
}
