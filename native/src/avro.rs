//! Avro binary reading and writing of the schemas Corridor uses, straight from and into Python
//! objects. One tree, made once from a schema, serves both.
//!
//! fastavro walks its schema dictionaries for every value it reads; for the payment record's
//! metadata envelope (ten nested records, some thirty-five values) that was the largest cost of
//! decoding. `AvroReader` turns a schema into a tree once and reads each record by walking the tree
//! in native code, making only the Python objects of the result. It takes the schema as
//! `streams.codec` hands it over: fully expanded (named types inlined) and in reading form
//! (timestamps as longs). It knows the types those schemas use (every primitive, records, enums,
//! arrays, maps, unions, fixed, and the `date` logical type) and refuses any other logical type,
//! so that such a schema stays with fastavro.
//!
//! What it answers equals fastavro's (`tests/unit/test_codec.py` compares them on generated
//! records and on random bytes). It is stricter on malformed input: a boolean byte other than 0
//! or 1, a varint longer than ten bytes, a negative length are refused as corrupt where fastavro
//! reads something. Running out of bytes raises `EOFError`; anything else malformed `ValueError`.
//!
//! Amplification: a few bytes must not decode into millions of values. The reader refuses a schema
//! with an array whose items take no bytes at all (`null`, an empty `fixed`, a record of such
//! fields), so every item of an array or map costs at least one byte of the payload; and `read`
//! takes a budget of items (every value below the top one: each field, array item and map entry),
//! refusing a block whose count goes over it before making anything (`OverflowError`), or whose
//! count is larger than the bytes left (`EOFError`). A schema nested deeper than `MAX_DEPTH` is
//! refused too (a recursion that deep would overflow the native stack, which no one can catch).
//!
//! `AvroWriter` writes the values whose Avro form is certain from their exact Python type, and
//! hands anything else back to fastavro (see its docs); its bytes equal fastavro's.

use pyo3::exceptions::{PyEOFError, PyOverflowError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyList, PyString};

enum Node {
    Null,
    Boolean,
    Int,
    Long,
    Float,
    Double,
    Bytes,
    String,
    /// days since 1970-01-01, read as a `datetime.date`, written from the number
    Date,
    /// a long of the timestamp logical types, written from the number (a reading-form schema
    /// has none: the reader refuses a schema that has)
    Timestamp,
    Record(Vec<(Py<PyString>, Node)>),
    Enum(Vec<Py<PyString>>),
    Array(Box<Node>),
    Map(Box<Node>),
    Union(Vec<Node>),
    Fixed(usize),
}

/// The deepest schema tree the reader and writer build (a record inside a record counts one).
const MAX_DEPTH: usize = 128;

fn unsupported(what: String) -> PyErr {
    PyValueError::new_err(format!("not read natively: {what}"))
}

fn primitive(name: &str) -> Option<Node> {
    Some(match name {
        "null" => Node::Null,
        "boolean" => Node::Boolean,
        "int" => Node::Int,
        "long" => Node::Long,
        "float" => Node::Float,
        "double" => Node::Double,
        "bytes" => Node::Bytes,
        "string" => Node::String,
        _ => return None,
    })
}

fn build(py: Python<'_>, schema: &Bound<'_, PyAny>, depth: usize) -> PyResult<Node> {
    if depth > MAX_DEPTH {
        return Err(unsupported(format!(
            "a schema nested deeper than {MAX_DEPTH}"
        )));
    }
    let depth = depth + 1;
    if let Ok(name) = schema.extract::<String>() {
        return primitive(&name).ok_or_else(|| unsupported(format!("type {name:?}")));
    }
    if let Ok(branches) = schema.cast::<PyList>() {
        let nodes = branches
            .iter()
            .map(|b| build(py, &b, depth))
            .collect::<PyResult<Vec<_>>>()?;
        return Ok(Node::Union(nodes));
    }
    let dict = schema
        .cast::<PyDict>()
        .map_err(|_| unsupported("a schema that is not a name, a list or a mapping".into()))?;
    let get = |key: &str| -> PyResult<Bound<'_, PyAny>> {
        dict.get_item(key)?
            .ok_or_else(|| unsupported(format!("a schema without {key:?}")))
    };
    if let Some(logical) = dict.get_item("logicalType")? {
        let logical: String = logical.extract()?;
        let base: String = get("type")?.extract()?;
        return match (logical.as_str(), base.as_str()) {
            ("date", "int") => Ok(Node::Date),
            ("timestamp-millis" | "timestamp-micros", "long") => Ok(Node::Timestamp),
            _ => Err(unsupported(format!("logical type {logical:?}"))),
        };
    }
    let kind = get("type")?;
    let Ok(kind) = kind.extract::<String>() else {
        // {"type": {...}}: a schema wrapped once more
        return build(py, &kind, depth);
    };
    Ok(match kind.as_str() {
        "record" | "error" => {
            let mut fields = Vec::new();
            for field in get("fields")?.cast::<PyList>()?.iter() {
                let name: String = field.get_item("name")?.extract()?;
                let node = build(py, &field.get_item("type")?, depth)?;
                fields.push((PyString::intern(py, &name).unbind(), node));
            }
            Node::Record(fields)
        }
        "enum" => Node::Enum(
            get("symbols")?
                .cast::<PyList>()?
                .iter()
                .map(|s| {
                    s.extract::<String>()
                        .map(|s| PyString::intern(py, &s).unbind())
                })
                .collect::<PyResult<Vec<_>>>()?,
        ),
        "array" => Node::Array(Box::new(build(py, &get("items")?, depth)?)),
        "map" => Node::Map(Box::new(build(py, &get("values")?, depth)?)),
        "fixed" => Node::Fixed(get("size")?.extract()?),
        other => primitive(other).ok_or_else(|| unsupported(format!("type {other:?}")))?,
    })
}

struct Input<'a> {
    bytes: &'a [u8],
    pos: usize,
    /// values still allowed below the top one (fields, array items, map entries)
    budget: u64,
}

fn truncated() -> PyErr {
    PyEOFError::new_err("payload ends inside a value")
}

fn corrupt(what: &str) -> PyErr {
    PyValueError::new_err(what.to_string())
}

impl Input<'_> {
    fn take(&mut self, n: usize) -> PyResult<&[u8]> {
        let end = self.pos.checked_add(n).ok_or_else(truncated)?;
        let slice = self.bytes.get(self.pos..end).ok_or_else(truncated)?;
        self.pos = end;
        Ok(slice)
    }

    fn long(&mut self) -> PyResult<i64> {
        let mut value: u64 = 0;
        for shift in (0..70).step_by(7) {
            let byte = self.take(1)?[0];
            if shift == 63 && byte > 1 {
                return Err(corrupt("a varint longer than 64 bits"));
            }
            value |= u64::from(byte & 0x7F) << shift;
            if byte & 0x80 == 0 {
                return Ok((value >> 1) as i64 ^ -((value & 1) as i64));
            }
        }
        Err(corrupt("a varint longer than ten bytes"))
    }

    fn length(&mut self) -> PyResult<usize> {
        usize::try_from(self.long()?).map_err(|_| corrupt("a negative length"))
    }

    /// Take `n` values from the budget, or refuse them all.
    fn spend(&mut self, n: u64) -> PyResult<()> {
        self.budget = self
            .budget
            .checked_sub(n)
            .ok_or_else(|| PyOverflowError::new_err("more values than the budget of items"))?;
        Ok(())
    }
}

impl Node {
    fn read(&self, py: Python<'_>, input: &mut Input<'_>) -> PyResult<Py<PyAny>> {
        Ok(match self {
            Node::Null => py.None(),
            Node::Boolean => match input.take(1)?[0] {
                0 => false.into_pyobject(py)?.to_owned().into_any().unbind(),
                1 => true.into_pyobject(py)?.to_owned().into_any().unbind(),
                _ => return Err(corrupt("a boolean byte other than 0 or 1")),
            },
            Node::Int => {
                let value = input.long()?;
                i32::try_from(value).map_err(|_| corrupt("an int out of range"))?;
                value.into_pyobject(py)?.into_any().unbind()
            }
            Node::Long | Node::Timestamp => input.long()?.into_pyobject(py)?.into_any().unbind(),
            Node::Float => {
                let raw: [u8; 4] = input.take(4)?.try_into().expect("four bytes");
                f64::from(f32::from_le_bytes(raw))
                    .into_pyobject(py)?
                    .into_any()
                    .unbind()
            }
            Node::Double => {
                let raw: [u8; 8] = input.take(8)?.try_into().expect("eight bytes");
                f64::from_le_bytes(raw)
                    .into_pyobject(py)?
                    .into_any()
                    .unbind()
            }
            Node::Bytes => {
                let n = input.length()?;
                PyBytes::new(py, input.take(n)?).into_any().unbind()
            }
            Node::String => {
                let n = input.length()?;
                let text = std::str::from_utf8(input.take(n)?)
                    .map_err(|_| corrupt("a string that is not UTF-8"))?;
                PyString::new(py, text).into_any().unbind()
            }
            Node::Date => {
                let days = input.long()?;
                i32::try_from(days).map_err(|_| corrupt("a date out of range"))?;
                let date = py.import("datetime")?.getattr("date")?;
                // 719163: the proleptic Gregorian ordinal of 1970-01-01
                date.call_method1("fromordinal", (days + 719_163,))
                    .map_err(|_| corrupt("a date out of range"))?
                    .unbind()
            }
            Node::Record(fields) => {
                input.spend(fields.len() as u64)?;
                let dict = PyDict::new(py);
                for (name, node) in fields {
                    dict.set_item(name.bind(py), node.read(py, input)?)?;
                }
                dict.into_any().unbind()
            }
            Node::Enum(symbols) => {
                let index =
                    usize::try_from(input.long()?).map_err(|_| corrupt("a negative enum index"))?;
                symbols
                    .get(index)
                    .ok_or_else(|| corrupt("an enum index out of range"))?
                    .clone_ref(py)
                    .into_any()
            }
            Node::Array(items) => {
                let list = PyList::empty(py);
                read_blocks(input, |input| {
                    list.append(items.read(py, input)?)?;
                    Ok(())
                })?;
                list.into_any().unbind()
            }
            Node::Map(values) => {
                let dict = PyDict::new(py);
                read_blocks(input, |input| {
                    let key = Node::String.read(py, input)?;
                    dict.set_item(key, values.read(py, input)?)?;
                    Ok(())
                })?;
                dict.into_any().unbind()
            }
            Node::Union(branches) => {
                let index = usize::try_from(input.long()?)
                    .map_err(|_| corrupt("a negative union index"))?;
                branches
                    .get(index)
                    .ok_or_else(|| corrupt("a union index out of range"))?
                    .read(py, input)?
            }
            Node::Fixed(size) => PyBytes::new(py, input.take(*size)?).into_any().unbind(),
        })
    }
}

/// Blocks of an array or map: a count, then as many items; a negative count is followed by the
/// block's size in bytes; a zero count ends them. Every item takes at least one byte (the reader
/// refuses arrays of items that take none; a map entry has its key), so a count larger than the
/// bytes left is refused at once, and so is one over the budget of items.
fn read_blocks(
    input: &mut Input<'_>,
    mut item: impl FnMut(&mut Input<'_>) -> PyResult<()>,
) -> PyResult<()> {
    loop {
        let count = input.long()?;
        if count == 0 {
            return Ok(());
        }
        if count < 0 {
            input.length()?; // the block's size in bytes, not needed to read it
        }
        let count = count.unsigned_abs();
        input.spend(count)?;
        if count > (input.bytes.len() - input.pos) as u64 {
            return Err(truncated());
        }
        for _ in 0..count {
            item(input)?;
        }
    }
}

/// A schema turned into a tree once, to read records of it.
#[pyclass(frozen, module = "corridor_native")]
pub struct AvroReader {
    root: Node,
}

#[pymethods]
impl AvroReader {
    /// `schema`: fully expanded, in reading form (see the module docs). `ValueError` for a schema
    /// with something this reader does not read, nested deeper than `MAX_DEPTH`, or with an array
    /// whose items take no bytes.
    #[new]
    fn new(py: Python<'_>, schema: &Bound<'_, PyAny>) -> PyResult<Self> {
        let root = build(py, schema, 0)?;
        if root.has_timestamp() {
            return Err(unsupported(
                "a timestamp: the reader takes schemas in reading form".into(),
            ));
        }
        if root.has_empty_items() {
            return Err(unsupported("an array whose items take no bytes".into()));
        }
        Ok(AvroReader { root })
    }

    /// The value that starts at `offset` in `payload`, the offset after it, and how many values
    /// below the top one it holds (its fields, array items and map entries, nested ones too).
    /// More than `max_items` of them: `OverflowError`, raised before they are made.
    fn read(
        &self,
        py: Python<'_>,
        payload: &[u8],
        offset: usize,
        max_items: u64,
    ) -> PyResult<(Py<PyAny>, usize, u64)> {
        let mut input = Input {
            bytes: payload,
            pos: offset,
            budget: max_items,
        };
        if offset > payload.len() {
            return Err(truncated());
        }
        let value = self.root.read(py, &mut input)?;
        Ok((value, input.pos, max_items - input.budget))
    }
}

/// The Python type a union branch takes, for choosing the branch as fastavro does.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    None,
    Bool,
    Int,
    Float,
    Bytes,
    Str,
    Dict,
    List,
}

impl Node {
    /// The Python type of the values written as this node.
    fn kind(&self) -> Kind {
        match self {
            Node::Null => Kind::None,
            Node::Boolean => Kind::Bool,
            Node::Int | Node::Long | Node::Date | Node::Timestamp => Kind::Int,
            Node::Float | Node::Double => Kind::Float,
            Node::Bytes | Node::Fixed(_) => Kind::Bytes,
            Node::String | Node::Enum(_) => Kind::Str,
            Node::Record(_) | Node::Map(_) => Kind::Dict,
            Node::Array(_) => Kind::List,
            Node::Union(_) => Kind::None, // a union directly inside a union is not valid Avro
        }
    }

    /// Whether a writer can choose each union's branch by the value's Python type alone, as
    /// fastavro would (no two branches taking one type), everywhere in the tree.
    fn writable(&self) -> bool {
        match self {
            Node::Union(branches) => {
                let kinds: Vec<Kind> = branches.iter().map(Node::kind).collect();
                branches
                    .iter()
                    .all(|b| !matches!(b, Node::Union(_)) && b.writable())
                    && kinds
                        .iter()
                        .enumerate()
                        .all(|(i, k)| !kinds[..i].contains(k))
            }
            Node::Record(fields) => fields.iter().all(|(_, node)| node.writable()),
            Node::Array(items) | Node::Map(items) => items.writable(),
            _ => true,
        }
    }

    /// Whether a value of this node can take no bytes at all.
    fn takes_no_bytes(&self) -> bool {
        match self {
            Node::Null => true,
            Node::Fixed(size) => *size == 0,
            Node::Record(fields) => fields.iter().all(|(_, node)| node.takes_no_bytes()),
            _ => false,
        }
    }

    /// Whether the tree holds an array whose items take no bytes (a count alone would make any
    /// number of them).
    fn has_empty_items(&self) -> bool {
        match self {
            Node::Array(items) => items.takes_no_bytes() || items.has_empty_items(),
            Node::Map(values) => values.has_empty_items(),
            Node::Union(branches) => branches.iter().any(Node::has_empty_items),
            Node::Record(fields) => fields.iter().any(|(_, node)| node.has_empty_items()),
            _ => false,
        }
    }

    /// Whether the tree holds a timestamp (a schema not in reading form).
    fn has_timestamp(&self) -> bool {
        match self {
            Node::Timestamp => true,
            Node::Union(branches) => branches.iter().any(Node::has_timestamp),
            Node::Record(fields) => fields.iter().any(|(_, node)| node.has_timestamp()),
            Node::Array(items) | Node::Map(items) => items.has_timestamp(),
            _ => false,
        }
    }
}

/// A value this writer does not write as fastavro would be sure to: the caller hands the record
/// to fastavro instead.
fn other(what: &str) -> PyErr {
    PyTypeError::new_err(what.to_string())
}

fn put_long(buf: &mut Vec<u8>, value: i64) {
    let mut n = ((value << 1) ^ (value >> 63)) as u64;
    while n >= 0x80 {
        buf.push((n as u8) | 0x80);
        n >>= 7;
    }
    buf.push(n as u8);
}

/// The value's kind, by its exact Python type (a bool is not an int here, a str subclass not a str).
fn kind_of(value: &Bound<'_, PyAny>) -> Option<Kind> {
    if value.is_none() {
        Some(Kind::None)
    } else if value.is_exact_instance_of::<PyBool>() {
        Some(Kind::Bool)
    } else if value.is_exact_instance_of::<PyInt>() {
        Some(Kind::Int)
    } else if value.is_exact_instance_of::<PyFloat>() {
        Some(Kind::Float)
    } else if value.is_exact_instance_of::<PyString>() {
        Some(Kind::Str)
    } else if value.is_exact_instance_of::<PyBytes>() {
        Some(Kind::Bytes)
    } else if value.is_exact_instance_of::<PyDict>() {
        Some(Kind::Dict)
    } else if value.is_exact_instance_of::<PyList>() {
        Some(Kind::List)
    } else {
        None
    }
}

impl Node {
    fn write(&self, value: &Bound<'_, PyAny>, buf: &mut Vec<u8>) -> PyResult<()> {
        let kind = kind_of(value).ok_or_else(|| other("a value of a type written by fastavro"))?;
        match self {
            Node::Union(branches) => {
                let (index, branch) = branches
                    .iter()
                    .enumerate()
                    .find(|(_, b)| b.kind() == kind)
                    .ok_or_else(|| other("a value no branch of the union takes"))?;
                put_long(buf, index as i64);
                return branch.write(value, buf);
            }
            _ if self.kind() != kind => {
                return Err(other("a value of another type than the schema's"))
            }
            _ => {}
        }
        match self {
            Node::Null => {}
            Node::Boolean => buf.push(u8::from(value.extract::<bool>()?)),
            Node::Int | Node::Date => {
                let n: i32 = value.extract().map_err(|_| other("an int out of range"))?;
                put_long(buf, i64::from(n));
            }
            Node::Long | Node::Timestamp => {
                let n: i64 = value.extract().map_err(|_| other("a long out of range"))?;
                put_long(buf, n);
            }
            Node::Float => buf.extend_from_slice(&(value.extract::<f64>()? as f32).to_le_bytes()),
            Node::Double => buf.extend_from_slice(&value.extract::<f64>()?.to_le_bytes()),
            Node::Bytes => {
                let bytes = value.cast::<PyBytes>()?.as_bytes();
                put_long(buf, bytes.len() as i64);
                buf.extend_from_slice(bytes);
            }
            Node::Fixed(size) => {
                let bytes = value.cast::<PyBytes>()?.as_bytes();
                if bytes.len() != *size {
                    return Err(other("fixed bytes of another size"));
                }
                buf.extend_from_slice(bytes);
            }
            Node::String => {
                let text = value
                    .cast::<PyString>()?
                    .to_str()
                    .map_err(|_| other("a string that is not valid Unicode"))?;
                put_long(buf, text.len() as i64);
                buf.extend_from_slice(text.as_bytes());
            }
            Node::Enum(symbols) => {
                let text = value
                    .cast::<PyString>()?
                    .to_str()
                    .map_err(|_| other("not a symbol"))?;
                let index = symbols
                    .iter()
                    .position(|s| s.bind(value.py()).to_str().is_ok_and(|s| s == text))
                    .ok_or_else(|| other("not a symbol of the enum"))?;
                put_long(buf, index as i64);
            }
            Node::Record(fields) => {
                let dict = value.cast::<PyDict>()?;
                for (name, out) in fields {
                    let item = dict
                        .get_item(name.bind(value.py()))?
                        .ok_or_else(|| other("a record without one of its fields"))?;
                    out.write(&item, buf)?;
                }
            }
            Node::Array(items) => {
                let list = value.cast::<PyList>()?;
                if !list.is_empty() {
                    put_long(buf, list.len() as i64);
                    for item in list.iter() {
                        items.write(&item, buf)?;
                    }
                }
                buf.push(0);
            }
            Node::Map(values) => {
                let dict = value.cast::<PyDict>()?;
                if !dict.is_empty() {
                    put_long(buf, dict.len() as i64);
                    for (key, item) in dict.iter() {
                        if !key.is_exact_instance_of::<PyString>() {
                            return Err(other("a map key that is not a string"));
                        }
                        Node::String.write(&key, buf)?;
                        values.write(&item, buf)?;
                    }
                }
                buf.push(0);
            }
            Node::Union(_) => unreachable!("handled above"),
        }
        Ok(())
    }
}

/// A schema turned into a tree once, to write records of it as fastavro would.
///
/// It writes the values whose Avro form is certain from their exact Python type; for anything
/// else (a datetime for a timestamp, a missing field that has a default, a bool for a long, a
/// union two of whose branches take the same Python type) it raises `TypeError`, and the caller
/// lets fastavro write the record. `tests/unit/test_codec.py` holds its bytes equal to fastavro's.
#[pyclass(frozen, module = "corridor_native")]
pub struct AvroWriter {
    root: Node,
}

#[pymethods]
impl AvroWriter {
    /// `schema`: fully expanded. `ValueError` for one with a type this writer leaves to fastavro.
    #[new]
    fn new(py: Python<'_>, schema: &Bound<'_, PyAny>) -> PyResult<Self> {
        let root = build(py, schema, 0)?;
        if !root.writable() {
            // two branches a value of one Python type could go to: fastavro's choice is left to it
            return Err(unsupported(
                "a union whose branches share a Python type".into(),
            ));
        }
        Ok(AvroWriter { root })
    }

    /// The record's Avro bytes.
    fn write<'py>(
        &self,
        py: Python<'py>,
        record: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyBytes>> {
        let mut buf = Vec::with_capacity(256);
        self.root.write(record, &mut buf)?;
        Ok(PyBytes::new(py, &buf))
    }
}
