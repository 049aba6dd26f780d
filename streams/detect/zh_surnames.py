"""Chinese surnames in Simplified characters (Traditional text is folded to Simplified before it
is read), and the romanised surnames of Pinyin and of Hong Kong and Macao Cantonese.

``COMMON`` are the surnames frequent enough that a surname of them plus a likely given name is a
name with little context; the others need a context word or punctuation around them.
"""

from __future__ import annotations

COMMON = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁郑谢宋唐许韩冯邓曹彭曾萧肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹熊白孟秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤区麦关邝岑冼温欧伍甘骆容植翁麦霍柯卓巫游阮凌施洪倪庞鲁葛俞宁聂章"
)
RARE = "祝尤殷齐易乔赖纪舒柴邢邬阎池樊焦季车喻詹车滕钟房蒲左单包苗谷穆宁宫涂费文华连劳童古简"
# surnames outside the hundred commonest that are still borne by many (mainland registers) or are
# typical of Hong Kong and Macao (禤 Huen, 佘 Shea, 冼 Sin, 甄 Yan, 卫 Wai): like RARE, they need a
# likelier given name than COMMON ones
OTHER = "卫佘禤甄湛裴戚瞿晏闵耿饶郎苑濮牟庄鲍柳艾翟辛岳祁娄冉邰隋郁嵇钮缪糜揭仉骞蓝练欧利源"
# surnames of the commonest few hundred that rarely begin a common word (颜 Ngan, 毕, 梅 Mui, 靳,
# 姬, 桑): like OTHER
OTHER += "颜毕卞禹臧屈虞裘靳储姬冀亓桑梅"
# the Korean surname 朴 (Park) of Hong Kong's and the mainland's Korean communities (朴智恩, 朴雪)
OTHER += "朴"
SINGLE = "".join(dict.fromkeys(COMMON + RARE + OTHER))
# surnames of the commonest three hundred that begin many words (常用, 安全, 牛奶, 杭州): the name
# scanner reads them like OTHER (a likelier given name; the dictionary's words they begin are none:
# 常思远, 安可馨, 蒙桂兰, 杭建平); outside SINGLE, which the model's statistics were built with
# (agents.local.build_zh_names: jieba's names of these surnames are words as often: 牛仔, 安心)
# and 农 (Nong, of the Zhuang of Guangxi), 尚, 仇, 柏: borne by many, missing from the built list
# (农秀兰, 尚志刚, 仇丽娜, 柏丽); the words they begin (农行, 尚未, 仇恨, 柏林) are none
WORDY = "常安蒙杭贝牛党冷宗农尚仇柏"
# rarer surnames a payer, a caller or a loan's party bears (阚 Kan, 查 Zha, 解 Xie: 阚丽君, 查文斌, 解红梅),
# read like WORDY: 查 and 解 begin many words (查询, 查收, 解决, 解冻), which are none
WORDY += "阚查解"
# 付 Fu, common on the mainland's registers (付晓光); it begins many words (付款, 付清), which are none
WORDY += "付"
# and 褚 Chu, rarer, borne by a caller or a victim (褚国平); outside SINGLE, which the model's
# statistics were built with
WORDY += "褚"
# and 招 Chiu, a Cantonese surname of Hong Kong and Macao (招志明, 招詠欣); it begins many words (招聘, 招商,
# 招呼), which are none
WORDY += "招"
COMPOUND = (
    "欧阳",
    "司徒",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "慕容",
    "令狐",
    "公孙",
    "夏侯",
    "尉迟",
    "长孙",
    "宇文",
    "端木",
    "澹台",
    "西门",
    "南宫",
    "司空",
    "呼延",
    "申屠",
    "闻人",
    "钟离",
    "赫连",
    "百里",
)
# compound surnames still borne but outside COMPOUND, which the model's statistics were built with
# (单于 Chanyu: 单于明); the name scanner reads them like COMPOUND
COMPOUND_WORDY = ("单于",)

# romanised surnames: Hong Kong / Macao Cantonese spellings, then Pinyin
CANTONESE = frozenset(
    (
        "Chan Wong Lee Cheung Lau Ng Leung Ho Tsang Lam Yeung Chow Tang Tse Yip Fung Kwok Mak Chu Siu Lo Tam Au Lai "
        "Law Choi Tsoi Tsui Poon Kwan Hui Chung Cheng Wan Pang Ko Kong Shum Sze Yuen Lui Chau Mok Leong Sou Iao "
        "Lei Chio Ieong Kam Kwong Lok Lung Ngai Ngan Szeto Sit Suen Tong Tung Woo Yau Yim Yiu Fok Fong Hon Hau "
        "Heung Kok Kot Ling Keung Kung Kwai Lai Lim Loh Lum Mui Ngo Pun Shek Shiu Sin Tin Tsoi Wai Wu Yan Yee "
        "Yung Cheuk Chiu Chong Chuk Hung Ip Kan Kei Kiu Kui Leong Liu Luk Man Ming Ting To Tsai Tso Tsun Un Wat "
        "Yam Yeo Yeung Yu Chin Choy Fu Ha Hsu Koo Kuk Kwong Lin Look Ma Mo Pak Pau Sham Siew Soo Tai Tan Tou Wing "
        "Yeap Ao Lao Lou Vong Wun Lio Chui Chak Chim Tam Kou Pou Hoi Cheong Seto Auyeung Leung"
    ).split()
)
PINYIN = frozenset(
    (
        "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Liang Zheng Xie Song "
        "Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lv Lyu Ding Ren "
        "Shen Yao Lu Cui Zhong Tan Fan Jin Shi Liao Jia Xia Fu Fang Zou Xiong Bai Meng Qin Qiu Yin Xue Yan Duan "
        "Lei Hou Long Tao Gu Mao Hao Gong Shao Wan Qian Dai Mo Kong Xiang Qi Ou Niu Kang Ning Nie Zhan Ge Geng "
        "Ouyang Sima Shangguan Situ Zhuge Dongfang Murong Huangfu Linghu Gongsun Xiahou Zhangsun Yuwen Duanmu "
        "Tantai Ximen Nangong Sikong Huyan Shentu Wenren Zhongli Helian Baili Wei Yue Zhen Pei Qu Zhuang "
        "Bao Zhai Xin Ji Lou Yu Yun Lian Ou Qiao Lai Xie Ren Shi Zhan Weng Kang Fei Zhu"
    ).split()
)
# the Hokkien, Teochew and Hakka spellings of Singapore, Malaysia and Indonesia (Goh 吳, Tan 陳,
# Lim 林, Teo 張, Ong 王, Koh 許, Ang 洪, Chua 蔡, Tay 鄭, Yeo 楊, Quek 郭, Ooi 黃, Khoo 邱, Toh 杜)
SOUTHERN = frozenset(
    (
        "Goh Tan Lim Teo Ong Koh Ang Chua Tay Yeo Quek Sim Toh Ooi Khoo Low Neo Heng Seah Teh Chia Phua Liew "
        "Foo Yap Loh Sng Tng Gan Soh Poh Hew Wee Yeoh Tee Chee Boey Chew Choo Lau Kwek Ngiam Ngoh Oei Phang "
        "Tio Thio Tjia Tjoa Liem Oey Kho Gouw Kwee Tjhin Kuek Tiong Boon Lye Ling Pek Sia Siah Tey Lek"
    ).split()
)
# Cantonese compound surnames written as two words ("Au Yeung", "Sze To", "Szeto")
CANTONESE_COMPOUND = frozenset(("Au Yeung", "Sze To", "Au-Yeung", "Sze-To", "Ou Yeung", "Seung Kwun"))
# Korean surnames in their usual romanisations, read like Chinese ones (a Korean given name is one
# or two syllables, often hyphenated: Kim Min-jun); Park, Song, Moon, Son, Oh are English words too
# and are left out
KOREAN = frozenset("Kim Choi Jung Jeong Kang Cho Yoon Jang Kwon Hwang Ahn Seo Shin Baek Heo Ryu Byun Jeon Yoo".split())
ROMAN_SURNAMES = CANTONESE | PINYIN | SOUTHERN | KOREAN
# Vietnamese surnames (the first word of a Vietnamese name): VIETNAMESE_ONLY are not also Chinese
# romanisations, so a run they start is Vietnamese; the others (Le, Ho, Lam, ...) need a middle
# name that is Vietnamese (Nguyen Thi Hoa, Le Van Nam)
VIETNAMESE_ONLY = frozenset(
    "Nguyen Tran Pham Huynh Hoang Phan Vu Vo Dang Bui Duong Dinh Trinh Truong Doan Luong Quach Kieu Ngo".split()
)
VIETNAMESE = VIETNAMESE_ONLY | frozenset("Le Ho Lam Ly Mai Cao Ha Ta Chu Lai Thai La Tong Mac Giang Do".split())
VIETNAMESE_MIDDLE = frozenset(
    "Thi Van Duc Ngoc Minh Thanh Quoc Huu Xuan Thu Hong Kim Anh Cong Gia Bao Dinh Thuy Phuong Tuan Hai".split()
)
