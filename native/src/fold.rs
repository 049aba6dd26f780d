//! Folding digits, full-width letters and signs, and spaces to their ASCII forms, for
//! `streams/detect/fold.py`, which makes the table (the one definition of what folds) and keeps
//! a Python version for a text that is not valid Unicode.
//!
//! Every character folds to exactly one character, so offsets in code points stay valid. A text
//! with nothing to fold is handed back as the same object, without a copy. The same folder,
//! made with `ascii=False`, reads Traditional Chinese in Simplified for the name scanners.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyString;

/// The characters that fold, each with the ASCII character it folds to, sorted.
#[pyclass(frozen, module = "corridor_native")]
pub struct Folder {
    from: Vec<char>,
    to: Vec<char>,
}

impl Folder {
    fn lookup(&self, ch: char) -> Option<char> {
        self.from.binary_search(&ch).ok().map(|i| self.to[i])
    }
}

#[pymethods]
impl Folder {
    /// `table`: (character, the ASCII character it folds to) pairs; a non-ASCII character each.
    /// With `ascii=False`, a character may fold to any other (one for one all the same: the
    /// Traditional-to-Simplified table of `streams/detect/zh_names.py`).
    #[new]
    #[pyo3(signature = (table, ascii = true))]
    fn new(mut table: Vec<(char, char)>, ascii: bool) -> PyResult<Self> {
        table.sort_unstable();
        if table
            .iter()
            .any(|(from, to)| from.is_ascii() || (ascii && !to.is_ascii()))
        {
            return Err(PyValueError::new_err(
                "a fold maps a non-ASCII character to an ASCII one",
            ));
        }
        if table.windows(2).any(|pair| pair[0].0 == pair[1].0) {
            return Err(PyValueError::new_err("a character folds two ways"));
        }
        Ok(Folder {
            from: table.iter().map(|(from, _)| *from).collect(),
            to: table.iter().map(|(_, to)| *to).collect(),
        })
    }

    /// The text folded, or the text itself when nothing in it folds. Raises
    /// `UnicodeEncodeError` for a text that is not valid Unicode (a lone surrogate).
    fn fold<'py>(&self, text: Bound<'py, PyString>) -> PyResult<Bound<'py, PyString>> {
        let s = text.to_str()?;
        if s.is_ascii() {
            return Ok(text);
        }
        let mut out: Option<String> = None;
        for (at, ch) in s.char_indices() {
            let folded = if ch.is_ascii() { None } else { self.lookup(ch) };
            match (&mut out, folded) {
                (Some(done), folded) => done.push(folded.unwrap_or(ch)),
                (None, Some(folded)) => {
                    let mut done = String::with_capacity(s.len());
                    done.push_str(&s[..at]);
                    done.push(folded);
                    out = Some(done);
                }
                (None, None) => {}
            }
        }
        Ok(match out {
            None => text,
            Some(done) => PyString::new(text.py(), &done),
        })
    }
}
