"""Issue 11, classes from the ridge development set (written to the blind judge's brief by four fresh
writers): a Hong Kong number in brackets after a person's name ("陳嘉怡 (6284 7713)", "Ms Catherine Yeung
(3618 2295)"), after a surname and sir (黃sir 9752 3318), a fixed line after "called <name> on"; a
resident ID grouped 6-8-4 with a date after it; a password named with what it opens ("pw for the shared
merchant portal is ..."). Tables of hits and of look-alikes; both scanners run every table (the
``detector`` fixture)."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def found(detector: Detector, text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == kind]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("PayMe 轉咗 $380，應該係 陳嘉怡 (6284 7713)，夾份買", "6284 7713"),
        ("對方 Ms Catherine Yeung (3618 2295) 要求賠償", "3618 2295"),
        ("Winnie Tsang (6178 2309) will collect the cheque", "6178 2309"),
        ("今晚當值 鄺俊傑（9167 4023）", "9167 4023"),
        ("Lalamove 司機 黃sir 9752 3318 已取件", "9752 3318"),
        ("Called customer Cheng Pui-shan on 3188 2046, she confirmed", "3188 2046"),
        ("Called customer Cheng Pui-shan on 9188 2046, she confirmed", "9188 2046"),
    ],
)
def test_when_a_number_follows_a_persons_name_then_it_is_a_phone(detector: Detector, text: str, phone: str) -> None:
    assert found(detector, text, "PHONE_NUMBER") == [phone], (text, found(detector, text, "PHONE_NUMBER"))


@pytest.mark.parametrize(
    "text",
    [
        "批次 (5123 4567) 已完成",
        "訂單編號 (6284 7713) 已出貨",
        "Order Batch (6284 7713) shipped",
        "Meeting on 9188 2046",
        "學生 9752 3318 份",
    ],
)
def test_when_a_number_follows_no_person_then_it_is_no_phone(detector: Detector, text: str) -> None:
    assert found(detector, text, "PHONE_NUMBER") == [], (text, found(detector, text, "PHONE_NUMBER"))


@pytest.mark.parametrize(
    ("text", "ric"),
    [
        ("借款人：韩东 身份证号：320106 19900917 4517 2024年6月1日", "320106 19900917 4517"),
        ("身份证 320106 1990 0917 4517 3 份复印件", "320106 1990 0917 4517"),
        ("ID 4403 0519 9203 1542 63 12 pages", "4403 0519 9203 1542 63"),
    ],
)
def test_when_a_grouped_resident_id_has_a_number_after_it_then_it_is_found(
    detector: Detector, text: str, ric: str
) -> None:
    assert found(detector, text, "CN_RESIDENT_ID") == [ric], (text, found(detector, text, "CN_RESIDENT_ID"))


def test_when_a_grouped_resident_id_has_a_wrong_check_digit_then_a_number_after_it_finds_nothing(
    detector: Detector,
) -> None:
    text = "身份证号：320106 19900917 4518 2024年6月1日"
    assert found(detector, text, "CN_RESIDENT_ID") == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("pw for the shared merchant portal is Kowloon#2024 dont forward pls", "Kowloon#2024"),
        ("the password for our team's supplier portal account was Tsuen!Wan88", "Tsuen!Wan88"),
    ],
)
def test_when_a_password_names_what_it_opens_then_the_value_is_found(
    detector: Detector, text: str, secret: str
) -> None:
    assert found(detector, text, "AUTH_SECRET") == [secret], (text, found(detector, text, "AUTH_SECRET"))


@pytest.mark.parametrize(
    "text",
    [
        "password for the customer account is locked now",
        "password for the merchant portal is being reset tonight",
        "our DB password got into the error page, it shows the stack trace",
    ],
)
def test_when_a_password_clause_ends_in_a_state_then_no_secret_is_found(detector: Detector, text: str) -> None:
    assert found(detector, text, "AUTH_SECRET") == [], (text, found(detector, text, "AUTH_SECRET"))


# the cairn development set (written to the blind judge's brief too): "ph" or a home's or an office's word
# right before the number; a courier's unanswered call; a parcel's recipient a few words before, whatever
# waybill the note names
@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Deliver to Lo Ka Lok c/o the staff quarters, ph 3506 8172.", "3506 8172"),
        ("KYC refresh: HKID C6682047, home 2148 3976, email on file", "2148 3976"),
        ("office 2395 6128, ask for Pang Chi Ming", "2395 6128"),
        ("courier: cant find bldg, customer Yvonne not answering 6618 2047, left at the lobby", "6618 2047"),
        ("順豐運單 SF1428830576129，收件人：李淑芬小姐，5137 8826，荃灣", "5137 8826"),
        ("Lalamove LM-55120943，收件 Raj 5981 2034，尖沙咀", "5981 2034"),
        ("waybill 88213, consignee Chan Siu Ming 6123 4567", "6123 4567"),
    ],
)
def test_when_a_cue_names_the_number_a_persons_then_it_is_a_phone(detector: Detector, text: str, phone: str) -> None:
    assert found(detector, text, "PHONE_NUMBER") == [phone], (text, found(detector, text, "PHONE_NUMBER"))


@pytest.mark.parametrize(
    "text",
    [
        "home loan 6000 2000 approved",
        "recipient count 5123 4567",
        "收件地址 彌敦道 88 號 5 樓 6123 4567 室",
    ],
)
def test_when_the_cue_words_name_no_phone_then_no_phone_is_found(detector: Detector, text: str) -> None:
    assert found(detector, text, "PHONE_NUMBER") == [], (text, found(detector, text, "PHONE_NUMBER"))


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("[21:03] Wing: whats the cvv again [21:04] Jacky: 508 [21:04] Wing: ok booked", "508"),
        ("[10:01] A: otp pls [10:02] B: 123456", "123456"),
    ],
)
def test_when_a_chat_log_answers_a_code_asked_for_then_it_is_found(detector: Detector, text: str, secret: str) -> None:
    assert found(detector, text, "AUTH_SECRET") == [secret], (text, found(detector, text, "AUTH_SECRET"))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("[10:01] A: cvv expires [10:02] B: 2027", "AUTH_SECRET"),
        ("拒付原因码4837（无授权交易）", "AUTH_SECRET"),
        ("响应码 0512，交易失败", "AUTH_SECRET"),
        ("保单号P4403201900087213，投保人已签字", "CREDIT_CARD"),
        ("policy no. P4403201900087213 renewed", "CREDIT_CARD"),
        ("ZTO waybill 7788 2291 0034，收件人 Nguyen Thi Lan", "CN_BANK_ACCOUNT"),
    ],
)
def test_when_a_number_is_a_reason_code_a_policy_or_a_waybill_then_it_is_none_of_these(
    detector: Detector, text: str, kind: str
) -> None:
    assert found(detector, text, kind) == [], (text, found(detector, text, kind))


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("card4111111111111111 exp 12/27", "4111111111111111"),
        ("卡号4111111111111111", "4111111111111111"),
        # (a review's: one letter glued after a card's word or a log's escaped line break is no prefix)
        ("note: card\\n4111111111111111 exp 12/27", "4111111111111111"),
        ("card:V4111111111111111", "4111111111111111"),
    ],
)
def test_when_a_card_is_glued_to_a_word_then_it_is_still_found(detector: Detector, text: str, card: str) -> None:
    assert found(detector, text, "CREDIT_CARD") == [card], (text, found(detector, text, "CREDIT_CARD"))


# the knoll development set (the blind judge's brief, more secrets and mainland accounts asked for): the
# second factor named alone ("2FA 448213 accepted"), a bank's name right before a mainland account, a
# firm's account (公司户); a masked password with a bracket after it, an IP address after a password's
# change, a police report's number: none of them secrets or accounts
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("login ok from 192.0.2.88，2FA 448213 accepted", "AUTH_SECRET", "448213"),
        ("MFA 448213 entered at 09:12", "AUTH_SECRET", "448213"),
        ("叫受害人過數去平安銀行 15000091234567，戶名劉建國。", "CN_BANK_ACCOUNT", "15000091234567"),
        ("统一从公司户 4420 1501 1000 5297 3316 代发。", "CN_BANK_ACCOUNT", "4420 1501 1000 5297 3316"),
    ],
)
def test_when_a_second_factor_or_a_banks_name_names_the_number_then_it_is_found(
    detector: Detector, text: str, kind: str, value: str
) -> None:
    assert found(detector, text, kind) == [value], (text, found(detector, text, kind))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("系统日志中为 password=******）。客户已确认", "AUTH_SECRET"),
        ("帳戶接管：02:13 密碼被改，新登入 IP ::ffff:192.0.2.147，收貨地址改咗", "AUTH_SECRET"),
        ("password: 10.0.0.1", "AUTH_SECRET"),
        ("2FA enabled in 2024 for 3 users", "AUTH_SECRET"),
        # (a review's: the second factor named with a year or a count; a hotline, a net bank's serial, the
        # central bank's document after 银行)
        ("MFA 2024 roadmap review on Friday", "AUTH_SECRET"),
        ("Enabled 2FA for 3000 staff accounts", "AUTH_SECRET"),
        ("MFA rollout: 250 devices", "AUTH_SECRET"),
        ("致电平安银行 4006699999 查询进度", "CN_BANK_ACCOUNT"),
        ("登录手机银行 4006699999 咨询", "CN_BANK_ACCOUNT"),
        ("网上银行：2024061288886666 交易流水", "CN_BANK_ACCOUNT"),
        ("中国人民银行 2024061500001 号文", "CN_BANK_ACCOUNT"),
        ("日本警察報案編號 2024-0612-338。", "CN_BANK_ACCOUNT"),
        ("平安銀行客服熱線 95511 轉 3", "CN_BANK_ACCOUNT"),
    ],
)
def test_when_a_value_is_masked_an_ip_or_a_reports_number_then_it_is_no_secret_nor_account(
    detector: Detector, text: str, kind: str
) -> None:
    assert found(detector, text, kind) == [], (text, found(detector, text, kind))


def test_when_a_password_is_changed_before_an_ip_then_the_ip_is_found_whole(detector: Detector) -> None:
    text = "帳戶接管：02:13 密碼被改，新登入 IP ::ffff:192.0.2.147，收貨地址改咗"
    assert found(detector, text, "IP_ADDRESS") == ["::ffff:192.0.2.147"]


# the moor development set (the blind judge's brief again): a permit's or a passport's word right before an
# unbracketed number of an HKID's shape names that document; a database client's password on its command
# line; what was entered after a password's word; a payment made to an account, a receiving account, a
# SWIFT message's beneficiary field; a driver named before his mobile
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("澳门身份证（旧版）1/482917/6，回乡证 MA4829163（非中国籍永久居民）", "CN_HOME_RETURN_PERMIT", "MA4829163"),
        ("清 bash history 見到 `mysql -u ops -pOps!2024sz` 😡 已 rotate", "AUTH_SECRET", "Ops!2024sz"),
        ("mysqldump -uroot --password=Pw_2026x db > x.sql", "AUTH_SECRET", "Pw_2026x"),
        ("叫佢去假網站輸入密碼，佢已經入咗Flo2024!hk，已即時強制改密碼", "AUTH_SECRET", "Flo2024!hk"),
        ("理赔款付至 1001 2345 6789 0123 456，联系电话", "CN_BANK_ACCOUNT", "1001 2345 6789 0123 456"),
        ("内地收款户 1100 1016 4000 5301 3725 户名 王建军", "CN_BANK_ACCOUNT", "1100 1016 4000 5301 3725"),
        ("SWIFT :59:/4000 0231 0900 5678 912 HUANG JIAHUI SHENZHEN", "CN_BANK_ACCOUNT", "4000 0231 0900 5678 912"),
        ("對方司機袁志成 9453 1128。", "PHONE_NUMBER", "9453 1128"),
        # (a review's: a scam's account after 已报案, a password of an IPv6's shape with no dot)
        ("已报案，骗子转入 7559 1266 3310 902", "CN_BANK_ACCOUNT", "7559 1266 3310 902"),
        ("報案後對方叫我過數去 7559 1266 3310 902", "CN_BANK_ACCOUNT", "7559 1266 3310 902"),
        ("pwd=dead::beef", "AUTH_SECRET", "dead::beef"),
        ("Third party Tang Wai Lun (3192 4458) rear-ended our insured", "PHONE_NUMBER", "3192 4458"),
    ],
)
def test_when_a_documents_word_a_command_line_or_a_payment_names_the_value_then_it_is_found(
    detector: Detector, text: str, kind: str, value: str
) -> None:
    assert found(detector, text, kind) == [value], (text, found(detector, text, kind))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("回乡证 MA4829163（非中国籍永久居民）", "HK_ID"),
        # (a review's: an order's, a reference's number after a recipient's word; things' names in brackets)
        ("收件人已签收，订单号 6123 4567", "PHONE_NUMBER"),
        ("consignee: ABC Ltd, ref 9123 4567", "PHONE_NUMBER"),
        ("Parcel Locker (6123 4567)", "PHONE_NUMBER"),
        ("Flight Booking (9123 4567)", "PHONE_NUMBER"),
        ("包裹 (9123 4567) 已寄出", "PHONE_NUMBER"),
        ("黃金 (3123 4567)", "PHONE_NUMBER"),
        ("mysql -u root -p mydb", "AUTH_SECRET"),
        ("mysql -P 3306 -h db1", "AUTH_SECRET"),
        ("密碼入咗兩次都錯", "AUTH_SECRET"),
    ],
)
def test_when_the_value_is_another_documents_or_none_then_it_is_not_reported(
    detector: Detector, text: str, kind: str
) -> None:
    assert found(detector, text, kind) == [], (text, found(detector, text, kind))


def test_when_an_hkid_keyword_names_the_number_then_it_stays_an_hkid(detector: Detector) -> None:
    text = "身份證號碼 MA4829163，回鄉證另附"
    assert found(detector, text, "HK_ID") == ["MA4829163"]


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("醫保賠款入渣打 368-1-205731-4；保費用 Diners 俾", "368-1-205731-4"),
        ("Standard Chartered a/c 447-1-234567-8 for the refund", "447-1-234567-8"),
    ],
)
def test_when_standard_chartereds_branch_layout_follows_its_name_then_it_is_a_hong_kong_account(
    detector: Detector, text: str, account: str
) -> None:
    assert found(detector, text, "HK_BANK_ACCOUNT") == [account], (text, found(detector, text, "HK_BANK_ACCOUNT"))
    assert found(detector, text, "CN_BANK_ACCOUNT") == []


@pytest.mark.parametrize("text", ["合約編號 368-1-205731-4", "ISBN 978-1-234567-8 second edition"])
def test_when_the_layout_has_no_bank_nor_account_word_then_it_is_no_account(detector: Detector, text: str) -> None:
    assert found(detector, text, "HK_BANK_ACCOUNT") == [], (text, found(detector, text, "HK_BANK_ACCOUNT"))


# the tarn development set: track 2 data after a log's key; a number on file, a SIM swap's number, a number in
# brackets after a form of address; a tracker's issue key before a number is no code
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "debug log!! `TRK2=4761739001010119=25122011143804400000`，即刻 purge",
            "AUTH_SECRET",
            "4761739001010119=25122011143804400000",
        ),
        ("Reminded Mrs Lui we never ask for OTPs; number on file 2573 1186. Txn declined", "PHONE_NUMBER", "2573 1186"),
        ("Reverted; SIM swap suspected on 6027 4418.", "PHONE_NUMBER", "6027 4418"),
        ("Lalamove 司機 強哥 (9388 7720) 話紅磡塞車", "PHONE_NUMBER", "9388 7720"),
    ],
)
def test_when_track_data_or_a_persons_number_is_named_so_then_it_is_found(
    detector: Detector, text: str, kind: str, value: str
) -> None:
    assert found(detector, text, kind) == [value], (text, found(detector, text, kind))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("debug log: `TRK2=4761739001010119=25122011143804400000`", "CREDIT_CARD"),
        ("OTP logged in clear — bug PAY-4410, raised with Terence", "AUTH_SECRET"),
        ("PIN reset flow broken, see INC-3391 and OPS-8803", "AUTH_SECRET"),
        ("訂單 (9388 7720) 已出貨", "PHONE_NUMBER"),
    ],
)
def test_when_the_number_is_an_issues_or_inside_track_data_then_it_is_not_that_type(
    detector: Detector, text: str, kind: str
) -> None:
    assert found(detector, text, kind) == [], (text, found(detector, text, kind))
