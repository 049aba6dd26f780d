//! Avro binary decoding of the schemas Corridor reads, straight into Python objects.
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

use pyo3::exceptions::{PyEOFError, PyTypeError, PyValueError};
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
    /// days since 1970-01-01, read as a `datetime.date`
    Date,
    Record(Vec<(Py<PyString>, Node)>),
    Enum(Vec<Py<PyString>>),
    Array(Box<Node>),
    Map(Box<Node>),
    Union(Vec<Node>),
    Fixed(usize),
}

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

fn build(py: Python<'_>, schema: &Bound<'_, PyAny>) -> PyResult<Node> {
    if let Ok(name) = schema.extract::<String>() {
        return primitive(&name).ok_or_else(|| unsupported(format!("type {name:?}")));
    }
    if let Ok(branches) = schema.cast::<PyList>() {
        let nodes = branches
            .iter()
            .map(|b| build(py, &b))
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
        if logical == "date" && base == "int" {
            return Ok(Node::Date);
        }
        return Err(unsupported(format!("logical type {logical:?}")));
    }
    let kind = get("type")?;
    let Ok(kind) = kind.extract::<String>() else {
        // {"type": {...}}: a schema wrapped once more
        return build(py, &kind);
    };
    Ok(match kind.as_str() {
        "record" | "error" => {
            let mut fields = Vec::new();
            for field in get("fields")?.cast::<PyList>()?.iter() {
                let name: String = field.get_item("name")?.extract()?;
                let node = build(py, &field.get_item("type")?)?;
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
        "array" => Node::Array(Box::new(build(py, &get("items")?)?)),
        "map" => Node::Map(Box::new(build(py, &get("values")?)?)),
        "fixed" => Node::Fixed(get("size")?.extract()?),
        other => primitive(other).ok_or_else(|| unsupported(format!("type {other:?}")))?,
    })
}

struct Input<'a> {
    bytes: &'a [u8],
    pos: usize,
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
            Node::Long => input.long()?.into_pyobject(py)?.into_any().unbind(),
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
/// block's size in bytes; a zero count ends them.
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
        for _ in 0..count.unsigned_abs() {
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
    /// with something this reader does not read.
    #[new]
    fn new(py: Python<'_>, schema: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(AvroReader {
            root: build(py, schema)?,
        })
    }

    /// The value that starts at `offset` in `payload`, and the offset after it.
    fn read(&self, py: Python<'_>, payload: &[u8], offset: usize) -> PyResult<(Py<PyAny>, usize)> {
        let mut input = Input {
            bytes: payload,
            pos: offset,
        };
        if offset > payload.len() {
            return Err(truncated());
        }
        let value = self.root.read(py, &mut input)?;
        Ok((value, input.pos))
    }
}

/// How a writer's node is written; the same types as `Node`, with the logical types it keeps.
enum Out {
    Null,
    Boolean,
    Int,
    Long,
    Float,
    Double,
    Bytes,
    String,
    Record(Vec<(Py<PyString>, Out)>),
    Enum(Vec<String>),
    Array(Box<Out>),
    Map(Box<Out>),
    /// each branch with the one Python type that selects it
    Union(Vec<(Kind, Out)>),
    Fixed(usize),
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

impl Out {
    fn kind(&self) -> Kind {
        match self {
            Out::Null => Kind::None,
            Out::Boolean => Kind::Bool,
            Out::Int | Out::Long => Kind::Int,
            Out::Float | Out::Double => Kind::Float,
            Out::Bytes | Out::Fixed(_) => Kind::Bytes,
            Out::String | Out::Enum(_) => Kind::Str,
            Out::Record(_) | Out::Map(_) => Kind::Dict,
            Out::Array(_) => Kind::List,
            Out::Union(_) => Kind::None, // a union directly inside a union is not valid Avro
        }
    }
}

fn build_out(py: Python<'_>, schema: &Bound<'_, PyAny>) -> PyResult<Out> {
    if let Ok(name) = schema.extract::<String>() {
        return out_primitive(&name).ok_or_else(|| unsupported(format!("type {name:?}")));
    }
    if let Ok(branches) = schema.cast::<PyList>() {
        let mut seen = Vec::new();
        let mut outs = Vec::new();
        for branch in branches.iter() {
            let out = build_out(py, &branch)?;
            let kind = out.kind();
            if matches!(out, Out::Union(_)) || seen.contains(&kind) {
                // two branches a value of one Python type could go to: fastavro's choice is left to it
                return Err(unsupported(
                    "a union whose branches share a Python type".into(),
                ));
            }
            seen.push(kind);
            outs.push((kind, out));
        }
        return Ok(Out::Union(outs));
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
        // written from the number they are stored as; any other value is left to fastavro
        return match (logical.as_str(), base.as_str()) {
            ("timestamp-millis" | "timestamp-micros", "long") => Ok(Out::Long),
            ("date", "int") => Ok(Out::Int),
            _ => Err(unsupported(format!("logical type {logical:?}"))),
        };
    }
    let kind = get("type")?;
    let Ok(kind) = kind.extract::<String>() else {
        return build_out(py, &kind);
    };
    Ok(match kind.as_str() {
        "record" | "error" => {
            let mut fields = Vec::new();
            for field in get("fields")?.cast::<PyList>()?.iter() {
                let name: String = field.get_item("name")?.extract()?;
                let out = build_out(py, &field.get_item("type")?)?;
                fields.push((PyString::intern(py, &name).unbind(), out));
            }
            Out::Record(fields)
        }
        "enum" => Out::Enum(get("symbols")?.extract()?),
        "array" => Out::Array(Box::new(build_out(py, &get("items")?)?)),
        "map" => Out::Map(Box::new(build_out(py, &get("values")?)?)),
        "fixed" => Out::Fixed(get("size")?.extract()?),
        other => out_primitive(other).ok_or_else(|| unsupported(format!("type {other:?}")))?,
    })
}

fn out_primitive(name: &str) -> Option<Out> {
    Some(match name {
        "null" => Out::Null,
        "boolean" => Out::Boolean,
        "int" => Out::Int,
        "long" => Out::Long,
        "float" => Out::Float,
        "double" => Out::Double,
        "bytes" => Out::Bytes,
        "string" => Out::String,
        _ => return None,
    })
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

impl Out {
    fn write(&self, value: &Bound<'_, PyAny>, buf: &mut Vec<u8>) -> PyResult<()> {
        let kind = kind_of(value).ok_or_else(|| other("a value of a type written by fastavro"))?;
        match self {
            Out::Union(branches) => {
                let (index, (_, out)) = branches
                    .iter()
                    .enumerate()
                    .find(|(_, (k, _))| *k == kind)
                    .ok_or_else(|| other("a value no branch of the union takes"))?;
                put_long(buf, index as i64);
                return out.write(value, buf);
            }
            _ if self.kind() != kind => {
                return Err(other("a value of another type than the schema's"))
            }
            _ => {}
        }
        match self {
            Out::Null => {}
            Out::Boolean => buf.push(u8::from(value.extract::<bool>()?)),
            Out::Int => {
                let n: i32 = value.extract().map_err(|_| other("an int out of range"))?;
                put_long(buf, i64::from(n));
            }
            Out::Long => {
                let n: i64 = value.extract().map_err(|_| other("a long out of range"))?;
                put_long(buf, n);
            }
            Out::Float => buf.extend_from_slice(&(value.extract::<f64>()? as f32).to_le_bytes()),
            Out::Double => buf.extend_from_slice(&value.extract::<f64>()?.to_le_bytes()),
            Out::Bytes => {
                let bytes = value.cast::<PyBytes>()?.as_bytes();
                put_long(buf, bytes.len() as i64);
                buf.extend_from_slice(bytes);
            }
            Out::Fixed(size) => {
                let bytes = value.cast::<PyBytes>()?.as_bytes();
                if bytes.len() != *size {
                    return Err(other("fixed bytes of another size"));
                }
                buf.extend_from_slice(bytes);
            }
            Out::String => {
                let text = value
                    .cast::<PyString>()?
                    .to_str()
                    .map_err(|_| other("a string that is not valid Unicode"))?;
                put_long(buf, text.len() as i64);
                buf.extend_from_slice(text.as_bytes());
            }
            Out::Enum(symbols) => {
                let text = value
                    .cast::<PyString>()?
                    .to_str()
                    .map_err(|_| other("not a symbol"))?;
                let index = symbols
                    .iter()
                    .position(|s| s == text)
                    .ok_or_else(|| other("not a symbol of the enum"))?;
                put_long(buf, index as i64);
            }
            Out::Record(fields) => {
                let dict = value.cast::<PyDict>()?;
                for (name, out) in fields {
                    let item = dict
                        .get_item(name.bind(value.py()))?
                        .ok_or_else(|| other("a record without one of its fields"))?;
                    out.write(&item, buf)?;
                }
            }
            Out::Array(items) => {
                let list = value.cast::<PyList>()?;
                if !list.is_empty() {
                    put_long(buf, list.len() as i64);
                    for item in list.iter() {
                        items.write(&item, buf)?;
                    }
                }
                buf.push(0);
            }
            Out::Map(values) => {
                let dict = value.cast::<PyDict>()?;
                if !dict.is_empty() {
                    put_long(buf, dict.len() as i64);
                    for (key, item) in dict.iter() {
                        if !key.is_exact_instance_of::<PyString>() {
                            return Err(other("a map key that is not a string"));
                        }
                        Out::String.write(&key, buf)?;
                        values.write(&item, buf)?;
                    }
                }
                buf.push(0);
            }
            Out::Union(_) => unreachable!("handled above"),
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
    root: Out,
}

#[pymethods]
impl AvroWriter {
    /// `schema`: fully expanded. `ValueError` for one with a type this writer leaves to fastavro.
    #[new]
    fn new(py: Python<'_>, schema: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(AvroWriter {
            root: build_out(py, schema)?,
        })
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
