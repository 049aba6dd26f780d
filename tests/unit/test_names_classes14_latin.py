"""Classes of names in Latin letters (issue #11, the fourteenth round), from the relay development
set's English and mixed misses: a given name that is also a thing or a month after a capitalised
kinship title (send Auntie Pearl the receipt, 搵Auntie May 傾下), where only the clause's end, a
Chinese character or a word of the sentence's frame follows it. One table of names that must be found
and one of near misses of the same shape that must give no PERSON finding, through the whole detector
and through the names scanner alone. The names and sentences are made up for these tests."""

from __future__ import annotations

import pytest
from person_spans import found_by_both as _found
from person_spans import left_by_both as _left


# class 1: a capitalised kinship title (Auntie, Aunty, Uncle, Grandma, Grandpa) before a given name that
# is also a common word or a month (Pearl, May, June, Sunny) names a person where the clause ends, a
# Chinese character follows or a word of the sentence's frame (the, to, said, about); a noun after the
# word names a thing (Uncle Bens rice, Auntie Jade plant, Grandma Apple pie).
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("could you pass Auntie Pearl the invoice?", "Pearl"),
        ("聽日約Auntie May 飲茶", "May"),
        ("Uncle Sunny said the cheque bounced", "Sunny"),
        ("Please thank Aunty June for the red packet.", "June"),
        ("Grandpa Frank paid the school fees", "Frank"),
        ("俾返張收據Auntie Pearl，佢要報銷", "Pearl"),
    ],
)
def test_when_a_kinship_title_comes_before_a_thing_named_given_name_then_it_is_found(text: str, word: str) -> None:
    _found(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("bought two bags of Uncle Bens rice", "Bens"),
        ("the Auntie Jade plant died", "Jade"),
        ("we had Grandma Apple pie after dinner", "Apple"),
        ("Uncle Pearl Harbor tour booked", "Pearl"),
        ("Grandma Sunny side up eggs", "Sunny"),
        ('paid at "Auntie May" Mong Kok', "May"),
    ],
)
def test_when_a_kinship_title_comes_before_a_brand_or_thing_then_nothing_is_found(text: str, word: str) -> None:
    _left(text, word)
