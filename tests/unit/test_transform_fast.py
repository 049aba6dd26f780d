"""Fast paths of the transforms against the forms they replace."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from streams.transform import mask_value

_ALNUM = re.compile(r"[^\W_]")


def _reference_mask(value: str, keep_prefix: int, keep_suffix: int) -> str:
    n = len(value)
    if keep_prefix or keep_suffix:
        if len(_ALNUM.findall(value, keep_prefix, max(keep_prefix, n - keep_suffix))) < 4:
            return _ALNUM.sub("*", value)
        return value[:keep_prefix] + _ALNUM.sub("*", value[keep_prefix : n - keep_suffix]) + value[n - keep_suffix :]
    return _ALNUM.sub("*", value)


@given(
    st.one_of(st.text(st.characters(max_codepoint=127)), st.text()),
    st.integers(0, 6),
    st.integers(0, 6),
)
def test_an_ascii_mask_is_the_substitution_it_replaces(value: str, keep_prefix: int, keep_suffix: int) -> None:
    assert mask_value(value, keep_prefix, keep_suffix) == _reference_mask(value, keep_prefix, keep_suffix)
