"""Classes of names in Latin letters (issue #11, the twelfth round), from the branch development
set's English and mixed misses: one table per class, names that must be found and near misses of the
same shape that must give no PERSON finding, through the whole detector and through the names
scanner alone. Each class says why a privacy engineer decides it so. The names and sentences are made
up for these tests."""

from __future__ import annotations

import pytest
from person_spans import found_by_both as _found
from person_spans import left_by_both as _left


# class 1: a given name with the desk a colleague sits in or comes from. Whoever is "in HR" or "from
# finance" is a named member of staff, whatever the sentence does next: a listed given name before in
# or from and a department's word (Rosalind in HR to top up, loop in Winifred from finance). Months,
# things, towns, shops, roles and common words in the same place (May in HR, Sales from HR, Stanley
# in Payroll, Apple from IT) are nobody.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Bonus shortfall for June; Rosalind in HR to fix it.", "Rosalind"),
        ("Sure, I will loop in Winifred from finance tomorrow.", "Winifred"),
        ("Password reset done by Bartholomew from IT this morning.", "Bartholomew"),
        ('Phishing mail signed "Priscilla" from HR asked for logins.', "Priscilla"),
        ("Query on the levy: check with Gideon in Compliance first.", "Gideon"),
        ("Late fee waived after Ingrid from accounts agreed.", "Ingrid"),
        ("Cheque book request passed on; Lorenzo in Operations has it.", "Lorenzo"),
        ("Copy to Rosemary in Treasury for the FX leg.", "Rosemary"),
    ],
)
def test_when_a_given_name_stands_before_in_or_from_a_department_then_it_is_found(text: str, word: str) -> None:
    _found(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("May in HR is always busy with appraisals.", "May"),
        ("Email from HR about the new leave policy.", "Email"),
        ("Sales from IT hardware dropped this quarter.", "Sales"),
        ("Apple from IT is the standard laptop now.", "Apple"),
        ("Monday in Finance starts with the cash count.", "Monday"),
        ("Grace period in Compliance rules is thirty days.", "Grace"),
        ("Memo from Legal attached, please read.", "Memo"),
        ("Head from Operations joins the call at three.", "Head"),
    ],
)
def test_when_a_word_or_month_stands_before_in_or_from_a_department_then_it_is_left(text: str, word: str) -> None:
    _left(text, word)


# class 2: a kinship title before a given name. A relative named by a kinship word (Uncle Wah, Aunty
# Lan, granddaughter Zoe) is a person of the payment: a capitalised kinship title before a short word
# on no list, the title written Aunty as well as Auntie, and a grandchild, godchild or step-child
# before a listed given name. A brand's or a shop's words after the same title (Uncle Bens rice, Uncle
# Wah Kee Noodles, Auntie Wah Kitchen) and months, things and common words after a kinship word are nobody.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Lai see from Uncle Wah and Auntie Yee, HKD 1,000 in total.", "Wah"),
        ("Uncle Wah paid the deposit on Friday.", "Wah"),
        ("Aunty Lan says the rent is late again.", "Lan"),
        ("Remittance for Grandma Wah in Foshan, RMB 2,000.", "Wah"),
        ("Beneficiary update: adds granddaughter Zoe to the policy.", "Zoe"),
        ("School fees for grandson Oliver, second term.", "Oliver"),
        ("Cheque from Aunty Bik, deposited today.", "Bik"),
        ("Policy split with stepdaughter Imogen at 40%.", "Imogen"),
    ],
)
def test_when_a_kinship_title_stands_before_a_name_then_it_is_found(text: str, word: str) -> None:
    _found(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Uncle Bens rice on offer at the supermarket.", "Bens"),
        ("Dinner at Uncle Wah Kee Noodles, HKD 240.", "Wah"),
        ("Lunch at Auntie Wah Kitchen in Sai Kung, HKD 180.", "Wah"),
        ("Card spend at Grandma Cafe Causeway Bay.", "Cafe"),
        ("The grandson policy renews in March.", "March"),
        ("Uncle Sells Ltd refund received.", "Sells"),
    ],
)
def test_when_a_shop_or_word_stands_after_a_kinship_title_then_it_is_left(text: str, word: str) -> None:
    _left(text, word)


# class 3: a given name before an English verb of work in Chinese text. Whoever is to follow, update,
# check or swap a shift in a Cantonese note is a member of staff: a listed given name after a Chinese
# character or a stop, before follow, update, check, handle, swap or confirm and then a Chinese
# character, a stop or the end (，Evangeline follow。 等 Desmond update). Months, things, payment
# brands and common words in the same place (五月 May check 下, Grace period, Apple Pay) are nobody.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("加班費未批，Rosalind follow。", "Rosalind"),
        ("佢話戶口改咗，等 Desmond update", "Desmond"),
        ("Sun PM Winifred swap 咗同 阿玲", "Winifred"),
        ("張單有問題，Gideon check 下先", "Gideon"),
        ("客戶投訴：Priscilla handle，聽日覆", "Priscilla"),
        ("月結報表 Lorenzo confirm 咗未？", "Lorenzo"),
        ("新同事開戶 Bartholomew follow up。", "Bartholomew"),
    ],
)
def test_when_a_given_name_stands_before_an_english_task_verb_in_chinese_text_then_it_is_found(
    text: str, word: str
) -> None:
    _found(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("五月 May check 下 結單", "May"),
        ("呢個 Summer update 咗 新 app", "Summer"),
        ("用 Apple Pay 付款，Apple check 咗", "Apple"),
        ("Grace period check 下 幾多日", "Grace"),
        ("今個月 Sales follow 唔切", "Sales"),
        ("系統 Monday update，請留意", "Monday"),
    ],
)
def test_when_a_word_or_month_stands_before_an_english_task_verb_in_chinese_text_then_it_is_left(
    text: str, word: str
) -> None:
    _left(text, word)
