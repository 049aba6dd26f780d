"""Texts that tempt the recognizers: identifiers, context words and separators, glued in any order.

Shared by the tests that hold two ways of scanning equal (fields joined or alone, gated or not,
native or ``re``): identifiers at a text's start, keywords and half a track at the end, digits and
spaces outside ASCII, a lone surrogate.
"""

from __future__ import annotations

from hypothesis import strategies as st

from streams.synthetic import Synth

SYNTH = Synth(seed=77)
IDENTIFIERS = [
    *(SYNTH.ric() for _ in range(3)),
    *(SYNTH.hkid() for _ in range(2)),
    SYNTH.hkid(bracketed=False),
    SYNTH.mo_id(),
    SYNTH.home_return_permit(),
    SYNTH.exit_entry_permit(),
    SYNTH.passport(),
    SYNTH.uscc(),
    *(SYNTH.card()[1] for _ in range(2)),
    SYNTH.written_card(SYNTH.card()[1]),
    SYNTH.cn_mobile(),
    SYNTH.hk_phone(),
    SYNTH.email(),
    SYNTH.ip(),
    SYNTH.hk_bank_account(),
    SYNTH.cn_bank_account(),
    SYNTH.bad_ric(),
    "6222 0212",
    "3456 7890 128",
    # white space inside a match: before a bracketed check digit, after a bracketed area code
    SYNTH.hkid().replace("(", " ("),
    SYNTH.mo_id().replace("(", " ("),
    "(852) " + SYNTH.hk_phone()[-9:],
    "(+852) " + SYNTH.hk_phone()[-9:],
    "+86 " + SYNTH.cn_mobile(),
]
WORDS = [
    "card ",
    "卡号",
    "电话",
    "tel ",
    "身份证",
    "HKID ",
    "passport ",
    "permit ",
    "account ",
    "账号",
    "密码:",
    "password ",
    "CVV ",
    "验证码",
    # letters that IGNORECASE pairs with ASCII but lower() does not make ASCII: İ, dotless ı, ſ
    "P\u0130N ",
    "p\u0131n ",
    "\u017fecurity code ",
    "%B4111111111111111^AB",
    "CD^2512101",
    ";4111111111111111=",
    "Mr ",
    "customer ",
    "Chan Tai Man",
    "Wong",
    "客户",
    "王伟",
    "先生",
    "@example.com",
    "user",
    "+852 ",
    "(",
    ")",
    " (",
    ") ",
    "-",
    " ",
    "\n",
    "\t",
    "\x00",
    "^",
    ":",
    ".",
    "1",
    "9",
    "A",
    "x",
    # digits and spaces outside ASCII, a lone surrogate
    "\u3000",
    "１３８００１３８０００",
    "٣",
    "\ud800",
]
FIELD = st.lists(st.sampled_from(IDENTIFIERS + WORDS), max_size=6).map("".join)
