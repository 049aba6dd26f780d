"""Issue 11, twelfth round: ways of writing a secret that the keys set (written for secrets as they leak
in fintech operations) showed missed, as classes. A code spelt out in words or Chinese numerals; a
password after "pass" with its user before, a Redis password directive, curl's user and password, a
login's details after what the login is for; a second code after ", then", "not" or 定; a password
guessed or told in Chinese (估係 ... 定 ..., 我講咗 ...) or asked about ("Is it X or Y?"); a code given
again or said again (又给了一次, 改口話係) and given to a person (俾咗8841個自稱職員嘅人); a remittance's
pickup code (取款附言码); security answers after a quoted question and "with", after "security Qs", after
a quoted question and a dash (“小学班主任姓名”——孙老师), after "security question 答案係"; a Vault token.
Near misses refused: adverbs and past participles after a password's link, placeholders and encrypted
values, a count after a code's cue. Each table holds hits and near misses of the same shape. The
values are made up. Both scanners (native and ``re``) run every table."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def found(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "AUTH_SECRET"]


# class 1: a code spelt out in words or in Chinese numerals after its keyword
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Caller read the OTP as four, one, nine, nine, two, six then hung up", "four, one, nine, nine, two, six"),
        ("card details taken, security code two zero seven.", "two zero seven"),
        ("he said his PIN is eight-three-one-five", "eight-three-one-five"),
        ("對方叫我講埋提款卡密碼，我話咗五二八一。", "五二八一"),
        ("我把收到的验证码三九一七零四念给了对方", "三九一七零四"),
    ],
)
def test_when_a_code_is_spelt_out_then_secret(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "the code has one two three steps",
        "密码三次输错被锁",
        "验证码五六七八位数",
        "密码错了三四次",
        "PIN one of the two cards",
        "the promo code is one two three",
    ],
)
def test_when_number_words_are_no_code_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text) == []


# class 2: a password after "pass" with its user before, a Redis directive, curl's -u, a login's
# details after what the login is for
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("sftp: host files.example, user hkops02, pass Kt#9921!sftp, port 22", "Kt#9921!sftp"),
        ("SMTP 設定：user alerts@example.org，pass Ml7#Relay2024，已更換", "Ml7#Relay2024"),
        ("redis.conf has requirepass Rq!9zz_prod_21 in clear", "Rq!9zz_prod_21"),
        ("curl -u acq_7731:Xp4#mQ9zL2 https://api.example.com/v1/settle", "Xp4#mQ9zL2"),
        ("here's the login for the UAT portal: uat_merchant / Uat#Pass2024 (staging)", "Uat#Pass2024"),
    ],
)
def test_when_a_password_follows_its_user_or_directive_then_secret(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "user jchan, pass rate 98% this month",
        "curl -u $API_USER:$API_PASS https://api.example.com",
        "login for 3 days: locked",
        "user chan_tm, pass the file to ops",
    ],
)
def test_when_no_password_follows_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text) == []


# class 3: more than one code or password: ", then", "not", 定, "Is it X or Y", 估係 X 定 Y; given or said
# again; told in Chinese; given to a person
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("customer tried PIN 5512, then 5521, then called", ["5512", "5521"]),
        ("typo sorry, the pin is 7730 not 7703", ["7730", "7703"]),
        ("I forgot my password. Is it sunny2018 or Sunny2018!? thanks", ["sunny2018", "Sunny2018!?"]),
        ("阿婆唔記得網銀密碼，佢估係「chan1960」定「Chan1960」", ["chan1960", "Chan1960"]),
        ("让我报短信验证码，我念了482913，后来又给了一次550 271", ["482913", "550 271"]),
        ("CVN2 481... 唔係, 佢改口話係 418", ["481", "418"]),
        ("佢叫我講網上銀行密碼，我講咗kwok1988，之後收線", ["kwok1988"]),
        ("我已經俾咗密碼7204個自稱警察嘅人", ["7204"]),
        ("跨境汇款：取款附言码5531，请勿外传", ["5531"]),
    ],
)
def test_when_codes_are_listed_corrected_or_told_then_secret(detector: Detector, text: str, values: list[str]) -> None:
    assert found(detector, text) == values


@pytest.mark.parametrize(
    "text",
    [
        "PIN pad replaced 2 times, then 3 times",
        "密碼俾咗5000個客戶",
        "Is it Monday or Tuesday? password reset",
        "佢估係下個月先到",
    ],
)
def test_when_no_code_is_listed_or_told_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text) == []


# class 4: security answers after a quoted question and "with", after "security Qs", after a quoted
# question and a dash, after "security question 答案係"
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ('answered security question "first school" with "Heep Yunn" and "pet" with "Coco".', ["Heep Yunn", "Coco"]),
        ("verified via security Qs: pet's name Lucky, city of birth Foshan.", ["Lucky", "Foshan"]),
        ("账户找回：客户答对密保问题“出生城市”——汕头，以及“小学老师”——王老师。", ["汕头", "王老师"]),
        ("帳戶恢復：客戶答對保安問題「第一隻寵物名」——波波。", ["波波"]),
        ('客户话 "security question 答案係 將軍澳" 因为佢細個住嗰度', ["將軍澳"]),
    ],
)
def test_when_a_security_answer_is_listed_then_secret(detector: Detector, text: str, values: list[str]) -> None:
    assert found(detector, text) == values


@pytest.mark.parametrize(
    "text",
    [
        "产品“快捷支付”——已下线",
        "保安問題「第一隻寵物名」——錯誤，已鎖定",
        '"Premier" with "Visa" cards only',
        "security Qs reset by admin",
    ],
)
def test_when_a_dash_or_quote_gives_no_answer_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text) == []


# class 5: near misses after a password's word: adverbs, past participles, placeholders, encrypted values
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("the wifi pw in the office is still Harbour@Kt22? need it", ["Harbour@Kt22?"]),
        ("spring.redis.password=Rd!Sz2024，spring.datasource.password=ENC(9xQ...)", ["Rd!Sz2024"]),
        ("vault token in CI log: hvs.CAESIKm2R8qT0pW4vN1bL6yH3dF9sA5cE2gU8oK0iZ4 revoke it", []),
    ],
)
def test_when_a_password_word_is_followed_by_states_then_only_values(
    detector: Detector, text: str, values: list[str]
) -> None:
    got = found(detector, text)
    if values:
        assert got == values
    else:
        assert got == ["hvs.CAESIKm2R8qT0pW4vN1bL6yH3dF9sA5cE2gU8oK0iZ4"]


@pytest.mark.parametrize(
    "text",
    [
        "Plate is not a password here, customer was only guessing.",
        "no PIN or password requested by the agent",
        '注意: config 里的 password: "${DB_PASSWORD}" 只是 placeholder',
        "password: ENC(Qm9vYmF6) in the yaml",
        "password is still wrong",
    ],
)
def test_when_a_password_word_names_no_value_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text) == []


# class 6: the new one after a few words ("the new one I'd like is"), codes read digit by digit in a
# list (定), the code a screen shows (显示的是)
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ('"my old password was Kt19880101 and the new one I\'d like is Kt19880101b"', ["Kt19880101", "Kt19880101b"]),
        ("阿伯唔記得 PIN，佢估係 4 4 0 8 定 4 8 0 4，要去分行", ["4 4 0 8", "4 8 0 4"]),
        ("验证码多少？我这边显示的是5 0 2 9 1 7，你那边呢", ["5 0 2 9 1 7"]),
    ],
)
def test_when_a_code_is_named_after_words_or_read_out_in_a_list_then_secret(
    detector: Detector, text: str, values: list[str]
) -> None:
    assert [v.strip('"') for v in found(detector, text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "PIN attempts 1 2 3 4 and 5 6 7 8 9",
        "the new one we ordered is blue",
        "屏幕显示的是 2024 年的数据",
    ],
)
def test_when_no_code_is_named_after_words_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text) == []
