"""Verify's walk over nested values (the metadata envelope of every record): the strings it
collects without paths are those :func:`_strings_in` names, in the same order, and the path it
makes for the one something was found in is the one :func:`_strings_in` gives."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from keyrings import KEYRING

from agents.schema_files import event_schemas
from agents.settings import Settings
from streams.detect.engine import Detector
from streams.native import extension
from streams.sanitize import Sanitizer, _collect_strings, _path_of, _strings_in
from streams.synthetic import EVENT_KINDS, Synth

NAMES = frozenset({"origin", "city", "recipients", "ref"})
_keys = st.one_of(st.sampled_from(sorted(NAMES)), st.text(max_size=4), st.integers(0, 3))
_scalars = st.one_of(st.text(max_size=6), st.none(), st.integers(), st.booleans(), st.binary(max_size=2))
nested: st.SearchStrategy[Any] = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=3).map(tuple),
        st.dictionaries(_keys, inner, max_size=4),
    ),
    max_leaves=30,
)


@given(nested)
def test_collected_strings_are_those_with_paths_in_their_order(value: Any) -> None:
    with_paths: list[tuple[str, str]] = []
    _strings_in(value, "f", NAMES, with_paths)
    collected: list[str] = []
    _collect_strings(value, NAMES, collected)
    assert collected == [s for _, s in with_paths]


@given(st.lists(st.one_of(st.text(min_size=1, max_size=3), nested), min_size=1, max_size=4))
def test_the_path_of_each_collected_string_is_the_one_strings_in_gives(fields: list[Any]) -> None:
    # as verify lays them out: a top-level string alone, a nested value's strings after it
    values: list[str] = []
    owners: list[tuple[int, str, Any]] = []
    expected: list[str] = []
    for n, value in enumerate(fields):
        name = f"f{n}"
        if isinstance(value, (dict, list, tuple)):
            owners.append((len(values), name, value))
            _collect_strings(value, NAMES, values)
            paths: list[tuple[str, str]] = []
            _strings_in(value, name, NAMES, paths)
            expected.extend(p for p, _ in paths)
        elif isinstance(value, str) and value:
            owners.append((len(values), name, None))
            values.append(value)
            expected.append(name)
    assert [_path_of(owners, i, v, NAMES) for i, v in enumerate(values)] == expected


class _Dict(dict[Any, Any]):
    """A dict subclass iterated in reverse: walked as Python iterates it."""

    def __iter__(self) -> Any:
        return iter(list(super().keys())[::-1])

    def values(self) -> Any:
        return [self[k] for k in self]


class _Str(str):
    pass


@given(nested)
def test_the_extensions_walk_equals_collect_strings(value: Any) -> None:
    if extension is None or not hasattr(extension, "collect_strings"):
        return
    ours: list[str] = []
    extension.collect_strings(value, NAMES, ours)
    reference: list[str] = []
    _collect_strings(value, NAMES, reference)
    assert ours == reference
    odd = [_Dict({"a": "x", "city": ["y", _Str("z"), _Str("")], 2: "w"}), (_Str("k"),), value]
    ours, reference = [], []
    extension.collect_strings(odd, NAMES, ours)
    _collect_strings(odd, NAMES, reference)
    assert ours == reference


def test_the_extensions_walk_refuses_what_is_nested_too_deep() -> None:
    if extension is None or not hasattr(extension, "collect_strings"):
        return
    deep: list[Any] = ["x"]
    for _ in range(600):
        deep = [deep]
    with pytest.raises(RecursionError):
        extension.collect_strings(deep, NAMES, [])


# -- classify's checks of tagged fields, reused by verify ------------------------------------------


@pytest.mark.parametrize("kind", sorted(EVENT_KINDS))
@pytest.mark.parametrize("seed", range(6))
def test_verify_judges_a_tagged_field_by_classifys_check_exactly_as_by_its_own(kind: str, seed: int) -> None:
    sanitizer = _sanitizer(EVENT_KINDS[kind])
    synth = Synth(seed=seed)
    for n in range(40):
        record = getattr(synth, {"payment": "card_payment"}.get(kind, kind))()
        if n % 3 == 0:  # a value that fails its check, or another type's, in a tagged field
            tagged = [info.name for info, _ in sanitizer._whole_fields]
            record[tagged[n % len(tagged)]] = ["A1234567", "13800138000", "王伟", "91440300MA5FXXXX1X"][n % 4]
        findings, _ = sanitizer.classify(record)
        scanned = sanitizer.scanned_texts(record, findings)
        for allowed in (frozenset(), frozenset({"CN_USCC", "PERSON"})):
            # forward: every field crosses as it came
            with_checks = sanitizer.verify(dict(record), allowed, (), scanned)
            without = sanitizer.verify(dict(record), allowed, (), {k: v for k, v in scanned.items()})
            assert with_checks == without
            out, applied = sanitizer.transform(record, findings)
            assert sanitizer.verify(out, allowed, applied, scanned) == sanitizer.verify(out, allowed, applied, None)


def _sanitizer(topic: str) -> Sanitizer:
    schemas = event_schemas(Settings().schemas_dir)
    return Sanitizer(schemas[topic], Detector(names_anywhere=False), KEYRING)
