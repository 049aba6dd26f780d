//! Corridor's recognizer patterns, every one over a text in one call from Python.
//!
//! The detector's patterns are Python regular expressions with look-arounds (Python's `\b` sees no
//! boundary between a CJK character and a digit, so the patterns spell their boundaries out).
//! `streams/detect/scanner.py` translates each into the syntax here, with its character classes
//! spelt out as Python understands them, and hands over:
//!
//! - the pattern, run by fancy-regex (the regex crate has no look-arounds);
//! - its *core*, the pattern with every look-around removed, run by the regex crate. A
//!   look-around only ever refuses a match, so the pattern matches only where its core does: the
//!   core finds, fast, each place where a match could start;
//! - its widest look-behind, so that the pattern can be tried at one place only (anchored) on the
//!   text from that many characters before it, and see what it would see in the whole text;
//! - a guard: the class of a one-character negative look-behind that opens the pattern. A place
//!   right after such a character is skipped without running anything, and so is the rest of a
//!   run of them (inside a long run of digits, most places are).
//!
//! Matches are reported as Python's `re.finditer` finds them: leftmost first, the next search
//! from the end of the last, offsets in code points.

use fancy_regex::Regex as FancyRegex;
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use regex::Regex;

/// One match: pattern index, start, end, group start, group end (code points).
type Match = (usize, usize, usize, usize, usize);

struct Pattern {
    /// No look-arounds: the core is the pattern.
    plain: bool,
    /// `anchored[j]` is the pattern tried only at `j` characters into a text: fancy-regex's
    /// `\A(?s:.){j}(?:pattern)`, run on the text from `j` characters (at most the widest
    /// look-behind) before the place tried, so that every look-behind sees what it would in the
    /// whole text.
    anchored: Vec<FancyRegex>,
    core: Regex,
    /// a character that, right before a place, rules a match there out (the pattern opens with a
    /// one-character negative look-behind): checked before anything is run
    guard: Option<Regex>,
    /// any character but the guard's
    unguarded: Option<Regex>,
    group: usize,
}

/// Byte offsets to code-point offsets, built only for a text that is not ASCII.
struct CodePoints {
    table: Option<Vec<u32>>,
}

impl CodePoints {
    fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CodePoints { table: None };
        }
        let mut table = vec![0u32; text.len() + 1];
        let mut count = 0u32;
        for (byte, _) in text.char_indices() {
            table[byte] = count;
            count += 1;
        }
        table[text.len()] = count;
        CodePoints { table: Some(table) }
    }

    fn at(&self, byte: usize) -> usize {
        match &self.table {
            None => byte,
            Some(table) => table[byte] as usize,
        }
    }
}

fn invalid<E: std::fmt::Display>(index: usize) -> impl FnOnce(E) -> PyErr {
    move |e| PyValueError::new_err(format!("pattern {index}: {e}"))
}

/// The recognizer patterns, compiled once.
#[pyclass(frozen, module = "corridor_native")]
struct Scanner {
    patterns: Vec<Pattern>,
}

impl Scanner {
    fn scan_one(&self, text: &str, out: &mut Vec<Match>) -> PyResult<()> {
        let mut points: Option<CodePoints> = None;
        for (index, pattern) in self.patterns.iter().enumerate() {
            let mut pos = 0;
            while pos <= text.len() {
                // the next place a match could start, if any: the core matches wherever the pattern does
                let Some(first) = pattern.core.find_at(text, pos) else {
                    break;
                };
                let at = first.start();
                let found = if pattern.plain {
                    pattern.core.captures_at(text, at).map(|c| {
                        let whole = c.get(0).expect("group 0 takes part in every match");
                        (whole.end(), c.get(pattern.group).map(|g| (g.start(), g.end())))
                    })
                } else if guarded(pattern, text, at) {
                    // nor at any place up to the end of this run of guard characters
                    pos = match &pattern.unguarded {
                        Some(unguarded) => match unguarded.find_at(text, at) {
                            Some(other) => next_char(text, other.start()),
                            None => break,
                        },
                        None => next_char(text, at),
                    };
                    continue;
                } else {
                    // the text from up to `widest look-behind` characters before `at`
                    let mut from = at;
                    let mut back = 0;
                    while back + 1 < pattern.anchored.len() {
                        match text[..from].chars().next_back() {
                            Some(ch) => {
                                from -= ch.len_utf8();
                                back += 1;
                            }
                            None => break,
                        }
                    }
                    let caps = pattern.anchored[back].captures(&text[from..]).map_err(|e| {
                        // the backtracking limit: the caller fails closed, the text is not let through
                        PyRuntimeError::new_err(format!("pattern {index} gave up: {e}"))
                    })?;
                    caps.map(|c| {
                        let end = from + c.get(0).expect("group 0 takes part in every match").end();
                        // group 0 holds the characters before `at` too: the match itself starts at `at`
                        let group = match pattern.group {
                            0 => Some((at, end)),
                            g => c.get(g).map(|g| (from + g.start(), from + g.end())),
                        };
                        (end, group)
                    })
                };
                match found {
                    Some((end, group)) => {
                        if let Some((group_start, group_end)) = group {
                            let points = points.get_or_insert_with(|| CodePoints::new(text));
                            out.push((
                                index,
                                points.at(at),
                                points.at(end),
                                points.at(group_start),
                                points.at(group_end),
                            ));
                        }
                        // as re.finditer: on from the end of a match; past an empty one, by a character
                        pos = if end > at { end } else { next_char(text, end) };
                    }
                    // no match starts there: on from the next place after it
                    None => pos = next_char(text, at),
                }
            }
        }
        Ok(())
    }
}

/// The offset after the character at `at`, or past the end.
fn next_char(text: &str, at: usize) -> usize {
    match text[at..].chars().next() {
        Some(ch) => at + ch.len_utf8(),
        None => text.len() + 1,
    }
}

/// Whether the character before `at` rules a match at `at` out.
fn guarded(pattern: &Pattern, text: &str, at: usize) -> bool {
    match (&pattern.guard, text[..at].chars().next_back()) {
        (Some(guard), Some(ch)) => {
            let mut buf = [0u8; 4];
            guard.is_match(ch.encode_utf8(&mut buf))
        }
        _ => false,
    }
}

#[pymethods]
impl Scanner {
    /// `patterns`: `(pattern, core, group, widest look-behind, guard)`; `core` is `pattern` without
    /// look-arounds, `guard` a character class or empty.
    #[new]
    fn new(patterns: Vec<(String, String, usize, usize, String)>) -> PyResult<Self> {
        let mut compiled = Vec::with_capacity(patterns.len());
        for (index, (pattern, core, group, behind, guard)) in patterns.into_iter().enumerate() {
            let core_regex = Regex::new(&core).map_err(invalid(index))?;
            let plain = pattern == core;
            let mut anchored = Vec::new();
            if !plain {
                for back in 0..=behind {
                    let anchored_pattern = format!("\\A(?s:.){{{back}}}(?:{pattern})");
                    anchored.push(FancyRegex::new(&anchored_pattern).map_err(invalid(index))?);
                }
            }
            let groups = match anchored.first() {
                None => core_regex.captures_len(),
                Some(f) => f.captures_len(),
            };
            if group >= groups {
                return Err(PyValueError::new_err(format!(
                    "pattern {index}: group {group}, but it has {} groups",
                    groups - 1
                )));
            }
            let (guard, unguarded) = if guard.is_empty() {
                (None, None)
            } else {
                (
                    Some(Regex::new(&format!("\\A{guard}\\z")).map_err(invalid(index))?),
                    Some(Regex::new(&format!("[^{guard}]")).map_err(invalid(index))?),
                )
            };
            compiled.push(Pattern { plain, anchored, core: core_regex, guard, unguarded, group });
        }
        Ok(Scanner { patterns: compiled })
    }

    fn __len__(&self) -> usize {
        self.patterns.len()
    }

    /// Per text, every match of every pattern, by pattern then position.
    fn scan(&self, texts: Vec<String>) -> PyResult<Vec<Vec<Match>>> {
        let mut results = Vec::with_capacity(texts.len());
        for text in &texts {
            let mut out = Vec::new();
            self.scan_one(text, &mut out)?;
            results.push(out);
        }
        Ok(results)
    }
}

#[pymodule]
fn corridor_native(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<Scanner>()?;
    Ok(())
}
