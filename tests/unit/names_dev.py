"""A development set for PERSON detection, written for the name recognizers (not the evaluation
corpus in tests/corpus/, which is only ever measured). ``⟦...⟧`` marks a name; everything else,
look-alikes included, is not one. ``DEV`` maps a language to its marked texts."""

from __future__ import annotations

import re

_MARK = re.compile(r"⟦([^⟦⟧]*)⟧")

ZH_HANS = [
    "汇款给⟦刘伟⟧，用途：货款",
    "今天已汇款给⟦刘思远⟧五千元",
    "请为⟦王小红⟧代付本月物业费",
    "本笔由⟦张建国⟧支付，请核对",
    "向⟦陈静⟧还款三千元整",
    "转账给⟦欧阳娜娜⟧，备注学费",
    "⟦李娜⟧房租3月",
    "⟦赵磊⟧工资已发放",
    "⟦孙悦⟧学费第二期",
    "香港居民⟦何嘉欣⟧申请开户",
    "联系人（⟦周杰⟧）电话另附",
    "付款方：⟦马丽⟧、⟦郭晓东⟧、⟦韩梅梅⟧",
    "⟦上官婉儿⟧的奖学金",
    "⟦司马光⟧与⟦诸葛亮⟧合租押金",
    "代⟦林晓峰⟧缴纳保险费",
    "⟦黄志强⟧还信用卡",
    "收款人为⟦吴芳⟧，开户行深圳分行",
    "给⟦郑爽⟧的生活费",
    "⟦许文博⟧报销差旅费",
    "已向⟦冯晓明⟧退款",
    "本人⟦高鹏⟧，转账用途为家用",
    "⟦宋雨桐⟧和⟦唐一鸣⟧的课程费",
    "替⟦徐丽⟧交电费",
    "与⟦蔡明⟧签约的租金首付",
    "请⟦邓超⟧确认收款",
    "⟦曾志伟⟧借款归还",
    "⟦谢娜⟧医药费",
    "（经办：⟦杜海涛⟧）",
    "借给⟦罗晶⟧两万元",
    "支付宝转账——⟦潘玮⟧",
    "收到⟦袁泉⟧汇来的定金",
    "⟦叶倩⟧：餐费AA",
    "委托⟦蒋欣⟧办理",
    "母亲⟦沈佳怡⟧生日红包",
    "⟦田甜⟧交水费",
]

ZH_HANT = [
    "轉賬俾⟦陳大文⟧，食飯錢",
    "匯款給⟦黃美玲⟧，用途：學費",
    "由⟦李嘉欣⟧支付訂金",
    "為⟦張志明⟧代付管理費",
    "向⟦梁詠琪⟧還款",
    "⟦歐陽震華⟧學費第一期",
    "⟦司徒詠儀⟧租金四月",
    "澳門居民⟦鄭少秋⟧開戶",
    "香港居民⟦劉德華⟧，職業演員",
    "⟦吳家樂⟧人工已過數",
    "付款人（⟦何韻詩⟧）已確認",
    "俾返⟦麥兆輝⟧上次夾錢",
    "⟦謝霆鋒⟧嘅按金",
    "⟦鍾嘉欣⟧、⟦關詠荷⟧、⟦區家麟⟧三人分攤",
    "代⟦蘇永康⟧交電費",
    "⟦葉德嫻⟧醫藥費",
    "收款方：⟦鄧麗欣⟧",
    "請⟦羅家英⟧核對",
    "⟦楊千嬅⟧還錢",
    "借俾⟦袁詠儀⟧一萬蚊",
    "⟦譚詠麟⟧的保險費",
    "過數俾⟦馮寶寶⟧",
    "⟦上官靜⟧生活費",
    "⟦岑寧兒⟧補習費",
    "同⟦鄺文偉⟧夾錢買禮物",
]

ZH_NEG = [
    "周大福黄金手链一条",
    "李宁运动鞋退货",
    "周大福珠寶金行",
    "李寧專門店退款",
    "谢瑞麟首饰维修费",
    "余额不足，请充值",
    "金额：5000元",
    "马上支付",
    "方便面一箱",
    "高铁票退款",
    "关于本月账单",
    "任何问题请联系客服",
    "周一到账",
    "王府井百货购物",
    "黄金价格上涨",
    "江苏省南京市",
    "林业局缴费",
    "石材加工费",
    "白云机场停车费",
    "钱包充值",
    "文件已上传",
    "陆家嘴分行",
    "房租已付",
    "工资条已发",
    "深圳市南山区科技园",
    "旺角彌敦道",
    "銅鑼灣時代廣場",
    "何文田站",
    "黃大仙祠香油錢",
    "萬寧購物",
    "周末再轉",
    "高級會員年費",
    "陳列架運費",
    "張貼廣告費",
    "曾經付過",
    "向上取整",
    "程序错误代码E1001",
    "于是退款",
    "宋体字库授权",
    "唐朝文物展门票",
    "戴森吹风机",
    "康师傅方便面",
    "老干妈辣酱",
    "同仁堂药材",
]

EN = [
    "Paid to ⟦Liu Wei⟧ for March rent",
    "Transfer from ⟦Huang Zixuan⟧",
    "⟦Ka-ming Wong⟧ settled the invoice",
    "Refund ⟦LEUNG Wai-man⟧ HKD 300",
    "⟦Tse Mei Ling⟧ tuition fee",
    "⟦Kelvin Yip⟧ dinner split",
    "Thanks ⟦Chan Tai Man⟧",
    "⟦Wang Xiaoming⟧ salary",
    "Beneficiary ⟦Zhang Jianguo⟧",
    "⟦Siu-fung Lam⟧ deposit",
    "⟦CHEUNG Ka Ho⟧ paid by FPS",
    "⟦Mandy Chan⟧ and ⟦Kevin Lau⟧ shared the bill",
    "loan repaid by ⟦Au Yeung Chun-kit⟧",
    "⟦Ho Wing-sze⟧ rent deposit",
    "⟦Chen Jing⟧ reimbursement",
    "⟦Zixuan Huang⟧ visa fee",
    "⟦Stephanie Tsang⟧ booked",
    "⟦Jason Kwok Chi-wai⟧ PIPIA signed",
    "⟦Lei Kuan Ieong⟧ Macao resident",
    "⟦CHAN TAI MAN⟧ / HKID on file",
    "Sent to ⟦Ouyang Nana⟧",
    "⟦Winnie Mak⟧ support ticket",
    "⟦Yip Hoi-lam⟧ account review",
    "⟦Alan Fung⟧ chargeback dispute",
    "Call ⟦Wong Siu Ming⟧ back",
]

EN_NEG = [
    "Chow Tai Fook ring refund",
    "Lee Kum Kee sauce order",
    "Li Ning store in Mong Kok",
    "Meeting at Wan Chai branch",
    "Chargeback opened, KYC L1 pending",
    "Order 2024-88811 shipped",
    "Ho Man Tin station exit",
    "Wong Tai Sin temple donation",
    "Sham Shui Po electronics",
    "Tsim Sha Tsui hotel booking",
    "Ma On Shan flat rent",
    "Hang Seng Bank transfer",
    "Sun Hung Kai Properties fee",
    "Tai Koo shop purchase",
    "Kwun Tong office lease",
    "Lok Fu mall parking",
    "Chow Sang Sang bracelet",
    "Luk Fook Jewellery deposit",
    "Tim Ho Wan dinner",
    "Yuen Long warehouse",
    "Sha Tin racecourse",
    "Futian district office",
    "Nanshan tech park",
    "Shenzhen Bay Port crossing",
    "Please confirm the OTP",
    "Invoice INV-00231 paid",
    "Man Wah Holdings supplier",
    "Tung Chung cable car",
    "Wing Lung Bank wire",
    "Cheung Kong Center rent",
]

MIXED = [
    "Refund to ⟦陳大文⟧ via FPS",
    "⟦Eric 陳⟧ 交咗按金",
    "⟦Mandy 鄧⟧ paid 學費",
    "⟦司徒 Ka Lok⟧ 轉賬",
    "Paid ⟦黃志強⟧ HKD 500 for 房租",
    "⟦Kelvin Yip⟧ 俾咗錢",
    "客戶⟦張偉⟧ requested refund",
    "⟦LAU Ka-yan⟧ 申請退款",
    "轉賬俾⟦Tse Mei Ling⟧",
    "Li Ning 旗艦店 refund",
    "周大福 Chow Tai Fook invoice",
    "旺角 Mong Kok branch",
]


def strip(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """The plain text and the names' (start, end) in it."""
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos : m.start()])
        length += m.start() - pos
        spans.append((length, length + len(m.group(1))))
        out.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


DEV: dict[str, list[str]] = {
    "zh-Hans": ZH_HANS,
    "zh-Hant": ZH_HANT,
    "zh-neg": ZH_NEG,
    "en": EN,
    "en-neg": EN_NEG,
    "mixed": MIXED,
}
