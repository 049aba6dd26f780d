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
//!   run of them (inside a long run of digits, most places are);
//! - for a pattern that is look-behinds, a middle and look-aheads (most of the pack), those
//!   look-arounds on their own: where they hold around the core's own match, that is the match,
//!   and fancy-regex is not run at all (see `Edges`);
//! - the fewest digits a match holds in one run: a text whose longest run is shorter is not
//!   searched for the pattern. The patterns without such a floor (names, e-mail, IP addresses,
//!   authentication secrets) are asked first, together, by a `RegexSet` of loosened cores.
//!
//! Matches are reported as Python's `re.finditer` finds them: leftmost first, the next search
//! from the end of the last, offsets in code points.

mod avro;
mod fold;
mod fpe;
mod validators;
mod walk;

use fancy_regex::Regex as FancyRegex;
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use regex::{Regex, RegexSet, RegexSetBuilder};
use regex_syntax::hir::{Hir, HirKind, Repetition};
use std::sync::atomic::{AtomicU8, Ordering};

/// One match: pattern index, start, end, group start, group end (code points).
type Match = (usize, usize, usize, usize, usize);
/// A match found at a place: its end, and its group's span if the group took part (bytes).
type Found = (usize, Option<(usize, usize)>);
/// Look-behinds as (negative, width, body) and look-aheads as (negative, body), from Python.
type EdgeSpecs = (Vec<(bool, usize, String)>, Vec<(bool, String)>);

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
    guard: Option<CharTest>,
    /// any character but the guard's
    unguarded: Option<CharTest>,
    /// for a pattern that is look-behinds, a middle and look-aheads: those look-arounds alone
    edges: Option<Edges>,
    group: usize,
    /// the fewest digits a match holds in one run (separators inside a run not counted)
    min_digits: usize,
}

/// Look-behinds that open a pattern and look-aheads that close it, each checked on its own.
///
/// At a place where the core matches, the core's match there (the regex crate's leftmost-first
/// match, which is the first a backtracking engine finds) is the pattern's match when every
/// look-behind holds before the place and every look-ahead after the match. A look-behind that
/// fails rules the place out (it does not depend on the match); a look-ahead that fails leaves the
/// place to fancy-regex, which backtracks into the core for another end.
struct Edges {
    /// negative?, width in characters, `\A(?:body)\z`
    behind: Vec<(bool, usize, Behind)>,
    /// negative?, `\A(?:body)`
    ahead: Vec<(bool, Ahead)>,
}

/// A look-behind's body, `\A(?:body)\z`, over the characters it reads: one or two of them from
/// a table when they are ASCII (most places, and most of a pattern's time after its core).
enum Behind {
    One(CharTest),
    Two(PairTest),
    Any(Regex),
}

impl Behind {
    fn new(body: Regex, width: usize) -> Self {
        match width {
            1 => Behind::One(CharTest::new(body)),
            2 => Behind::Two(PairTest::new(body)),
            _ => Behind::Any(body),
        }
    }

    /// Whether the body matches `chars`, the `width` characters before the place.
    fn holds(&self, chars: &str) -> bool {
        match self {
            Behind::One(test) => match chars.chars().next() {
                Some(ch) => test.holds(ch),
                None => test.regex.is_match(chars),
            },
            Behind::Two(test) => test.holds(chars),
            Behind::Any(regex) => regex.is_match(chars),
        }
    }
}

/// A look-ahead's body, `\A(?:body)`: one character class is a test of the next character alone.
enum Ahead {
    Class(CharTest),
    Any(Regex),
}

impl Ahead {
    fn new(body: &str, regex: Regex) -> Self {
        match regex_syntax::parse(body).map(|hir| matches!(hir.kind(), HirKind::Class(_))) {
            Ok(true) => Ahead::Class(CharTest::new(regex)),
            _ => Ahead::Any(regex),
        }
    }

    /// Whether the body matches at the start of `rest`, the text after the match.
    fn holds(&self, rest: &str) -> bool {
        match self {
            Ahead::Class(test) => rest.chars().next().is_some_and(|ch| test.holds(ch)),
            Ahead::Any(regex) => regex.is_match(rest),
        }
    }
}

impl Edges {
    fn behind_holds(&self, text: &str, at: usize) -> bool {
        self.behind.iter().all(|(negative, width, body)| {
            let mut from = at;
            for _ in 0..*width {
                match text[..from].chars().next_back() {
                    Some(ch) => from -= ch.len_utf8(),
                    // fewer characters before the place than the look-behind reads: no match
                    None => return *negative,
                }
            }
            body.holds(&text[from..at]) != *negative
        })
    }

    fn ahead_holds(&self, text: &str, end: usize) -> bool {
        self.ahead
            .iter()
            .all(|(negative, body)| body.holds(&text[end..]) != *negative)
    }
}

/// A pattern as Python hands it over (`streams.detect.scanner.translate`).
#[derive(FromPyObject)]
struct Spec {
    #[pyo3(item)]
    pattern: String,
    #[pyo3(item)]
    core: String,
    #[pyo3(item)]
    group: usize,
    #[pyo3(item)]
    behind: usize,
    #[pyo3(item)]
    guard: String,
    #[pyo3(item)]
    edges: Option<EdgeSpecs>,
    #[pyo3(item)]
    min_digits: usize,
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

/// A one-character test (a regex that matches exactly one character, such as a class, anchored or
/// not): for an ASCII character, the regex's answer is kept in a table the first time the
/// character is asked, instead of asking again at every place tried; any other character is asked
/// of the regex itself. The answer is the regex's for every character.
struct CharTest {
    /// per ASCII character: 0 not asked yet, 1 no, 2 yes (the regex's answer never changes, so a
    /// relaxed store racing another thread's writes the same value)
    ascii: [AtomicU8; 128],
    regex: Regex,
}

impl CharTest {
    fn new(regex: Regex) -> Self {
        CharTest {
            ascii: std::array::from_fn(|_| AtomicU8::new(0)),
            regex,
        }
    }

    fn holds(&self, ch: char) -> bool {
        let mut buf = [0u8; 4];
        if !ch.is_ascii() {
            return self.regex.is_match(ch.encode_utf8(&mut buf));
        }
        let slot = &self.ascii[ch as usize];
        match slot.load(Ordering::Relaxed) {
            0 => {
                let answer = self.regex.is_match(ch.encode_utf8(&mut buf));
                slot.store(if answer { 2 } else { 1 }, Ordering::Relaxed);
                answer
            }
            known => known == 2,
        }
    }
}

/// A look-behind's body over exactly two characters, `\\A(?:body)\\z`: for two ASCII characters,
/// the regex's answer is kept in a table the first time the pair is asked (a table filled when the
/// pattern is compiled would cost 16,384 searches per look-behind, and a detector is made in tens
/// of milliseconds); any other pair is asked of the regex.
struct PairTest {
    /// per ASCII pair: 0 not asked yet, 1 no, 2 yes (the regex's answer never changes, so a
    /// relaxed store racing another thread's writes the same value)
    ascii: Vec<AtomicU8>,
    regex: Regex,
}

impl PairTest {
    fn new(regex: Regex) -> Self {
        let ascii = (0..128 * 128).map(|_| AtomicU8::new(0)).collect();
        PairTest { ascii, regex }
    }

    fn holds(&self, text: &str) -> bool {
        match text.as_bytes() {
            [first, second] if first.is_ascii() && second.is_ascii() => {
                let slot = &self.ascii[usize::from(*first) * 128 + usize::from(*second)];
                match slot.load(Ordering::Relaxed) {
                    0 => {
                        let answer = self.regex.is_match(text);
                        slot.store(if answer { 2 } else { 1 }, Ordering::Relaxed);
                        answer
                    }
                    known => known == 2,
                }
            }
            _ => self.regex.is_match(text),
        }
    }
}

/// The recognizer patterns, compiled once.
#[pyclass(frozen, module = "corridor_native")]
struct Scanner {
    patterns: Vec<Pattern>,
    /// a run of digits, one space or hyphen allowed between two of them
    digit_run: Regex,
    /// the loosened cores (see `loosen`) of the patterns without a digit floor, in sets of
    /// `SET_SIZE` with the index of each member's pattern: which of them a text could match, in a
    /// pass per set instead of one search each
    sets: Vec<(RegexSet, Vec<usize>)>,
}

/// The most loosened cores in one set. A set's lazy DFA tracks every member at once (the search
/// asks for all that match), so its states multiply with the members: the 47 in one set overflowed
/// the DFA's 16 MiB cache on hand-written English (a 300-character e-mail), and the regex crate,
/// clearing it over and over, gave up on the DFA for its slow NFA: 1.1 ms a text, eighteen times
/// what sets of eight take (62 us; generated memos 13 us either way). A cache of 128 MiB was as
/// fast, at 100 MiB more memory than the sets of eight cost (`make bench` times both texts).
const SET_SIZE: usize = 8;

/// The DFA cache of each set of cores.
const SET_CACHE: usize = 16 << 20;

/// The expression with every repetition's count dropped (`x{3,8}` becomes `x+`, `x{0,2}` `x*`)
/// and its groups uncaptured: a text that holds a match of the expression holds one of this (its
/// language is larger), and a set of them stays a small DFA, where counted repetitions over large
/// Unicode classes make the lazy DFA's cache thrash.
fn loosen(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Repetition(rep) => Hir::repetition(Repetition {
            min: rep.min.min(1),
            max: None,
            greedy: true,
            sub: Box::new(loosen(&rep.sub)),
        }),
        HirKind::Capture(capture) => loosen(&capture.sub),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(loosen).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(loosen).collect()),
        _ => hir.clone(),
    }
}

impl Scanner {
    /// Digits in the text's longest run of them, one separator between two digits allowed.
    fn longest_digit_run(&self, text: &str) -> usize {
        if text.is_ascii() {
            // Python's digits in ASCII are 0-9: counted in one pass over the bytes
            let bytes = text.as_bytes();
            let (mut longest, mut run) = (0, 0);
            for (i, b) in bytes.iter().enumerate() {
                if b.is_ascii_digit() {
                    run += 1;
                    longest = longest.max(run);
                } else if !(matches!(b, b' ' | b'-')
                    && run > 0
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
                {
                    run = 0;
                }
            }
            return longest;
        }
        self.digit_run
            .find_iter(text)
            .map(|run| {
                run.as_str()
                    .chars()
                    .filter(|c| *c != ' ' && *c != '-')
                    .count()
            })
            .max()
            .unwrap_or(0)
    }

    /// Which patterns may match in `text`: those whose digit floor its longest run reaches, and
    /// those the set of loosened cores says could.
    fn candidates(&self, text: &str) -> Vec<bool> {
        let longest = self.longest_digit_run(text);
        let mut candidates = vec![false; self.patterns.len()];
        for (index, pattern) in self.patterns.iter().enumerate() {
            if pattern.min_digits > 0 && longest >= pattern.min_digits {
                candidates[index] = true;
            }
        }
        for (set, members) in &self.sets {
            for member in set.matches(text).into_iter() {
                candidates[members[member]] = true;
            }
        }
        candidates
    }

    /// Every match of pattern `index` in `text`, in order, appended to `out`; `points` is the
    /// text's code-point table, made when a first match needs it.
    fn scan_pattern(
        &self,
        index: usize,
        text: &str,
        points: &mut Option<CodePoints>,
        out: &mut Vec<Match>,
    ) -> PyResult<()> {
        let pattern = &self.patterns[index];
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
                    (
                        whole.end(),
                        c.get(pattern.group).map(|g| (g.start(), g.end())),
                    )
                })
            } else if guarded(pattern, text, at) {
                // nor at any place up to the end of this run of guard characters
                pos = match &pattern.unguarded {
                    Some(unguarded) => match text[at..]
                        .char_indices()
                        .find(|(_, ch)| unguarded.holds(*ch))
                    {
                        Some((offset, _)) => next_char(text, at + offset),
                        None => break,
                    },
                    None => next_char(text, at),
                };
                continue;
            } else if let Some(found) = edged(pattern, text, at, first.end()) {
                found
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
                let caps = pattern.anchored[back]
                    .captures(&text[from..])
                    .map_err(|e| {
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
        Ok(())
    }
}

/// What the pattern's edges alone decide at `at`, where the core matches up to `end`: a match,
/// no match at all, or (None) nothing, left to fancy-regex.
fn edged(pattern: &Pattern, text: &str, at: usize, end: usize) -> Option<Option<Found>> {
    let edges = pattern.edges.as_ref()?;
    if !edges.behind_holds(text, at) {
        return Some(None);
    }
    if !edges.ahead_holds(text, end) {
        return None;
    }
    let group = if pattern.group == 0 {
        Some((at, end))
    } else {
        let caps = pattern.core.captures_at(text, at)?;
        caps.get(pattern.group).map(|g| (g.start(), g.end()))
    };
    Some(Some((end, group)))
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
        (Some(guard), Some(ch)) => guard.holds(ch),
        _ => false,
    }
}

#[pymethods]
impl Scanner {
    /// `specs`: the patterns, as `streams.detect.scanner.translate` makes them; `digit`: the
    /// character class of a digit (Python's `\\d`, spelt out).
    #[new]
    fn new(specs: Vec<Spec>, digit: &str) -> PyResult<Self> {
        let mut compiled = Vec::with_capacity(specs.len());
        let mut loose = Vec::new();
        let mut set_members = Vec::new();
        for (index, spec) in specs.iter().enumerate() {
            if spec.min_digits == 0 {
                let hir = regex_syntax::parse(&spec.core).map_err(invalid(index))?;
                loose.push(loosen(&hir).to_string());
                set_members.push(index);
            }
        }
        let mut sets = Vec::new();
        for (cores, members) in loose.chunks(SET_SIZE).zip(set_members.chunks(SET_SIZE)) {
            let set = RegexSetBuilder::new(cores)
                .dfa_size_limit(SET_CACHE)
                .build()
                .map_err(|e| PyValueError::new_err(format!("the set of cores: {e}")))?;
            sets.push((set, members.to_vec()));
        }
        let digit_run = Regex::new(&format!("{digit}(?:[ -]?{digit})*"))
            .map_err(|e| PyValueError::new_err(format!("the digit class: {e}")))?;
        for (index, spec) in specs.into_iter().enumerate() {
            let core = Regex::new(&spec.core).map_err(invalid(index))?;
            let plain = spec.pattern == spec.core;
            let mut anchored = Vec::new();
            if !plain {
                for back in 0..=spec.behind {
                    let anchored_pattern = format!("\\A(?s:.){{{back}}}(?:{})", spec.pattern);
                    anchored.push(FancyRegex::new(&anchored_pattern).map_err(invalid(index))?);
                }
            }
            let groups = match anchored.first() {
                None => core.captures_len(),
                Some(f) => f.captures_len(),
            };
            let group = spec.group;
            if group >= groups {
                return Err(PyValueError::new_err(format!(
                    "pattern {index}: group {group}, but it has {} groups",
                    groups - 1
                )));
            }
            let (guard, unguarded) = if spec.guard.is_empty() {
                (None, None)
            } else {
                (
                    Some(CharTest::new(
                        Regex::new(&format!("\\A{}\\z", spec.guard)).map_err(invalid(index))?,
                    )),
                    Some(CharTest::new(
                        Regex::new(&format!("[^{}]", spec.guard)).map_err(invalid(index))?,
                    )),
                )
            };
            let edges = match spec.edges {
                None => None,
                Some((behind, ahead)) => Some(Edges {
                    behind: behind
                        .into_iter()
                        .map(|(negative, width, body)| {
                            Regex::new(&format!("\\A(?:{body})\\z"))
                                .map(|r| (negative, width, Behind::new(r, width)))
                        })
                        .collect::<Result<_, _>>()
                        .map_err(invalid(index))?,
                    ahead: ahead
                        .into_iter()
                        .map(|(negative, body)| {
                            Regex::new(&format!("\\A(?:{body})"))
                                .map(|r| (negative, Ahead::new(&body, r)))
                        })
                        .collect::<Result<_, _>>()
                        .map_err(invalid(index))?,
                }),
            };
            let min_digits = spec.min_digits;
            compiled.push(Pattern {
                plain,
                anchored,
                core,
                guard,
                unguarded,
                edges,
                group,
                min_digits,
            });
        }
        Ok(Scanner {
            patterns: compiled,
            digit_run,
            sets,
        })
    }

    fn __len__(&self) -> usize {
        self.patterns.len()
    }

    /// Per text, every match of every pattern, by pattern then position. The texts are read
    /// pattern by pattern (each pattern over every text that may hold it, then the next): one
    /// pattern's automata and lazy DFA cache stay in the processor's caches over the batch, where
    /// a text at a time walked all of them for every text (the patterns scanned together cost
    /// several times the sum of each alone). Each text's matches come out in the same order.
    fn scan(&self, texts: Vec<String>) -> PyResult<Vec<Vec<Match>>> {
        // per pattern, the texts it may match in
        let mut todo: Vec<Vec<usize>> = vec![Vec::new(); self.patterns.len()];
        for (k, text) in texts.iter().enumerate() {
            for (index, candidate) in self.candidates(text).into_iter().enumerate() {
                if candidate {
                    todo[index].push(k);
                }
            }
        }
        let mut points: Vec<Option<CodePoints>> = texts.iter().map(|_| None).collect();
        let mut results: Vec<Vec<Match>> = texts.iter().map(|_| Vec::new()).collect();
        for (index, holders) in todo.iter().enumerate() {
            for &k in holders {
                self.scan_pattern(index, &texts[k], &mut points[k], &mut results[k])?;
            }
        }
        Ok(results)
    }
}

/// The first 16 bytes of a digest in unpadded lower-case base32 (26 characters), as Python's
/// `base64.b32encode(digest[:16]).rstrip(b"=").lower()` writes them: the tail of every pseudonym.
#[pyfunction]
fn b32_128(digest: &[u8]) -> PyResult<String> {
    const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";
    let head: [u8; 16] = digest
        .get(..16)
        .and_then(|h| h.try_into().ok())
        .ok_or_else(|| PyValueError::new_err("a digest of fewer than 16 bytes"))?;
    let n = u128::from_be_bytes(head);
    // 130 bits, the last two zero: 26 characters of 5 bits
    Ok((0..26)
        .map(|i| {
            let shift: i32 = 123 - 5 * i;
            let bits = if shift >= 0 {
                (n >> shift) & 31
            } else {
                (n << -shift) & 31
            };
            ALPHABET[bits as usize] as char
        })
        .collect())
}

#[pymodule]
fn corridor_native(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<Scanner>()?;
    module.add_class::<avro::AvroReader>()?;
    module.add_class::<avro::AvroWriter>()?;
    module.add_class::<fold::Folder>()?;
    module.add_class::<fpe::Ff3>()?;
    validators::register(module)?;
    module.add_function(wrap_pyfunction!(b32_128, module)?)?;
    module.add_function(wrap_pyfunction!(walk::collect_strings, module)?)?;
    Ok(())
}
