//! The check-digit validators of the hot path, for ASCII values.
//!
//! `streams/detect/validators.py` is the reference: these give its answers (property tests in
//! `tests/unit/test_check_digits.py` compare the two on generated values) for values that are all
//! ASCII; a value with any other character stays with the Python version, which knows what
//! Python's `isdecimal`, `isspace` and `upper` make of it. Every card-, ID- and code-shaped
//! candidate of every field is checked, so a Python function call and its string operations were
//! a large part of a record's time.

use pyo3::prelude::*;

/// Python's `compact`: the value without white space, dashes, brackets and slashes (ASCII only:
/// Python's white space in ASCII is \t \n \v \f \r, \x1c to \x1f, and the space).
fn compact(value: &str) -> Vec<u8> {
    value
        .bytes()
        .filter(|b| !matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' ' | b'-' | b'(' | b')' | b'/'))
        .collect()
}

fn luhn(digits: &[u8]) -> bool {
    let mut total = 0u32;
    for (i, d) in digits.iter().rev().enumerate() {
        let n = u32::from(d - b'0');
        total += if i % 2 == 1 {
            if n * 2 > 9 {
                n * 2 - 9
            } else {
                n * 2
            }
        } else {
            n
        };
    }
    total.is_multiple_of(10)
}

fn number(digits: &[u8]) -> u32 {
    digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0'))
}

/// Python's `card_network(pan) is not None` for a PAN of ASCII digits.
fn has_network(pan: &[u8]) -> bool {
    let n = pan.len();
    let starts = |prefix: &[u8]| pan.starts_with(prefix);
    (starts(b"62") && (16..=19).contains(&n))
        || (starts(b"4") && matches!(n, 13 | 16 | 19))
        || (n == 16
            && ((51..=55).contains(&number(&pan[..2]))
                || (2221..=2720).contains(&number(&pan[..4]))))
        || (n == 15 && (starts(b"34") || starts(b"37")))
        || (starts(b"35") && (16..=19).contains(&n) && (3528..=3589).contains(&number(&pan[..4])))
        || ((16..=19).contains(&n)
            && (starts(b"6011") || starts(b"65") || (644..=649).contains(&number(&pan[..3]))))
        || (starts(b"6759") && (12..=19).contains(&n))
        || (n == 14 && (starts(b"30") || starts(b"36") || starts(b"38")))
        || (n == 16 && starts(b"5019"))
        || (n == 15 && starts(b"1"))
}

/// `is_valid_card` of an ASCII value.
#[pyfunction]
fn valid_card(value: &str) -> bool {
    let pan = compact(value);
    !pan.is_empty() && pan.iter().all(u8::is_ascii_digit) && has_network(&pan) && luhn(&pan)
}

const RIC_PROVINCES: [&[u8]; 31] = [
    b"11", b"12", b"13", b"14", b"15", b"21", b"22", b"23", b"31", b"32", b"33", b"34", b"35",
    b"36", b"37", b"41", b"42", b"43", b"44", b"45", b"46", b"50", b"51", b"52", b"53", b"54",
    b"61", b"62", b"63", b"64", b"65",
];
const HMT_PERMIT_PREFIXES: [&[u8]; 3] = [b"810000", b"820000", b"830000"];

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

/// `is_valid_cn_ric` of an ASCII value, `today` as the number YYYYMMDD.
#[pyfunction]
fn valid_cn_ric(value: &str, today: u32) -> bool {
    let s = compact(value).to_ascii_uppercase();
    if !(s.len() >= 2 && RIC_PROVINCES.contains(&&s[..2])
        || s.len() >= 6 && HMT_PERMIT_PREFIXES.contains(&&s[..6]))
    {
        return false;
    }
    if s.len() != 18
        || !s[..17].iter().all(u8::is_ascii_digit)
        || !(s[17].is_ascii_digit() || s[17] == b'X')
    {
        return false;
    }
    // ISO 7064 MOD 11-2: weights 2**(17-i) mod 11
    let total: u32 = s[..17]
        .iter()
        .enumerate()
        .map(|(i, d)| u32::from(d - b'0') * ((1u32 << (17 - i)) % 11))
        .sum();
    let check = (12 - total % 11) % 11;
    let expected = if check == 10 {
        b'X'
    } else {
        b'0' + check as u8
    };
    if s[17] != expected {
        return false;
    }
    let (year, month, day) = (number(&s[6..10]), number(&s[10..12]), number(&s[12..14]));
    if year < 1 || !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return false;
    }
    let born = year * 10000 + month * 100 + day;
    (19000101..=today).contains(&born)
}

const USCC_ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

/// `is_valid_cn_uscc` of an ASCII value.
#[pyfunction]
fn valid_cn_uscc(value: &str) -> bool {
    let s = compact(value).to_ascii_uppercase();
    if s.len() != 18 || !s[2..8].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let mut total = 0u32;
    let mut weight = 1u32; // 3**i mod 31
    for c in &s[..17] {
        let Some(v) = USCC_ALPHABET.iter().position(|a| a == c) else {
            return false;
        };
        total += v as u32 * weight;
        weight = weight * 3 % 31;
    }
    USCC_ALPHABET.contains(&s[17]) && USCC_ALPHABET[((31 - total % 31) % 31) as usize] == s[17]
}

/// `is_valid_hkid` of an ASCII value: `([A-Z]{1,2})(\d{6})\s?(?:\(([0-9A])\)|([0-9A]))` on the
/// stripped, upper-cased value, and its check character.
#[pyfunction]
fn valid_hkid(value: &str) -> bool {
    let is_space = |b: &u8| matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' ');
    let bytes = value.as_bytes();
    let start = bytes
        .iter()
        .position(|b| !is_space(b))
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !is_space(b))
        .map_or(start, |i| i + 1);
    let s = bytes[start..end].to_ascii_uppercase();
    let letters = s.iter().take_while(|b| b.is_ascii_uppercase()).count();
    if !(1..=2).contains(&letters)
        || s.len() < letters + 6
        || !s[letters..letters + 6].iter().all(u8::is_ascii_digit)
    {
        return false;
    }
    let mut rest = &s[letters + 6..];
    if rest.first().is_some_and(is_space) {
        rest = &rest[1..];
    }
    let check = match rest {
        [b'(', c, b')'] | [c] if c.is_ascii_digit() || *c == b'A' => *c,
        _ => return false,
    };
    let mut values: Vec<u32> = if letters == 1 { vec![36] } else { vec![] };
    values.extend(s[..letters].iter().map(|c| u32::from(*c) - 55));
    values.extend(s[letters..letters + 6].iter().map(|d| u32::from(d - b'0')));
    let total: u32 = values
        .iter()
        .zip([9, 8, 7, 6, 5, 4, 3, 2])
        .map(|(v, w)| v * w)
        .sum();
    let r = (11 - total % 11) % 11;
    check == if r == 10 { b'A' } else { b'0' + r as u8 }
}

/// `is_valid_cn_bank_account` of an ASCII value.
#[pyfunction]
fn valid_cn_bank_account(value: &str) -> bool {
    let s = compact(value);
    (10..=25).contains(&s.len()) && s.iter().all(u8::is_ascii_digit)
}

pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(valid_card, module)?)?;
    module.add_function(wrap_pyfunction!(valid_cn_ric, module)?)?;
    module.add_function(wrap_pyfunction!(valid_cn_uscc, module)?)?;
    module.add_function(wrap_pyfunction!(valid_hkid, module)?)?;
    module.add_function(wrap_pyfunction!(valid_cn_bank_account, module)?)?;
    Ok(())
}
