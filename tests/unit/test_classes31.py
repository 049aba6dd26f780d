"""Issue 11, classes from the tarn development set (written to the blind judge's brief, more names asked for)
and the secrets still missed on knoll and moor: an English given name alone with no cue (send it to Kelvin,
Joyce / Heidi 400 each); a password shaped as one chosen (a capital, a small letter, a digit and a sign)
with its word anywhere before it in the sentence; a code said to have expired or failed; a card's back
code as "後面三個字"; a parcel's handover code; a "#" inside a password. Tables of hits and of look-alikes;
both scanners run every detector table (the ``detector`` fixture)."""

from __future__ import annotations

import pytest
from person_spans import anywhere, at, found_by_both, found_whole_by_both, hit, left_by_both, spans

from streams.detect.engine import Detector


def found(detector: Detector, text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == kind]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("send the rent to Kelvin not me, his fps is 61358820", "Kelvin"),
        ("sent to Heidi.", "Heidi"),
        ("ok sent 900, Joyce / Heidi / Raymond Yip 300 each", "Joyce"),
        ("ok sent 900, Joyce / Heidi / Raymond Yip 300 each", "Heidi"),
        ("Joyce/Heidi split the bill", "Heidi"),
        ("值班Leo/蒋一帆", "Leo"),
        ("the deposit went to Priyanka last week", "Priyanka"),
        ("did Queenie's refund go through", "Queenie"),
        ("Kelvin-san will call", "Kelvin"),
        ("refund for Jacky approved", "Jacky"),
    ],
)
def test_when_a_listed_given_name_stands_alone_then_it_is_found(text: str, name: str) -> None:
    found_whole_by_both(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Garage: Tony's Auto Repair, Kwun Tong", "Tony"),
        ('The merchant "David\'s Shirts" disputes it', "David"),
        ("(Sandy's Florist, MID 000812233) reports a fault", "Sandy"),
        ("FPS to St. Paul's Co-educational College", "Paul"),
        ("admitted at St. Teresa's Hospital", "Teresa"),
        ("the Marks & Spencer concession", "Spencer"),
        ("Your Bank of Sunshine security code is 904 117", "Sunshine"),
        ("Rua de Pedro Nolasco da Silva 21, Macau", "Silva"),
        ("Doc check failed for the upload", "Doc"),
        ("Skip trace: moved out of Lok Fu", "Skip"),
        ("abi Troy kartım 9792 0304 5528 7193", "Troy"),
        ("It's either kitty2010 or Kitty2010!", "Kitty"),
        ("code X-Kelvin-X- in the log", "Kelvin"),
        ("reply to support@Kenneth.example.com for a copy", "Kenneth"),
        ("Paid to Maria de Fatima Hospital", "Maria"),
        ("the grace period ends Friday", "grace"),
        ("Wendy's burgers HK$88", "Wendy"),
    ],
)
def test_when_a_given_name_is_part_of_a_place_a_shop_or_a_code_then_it_is_no_name(text: str, word: str) -> None:
    left_by_both(text, word)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("whats the office wifi pw again → its Tamarind#88 dont tell anyone", "Tamarind#88"),
        (
            "locked out after 5 wrong passwords, pasted the one she thought right, Mango@Lantau2024, here",
            "Mango@Lantau2024",
        ),
        ("password 係咪 case sensitive？我打 Sunny@2024! 都唔得", "Sunny@2024!"),
        ("is the netbanking password ChanFamily123? or Lucky1997?", "Lucky1997"),
        ("家里wifi密码改了 新的 Lyx520131 别发给别人", "Lyx520131"),
        ('新密码 "Stg-Db#8821x"，写喺 vault', "Stg-Db#8821x"),
        ("臨時密碼Tmp#4827qk經SMS發出", "Tmp#4827qk"),
    ],
)
def test_when_a_chosen_password_follows_its_word_then_it_is_found(detector: Detector, text: str, secret: str) -> None:
    got = found(detector, text, "AUTH_SECRET")
    assert any(secret in g and len(g) <= len(secret) + 2 for g in got), (text, got)


@pytest.mark.parametrize(
    "text",
    [
        "password reset for user Chan_Tai2024@ok",
        "密碼要求：包括大楷、細楷同數字，例如「Aa123456」只係示範",
        "password rules, e.g. Abc#12345, are in the FAQ",
        "支付密码 reset, then I paid at 7-Eleven 旺角",
        "password reset link sent to kavya.iyer2@example.net",
        'password_hash sample "$2b$12$XXXXXXXXXXXX" is a dummy',
        "password reset: see https://example.com/Reset2024!",
        "Order TM58810294466 shipped",
    ],
)
def test_when_a_shaped_value_is_no_password_then_it_stays_out(detector: Detector, text: str) -> None:
    assert found(detector, text, "AUTH_SECRET") == [], (text, found(detector, text, "AUTH_SECRET"))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("客户称收不到验证码，已重发。客户说上次收到的482913已过期。", "482913"),
        ("new device, PIN change attempt 9021 rejected", "9021"),
        ("the OTP came late, 448213 expired before I typed it", "448213"),
        ("動態碼 收到 661204 話 無效", "661204"),
        ("COD paid, handover code 5831", "5831"),
        ("卡號 4921.8830.1576.2047，後面三個字 382，到期 09/26", "382"),
    ],
)
def test_when_a_code_is_said_to_have_failed_or_is_named_by_its_use_then_it_is_found(
    detector: Detector, text: str, code: str
) -> None:
    assert found(detector, text, "AUTH_SECRET") == [code], (text, found(detector, text, "AUTH_SECRET"))


@pytest.mark.parametrize(
    "text",
    [
        "code sent for order 20240318 expired",
        "验证码 订单20240318已过期",
        "验证码发了，卡 2024 年过期",
        "OTP sent; card 5831 expired last month",
        "PIN reset, ref 77120 rejected by the host",
        "the promo code ended; voucher 2024 expired",
    ],
)
def test_when_a_failed_number_is_no_code_then_it_stays_out(detector: Detector, text: str) -> None:
    assert found(detector, text, "AUTH_SECRET") == [], (text, found(detector, text, "AUTH_SECRET"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("车险：驾驶员牛建军，车牌粤B·D12345", "牛建军"),
        ("駕駛員牛建軍，車牌", "牛建軍"),
        ("被保人司马一诺（女儿，6岁）", "司马一诺"),
        ("提交人覃工", "覃"),
        ("签收人写的是门卫老王。", "老王"),
        ("阿媽叫我每月過 $5,000 俾婉婷做家用", "婉婷"),
        ("给子轩补习费 800", "子轩"),
        ("喂家樂，聽日飲茶", "家樂"),
        ("户名写杨帆就行", "杨帆"),
        ("borrower Wan Chi Keung trading as Keung Kee Noodles", "Wan Chi Keung"),
        ("學生開戶：热依拉·艾力 (Reyila Aili)，乌鲁木齐", "Reyila Aili"),
        ("客户陳大文（CHAN TAI MAN）已開戶", "CHAN TAI MAN"),
        ('Inward → Chan Pui Yee HKD 48,000, memo "for Pui Yee + baby"', "Pui Yee"),
        ("Mule chain: Fung Tsz Kin -> Liu Yang -> CMB. Liu's ID 620102198706142853", "Liu"),
        ("Oliver Hartley wired it; Hartley's account is closed", "Hartley"),
    ],
)
def test_when_a_role_a_call_or_an_earlier_mention_names_a_person_then_found(text: str, name: str) -> None:
    """(the last mention: a name found again is checked where it stands alone)"""
    where = at(text, name, text.count(name) - 1)
    assert where in spans(text), (text, [text[a:b] for a, b in spans(text)])
    assert hit(anywhere(text), where), (text, anywhere(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("户名写杨帆就行", "写"),
        ("付方账号 7559 0453 1210 801 付方 深圳市南山区星河网络科技有限公司", "付方"),
        ("周生生旺角店 金器 HK$8,900，客人", "金器"),
        ("喂大家，聽日飲茶", "大家"),
        ("俾家用", "家用"),
        ("Chan Tai Man Trading Company", "Chan"),
        ("客户陳大文 (Gold Card) 已開戶", "Gold"),
        ("客户陳大文 (Private Banking) 已開戶", "Private"),
        ("客户陳大文 (Kowloon Bay) 已開戶", "Kowloon"),
        ("客户陳大文（VIP）已開戶", "VIP"),
        ("Chan Tai Man paid; Chan's Tailor fixed the suit", "Tailor"),
        ("password: ENC(Qm9vYmF6) in the yaml", "ENC"),
    ],
)
def test_when_a_word_beside_these_cues_is_no_name_then_it_stays_out(text: str, word: str) -> None:
    left_by_both(text, word)


@pytest.mark.parametrize(
    ("text", "again"),
    [
        ("Sole trader: Wan Ka Yee, t/a Ka Yee Nail Studio, Mong Kok", "Ka Yee"),
        ("FPS OUT 俾 TSANG HO MAN 600.00; POS PARKNSHOP HO MAN TIN 88.00", "HO MAN"),
        ("Ip Chun Fai trading as Chun Fai Dried Seafood", "Chun Fai"),
    ],
)
def test_when_a_given_name_again_starts_a_shop_or_a_place_then_it_stays_out(text: str, again: str) -> None:
    where = at(text, again, 1)
    assert not any(a < where[1] and where[0] < b for a, b in spans(text)), (text, spans(text))
    assert not any(a < where[1] and where[0] < b for a, b in anywhere(text)), (text, anywhere(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("满月酒礼金：外婆 2000　许国平 1000　姜红 500　向阳 600　林森 400　阿芳 300　大刘 300", "大刘"),
        ("礼单：邱志明 2000　黄美玲 1000　邱二妹 1000　林德胜 500　叶子 300（志明同事）", "叶子"),
        ("帛金：大舅周国安1000，二姨周玉兰800，表哥阿斌500", "阿斌"),
        ("人工：梁子軒 $6,200、樓面阿玲 $15,800、黃志強 $9,000", "阿玲"),
    ],
)
def test_when_an_item_of_a_list_of_named_amounts_is_a_nickname_then_found(text: str, name: str) -> None:
    found_whole_by_both(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("满月酒礼金：外婆 2000　许国平 1000　姜红 500", "外婆"),
        ("礼单：邱志明 2000　黄美玲 1000　村委会 800　合计 3800", "村委会"),
        ("礼单：邱志明 2000　黄美玲 1000　村委会 800　合计 3800", "合计"),
        ("四月工资：周俊杰 9,800元、吴婷婷 8,600元、郑浩 12,000元，请于10日前发放。", "请于"),
        ("收：马德胜 1000 马德利 1000 海阿訇 200 白玉兰 500", "海阿訇"),
        ("张伟 300、李娜 200、管理费 50、停车 80", "管理费"),
        ("房租 3000　水电 200　网费 100", "水电"),
    ],
)
def test_when_an_item_of_a_list_of_named_amounts_is_no_person_then_it_stays_out(text: str, word: str) -> None:
    left_by_both(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Is the booking confirmed? Ling already paid her share", "Ling"),
        ("Ming covers the FX counter tonight.", "Ming"),
        ("Mum: did Kit pay the tutor? Me: yes", "Kit"),
        ("Driver allowance: Lam/Cheng/Yiu HKD 600 each", "Cheng"),
        ("一日收咗 12 筆，匯款人包括 Ng / Lee / Chan；佢", "Lee"),
    ],
)
def test_when_a_syllable_or_a_surname_acts_or_is_listed_then_found(text: str, name: str) -> None:
    found_whole_by_both(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("so did Wing Lung pay the fee", "Wing"),
        ("did Apple send it", "Apple"),
        ("Visa/Master/Amex accepted", "Master"),
        ("Chan/Lee/Wong Trading is the payee", "Lee"),
        ("Tai Po sent it back", "Tai"),
    ],
)
def test_when_a_syllable_or_a_surname_names_a_place_or_a_brand_then_it_stays_out(text: str, word: str) -> None:
    left_by_both(text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("9177 exp 05/26, name on card KENTARO ISHII. Card authorisation form", "KENTARO ISHII"),
        ("exp='11/27', cvv='090', name='Olivia Grant')", "Olivia Grant"),
        ("回乡证 HA0281736 姓名填 O'BRIEN MICHAEL 别填中文", "O'BRIEN MICHAEL"),
        ("开户名暂以拼音 YUCHI GONG 登记", "YUCHI GONG"),
        ("account 4-68-00981-2 closed. Regards, Sunny Kwan, Accounts", "Sunny Kwan"),
        ("please confirm receipt. Yours faithfully, Maureen Kaplan", "Maureen Kaplan"),
        ("03/03 FPS IN FROM CHEUNG K Y HKD 3,500.00 ; BAL", "CHEUNG K Y"),
        ("03NOV FPS TRF TO CHAN K M  REF 88310291  HKD 2,500.00", "CHAN K M"),
        ("Ouyang Lei RMB 21,000; Tenzin Dorje RMB 15,200.", "Tenzin Dorje"),
        ("parcel returned, addressee Tenzin Dolma moved out.", "Tenzin Dolma"),
        ("did the refund come? / Auntie Mei: not yet", "Mei"),
        ("Hi Ming it's your auntie, I'm at the bank", "Ming"),
        ("Dear Chan, your card is ready", "Chan"),
    ],
)
def test_when_a_label_a_closing_or_a_greeting_names_a_person_then_found(text: str, name: str) -> None:
    found_whole_by_both(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("name on card ACME TRADING LTD", "ACME"),
        ("name='Default Profile'", "Default"),
        ("Regards, Wing Lung Bank", "Wing"),
        ("Thanks, Customer Service", "Customer"),
        ("Best regards, Digital Banking Team", "Digital"),
        ("Thank you Hang Seng", "Seng"),
        ("daughter Share: 50%", "Share"),
        ("Hi All, pls check", "All"),
        ("Hi Tai Po branch", "Tai"),
    ],
)
def test_when_a_label_a_closing_or_a_greeting_names_no_person_then_it_stays_out(text: str, word: str) -> None:
    left_by_both(text, word)


@pytest.mark.parametrize("text", ["All verified, thanks Mr Chow.", "Thanks Ms Szeto，HKID 號碼？", "Regards, Dr Wong"])
def test_when_a_closing_precedes_a_titled_name_then_the_title_stays_out(text: str) -> None:
    left_by_both(text, next(w for w in ("Mr", "Ms", "Dr") if w in text))


# the scree development set (written to the judge's brief the same evening): a full name in lower case after a
# Chinese person word; a message opening with whom it asks; a surname again in its usual case; a dash's
# signature; a name on a card said in prose; a payee's name before a statement memo's word; a given name after
# a department's word; Chinese and Latin given names in one list; a compound surname before romanised given
# names after a person word; a given name or surname before an elder's kinship title; a verb of handling and
# by before a given name that is a thing too; 来自 on a wallet's bill
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("已标记，操作人luo yifan，已标记“无需处理”。", "luo yifan"),
        ("收件人 zhou xinyi 電話 １３６ ２８４７ ５５０１", "zhou xinyi"),
        ("用戶 kelvin wong 喺 live chat 打咗", "kelvin wong"),
        ("Mei send me the otp again pls", "Mei"),
        ("Jess did Raymond & Kayla pay u back", "Jess"),
        ("Legal rep SITU Haoran, passport EA5729310. UBO is Situ's wife Guo Lingyu.", "Situ"),
        ("放門口就得，唔使簽收，唔該晒 —— Yuki", "Yuki"),
        ("15/08 FPS CR CHAN TAI WAI RENT AUG HKD 9,800.00", "CHAN TAI WAI"),
        ("有問題搵 Finance Stephanie 或者 HR", "Stephanie"),
        ("Handover Jenny -> night shift", "Jenny"),
        ("OT adj: Faizal +HKD 1,120; Ravi nil (already paid)", "Ravi"),
        ("夾錢食飯 $286 一位，阿Ben、Karen、子聰 記得PayMe我", "子聰"),
        ("客户司徒 Ka Lok上传香港身份证", "司徒 Ka Lok"),
        ("mum says send the 2k to Ling 姨姨, the BOC one", "Ling"),
        ("Customer holds an Omani passport. Cleared by Grace.", "Grace"),
        ("微信账单：06-18 转账-来自小王 +¥200.00", "小王"),
        ("提交人小何，reviewer Daniel。", "小何"),
        ("如有查詢請回覆此電郵。客戶服務主任 Joyce Lam", "Joyce Lam"),
        ("冒充领导：财务柏丽收到QQ消息", "柏丽"),
    ],
)
def test_when_the_scree_classes_name_a_person_then_found(text: str, name: str) -> None:
    found_whole_by_both(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("客户 ok sure 已确认", "ok"),
        ("用户 test case 失败", "test"),
        ("Team pls check the batch", "Team"),
        ("Mum can you send it", "Mum"),
        ("Doc check failed: upload a clearer scan", "Doc"),
        ("Mule check: account opened 9 Aug", "Mule"),
        ("name = 'TEST USER'", "TEST"),
        ("name='Default Profile'", "Default"),
        ("banquet at Maxim's Palace, City Hall", "Hall"),
        ("FPS to St. Paul's College", "Paul"),
        ("Prince Edward station exit", "Edward"),
        ("Visa、Master、银联 都收", "银联"),
        ("Apple 叔叔 嘅舖", "Apple"),
        ("lives in Jordan (Yau Tsim Mong).", "Yau"),
        ("来自王府井的订单", "王府井"),
        ("来自江门的客户", "江门"),
        ("给小雄交朱文安高中的学费", "朱文安"),
        ("收款行：BDO Unibank（马尼拉）", "马尼拉"),
    ],
)
def test_when_the_scree_look_alikes_name_no_person_then_they_stay_out(text: str, word: str) -> None:
    left_by_both(text, word)


def test_when_a_config_keys_password_is_followed_by_a_chinese_clause_then_the_clause_stays_out(
    detector: Detector,
) -> None:
    text = "误提交到Git：DB_PASSWORD=pG7!xR2m#Lq9，5分钟内已回滚并轮换。提交人小何"
    assert found(detector, text, "AUTH_SECRET") == ["pG7!xR2m#Lq9"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Beneficiary (wife) Ana Paula Remédios, tel +853 6628 1403.", "Ana Paula Remédios"),
        ("澳門居民 Maria de Fátima Remédios，BIR 5215678(3)", "Maria de Fátima Remédios"),
        ("Maria da Silva Costa paid the deposit", "Maria da Silva Costa"),
        ("key set in env. Priyanka on call tonight.", "Priyanka"),
        ("FYI Wing is on duty", "Wing"),
    ],
)
def test_when_a_portuguese_name_or_a_roster_names_a_person_then_found(text: str, name: str) -> None:
    found_whole_by_both(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Paid to Maria de Fatima Hospital", "Maria"),
        ("Hotel Maria Teresa Lobby", "Maria"),
        ("Anna Maria Island tour", "Anna"),
        ("Doctor on call tonight", "Doctor"),
        ("Team on call", "Team"),
    ],
)
def test_when_a_portuguese_or_roster_look_alike_names_no_person_then_it_stays_out(text: str, word: str) -> None:
    left_by_both(text, word)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "OTP never arrived. Told him never to read out the code... he had already read 482913 to me",
            "AUTH_SECRET",
            "482913",
        ),
        ("OTP? she gave me 551 092 ok", "AUTH_SECRET", "551 092"),
        ("hi is this Vincent? got ur number ９１２５ ７７０３ from the group", "PHONE_NUMBER", "９１２５ ７７０３"),
        ("my number is 6123 4567", "PHONE_NUMBER", "6123 4567"),
    ],
)
def test_when_a_code_is_told_or_a_number_is_someones_then_found(
    detector: Detector, text: str, kind: str, value: str
) -> None:
    assert found(detector, text, kind) == [value], (text, found(detector, text, kind))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("code: he typed 1234 5678 9012 3456", "AUTH_SECRET"),
        ("the code was sent 10:42, he sent 300 HKD", "AUTH_SECRET"),
        ("PIN reset, I told him 4 times", "AUTH_SECRET"),
        ("【系統通知】閣下帳戶於 2024-09-03 23:41 由 IP 203.0.113.57 登入", "CN_BANK_ACCOUNT"),
        ("請提供 txn id 同 login email / cust: tiffany.yip@example.hk", "AUTH_SECRET"),
        ("your order number 6123 4567", "PHONE_NUMBER"),
    ],
)
def test_when_a_told_number_or_a_dated_run_is_no_secret_then_it_stays_out(
    detector: Detector, text: str, kind: str
) -> None:
    assert found(detector, text, kind) == [], (text, found(detector, text, kind))


# a review of the evening's change (a helper's): inputs the classes above had broken, found again, and the
# over-reaching ones, out again
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("张伟高中毕业后借了我5000元", "张伟"),
        ("張偉高中畢業就出嚟做嘢，借咗我5000", "張偉"),
        ("王芳初中同学借了3000", "王芳"),
        ("李明小学老师家访，转了200", "李明"),
        ("陈大文牙科复诊费用800已付", "陈大文"),
        ("叫谭仔来拿", "谭仔"),
        ("金饰华已付款", "金饰华"),
        ("Tito approved it", "Tito"),
        ("sent to Tom. Kelvin has the card", "Kelvin"),
        ("满月酒礼金：外婆 2000　许国平 1000　姜红 500　向阳 600　林森 400　阿芳 300　大刘 300", "大刘"),
    ],
)
def test_when_the_review_found_a_name_lost_then_it_is_found_again(text: str, name: str) -> None:
    found_by_both(text, name)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("口令#Abc123xyz", "Abc123xyz"),
        ("passwords#Abc123xyz", "Abc123xyz"),
        ("security answer#Fluffy2009", "Fluffy2009"),
        ("密保答案#Fluffy2009", "Fluffy2009"),
        ("password (new)#Abc123xyz", "Abc123xyz"),
        ("DB_PASSWORD=Ab1！Cd2？Ef3", "Ab1！Cd2？Ef3"),
        ("REDIS_PASSWORD=abc：def123", "abc：def123"),
        ("SMTP_PASS=Xy!9、Lp2q", "Xy!9、Lp2q"),
        ("密码#Abc123xyz", "Abc123xyz"),
    ],
)
def test_when_the_review_found_a_secret_cut_then_it_is_found_whole(detector: Detector, text: str, secret: str) -> None:
    assert found(detector, text, "AUTH_SECRET") == [secret], (text, found(detector, text, "AUTH_SECRET"))


@pytest.mark.parametrize(
    "text",
    [
        "password not accepted on my iPhone13 since yesterday",
        "password reset fails on iOS17.4.1 after update",
        "forgot password, using Win11Pro laptop",
        "password changed. Model: GalaxyS23Ultra",
        "密码错误，错误码 ERR_Auth401",
        "password reset; booking ref Abc12345",
        "password reset ticket Ref#Ab2024x raised",
        "password reset requested; order No HKo2024A1 shipped",
        "密码已重置，快递单号 SF1234567890abc",
        "the wifi password is on the router; my room is Rm12B-3F",
        "password expired, promo code Save20Now still works?",
        "PIN entered; payment of 1200 failed",
        "OTP sent; card ending 4821 was rejected",
        "PIN ok; card expiring 0926 invalid",
        "otp at 1430 expired",
        "error code 4012 rejected",
        "merchant code 5411 rejected",
        "the promo code didn't apply, item 1234 invalid",
    ],
)
def test_when_the_review_found_a_false_secret_then_it_stays_out(detector: Detector, text: str) -> None:
    assert found(detector, text, "AUTH_SECRET") == [], (text, found(detector, text, "AUTH_SECRET"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("陳大文 300，李小明 300，宵夜 200", "宵夜"),
        ("张伟 300 李娜 300 微信 200 支付宝 100", "微信"),
        ("张伟 300 李娜 300 微信 200 支付宝 100", "支付宝"),
        ("張偉 300，李娜 300，食飯 200，糖水 50，尚欠 100", "尚欠"),
        ("refund for the Chloe bag bought last week", "Chloe"),
        ("ordered a Dell laptop HK$8,999 on instalment", "Dell"),
        ("shipped via Kerry, tracking number to follow", "Kerry"),
        ("colour temperature 6500 Kelvin lamp refund", "Kelvin"),
        ("a Holly wreath HK$250 Christmas order", "Holly"),
        ("Payme transfer pending", "Payme"),
        ("Samsung pay did not work", "Samsung"),
        ("Citi did not reply", "Citi"),
        ("Uber 叔叔 送餐", "Uber"),
        ("搭客 tai po 落车", "tai"),
        ("商户 lai chi kok 店", "lai"),
        ("name on card CATHAY PACIFIC", "CATHAY"),
        ("name on card Same As Passport", "Same"),
        ("拼音 OK", "OK"),
        ("Lo/Wu/Lok Ma Chau crossing", "Wu"),
    ],
)
def test_when_the_review_found_a_false_name_then_it_stays_out(text: str, word: str) -> None:
    left_by_both(text, word)


def test_when_a_payee_is_named_like_gold_ware_then_the_context_still_finds_it() -> None:
    text = "收款人：金器华"
    assert hit(spans(text), at(text, "金器华")), (text, spans(text))
