"""Every pattern of the pack stays linear on long runs, and the native scanner never gives up.

A pattern whose cost grows with the square of a run (two runs of blanks around an optional
separator, each able to give characters to the other) lets anyone who writes a memo make the
detector slow, and the native scanner then hits fancy-regex's backtracking limit and raises, which
quarantines the record. Each pattern is timed by itself on texts of two lengths, ``n`` and ``8n``,
built from long runs of one kind of character (blanks, digits, letters, separators, full-width
characters) with and without context words before the runs; the time may grow about eightfold, and
is allowed well over that (a quadratic pattern grows 64-fold). Times are compared with each other,
never with a number of seconds, and each is the best of several passes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from streams.detect.engine import Detector
from streams.detect.names import NAME_PATTERNS
from streams.detect.patterns import ID_RECOGNIZERS
from streams.detect.scanner import NativeScanner

PATTERNS = [(r.name, r.pattern, r.group) for r in ID_RECOGNIZERS] + [(name, p, 1) for p, name in NAME_PATTERNS]
NATIVE = NativeScanner([(p, g) for _n, p, g in PATTERNS], [r.min_digits for r in ID_RECOGNIZERS])

# the repeated unit of each run
RUNS: dict[str, str] = {
    "spaces": " ",
    "tabs": "\t",
    "ideographic spaces": "\u3000",
    "no-break spaces": "\xa0",
    "digits": "7",
    "letters": "a",
    "capitals": "A",
    "capitalised words": "Ab ",
    "hyphens": "-",
    "dots": ".",
    "slashes": "/",
    "digit-hyphen": "1-",
    "digit-dot": "1.",
    "digit-slash": "1/",
    "digit-space": "1 ",
    "hex-colon": "a:",
    "full-width digits": "７",
    "full-width letters": "ａ",
    "full-width hyphens": "－",
    "chinese": "王",
    "mixed": "1a -./９\u3000",
    # a name and its mentions again (its initial and last word: _initial_and_last once searched the
    # text once a name and compared each mention with every name, cubic in the run)
    "names repeated": "Payee Amy Chan paid, ref A. Chan. ",
    # a Chinese name repeated, each mention a full name whose given name the text names again (_given_again
    # compared each mention of each name with every span found, cubic in the run), and a statement's
    # preposition after Chinese and blanks (_after_cjk once walked back over the blanks for every word)
    "chinese names repeated": "陳嘉怡 (",
    "chat names repeated": "陳嘉怡：好的\n",
    "statement runs after blanks": "轉賬   TO HO KIN WAH ",
    # lists and repeated mentions that the 3 December evening's classes read: a list of amounts with names
    # among its items (_listed checked each item against every name), Latin and Chinese given names in one
    # list, surnames parted by slashes and given names before a kinship title (a finding each, whose words
    # repeated_name_words counted once a finding), a Chinese name and its romanised form in brackets
    "amount list items": "宵夜 200，张伟 300，",
    "mixed given lists": "Karen、子聰、",
    "surname slashes": "Lam/Cheng/",
    "kinship titles": "Ling 姨 ",
    "romanised forms": "陈大文 (Chan Tai Man)，",
}
# words that open a pattern or give it context: a run right after each is where a pattern that
# backtracks over the run would pay for it
CONTEXTS = (
    "pin",
    "PIN:",
    "cvv2",
    "one-time password",
    "验证码",
    "密码",
    "password is",
    "pwd=",
    "客户",
    "客户：",
    "Mr.",
    "customer",
    "卡号",
    "身份证",
    "tel",
    "account",
    "x@",
    "a@b.",
    "1:",
    "%B4",
    ";4",
)
SMALL, LARGE = 2000, 16000
# linear is 8; a pattern quadratic in the run grows 64-fold. Generous, for a shared machine
RATIO = 24


def _run(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _texts(unit: str, n: int) -> list[str]:
    """The run alone, the run after each context word in turn (each word with its share of the
    length), and one long run after all the words."""
    share = n // len(CONTEXTS)
    return [
        _run(unit, n),
        "".join(word + _run(unit, share) for word in CONTEXTS) + " 1234",
        " ".join(CONTEXTS) + _run(unit, n) + "1234",
    ]


def _cost(work: Callable[[], object]) -> float:
    # the process's CPU time: the time it waits while others run on a shared machine is not counted
    start = time.process_time()
    work()
    return time.process_time() - start


def _growth(work: Callable[[int], object], passes: int = 3) -> float:
    """How many times longer ``work(LARGE)`` takes than ``work(SMALL)``, each the best of
    ``passes``, the two lengths taken in turn."""
    small = large = float("inf")
    for _ in range(passes):
        small = min(small, _cost(lambda: work(SMALL)))
        large = min(large, _cost(lambda: work(LARGE)))
    # a floor for the small time, so that a timer's grain cannot make a huge ratio of two tiny times
    return large / max(small, 5e-5)


def _assert_linear(work: Callable[[int], object], what: str) -> None:
    growth = _growth(work)
    if growth > RATIO:  # once more, with more passes: a busy machine, not the pattern
        growth = _growth(work, passes=7)
    assert growth <= RATIO, f"{what}: {growth:.0f} times longer on {LARGE // SMALL} times the text"


@pytest.mark.parametrize("kind", list(RUNS))
def test_every_pattern_is_linear_on_long_runs(kind: str) -> None:
    unit = RUNS[kind]
    texts = {n: _texts(unit, n) for n in (SMALL, LARGE)}
    for name, pattern, _group in PATTERNS:

        def scan(n: int, pattern: object = pattern) -> None:
            for text in texts[n]:
                for _m in pattern.finditer(text):  # type: ignore[attr-defined]
                    pass

        _assert_linear(scan, f"{name} on {kind}")


@pytest.mark.parametrize("scanner", ["native", "python"])
def test_the_detector_is_linear_on_long_runs(scanner: str) -> None:
    detector = Detector(scanner=scanner)
    texts = {n: [t for unit in RUNS.values() for t in _texts(unit, n)] for n in (SMALL, LARGE)}
    _assert_linear(lambda n: detector.analyze_batch(texts[n]), f"the {scanner} detector")


@pytest.mark.parametrize("kind", list(RUNS))
def test_the_native_scanner_does_not_give_up_on_long_runs(kind: str) -> None:
    unit = RUNS[kind]
    # a run after each context word alone: a pattern that backtracks over the run does all of its
    # backtracking at one place, where fancy-regex counts it against its limit (a million)
    texts = [word + _run(unit, LARGE) + tail for word in CONTEXTS for tail in ("", "x", "1234", "123456789", "王先生")]
    NATIVE.scan(texts)


@pytest.mark.parametrize("unit", [" ", "\t"])
def test_the_native_scanner_does_not_give_up_on_runs_past_its_backtracking_limit(unit: str) -> None:
    # over a million blanks after one word: even a linear pattern that gives them back one by one
    # would reach fancy-regex's limit
    run = unit * 1_100_000
    texts = [word + run + tail for word in ("pin", "密码", "password", "客户") for tail in ("x", "123456789", "王先生")]
    NATIVE.scan(texts)
