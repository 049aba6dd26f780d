"""Synthetic, deterministic payment, remittance and KYC events with embedded Greater China PII.

Every identifier is made up by a seeded generator: mainland resident IDs and HKIDs carry correct
check digits, card numbers pass Luhn, phone numbers fall in allocated ranges. No real person's data.
Free-text memos embed identifiers in English, Chinese and mixed text, and each memo comes with the
ground truth of what it embeds (for recall and precision measurement).
"""

from __future__ import annotations

import datetime as dt
import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import phonenumbers
from stdnum import luhn
from stdnum.cn import ric as stdnum_ric

from streams.detect.validators import USCC_ALPHABET, hkid_check_char, uscc_check_char

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
EPOCH_DAY = dt.date(1970, 1, 1)

SURNAMES_SC = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁郑谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程"
    "魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹熊白孟秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN_SC = [
    "伟",
    "芳",
    "娜",
    "秀英",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀兰",
    "霞",
    "平",
    "刚",
    "桂英",
    "建华",
    "晓东",
    "海燕",
    "志强",
    "雪梅",
    "俊杰",
    "子涵",
    "欣怡",
    "梓轩",
    "浩然",
    "雨桐",
    "嘉怡",
    "思远",
    "文博",
    "佳琪",
    "宇航",
    "玉兰",
]
SURNAMES_TC = "陳黃張劉楊趙吳周林梁鄭謝羅何郭葉蘇盧馮蔡鄧曾彭蕭許麥區譚鍾文莫"
GIVEN_TC = [
    "偉",
    "嘉欣",
    "志明",
    "詠詩",
    "家豪",
    "美玲",
    "俊傑",
    "淑芬",
    "國強",
    "志偉",
    "麗華",
    "建國",
    "嘉慧",
    "曉彤",
    "子聰",
    "卓謙",
    "穎欣",
    "浩賢",
    "凱琳",
    "偉倫",
    "寶儀",
    "日朗",
]
FIRST_EN = [
    "Wing",
    "Ka Ming",
    "Chi Wai",
    "Mei Ling",
    "Peter",
    "Mary",
    "John",
    "Grace",
    "Kelvin",
    "Winnie",
    "Ivy",
    "Jason",
    "Karen",
    "Alan",
    "Cheryl",
    "Eric",
    "Fiona",
    "Raymond",
    "Tiffany",
    "Vincent",
    "Joyce",
    "Derek",
]
SURNAMES_EN = [
    "Chan",
    "Wong",
    "Lee",
    "Cheung",
    "Lau",
    "Ng",
    "Leung",
    "Ho",
    "Tsang",
    "Lam",
    "Yeung",
    "Chow",
    "Tang",
    "Smith",
    "Taylor",
    "Brown",
    "Li",
    "Zhang",
    "Wang",
    "Liu",
]
# county-level GB/T 2260 codes (Shenzhen districts, Guangzhou, Beijing, Shanghai, Lanzhou 62xxxx, Chengdu)
AREA_CODES = [
    "440303",
    "440304",
    "440305",
    "440306",
    "440307",
    "440106",
    "110105",
    "310115",
    "620102",
    "510107",
    "330106",
    "420106",
    "350203",
]
HK_BANKS = ["003", "004", "012", "015", "016", "024", "039", "043", "072"]
CN_MOBILE_PREFIXES = ["130", "135", "138", "139", "150", "158", "166", "177", "186", "188", "199"]
HK_MOBILE_FIRST = [
    "51",
    "52",
    "53",
    "54",
    "55",
    "56",
    "59",
    "61",
    "62",
    "63",
    "64",
    "65",
    "66",
    "67",
    "68",
    "69",
    "90",
    "91",
    "92",
    "93",
    "94",
    "95",
    "96",
    "97",
    "98",
]
MERCHANTS = [
    ("海岸城百货", "RETAIL"),
    ("Coastal Electronics Ltd", "ELECTRONICS"),
    ("前海咖啡", "F&B"),
    ("深圳湾酒店", "HOTEL"),
    ("Harbour Pharmacy", "PHARMACY"),
    ("福田书店", "BOOKS"),
    ("GBA Travel", "TRAVEL"),
]
EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.cn", "example.hk"]
ORGCODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


@dataclass(frozen=True)
class Embedded:
    """One identifier embedded in generated text: what and where (code-point offsets)."""

    entity_type: str
    start: int
    end: int


@dataclass
class Text:
    """Generated free text and the ground truth of what it embeds."""

    text: str
    truth: list[Embedded] = field(default_factory=list)


def orgcode_check_char(body8: str) -> str:
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, ORGCODE_WEIGHTS, strict=True))
    r = 11 - total % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


class Synth:
    """A seeded source of synthetic identifiers, texts and events."""

    def __init__(self, seed: int = 0, now: dt.datetime | None = None) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
        self.now = now or dt.datetime(2026, 11, 1, 9, 0, tzinfo=SHANGHAI)
        self._counter = 0

    # -- identifiers ---------------------------------------------------------------------------

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def birth_date(self, minor: bool = False) -> dt.date:
        if minor:
            start, end = dt.date(2013, 1, 1), dt.date(2020, 12, 31)
        else:
            start, end = dt.date(1950, 1, 1), dt.date(2004, 12, 31)
        return start + dt.timedelta(days=self.rng.randrange((end - start).days))

    def ric(self, born: dt.date | None = None, area: str | None = None) -> str:
        """A mainland resident ID (18 chars) with a correct MOD 11-2 check character."""
        born = born or self.birth_date()
        body = (area or self.rng.choice(AREA_CODES)) + born.strftime("%Y%m%d") + self.digits(3)
        return body + str(stdnum_ric.calc_check_digit(body + "0"))  # stdnum wants a placeholder check

    def residence_permit(self, region: str = "HK") -> str:
        prefix = {"HK": "810000", "MO": "820000", "TW": "830000"}[region]
        return self.ric(area=prefix)

    def hkid(self, bracketed: bool = True) -> str:
        letters = self.rng.choice(["A", "C", "D", "E", "G", "K", "P", "R", "V", "Y", "Z", "XA", "WX"])
        digits6 = self.digits(6)
        check = hkid_check_char(letters, digits6)
        return f"{letters}{digits6}({check})" if bracketed else f"{letters}{digits6}{check}"

    def mo_id(self) -> str:
        return f"{self.rng.choice('157')}{self.digits(6)}({self.rng.randrange(10)})"

    def home_return_permit(self) -> str:
        return self.rng.choice("HM") + self.digits(8) + self.rng.choice(["", "00", "01", "02"])

    def exit_entry_permit(self) -> str:
        if self.rng.random() < 0.5:
            return "C" + self.digits(8)
        return "C" + self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7)

    def passport(self) -> str:
        kind = self.rng.randrange(3)
        if kind == 0:
            return "E" + self.digits(8)
        if kind == 1:
            return "E" + self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7)
        return "G" + self.digits(8)

    def uscc(self, individual_business: bool = False) -> str:
        org_body = "".join(self.rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
        head = "92" if individual_business else "91"
        body17 = head + self.rng.choice(AREA_CODES[:6]) + org_body + orgcode_check_char(org_body)
        if any(c not in USCC_ALPHABET for c in body17):  # orgcode 'X' is fine; 'I'/'O' never occur
            return self.uscc(individual_business)
        return body17 + uscc_check_char(body17)

    def card(self, network: str | None = None) -> tuple[str, str]:
        """(network, digits) with a valid Luhn check digit; UnionPay 16 or 19 digits."""
        network = network or self.rng.choice(["UNIONPAY", "UNIONPAY", "VISA", "MASTERCARD"])
        if network == "UNIONPAY":
            length = self.rng.choice([16, 19, 19])
            body = "62" + self.rng.choice(["2202", "2848", "1700", "1483", "2588", "1226"]) + self.digits(length - 7)
        elif network == "VISA":
            body = "4" + self.digits(14)
        else:
            body = str(self.rng.randint(51, 55)) + self.digits(13)
        return network, body + luhn.calc_check_digit(body)

    def written_card(self, pan: str) -> str:
        style = self.rng.randrange(3)
        if style == 0:
            return pan
        sep = " " if style == 1 else "-"
        return sep.join(pan[i : i + 4] for i in range(0, len(pan), 4))

    def _allocated(self, make: Callable[[], str], region: str) -> str:
        """A national number that libphonenumber says is allocated in the region."""
        while True:
            national = make()
            if phonenumbers.is_valid_number(phonenumbers.parse(national, region)):
                return national

    def cn_mobile(self) -> str:
        national = self._allocated(lambda: self.rng.choice(CN_MOBILE_PREFIXES) + self.digits(8), "CN")
        style = self.rng.randrange(5)
        grouped = f"{national[:3]} {national[3:7]} {national[7:]}"
        return [
            national,
            grouped,
            f"+86 {grouped}",
            f"+86-{national[:3]}-{national[3:7]}-{national[7:]}",
            f"0086{national}",
        ][style]

    def hk_phone(self) -> str:
        national = self._allocated(lambda: self.rng.choice(HK_MOBILE_FIRST) + self.digits(6), "HK")
        style = self.rng.randrange(4)
        return [
            f"+852 {national[:4]} {national[4:]}",
            f"{national[:4]} {national[4:]}",
            f"(852) {national[:4]}-{national[4:]}",
            f"00852 {national}",
        ][style]

    def email(self, latin_name: str | None = None) -> str:
        base = (latin_name or self.rng.choice(SURNAMES_EN)).lower().replace(" ", ".")
        return f"{base}{self.rng.randrange(10, 999)}@{self.rng.choice(EMAIL_DOMAINS)}"

    def ip(self) -> str:
        first = self.rng.choice([58, 113, 119, 183, 203, 218])
        return f"{first}.{self.rng.randrange(256)}.{self.rng.randrange(256)}.{self.rng.randrange(1, 255)}"

    def hk_bank_account(self) -> str:
        return f"{self.rng.choice(HK_BANKS)}-{self.digits(3)}-{self.digits(self.rng.choice([6, 8, 9]))}"

    def cn_bank_account(self) -> str:
        # settlement accounts: no checksum; start with a digit that no card network uses
        return self.rng.choice("789") + self.digits(self.rng.choice([11, 14, 16, 18]))

    def order_number(self) -> str:
        """A distractor: looks like an identifier, is none (fails Luhn, not a card prefix)."""
        while True:
            value = self.rng.choice("789") + self.digits(15)
            if not luhn.is_valid(value):
                return value

    def bad_ric(self) -> str:
        """A distractor: a resident-ID shape with a wrong check character."""
        good = self.ric()
        wrong = self.rng.choice([c for c in "0123456789X" if c != good[-1]])
        return good[:-1] + wrong

    # -- names ---------------------------------------------------------------------------------

    def name_sc(self) -> str:
        return self.rng.choice(SURNAMES_SC) + self.rng.choice(GIVEN_SC)

    def name_tc(self) -> str:
        return self.rng.choice(SURNAMES_TC) + self.rng.choice(GIVEN_TC)

    def name_en(self) -> str:
        return f"{self.rng.choice(FIRST_EN)} {self.rng.choice(SURNAMES_EN)}"

    def any_name(self) -> str:
        return self.rng.choice([self.name_sc, self.name_sc, self.name_tc, self.name_en])()

    # -- free text -----------------------------------------------------------------------------

    def memo(self) -> Text:
        """A memo in English, Chinese or both that embeds zero or more identifiers."""
        t = _TextBuilder()
        pick = self.rng.randrange(12)
        if pick == 0:
            t.add("Refund to card ").pii("CREDIT_CARD", self.written_card(self.card()[1]))
            t.add(" for order ").add(self.order_number()).add(", customer ").pii("PERSON", self.name_en())
        elif pick == 1:
            t.add("客户").pii("PERSON", self.name_sc()).add("，身份证号码").pii("CN_RESIDENT_ID", self.ric())
            t.add("，手机").pii("PHONE_NUMBER", self.cn_mobile())
        elif pick == 2:
            t.add("Pls transfer to ").pii("PERSON", self.name_en()).add(" HKID ").pii("HK_ID", self.hkid())
            t.add(" acct ").pii("HK_BANK_ACCOUNT", self.hk_bank_account())
        elif pick == 3:
            t.add("卡号").pii("CREDIT_CARD", self.card("UNIONPAY")[1]).add("，CVV ").pii("AUTH_SECRET", self.digits(3))
            t.add("，验证码").pii("AUTH_SECRET", self.digits(6))
        elif pick == 4:
            t.add("收款人").pii("PERSON", self.name_tc()).add("，電話").pii("PHONE_NUMBER", self.hk_phone())
            t.add("，電郵 ").pii("EMAIL_ADDRESS", self.email())
        elif pick == 5:
            t.add("订单号").add(self.order_number()).add("，请于三日内发货")
        elif pick == 6:
            t.add("Customer ").pii("PERSON", self.name_en()).add(" called from ").pii("PHONE_NUMBER", self.cn_mobile())
            t.add(", login IP ").pii("IP_ADDRESS", self.ip())
        elif pick == 7:
            t.add("港澳居民居住证").pii("CN_RESIDENT_ID", self.residence_permit()).add(" 回乡证")
            t.pii("CN_HOME_RETURN_PERMIT", self.home_return_permit())
        elif pick == 8:
            t.add("Passport ").pii("CN_PASSPORT", self.passport()).add("; 通行证 ").pii(
                "CN_EXIT_ENTRY_PERMIT", self.exit_entry_permit()
            )
        elif pick == 9:
            t.add("商户统一社会信用代码").pii("CN_USCC", self.uscc()).add("，结算账号").pii(
                "CN_BANK_ACCOUNT", self.cn_bank_account()
            )
        elif pick == 10:
            t.add("澳門居民身份證 ").pii("MO_ID", self.mo_id()).add(" holder ").pii("PERSON", self.name_tc())
        else:
            t.add("Ref ").add(self.order_number()).add(" checked; ID ").add(self.bad_ric()).add(
                " rejected (bad check digit)"
            )
        return t.build()

    # -- events --------------------------------------------------------------------------------

    def _event_id(self) -> str:
        self._counter += 1
        return f"evt-{self.rng.getrandbits(64):016x}-{self._counter}"

    def _event_time_ms(self) -> int:
        moment = self.now - dt.timedelta(seconds=self.rng.randrange(0, 3600))
        return int(moment.timestamp() * 1000)

    def envelope(self, purpose: str | None = "cross_border_payment", minor: bool = False) -> dict[str, Any]:
        now_ms = int(self.now.timestamp() * 1000)
        day = 86_400_000
        mechanism = self.rng.choice(["GBA_SC", "GBA_SC", "CN_SCC", "EXEMPT_ART5_CONTRACT"])
        return {
            "origin": {"jurisdiction": "CN", "city": "CN-GD-SZ", "collected_in": "CN", "mixed_with_domestic_pi": False},
            "processor": {"id": "sz-pay-001", "registered_city": "Shenzhen", "is_ciio": False, "ftz": None},
            "recipient": {
                "id": "hk-bank-001",
                "jurisdiction": "HK",
                "registered_city": "Hong Kong",
                "onward_destinations": [],
            },
            "subject": {
                "residency": self.rng.choice(["CN_MAINLAND", "CN_MAINLAND", "HK"]),
                "key_hash": None,
                "is_minor_u14": minor,
                "is_party_to_contract": True,
            },
            "purpose": purpose,
            "legal_basis": self.rng.choice(["consent", "contract_necessity"]),
            "consent": {
                "separate_xborder": True,
                "separate_spi": True,
                "guardian": minor,
                "recipient_scope": ["hk-bank-001"],
                "version": "2026-01",
                "ts": now_ms - 30 * day,
                "hk_prescribed_purposes": [],
            },
            "notice": {"art39_version": "2026-01"},
            "mechanism": {
                "type": mechanism,
                "ref": f"{mechanism}-2026-{self.digits(4)}",
                "filed_at": now_ms - 200 * day,
                "effective_at": now_ms - 190 * day,
                "valid_until": now_ms + 900 * day,
                "scope": {
                    "recipients": ["hk-bank-001"],
                    "purposes": [purpose] if purpose else [],
                    "pi_categories": ["identity", "contact", "financial_account", "transaction"],
                },
            },
            "pipia": {"ref": f"PIPIA-2026-{self.digits(3)}", "completed_at": now_ms - 220 * day},
            "classification": {
                "core_data": False,
                "important_data": False,
                "jrt0197_level": 3,
                "jrt0171_class": "C2",
                "pi_categories": ["identity", "financial_account"],
                "spi": True,
            },
        }

    def card_payment(self) -> dict[str, Any]:
        network, pan = self.card()
        name = self.any_name()
        merchant, _ = self.rng.choice(MERCHANTS)
        hk = self.rng.random() < 0.3
        return {
            "event_id": self._event_id(),
            "event_time": self._event_time_ms(),
            "merchant_id": f"m-{self.digits(6)}",
            "merchant_name": merchant,
            "merchant_uscc": self.uscc(),
            "cardholder_name": name,
            "card_number": self.written_card(pan) if self.rng.random() < 0.2 else pan,
            "card_network": network,
            "cardholder_id_number": self.hkid() if hk else self.ric(),
            "cardholder_phone": self.hk_phone() if hk else self.cn_mobile(),
            "cardholder_email": self.email() if self.rng.random() < 0.7 else None,
            "device_ip": self.ip(),
            "amount_minor": self.rng.randrange(100, 5_000_000),
            "currency": self.rng.choice(["CNY", "HKD"]),
            "cvv": self.digits(3) if self.rng.random() < 0.05 else None,
            "memo": self.memo().text if self.rng.random() < 0.8 else None,
            "_meta": self.envelope("cross_border_payment"),
        }

    def remittance(self) -> dict[str, Any]:
        return {
            "event_id": self._event_id(),
            "event_time": self._event_time_ms(),
            "rail": self.rng.choice(["FPS", "SWIFT", "CIPS"]),
            "payer_name": self.name_sc(),
            "payer_id_number": self.ric(),
            "payer_account": self.cn_bank_account(),
            "payer_phone": self.cn_mobile(),
            "payee_name": self.rng.choice([self.name_tc, self.name_en])(),
            "payee_account": self.hk_bank_account(),
            "payee_fps_proxy": self.rng.choice([self.hk_phone, self.email])(),
            "amount_minor": self.rng.randrange(10_000, 50_000_000),
            "currency": self.rng.choice(["HKD", "CNY"]),
            "purpose_code": self.rng.choice(["FAMILY_SUPPORT", "TUITION", "TRADE", "SALARY"]),
            "remark": self.memo().text if self.rng.random() < 0.9 else None,
            "_meta": self.envelope("cross_border_remittance"),
        }

    def kyc(self) -> dict[str, Any]:
        minor = self.rng.random() < 0.05
        born = self.birth_date(minor)
        id_type = self.rng.choice(["CN_RESIDENT_ID", "CN_RESIDENT_ID", "HK_ID", "CN_HOME_RETURN_PERMIT", "CN_PASSPORT"])
        id_number = {
            "CN_RESIDENT_ID": lambda: self.ric(born),
            "HK_ID": self.hkid,
            "CN_HOME_RETURN_PERMIT": self.home_return_permit,
            "CN_PASSPORT": self.passport,
        }[id_type]()
        latin = self.name_en()
        return {
            "event_id": self._event_id(),
            "event_time": self._event_time_ms(),
            "customer_ref": f"c-{self.digits(8)}",
            "full_name": self.name_tc() if id_type == "HK_ID" else self.name_sc(),
            "name_latin": latin,
            "date_of_birth": (born - EPOCH_DAY).days,
            "id_type": id_type,
            "id_number": id_number,
            "nationality": "CN",
            "mobile": self.hk_phone() if id_type == "HK_ID" else self.cn_mobile(),
            "email": self.email(latin),
            "address": self.rng.choice(
                [
                    "深圳市南山区科技园路" + self.digits(2) + "号",
                    f"Flat {self.digits(2)}B, Tower 3, Tai Koo Shing, Hong Kong",
                    "香港九龍旺角彌敦道" + self.digits(3) + "號",
                ]
            ),
            "occupation": self.rng.choice(["engineer", "teacher", "trader", None]),
            "risk_rating": self.rng.choice(["LOW", "LOW", "MEDIUM", "HIGH"]),
            "notes": self.memo().text if self.rng.random() < 0.5 else None,
            "_meta": self.envelope("cross_border_account_opening", minor=minor),
        }

    def event(self, kind: str) -> dict[str, Any]:
        return {"payment": self.card_payment, "remittance": self.remittance, "kyc": self.kyc}[kind]()


class _TextBuilder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.truth: list[Embedded] = []
        self.length = 0

    def add(self, s: str) -> _TextBuilder:
        self.parts.append(s)
        self.length += len(s)
        return self

    def pii(self, entity_type: str, value: str) -> _TextBuilder:
        self.truth.append(Embedded(entity_type, self.length, self.length + len(value)))
        return self.add(value)

    def build(self) -> Text:
        return Text("".join(self.parts), self.truth)


EVENT_KINDS = {"payment": "sz.payments.v1", "remittance": "sz.remittances.v1", "kyc": "sz.kyc.v1"}
