//! NIST FF3-1 over decimal digits, and the one-to-one safe card token (no prefix of 13 to 19
//! digits, nor the whole, passes Luhn), for `streams/transform.py`, which keeps the Python
//! versions (`fastfpe`'s FF3-1, itself held equal to the pure-Python `ff3`, and `luhn_breaking`)
//! as the reference that tests hold these equal to.
//!
//! `fastfpe` makes its cipher afresh for every call (key schedule, hex parsing, big integers),
//! and a card token takes about 1.7 (16 digits) to 2.5 (19 digits) calls on average; here the AES
//! key schedule is made once per key and a card's token is made in one call: rank, cycle-walk,
//! unrank.
//!
//! FF3-1 (NIST SP 800-38G Rev. 1, radix 10): the AES key is the key's bytes reversed; the 56-bit
//! tweak `T` gives `T_L = T[0..28] || 0000` and `T_R = T[32..56] || T[28..32] || 0000`; eight
//! Feistel rounds over the halves `A` (the first `ceil(n/2)` digits) and `B`, each adding
//! `NUM(REVB(AES(REVB(W xor [i]^4 || [NUM(REV(B))]^12))))` to `NUM(REV(A))` modulo `10^m`. Every
//! number here fits a `u128`: at most 56 digits, 28 a half, so `10^28 < 2^96`.

use aes::cipher::{BlockEncrypt, KeyInit};
use aes::{Aes128, Aes192, Aes256, Block};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

/// FF3-1's bounds for radix 10: `10^6 >= 1,000,000`, and `2 * floor(96 / log2(10))`.
const MIN_LEN: usize = 6;
const MAX_LEN: usize = 56;
/// The longest card middle ranked here: its ranks, below `9 * 10^(m-1)`, fit a `u128`. A longer
/// one is left to the Python version.
pub const MAX_CARD_MIDDLE: usize = 36;

enum Aes {
    A128(Box<Aes128>),
    A192(Box<Aes192>),
    A256(Box<Aes256>),
}

impl Aes {
    fn encrypt(&self, block: &mut Block) {
        match self {
            Aes::A128(c) => c.encrypt_block(block),
            Aes::A192(c) => c.encrypt_block(block),
            Aes::A256(c) => c.encrypt_block(block),
        }
    }
}

/// An FF3-1 key over decimal digits; the tweak is given with each call (a card's own).
#[pyclass(frozen, module = "corridor_native")]
pub struct Ff3 {
    aes: Aes,
}

/// `T_L` and `T_R` of a 56-bit tweak.
fn halves(tweak: &[u8]) -> PyResult<([u8; 4], [u8; 4])> {
    let t: &[u8; 7] = tweak
        .try_into()
        .map_err(|_| PyValueError::new_err("an FF3-1 tweak is 56 bits (7 bytes)"))?;
    Ok((
        [t[0], t[1], t[2], t[3] & 0xF0],
        [t[4], t[5], t[6], (t[3] & 0x0F) << 4],
    ))
}

/// Digit values of an ASCII digit string.
fn digit_values(text: &str, what: &str) -> PyResult<Vec<u8>> {
    text.bytes()
        .map(|b| {
            if b.is_ascii_digit() {
                Ok(b - b'0')
            } else {
                Err(PyValueError::new_err(format!(
                    "{what} holds a character other than 0-9"
                )))
            }
        })
        .collect()
}

fn text_of(digits: &[u8]) -> String {
    digits.iter().map(|d| (b'0' + d) as char).collect()
}

/// `NUM_10(REV(X))`: the first digit the least significant.
fn num_rev(digits: &[u8]) -> u128 {
    digits
        .iter()
        .rev()
        .fold(0u128, |n, &d| n * 10 + u128::from(d))
}

/// `REV(STR^m_10(c))`: `m` digits, the least significant first.
fn str_rev(mut c: u128, out: &mut [u8]) {
    for d in out.iter_mut() {
        *d = (c % 10) as u8;
        c /= 10;
    }
}

/// The number `digits` spell, the first digit the most significant.
fn num(digits: &[u8]) -> u128 {
    digits.iter().fold(0u128, |n, &d| n * 10 + u128::from(d))
}

/// `digits.len()` digits spelling `n`, zero-padded in front.
fn spell(mut n: u128, digits: &mut [u8]) {
    for d in digits.iter_mut().rev() {
        *d = (n % 10) as u8;
        n /= 10;
    }
}

impl Ff3 {
    /// One round's `y`: `NUM(REVB(AES(REVB(W xor [i]^4 || [NUM(REV(half))]^12))))`.
    fn round(&self, w: &[u8; 4], i: u8, half: &[u8]) -> u128 {
        let mut p = [0u8; 16];
        p[..4].copy_from_slice(w);
        p[3] ^= i;
        p[4..].copy_from_slice(&num_rev(half).to_be_bytes()[4..]);
        p.reverse();
        let mut block = Block::from(p);
        self.aes.encrypt(&mut block);
        let mut s: [u8; 16] = block.into();
        s.reverse();
        u128::from_be_bytes(s)
    }

    /// FF3-1 in place over digit values (0-9), encrypting or decrypting.
    fn run(&self, tweak: &([u8; 4], [u8; 4]), x: &mut [u8], decrypt: bool) -> PyResult<()> {
        let n = x.len();
        if !(MIN_LEN..=MAX_LEN).contains(&n) {
            return Err(PyValueError::new_err(format!(
                "FF3-1 over digits takes {MIN_LEN} to {MAX_LEN} of them, not {n}"
            )));
        }
        let u = n.div_ceil(2);
        let v = n - u;
        let (left, right) = tweak;
        let (mut a, mut b) = (x[..u].to_vec(), x[u..].to_vec());
        let rounds: Vec<u8> = if decrypt {
            (0..8).rev().collect()
        } else {
            (0..8).collect()
        };
        for i in rounds {
            let (m, w) = if i % 2 == 0 { (u, right) } else { (v, left) };
            let modulus = 10u128.pow(m as u32);
            let mut c = vec![0u8; m];
            if decrypt {
                let y = self.round(w, i, &a) % modulus;
                str_rev((num_rev(&b) + modulus - y) % modulus, &mut c);
                b = std::mem::replace(&mut a, c);
            } else {
                let y = self.round(w, i, &b) % modulus;
                str_rev((num_rev(&a) + y) % modulus, &mut c);
                a = std::mem::replace(&mut b, c);
            }
        }
        x[..u].copy_from_slice(&a);
        x[u..].copy_from_slice(&b);
        Ok(())
    }
}

/// Luhn's contribution of a digit at a doubled place.
const DOUBLED: [u32; 10] = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];
/// The digit whose doubled contribution is the index.
const UNDOUBLED: [u8; 10] = [0, 5, 1, 6, 2, 7, 3, 8, 4, 9];

/// Luhn's sum over `digits`, whose first digit is doubled or not.
fn luhn_part(digits: &[u8], doubled_first: bool) -> u32 {
    digits
        .iter()
        .enumerate()
        .map(|(n, &d)| {
            if (n % 2 == 0) == doubled_first {
                DOUBLED[usize::from(d)]
            } else {
                u32::from(d)
            }
        })
        .sum()
}

/// Luhn's sum over the kept ends around a middle of `middle_length` digits (a digit `k` places
/// from the right, the last being 1, is doubled when `k` is even).
fn ends_sum(head: &[u8], middle_length: usize, tail: &[u8]) -> u32 {
    let head_first = tail.len() + middle_length + head.len();
    luhn_part(head, head_first.is_multiple_of(2)) + luhn_part(tail, tail.len().is_multiple_of(2))
}

/// The last middle digit that makes the number pass Luhn, given the ends' sum and the stem.
fn fitting_digit(ends: u32, stem: &[u8], tail_length: usize) -> u8 {
    let place = tail_length + 1;
    let total = ends + luhn_part(stem, (place + stem.len()).is_multiple_of(2));
    let need = ((10 - total % 10) % 10) as u8;
    if place.is_multiple_of(2) {
        UNDOUBLED[usize::from(need)]
    } else {
        need
    }
}

/// The fewest and the most digits of a card number, as the detector's card recognizers read them.
const CARD_MIN_DIGITS: usize = 13;
const CARD_MAX_DIGITS: usize = 19;

/// `streams.transform.card_checked`: whether a token of `length` digits must fail Luhn at its
/// first `place` digits (the whole, and every prefix of 13 to 19).
fn card_checked(place: usize, length: usize) -> bool {
    place >= CARD_MIN_DIGITS && (place <= CARD_MAX_DIGITS || place == length)
}

/// Luhn's sums over a number's first digits, both ways at once, as one state `10 * e + o` (see
/// `streams.transform._STEP`): `e` with the digits at odd places doubled (the first place is 1),
/// `o` with those at even places. The state after a digit `d` at `place`.
fn step(state: usize, place: usize, d: usize) -> usize {
    let (e, o) = (state / 10, state % 10);
    let doubled = DOUBLED[d] as usize;
    if place % 2 == 1 {
        (e + doubled) % 10 * 10 + (o + d) % 10
    } else {
        (e + d) % 10 * 10 + (o + doubled) % 10
    }
}

/// Whether a prefix of `place` digits ending in `state` passes Luhn.
fn passes(state: usize, place: usize) -> bool {
    if place.is_multiple_of(2) {
        state < 10
    } else {
        state.is_multiple_of(10)
    }
}

/// `streams.transform._walk(0, head, 1, length)`: the state after the head, or None when a
/// checked prefix inside it passes.
fn head_state(head: &[u8], length: usize) -> Option<usize> {
    let mut state = 0;
    for (i, &d) in head.iter().enumerate() {
        let place = i + 1;
        state = step(state, place, usize::from(d));
        if card_checked(place, length) && passes(state, place) {
            return None;
        }
    }
    Some(state)
}

/// `streams.transform._safe_radices`: how many values each middle digit may take in a safe
/// middle (10; 9 where a checked prefix ends at it; for the last `10 - b`, `b` the checked
/// prefixes ending at it or in the tail).
fn safe_radices(head_length: usize, middle_length: usize, length: usize) -> Vec<u8> {
    let last = head_length + middle_length;
    let mut radices: Vec<u8> = (head_length + 1..last)
        .map(|place| if card_checked(place, length) { 9 } else { 10 })
        .collect();
    let ruled_out = (last..=length)
        .filter(|&place| card_checked(place, length))
        .count();
    radices.push(10 - ruled_out as u8);
    radices
}

/// `streams.transform._fails_on`: whether, from `state` after the middle's `last` place, no
/// checked prefix ending there or in the tail passes Luhn.
fn fails_on(mut state: usize, last: usize, tail: &[u8], length: usize) -> bool {
    if card_checked(last, length) && passes(state, last) {
        return false;
    }
    for (j, &d) in tail.iter().enumerate() {
        let place = last + 1 + j;
        state = step(state, place, usize::from(d));
        if card_checked(place, length) && passes(state, place) {
            return false;
        }
    }
    true
}

/// `streams.transform._safe_middle`: the safe middle of that rank, the rank written in the mixed
/// radices and each of its digits read as the place of the middle digit among those it may take.
fn safe_middle(
    mut rank: u128,
    head_length: usize,
    mut state: usize,
    tail: &[u8],
    radices: &[u8],
    out: &mut [u8],
) {
    let mut picks = vec![0u8; radices.len()];
    for (pick, &radix) in picks.iter_mut().zip(radices).rev() {
        *pick = (rank % u128::from(radix)) as u8;
        rank /= u128::from(radix);
    }
    let last = head_length + radices.len();
    let length = last + tail.len();
    for (i, (digit, mut pick)) in out.iter_mut().zip(picks).enumerate() {
        let place = head_length + i + 1;
        for d in 0..10 {
            let after = step(state, place, d);
            let ok = if place < last {
                !(card_checked(place, length) && passes(after, place))
            } else {
                fails_on(after, last, tail, length)
            };
            if ok {
                if pick == 0 {
                    *digit = d as u8;
                    state = after;
                    break;
                }
                pick -= 1;
            }
        }
    }
}

#[pymethods]
impl Ff3 {
    /// `key`: 16, 24 or 32 bytes.
    #[new]
    fn new(key: &[u8]) -> PyResult<Self> {
        let reversed: Vec<u8> = key.iter().rev().copied().collect();
        let bad = |_| PyValueError::new_err("an FF3-1 key is 128, 192 or 256 bits");
        let aes = match reversed.len() {
            16 => Aes::A128(Box::new(Aes128::new_from_slice(&reversed).map_err(bad)?)),
            24 => Aes::A192(Box::new(Aes192::new_from_slice(&reversed).map_err(bad)?)),
            32 => Aes::A256(Box::new(Aes256::new_from_slice(&reversed).map_err(bad)?)),
            _ => {
                return Err(PyValueError::new_err(
                    "an FF3-1 key is 128, 192 or 256 bits",
                ))
            }
        };
        Ok(Ff3 { aes })
    }

    fn __repr__(&self) -> &'static str {
        "Ff3(<secret>)"
    }

    /// FF3-1 encryption of 6 to 56 ASCII digits under a 56-bit (7-byte) tweak.
    fn encrypt(&self, tweak: &[u8], digits: &str) -> PyResult<String> {
        let mut x = digit_values(digits, "the plaintext")?;
        self.run(&halves(tweak)?, &mut x, false)?;
        Ok(text_of(&x))
    }

    /// FF3-1 decryption, the inverse of :meth:`encrypt`.
    fn decrypt(&self, tweak: &[u8], digits: &str) -> PyResult<String> {
        let mut x = digit_values(digits, "the ciphertext")?;
        self.run(&halves(tweak)?, &mut x, true)?;
        Ok(text_of(&x))
    }

    /// `streams.transform.luhn_breaking(head, middle, tail, permute)` with `permute` this key's
    /// FF3-1 encryption under `tweak`: the middle ranked among the Luhn-valid (or failing)
    /// middles, cycle-walked within the ranks of the safe middles (none of the number's prefixes
    /// of 13 to 19 digits, nor the whole, passes Luhn; a mixed-radix numeral), unranked into a
    /// safe middle (the proof is in the Python version's docstring). An empty string where a
    /// checked prefix inside the kept head passes (13 kept digits or more): no safe middle
    /// exists, and the caller masks the value. ASCII digits; a middle of 6 to `MAX_CARD_MIDDLE`.
    fn card_middle(&self, tweak: &[u8], head: &str, middle: &str, tail: &str) -> PyResult<String> {
        let halves = halves(tweak)?;
        let head = digit_values(head, "the head")?;
        let tail = digit_values(tail, "the tail")?;
        let middle = digit_values(middle, "the middle")?;
        let m = middle.len();
        if !(MIN_LEN..=MAX_CARD_MIDDLE).contains(&m) {
            return Err(PyValueError::new_err(format!(
                "a card middle of {MIN_LEN} to {MAX_CARD_MIDDLE} digits, not {m}"
            )));
        }
        let length = head.len() + m + tail.len();
        let Some(start) = head_state(&head, length) else {
            return Ok(String::new());
        };
        let radices = safe_radices(head.len(), m, length);
        let safe: u128 = radices.iter().map(|&r| u128::from(r)).product();
        let (stem, last) = (&middle[..m - 1], middle[m - 1]);
        let valid = fitting_digit(ends_sum(&head, m, &tail), stem, tail.len());
        let rank = if last == valid {
            num(stem)
        } else {
            (9 * num(stem) + u128::from(if last < valid { last } else { last - 1 })) % safe
        };
        let mut value = vec![0u8; m];
        spell(rank, &mut value);
        // the walk ends: it follows the cycle of a value of [0, safe), which comes back there
        let walked = loop {
            self.run(&halves, &mut value, false)?;
            let n = num(&value);
            if n < safe {
                break n;
            }
        };
        safe_middle(walked, head.len(), start, &tail, &radices, &mut value);
        Ok(text_of(&value))
    }
}
