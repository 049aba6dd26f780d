"""Classes of romanised and English names in chats (issue #11, the tap and clan sets'): a speaker's
listed given name after a role's word at a turn's start (CS Yoyo:, Front desk Vivian:, 店主 Ada：); a
speaker's name with a bracketed remark before its colon (Ming (typed):, Eric (Skyline Limo):); a
romanised syllable or surname speaking in two turns or more of a chat (Mei: ... | Boss: ... | Mei:
...); a list of three items or more holding two listed given names or more (Paid so far: Leo, Mia,
Haoran, Yuxi): its given names; a romanised syllable or surname after a sign-off or a greeting (Love,
Xinyi; Hey Wei,); and English nouns a Cantonese chat mixes in are no given names (send 個 link 俾你).
Names and sentences made up."""

from __future__ import annotations

import pytest
from person_spans import at, spans, touched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("CS Kitty: 收到！請唔好喺 chat 度 send full card number", "Kitty"),
        ("Front desk Fiona: I have 4556 ending 6194, expiry 01/28", "Fiona"),
        ("Shop Gloria: ok 明白，已經 update 咗", "Gloria"),
        ("客：你好 | 店主 Ada：收到，唔該晒！", "Ada"),
        ("Guest: hello | Driver Kevin: on my way", "Kevin"),
        ("Hotel: thanks for calling | Jason (typed): the card ends 0042", "Jason"),
        ("Linda (Skyline Travel): ok charged", "Linda"),
    ],
)
def test_when_a_speakers_given_name_has_a_role_before_or_a_remark_after_then_it_is_found(text: str, name: str) -> None:
    assert at(text, name) in spans(text), (text, spans(text))


def test_when_a_romanised_syllable_speaks_in_two_turns_of_a_chat_then_each_is_found() -> None:
    text = "Mei: boss the lady wants to pay by card | Boss: ok | Mei: she said 6228 4800 | Boss: fine"
    assert at(text, "Mei", 0) in spans(text) and at(text, "Mei", 1) in spans(text)
    text = "Wong: ok | Boss: sure | Wong: done"
    assert at(text, "Wong", 0) in spans(text) and at(text, "Wong", 1) in spans(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # labels and roles that speak in turns, and a syllable speaking once
        ("Note: pay later | Note: call back | Boss: ok", "Note"),
        ("Re: refund | Fwd: refund | Re: ok", "Re"),
        ("Ops: card declined | Boss: retry | Ops: done", "Ops"),
        ("Mei: ok | Boss: fine", "Mei"),
        # a role's word before a thing's name, not a person's
        ("Shop Visa: declined", "Visa"),
        # English nouns a Cantonese chat mixes in
        ("我哋可以傳付款 link 俾你 🙏", "link"),
        ("我 send 個新 booking 俾你", "booking"),
        ("token 我已經改咗", "token"),
        ("我爸把 online banking 的密码写在本子上", "banking"),
        ("payme 俾你", "payme"),
    ],
)
def test_when_a_turns_word_is_no_persons_then_it_is_not_found(text: str, word: str) -> None:
    assert touched(text, word) == [], (text, touched(text, word))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Trip fee ¥150 per child. Paid so far: Noah, Chloe, Zihan, Ruoxi. Send to me",
            ["Noah", "Chloe", "Zihan", "Ruoxi"],
        ),
        ("未交名单：Oscar、阿杰、Winnie、陈小梅", ["Oscar", "Winnie"]),
        ("红包已发: Emma, Lucas, Jiayi", ["Emma", "Lucas", "Jiayi"]),
    ],
)
def test_when_given_names_are_listed_then_each_is_found(text: str, names: list[str]) -> None:
    for name in names:
        assert at(text, name) in spans(text), (name, text, spans(text))


@pytest.mark.parametrize(
    "text",
    [
        # cards' networks, days, things and labels listed; one given name among things
        "we accept Visa, Mastercard, Amex, UnionPay",
        "open Monday, Tuesday, Friday",
        "Sales, Finance, Grace, Hope",
        "Cash, Octopus, Alipay, Kevin",
    ],
)
def test_when_a_list_holds_fewer_than_two_given_names_then_none_of_its_words_is_found(text: str) -> None:
    assert [w for w in ("Visa", "Monday", "Grace", "Cash", "Octopus", "Hope") if w in text and touched(text, w)] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("thank you for the red packet. Love, Zihan", "Zihan"),
        ("see you at the banquet. Regards, Junjie", "Junjie"),
        ("Best, Ruoxi", "Ruoxi"),
        ("Hey Lei, I paid the ayi this week", "Lei"),
        ("Hi Wong, the card went through", "Wong"),
    ],
)
def test_when_a_romanised_syllable_signs_off_or_is_greeted_then_it_is_found(text: str, name: str) -> None:
    assert at(text, name) in spans(text), (text, spans(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a team, a department, a kinship word, a month, a common word
        ("Thanks, Team.", "Team"),
        ("Regards, Finance", "Finance"),
        ("Hello Mum, I sent it", "Mum"),
        ("Best, May", "May"),
        ("Hi All, please pay by Friday", "All"),
    ],
)
def test_when_a_sign_off_or_a_greeting_names_no_one_then_nothing_is_found(text: str, word: str) -> None:
    assert touched(text, word) == [], (text, touched(text, word))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an English given name joined to another person (和, 同, 跟, 与), waited for (等) or asked (问下)
        ("Amy和陈静已经transfer了", "Amy"),
        ("Kevin同我去交按金", "Kevin"),
        ("等 Daniel 早更處理", "Daniel"),
        ("帮我问下Ivy还有没有货", "Ivy"),
    ],
)
def test_when_an_english_given_name_is_joined_or_waited_for_in_chinese_then_it_is_found(text: str, name: str) -> None:
    assert at(text, name) in spans(text), (text, spans(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("用 Apple 和 Google Pay 付款", "Apple"),
        ("下 Visa 卡单", "Visa"),
        ("等 Monday 再讲", "Monday"),
    ],
)
def test_when_a_things_name_is_joined_in_chinese_then_it_is_not_found(text: str, word: str) -> None:
    assert touched(text, word) == [], (text, touched(text, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a shop's or a firm's name: its trade after it, before a chat's colon too, or a restaurant's
        # words after a given name that is also a noun
        ("[10:05] Lam Kee Fruit: ok send card no. i key it in", "Lam Kee"),
        ("Wong Kee Seafood: 收到，聽日送貨", "Wong Kee"),
        ("Eric (Skyline Limo): thanks, charged", "Skyline"),
        ("BANQUET DEPOSIT FORM - Jade Garden Restaurant | Host: Mr Lau", "Jade"),
    ],
)
def test_when_a_shops_name_holds_a_name_then_it_is_not_found(text: str, word: str) -> None:
    assert touched(text, word) == [], (text, touched(text, word))


def test_when_a_name_comes_before_a_forms_label_then_it_is_still_found() -> None:
    text = "KIM Min-jun Mobile: 9123 4567"
    assert touched(text, "KIM Min-jun") == ["KIM Min-jun"]


def test_when_a_given_name_that_is_a_month_or_a_brand_speaks_twice_then_it_is_found() -> None:
    text = "[Group: 灣仔舖 staff] May: 今日部機壞咗 | Ken Sir: 試下重開 | May: ok 得咗！"
    assert at(text, "May", 0) in spans(text) and at(text, "May", 1) in spans(text)
    text = "代购 Coco: 亲，这张卡帮我刷一下"
    assert at(text, "Coco") in spans(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Visa: 4111 | Boss: ok | Visa: 5500", "Visa"),
        ("March: 300 | April: 200 | March: 100", "March"),
        ("Coco: 3 cups | Boss: ok", "Coco"),
    ],
)
def test_when_a_month_or_a_brand_heads_rows_then_it_is_not_found(text: str, word: str) -> None:
    assert touched(text, word) == [], (text, touched(text, word))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("议决：货款由Joyce安排本週內匯出", "Joyce"),
        ("新同事坐在Michelle旁边，大家多关照", "Michelle"),
        ("Escalated to the compliance head Shirley; commission on hold.", "Shirley"),
    ],
)
def test_when_a_given_name_is_cued_by_whom_or_beside_whom_or_a_head_then_it_is_found(text: str, name: str) -> None:
    assert at(text, name) in spans(text), (text, spans(text))


@pytest.mark.parametrize(("text", "word"), [("由Visa处理", "Visa"), ("head Office: 3/F", "Office")])
def test_when_a_things_name_follows_such_a_cue_then_it_is_not_found(text: str, word: str) -> None:
    assert touched(text, word) == [], (text, touched(text, word))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Minutes, 3 July. Present: Nora (chair), Bo Wen, Ka-ho, Rachel Lam. Pool approved",
            ["Nora", "Bo Wen", "Ka-ho"],
        ),
        ("会议纪要 参会：冯总、李工、何静、Oscar、小曹 1. 回款", ["Oscar"]),
        ("會議記錄：出席 劉總、肥仔明、Joyce。議決如下", ["Joyce"]),
    ],
)
def test_when_names_follow_a_rolls_label_then_each_is_found(text: str, names: list[str]) -> None:
    for name in names:
        assert at(text, name) in spans(text), (name, text, spans(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [("Present: Finance, Legal, IT. Absent: none", "Finance"), ("Attendees: Monday, Tuesday", "Monday")],
)
def test_when_a_roll_lists_departments_or_days_then_none_is_found(text: str, word: str) -> None:
    assert touched(text, word) == [], (text, touched(text, word))


def test_when_a_names_label_names_a_surname_that_is_a_places_word_then_the_name_is_found() -> None:
    text = "Paid with Amex. Customer name Grace Park, phone on file."
    assert touched(text, "Grace Park") == ["Grace Park"], spans(text)


@pytest.mark.parametrize(
    ("text", "word"), [("we met at Victoria Park on Sunday", "Victoria"), ("Name: Lee Kum Kee Trading", "Lee")]
)
def test_when_a_place_or_a_firm_is_named_then_it_is_still_no_person(text: str, word: str) -> None:
    assert touched(text, word) == [], (text, touched(text, word))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ben, I'm sharing the company card for the order", "Ben"),
        ("Customer: hi | Kevin, can you check the refund", "Kevin"),
    ],
)
def test_when_a_given_name_is_addressed_at_a_texts_or_a_turns_start_then_it_is_found(text: str, name: str) -> None:
    assert at(text, name) in spans(text), (text, spans(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Visa, you can also use Mastercard", "Visa"),
        ("Grace, please note the period", "Grace"),
        ("Monday, I will pay", "Monday"),
    ],
)
def test_when_a_thing_opens_a_text_before_a_comma_then_it_is_not_found(text: str, word: str) -> None:
    assert touched(text, word) == [], (text, touched(text, word))
