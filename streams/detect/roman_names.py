"""Romanised Chinese names without a title or a model: Pinyin (``Liu Wei``, ``Huang Zixuan``),
Hong Kong and Macao Cantonese in either order with hyphenated or spaced given names and
capitalised surnames (``Ka-ming Wong``, ``LEUNG Wai-man``, ``Tse Mei Ling``, ``Au Yeung
Chun-kit``), an English given name before a Chinese surname (``Kelvin Yip``, ``Jason Kwok
Chi-wai``, ``Eric 陳``) and a Chinese surname before a romanised given name (``司徒 Ka Lok``).

Names of other languages in Latin letters too: a given name, perhaps a middle name or a particle,
then a surname (``Matthew Harrington``, ``Ludwig van Dijk``), the given names and surnames from
Faker's per-locale lists (``roman_names_data``, common English words left out) or a surname by its
shape (``O'Neill``, ``Al-Sayed``, ``Kowalski``, ``Petrovic``); Malay patronymics (``Siti Aminah
binti Yusof``); Vietnamese names, surname first (``Nguyen Thi Hoa``).

A run of capitalised (or all-capital) words is read word by word, each with its roles (see
:func:`_kind`): a romanised Chinese surname (``zh_surnames.ROMAN_SURNAMES``: Pinyin, Hong Kong and
Macao Cantonese, Hokkien and Teochew spellings), a Vietnamese one, another surname, a given-name
word (one or two syllables of Pinyin or of Hong Kong's Cantonese romanisation, hyphenated parts
each one syllable), an English given name or another language's. A name is a given name, a
Chinese surname, then up to two given-name words; a given name then another surname; a Chinese
surname then one or two given-name words; or given-name words then a surname, when the given name
is hyphenated or is not itself a surname. Districts, streets and brands named like people (Mong
Kok, Chow Tai Fook, Lee Kum Kee, Li Ning, Morgan Stanley) are a list of their own, and a run
followed by a word such as Road, Bank, Jewellery or branch (or, capitalised, Pay, Motor, Harbour)
is a place or a business, not a person.

Given names alone (:func:`scan_roman_given_names`) need a cue: Ah (``Ah Keung``), a salutation, a
role word or a verb of asking or paying before (``thanks Tiffany``, ``tell Winson``), a Chinese
word of giving or addressing before or a particle after (``俾 Kelvin``, ``Tiffany 嘅``), 阿
(``阿Ling``), or a Cantonese suffix (``May姐``).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate

from streams.detect import roman_names_data
from streams.detect.findings import Finding, coverage
from streams.detect.zh_names import LOOKALIKES as ZH_LOOKALIKES
from streams.detect.zh_names import context_name_end, fold_t2s, scan_zh_names, shop_name, surname_chars
from streams.detect.zh_surnames import (
    CANTONESE_COMPOUND,
    COMPOUND,
    ROMAN_SURNAMES,
    SINGLE,
    VIETNAMESE,
    VIETNAMESE_MIDDLE,
    VIETNAMESE_ONLY,
)

RECOGNIZER = "gc_roman_name"

_PINYIN_SYL = (
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|in|iu|ua|uo|ui|un|ve|ue"
    r"|a|o|e|i|u|v))"
)
_CANTONESE_SYL = (
    r"(?:(?:ch|ts|sh|sz|kw|gw|ng|[bpmfdtlgkhjwysnz])?"
    r"(?:ieong|eung|euk|oeng|aang|aai|aau|aam|aan|aap|aat|aak|uen|uet|ang|ing|ung|ong|eng|iao|uan|ai|au|am|an|ap"
    r"|at|ak|ei|ee|oi|ou|oo|ui|un|ut|uk|iu|im|in|ip|it|ik|ok|on|ot|ue|yu|eun|eui|oy|ay|a|e|i|o|u|z)"
    # (and Hong Kong's spelling of 華, the one common given syllable ending in h: Ho Kin Wah, Wah-ming)
    r"|wah)"
)
# Taiwan's Wade-Giles syllables that neither Pinyin nor Cantonese spells (Chih-hao, Hsiao-wei,
# Shih-chieh, Kuei-lan, Hsiung): hs and tz starting one, ih, ieh, ueh, uei and iung ending one
_WADE_GILES_SYL = (
    r"(?:(?:hs|tz|ch|sh|ts|[kptjlmnwy])?(?:ih|ieh|ueh|uei|iung)|hs(?:iang|iung|iao|ien|ing|iu|in|un|uan|u|i))"
)
_SYL = f"(?:{_PINYIN_SYL}|{_CANTONESE_SYL}|{_WADE_GILES_SYL})"
_GIVEN_WORD = re.compile(rf"{_SYL}{{1,2}}|{_SYL}(?:-{_SYL})+", re.IGNORECASE)

ENGLISH_GIVEN = frozenset(
    (
        "Aaron Ada Adrian Agnes Alan Albert Alex Alexander Alice Alison Alvin Amanda Amy Andrew Andy Angel Angela "
        "Angus Ann Anna Annie Anson Anthony Antonio Apple Ashley Audrey Ben Benjamin Bernard Betty Bill Billy Bonnie "
        "Brian Bruce Calvin Candy Carl Carmen Carol Catherine Cathy Cecilia Charles Charlie Charlotte Cherry Cheryl "
        "Chloe Chris Christina Christine Christopher Cindy Claire Clara Connie Crystal Cynthia Daisy Daniel Danny "
        "David Dennis Derek Diana Dickson Dominic Doris Edmond Edward Edwin Eileen Elaine Eleanor Elizabeth Ella "
        "Ellen Elsa Elsie Emily Emma Eric Erica Ernest Esther Eugene Eunice Eva Fanny Felix Fiona Florence Frank "
        "Franky Gary George Gigi Gilbert Gloria Gordon Grace Hannah Harry Helen Henry Herman Iris Irene Isaac Ivan "
        "Ivy Jack Jackie Jacky Jacqueline James Jane Janet Jason Jasmine Jeffrey Jennifer Jenny Jeremy Jerry Jessica "
        "Jimmy Joan Joanna Joe Joey John Johnny Jonathan Joseph Josephine Joshua Joyce Judy Julia Julian Julie "
        "Justin Karen Karl Kate Katherine Kathy Katie Keith Kelly Kelvin Ken Kenneth Kenny Kevin Kimberly Kitty "
        "Larry Leo Leon Leslie Lily Linda Lisa Louis Lucas Lucy Maggie Mandy Marco Margaret Maria Mark Martin Mary "
        "Matthew Maurice Max Melody Michael Michelle Mike Monica Nancy Natalie Nelson Nicholas Nicole Nina Oliver "
        "Olivia Oscar Pam Patrick Paul Peggy Peter Philip Phoebe Priscilla Queenie Rachel Raymond Rebecca Richard "
        "Rita Robert Roger Ronald Rose Roy Ruby Ryan Sally Samantha Samuel Sandy Sarah Sean Serena Sharon Shirley "
        "Simon Sophia Sophie Stanley Stella Stephanie Stephen Steven Sue Susan Sylvia Terence Teresa Terry Thomas "
        "Tiffany Tim Timothy Tina Tom Tommy Tony Tracy Vanessa Vicky Victor Victoria Vincent Vivian Wendy William "
        "Willy Wilson Winnie Yvonne Zoe"
    ).split()
)
# English given names coined or favoured in Hong Kong and Macao, which lists of English-speaking
# countries' names lack
HK_ENGLISH_GIVEN = frozenset(
    (
        "Winson Bosco Eason Kenson Kinson Hanson Benson Anson Samson Dickson Jackson Carson Vinson Edison Tomson "
        "Wingo Kelvin Ivan Ricky Sammy Jacky Kenny Gigi Kiki Fiona Queenie Winnie Cherry Candy Apple Coco Mimi "
        "Jojo Kitty Fanny Ivy Joey Heidi Cyrus Rex Alvin Dicky Ronnie Eddie Wilfred Wallace Horace Rico Nico "
        # romanised Cantonese given names written as one word, as Hong Kong people sign them
        "Kaman Kayan Kayee Yannie Sammi Winky Yoyo Suki Kinki Wingyan Hoiyan Manyee Hoyin Chiyan "
        # the English given names of the children born from the 1990s on, which the older lists lack and
        # another language's list or a romanised syllable's shape (Kay-la, Me-gan, Nat-han) read otherwise
        "Kayla Kaylee Kylie Kyla Jessie Kaitlyn Caitlin Megan Lauren Hailey Haley Abigail Ethan Aiden Jayden "
        "Dylan Nathan Kyle Natasha Zoey Janice Jocelyn Katrina Kristy Stacy Stacey Mabel Gladys Karina"
    ).split()
)
# the short forms of English given names that chats and notes call people by (Steph, Jas, Rach,
# Jenn, Tash), which the lists lack; none an English word (Will, Ed, Em, Sash and Joss are: will,
# an editor's, a dash, a window's and Hong Kong's joss paper)
SHORT_FORMS = frozenset("Steph Jas Kat Gabby Jen Jenn Nic Rach Tash Viv Bec Stu Izzy Maddie Soph Andi".split())
ENGLISH_GIVEN = ENGLISH_GIVEN | HK_ENGLISH_GIVEN | SHORT_FORMS
_ENGLISH_GIVEN_UPPER = frozenset(n.upper() for n in ENGLISH_GIVEN)
# given names and surnames of other languages in Latin letters (Faker's lists, see
# agents/local/build_roman_names.py), common English words left out
# given names and surnames common among Hong Kong's Indonesian, Filipino, Malaysian and South
# Asian residents (domestic helpers, their families, remitters) and Japanese customers that Faker's
# lists lack (no common English word among them)
SOUTH_EAST_GIVEN = (
    "Sumiati Aminah Rizal Sri Wahyuni Suryani Sulastri Lestari Kartini Rahmah Hafiz Faizal Iskandar Hidayat "
    "Kamarudin Zainal Zulkifli Rosnah Norhayati Salmah Nurhayati Suparmi Sumarni Sutini Tuminah Ngatini "
    "Juminten Sukarti Darmi Wartini Susanti Endang Yuli Erni Nining Fitri Yanti Paini Siti Nur Nurul Aisyah "
    "Marites Maricel Marivic Analyn Mylene Jonalyn Arnel Rodel Ramil Nenita Merlie Jennelyn Corazon "
    "Luzviminda Rowena Jocelyn Marilou Lorna Rosalie Leonora Erlinda Teresita Imelda Remedios Milagros "
    "Editha Maribel Marlyn Rosemarie Jhoanna Mariel Rizalina Jovelyn Gemma Arlene Nelia "
    "Rajesh Sunita Suresh Ramesh Anil Sunil Vijay Ajay Deepak Kavita Ananya Sanjay Manoj Arun Meena Rekha "
    "Geeta Sita Sandeep Pradeep Venkat Vikram Karthik Swati Shalini Preeti Shruti Aishwarya Ganesh Srinivas "
    "Devika Ravi Rohit Nikhil Harpreet Gurpreet Manpreet Jaspreet "
    "Ayumi Haruto Takumi Makoto Kenta Yuto Sota Hina Riko Kaito Daiki Haruka Yuka Misaki Shota "
    # Hong Kong's Nepali and Indian residents (Bishnu Gurung, Raj Malhotra) and Thai ones (Somchai)
    "Raj Rakesh Mahesh Dinesh Prakash Ashok Bikash Santosh Gita Laxmi Usha Sushila Bishnu Purna Sanjeev "
    "Kiran Mohan Raju Sabitri Hemanta Dipak Binod "
    "Thanaporn Somchai Anurak Kittisak Surachai Somsak Siriporn Nattapong Wichai Apinya Malee Niran Pornthip "
    "Supaporn Chatchai Wanida Anan Somsri Prasert Sompong Kanya Napat Arthit Pimchanok Supachai Kittipong "
    "Nattaya Wiroj Sakda"
).split()
SOUTH_EAST_SURNAMES = (
    "Sutherland Hartono Susanto Aquino Manalo Macaraeg Pangilinan Magbanua Dimaculangan Gonzaga Dizon "
    "Fernandes Xavier Kusuma Setiawan Wijaya Santoso Gunawan Pratama Saputra Nugroho Siregar Simanjuntak "
    "Gurung Tamang Thapa Limbu Magar Shrestha"
).split()
# Chinese surnames as Taiwan's Wade-Giles and Macao's Portuguese-era spellings write them, which the
# Pinyin and Hong Kong lists lack (Chang Hsiao-wei, Hsieh Tsung-han, Iong Weng Ian, Cheang Iat Hou);
# none an English word (Yen is a currency, Tu a day)
TAIWAN_MACAO_SURNAMES = frozenset(
    (
        "Chang Chao Chiang Chou Chien Chuang Hsieh Hsiao Hsueh Hsu Kao Kuo Shih Tsao Tseng Tsou Yeh Ku "
        "Iong Ung Kuok Cheang Sio"
    ).split()
)
# Cantonese compound surnames in the spellings the zh_surnames list lacks (Sheung Kwun 上官)
_COMPOUNDS = CANTONESE_COMPOUND | frozenset(("Sheung Kwun", "Sheung-Kwun"))
OTHER_GIVEN = frozenset(roman_names_data.GIVEN_TEXT.split()) | frozenset(SOUTH_EAST_GIVEN)
OTHER_SURNAMES = frozenset(roman_names_data.SURNAMES_TEXT.split()) | frozenset(SOUTH_EAST_SURNAMES)
# given names of Hong Kong's South Asian, Indonesian, Balinese and Malay residents and remitters that the
# lists above lack (Priyanka, Asif, Rizwan, Fauzi, Ilham, Wayan, Ketut), and a Japanese and a Vietnamese
# one (Ryo, Anh); none a common English word
COMMUNITY_GIVEN = (
    "Priyanka Vikas Asif Faisal Zubair Rizwan Aditi Swapna Anushka Harsha Manisha Ritu Sakshi Varun Kunal "
    "Ravindra Wayan Ketut Komang Kadek Gede Ngurah Nengah Fauzi Fauzan Azlan Azman Rizky Fajar Ilham Bayu "
    "Agung Sutrisno Yanto Yudi Dedi Hendro Andri Febri Ryo Anh "
    # and Uyghur and Tibetan given names as mainland documents romanise them (Dilnur, Gulnar, Tenzin, Pema),
    # more of Hong Kong's South Asian and Indonesian residents' (Anand, Wahyu)
    "Dilnur Gulnar Gulnara Mihrigul Aynur Nurgul Dilnaz Ablimit Ablikim Memet Rozi Tursunay Pema Dolma Lhamo "
    "Tashi Dawa Nyima Dorje Anand Aini Ningsih Purnama Wahyuni "
    # more Tibetan given names (Tenzin Dolma, Sonam Tsering, Lobsang Gyatso)
    "Tenzin Sonam Lobsang Tsering Dechen Yangchen Kunga Jigme Norbu Wangmo Choden Namgyal Phuntsok Rinchen "
    "Tsewang Drolma Gyatso Wangchuk Yeshe Pasang Lhakpa Tseten"
).split()
OTHER_GIVEN = OTHER_GIVEN | frozenset(COMMUNITY_GIVEN)
# their surnames and fathers' names used as one (Dilnur Abdukerim, Gulnar Tursun), and South Asian
# surnames the lists lack (Mehta, Qureshi, Farooq); a Tibetan name's second word, which stands where a
# surname would (Tenzin Dorje, Tenzin Dolma)
COMMUNITY_SURNAMES = frozenset(
    "Abdukerim Abdurehim Abdurahman Tursun Memet Ablimit Niyaz Yasin Mehta Qureshi Farooq Ningsih Purnama "
    "Dorje Dolma Drolma Lhamo Norbu Wangmo Choden Namgyal Phuntsok Rinchen Tsering Gyatso Wangchuk Yangchen".split()
)
OTHER_SURNAMES = OTHER_SURNAMES | COMMUNITY_SURNAMES
# common English words, in lower case (Faker's en_US word list and the payment words the lists leave out)
COMMON_WORDS = frozenset(roman_names_data.COMMON_TEXT.split())
# Korean surnames that are English words too (Park, Song, Moon): a surname only before a
# hyphenated Korean given name (Park Ji-eun, Song Min-ho)
KOREAN_WORD_SURNAMES = frozenset("Park Song Moon Son Oh Bae Nam Hong Min Sung Won Noh Han Yang".split())
_KOREAN_SYL = (
    r"(?:kk|tt|pp|ss|jj|ch|[gknmdrlbsjhptcwy])?"
    r"(?:yeo|yae|ye|wae|wa|we|wi|wo|ui|oe|eo|eu|ae|ya|yo|yu|oo|ee|a|e|i|o|u)(?:ng|[kntlmp])?"
)
_KOREAN_GIVEN = re.compile(rf"(?i:{_KOREAN_SYL})-{_KOREAN_SYL}")
_KOREAN_SURNAMES = frozenset(KOREAN_WORD_SURNAMES | {"Kim", "Lee", "Choi", "Jung", "Jeong", "Kang", "Cho", "Yoon"})
_KOREAN_SURNAMES_ALL = _KOREAN_SURNAMES | {"Jang", "Kwon", "Hwang", "Ahn", "Seo", "Shin", "Lim", "Ryu", "Jeon", "Yoo"}
# the first word of many Malay and Indonesian names, which carry no surname (Siti Rahmah, Nur
# Aisyah, Sri Wahyuni): before a listed given name or surname, a name
_MALAY_LEADING = frozenset("Siti Nur Nurul Noor Muhammad Mohd Mohamad Muhd Ahmad Sri Dewi Putri Ayu Wan".split())
_LEADING = frozenset(w for name in _KOREAN_SURNAMES_ALL | _MALAY_LEADING for w in (name, name.upper()))
# the shapes of surnames whatever the list: O'Neill, McKenzie, Al-Sayed, Kowalski, Petrovic, Petrov,
# Lebedev, ...
_SURNAME_SHAPE = re.compile(
    r"(?:O['’]|Mc|Mac|Fitz)[A-Z][a-z]+|(?:Al|El|Ul|Abu|Abd|Abdel|Abdul|Bin|Ben|Ibn|Ait)-[A-Z][a-z]+"
    r"|[A-Z][a-z]{2,}(?:ski|ska|sky|wicz|czyk|enko|chuk|shvili|adze|opoulos|akis|oglu|escu|ovic|evic|ovich|evich"
    r"|ova|eva|ov|ev|sson|ssen|stein|berg|mann|etti|elli|ini|oni|ucci|acci|otti|ez|iak|yan|ian"
    # Japanese (Morimoto, Kinoshita, Noguchi, Fujisawa) and South Indian (Raghunathan, Gopalaswamy)
    r"|moto|mura|shita|bayashi|guchi|hashi|zawa|sawa|kawa|gawa|nathan|swamy|murthy|krishnan"
    # Thai (Wongsakul, Rattanakul, Chaiyaporn, Suksawat, Srisuwan)
    r"|sakul|nakul|yakul|porn|sawat|suwan|wattana|rattana|phong|pong)"
)
# words that read as one or two Chinese syllables but are English words or romanised places
# (Payee, Sunday, Hangzhou, Yunnan): never a given name or a surname
_SYLLABLE_LOOKALIKES = frozenset(
    (
        "Payee Payer Today Monday Sunday Hello Beijing Shanghai Tianjin Chongqing Guangzhou Shenzhen Hangzhou "
        "Nanjing Suzhou Wuhan Chengdu Xiamen Fuzhou Ningbo Qingdao Dalian Kunming Changsha Zhuhai Dongguan "
        "Foshan Huizhou Zhongshan Jiangmen Zhaoqing Shantou Hainan Yunnan Sichuan Hunan Hubei Henan Hebei "
        "Jiangsu Zhejiang Fujian Anhui Jiangxi Shandong Shanxi Shaanxi Guangxi Guizhou Gansu Qinghai Ningxia "
        "Xinjiang Taiwan Taipei Taichung Tainan Macao Taipa Coloane Kowloon Luohu Futian Nanshan Longgang "
        "Shekou Qianhai Yantian Longhua Baoan Huaqiangbei Alipay Wechat Weixin Taobao Tmall Meituan Didi"
    ).split()
)
# the words of a street's name that come before it (Macao's Rua, Avenida, Travessa; Malaysia's Jalan;
# Rue, Calle, Via): the capitalised words after one name a street (Rua de Pedro Coutinho), not a
# person; and forms of address and greetings read as syllables (Madam reads ma-dam, Hi Wing Yan):
# never a name's word
STREET_BEFORE = frozenset(
    (
        "Rua Avenida Av Travessa Estrada Largo Calcada Beco Praca Praia Rotunda Caminho Patio Rue Calle Jalan Jln "
        "Lorong Via Viale Piazza Strada Avenue Boulevard"
    ).split()
)
_SYLLABLE_LOOKALIKES = _SYLLABLE_LOOKALIKES | STREET_BEFORE | frozenset(("Madam", "Madame", "Hi", "Hey", "Thx"))
# particles inside a name: Malay and Arabic patronymics (bin, binti), and the particles of
# European surnames (van, de, da, von)
# romanised surnames that are common English words too (So 蘇): a surname only before a full given
# name of two syllables (So Wing Kei, So Ka-ming), never alone or before one syllable
WORD_SURNAMES = frozenset(("So",))
# (and in a statement's capitals: ABDULLAH BIN ISMAIL)
_PATRONYMIC = frozenset("bin binti bte ibn Bin Binti Bte Ibn BIN BINTI BTE IBN".split())
_PATRONYMIC_LOWER = frozenset(("bin", "binti", "bte"))
_CALENDAR_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun January "
    "February March April May June July August September October November December Jan Feb Mar Apr Jun "
    "Jul Aug Sep Sept Oct Nov Dec Today Tomorrow Tonight".split()
)
# (and the Filipino dela, delos: Juan dela Cruz, Maria Santos Dela Cruz)
# (and the Portuguese do: Ana Lúcia do Rosário; in a statement's capitals: PIETER VAN DIJK, not DO, DI,
# DU, LE, LA, which a line in capitals holds as words)
_PARTICLES = frozenset(
    "van von de da do di del della dos das du der den ter le la dela delos Van Von De Da Di Del Dos Dela Delos "
    "VAN VON DE DA DEL DOS DAS DER DEN".split()
)
# brands and firms named after people, which read as a given name and a surname
BRAND_LOOKALIKES = (
    "Morgan Stanley|Wells Fargo|Louis Vuitton|Calvin Klein|Ralph Lauren|Tommy Hilfiger|Hugo Boss|Michael Kors|"
    "Marc Jacobs|Kate Spade|Tory Burch|Vivienne Westwood|Jimmy Choo|Giorgio Armani|Emporio Armani|"
    "Yves Saint Laurent|Charles Schwab|Merrill Lynch|Lehman Brothers|Estee Lauder|Ted Baker|Paul Smith|"
    "Alexander McQueen|Stella McCartney|Christian Dior|Christian Louboutin|Jo Malone|Bobbi Brown|"
    "Charlotte Tilbury|Tim Hortons|Harvey Nichols|Lane Crawford|Philip Morris|Nina Ricci|Carolina Herrera|"
    "Jean Paul Gaultier|Salvatore Ferragamo|Bottega Veneta|Van Cleef|Harry Winston|Tiffany Co|Dr Martens|"
    "Johnnie Walker|Jack Daniels|Jack Daniel's|Ben Sherman|Karl Lagerfeld|Anna Sui|Vera Wang|Alexander Wang|"
    "Victoria Secret|Marks Spencer|Jenny Bakery|Ronald McDonald|Dean Deluca|Dorothy Perkins|Laura Ashley|"
    "Thomas Cook|Thomas Pink|Ray Ban|Hong Kong|Kowloon City|Macau Peninsula|Tai Kwun|Chung Yeung|Ching Ming|"
    "Heung Yuen Wai|Man Kam To|Sha Tau Kok|Lok Wo Sha|Sam Sing"
)
# districts, streets, stations, brands and businesses named like people (compared case-blind)
LOOKALIKES: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.lower().split())
    for p in (
        "Chow Tai Fook|Chow Sang Sang|Lee Kum Kee|Li Ning|Luk Fook|Tse Sui Luen|Hang Seng|Wing Lung|Wing Hang|"
        "Chong Hing|Kee Wah|Tai Cheong|Hui Lau Shan|Wong Lo Kat|Tsui Wah|Cheung Kong|Sun Hung Kai|Hang Lung|"
        "Tim Ho Wan|Yung Kee|Tai Hing|Man Wah|Fung Kee|Ho Hung Kee|Wing Wah|Hung Fook Tong|Kai Kee|Lan Fong Yuen|"
        "Mong Kok|Wan Chai|Ho Man Tin|Wong Tai Sin|Sham Shui Po|Tsim Sha Tsui|Ma On Shan|Tai Koo|Kwun Tong|Lok Fu|"
        "Yuen Long|Sha Tin|Tung Chung|Tai Po|Tsuen Wan|Sai Kung|Lai Chi Kok|To Kwa Wan|Tin Shui Wai|Fo Tan|"
        "Siu Sai Wan|Chai Wan|Shau Kei Wan|Heng Fa Chuen|Ap Lei Chau|Kwai Chung|Kwai Fong|Tsing Yi|Tuen Mun|"
        "Sheung Shui|Tai Wai|Lo Wu|Lok Ma Chau|Shek Kip Mei|Cheung Sha Wan|Mei Foo|Lam Tin|Yau Tong|Choi Hung|"
        "Ngau Tau Kok|Hung Hom|Tai Hang|Sheung Wan|Pok Fu Lam|Wong Chuk Hang|Yau Ma Tei|Jordan|Kowloon Tong|"
        "Kowloon Bay|Diamond Hill|Tai Wo|Kam Sheung|Tseung Kwan O|Po Lam|Hang Hau|Tiu Keng Leng|Tai Kok Tsui|"
        "Mei Lam|Wu Kai Sha|Ma Wan|Lei Tung|Wong Nai Chung|Tai Hang Tung|Kwun Tong|Lo Tak|Fu Tai|Sai Ying Pun|"
        "Kennedy Town|Lei Cheng Uk|Shun Tak|Sun Yat Sen|Hoi Fai|Cheung Chau|Lamma|Tai O|Ngong Ping|Shek O|Stanley|"
        "Wan Tsui|Luohu|Futian|Nanshan|Bao An|Longgang|Qianhai|Shekou|Huaqiangbei|Yantian|Longhua|"
        "Sun Hing|Wing On|Sincere|Shun Hing|Chung Hwa|Chiu Chow|Yue Hwa|Wai Yuen|Lee Garden|Lee Gardens|"
        "Lee Tung|Sai Wan|Ma Tau Wai|To Kwa Wan|Kwa Wan|Kai Tak|Hoi Yuen|Ho Tung|Tung Wah|Po Leung Kuk|"
        "Yan Chai|Kwong Wah|Yau Tsim Mong|Kwai Tsing|Sai Kung|Wan Chai District|Sham Shui Po District|"
        "Sri Lanka|Sri Petaling|Sri Hartamas|"
        # restaurants and food chains named like people (Tam Jai Samgor, Ho Lee Fook); none that a
        # person may be called too (Wong Chi Kei 黃志基 is a name as often as 黃枝記: a listed phrase
        # blocks the person's name wherever it stands)
        "Tam Jai Samgor|Tam Jai Yunnan|"
        # a Thai town, a dog's breed and Taiwan's banks and towns in Wade-Giles (Chiang Mai, Shih Tzu)
        "Chiang Mai|Chiang Rai|Shih Tzu|Chang Hwa|Chang Hua|Kao Hsiung|"
        "Ho Lee Fook|Mak An Kee|Tsim Chai Kee|Lau Sum Kee|Sing Heung Yuen|" + BRAND_LOOKALIKES
    ).split("|")
)
_LOOKALIKE_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in LOOKALIKES:
    _LOOKALIKE_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
# a name run followed by one of these words is a place or a business
_PLACE_AFTER = frozenset(
    (
        "road rd street st avenue ave lane path terrace building bldg centre center plaza station hospital bank "
        "group ltd limited co company holdings jewellery jewelry kitchen restaurant tower house estate court "
        "garden gardens branch store shop market mall temple park port industrial properties pharmacy noodle "
        "noodles cafe hotel village bay school college university stadium pier ferry line mtr district office "
        "warehouse flagship outlet factory trading enterprises international corp corporation inc sauce "
        "racecourse exit interchange tunnel bridge square arcade campus clinic church castle shrine hall"
    ).split()
)
# words that make a capitalised run before them a business or a place when they are capitalised too
# (Grab Pay, Kowloon Motor Bus, Victoria Harbour); in lower case they may be a verb after a name
# (Tse Mei Ling pay 咗)
_BUSINESS_AFTER = frozenset(
    (
        "harbour harbor motor motors bus buses pay wallet airport airways airlines express cruise transport "
        "logistics services service securities capital insurance assurance finance financial fund funds trust "
        "investment investments partners associates consulting solutions systems technologies technology "
        "software labs studio studios media network networks telecom mobile energy power electric auto "
        "automotive foods food beverage bakery salon spa dental medical health academy institute foundation "
        "charity mosque club society association union council committee department bureau authority "
        "commission government index life shipping lines marine "
        # trades of Hong Kong's shops and suppliers (Wing Lee Hardware, Ming Kee Furniture, Lee Garden
        # Seafood, Chan's Tailor)
        "hardware furniture tailor tailors seafood bakeries trading printing engineering construction "
        "decoration renovation electrical plumbing transportation supplies supply florist optical optic "
        "jewelers jewellers watch watches travel tours laundry catering caterers noodles dessert desserts "
        # a memorial or a museum named after a person (Sun Yat-sen Memorial Park), a roast meat shop's
        # or a congee shop's trade (Ng Kee Roast Goose, Wong Kee Congee)
        "memorial museum library gallery roast goose congee wonton bbq "
        # a fruit stall's, a florist's, a limousine's trade (Lam Kee Fruit, Skyline Limo)
        "fruit fruits flowers limo limousine hampers"
    ).split()
)
# the trades a shop's name ends with that a chat shows as its speaker (Lam Kee Fruit:, Ah Wah Seafood:)
_SHOP_TRADES = frozenset(
    "fruit fruits flowers florist seafood bakery noodles congee roast tailor hardware laundry limo catering".split()
)
_PLACE_BEFORE = frozenset(("in", "at", "near", "via", "around"))

_CJK = re.compile("[\u3400-\u9fff]")
_CAPITAL = re.compile("[A-Z][A-Za-z]")
# a word: letters, an apostrophe inside (O'Neill) but not a possessive's ('s), hyphenated parts
_WORD = re.compile(r"[A-Za-z]+(?:['’](?![sS]\b)[A-Za-z]+)?(?:-[A-Za-z]+)*")
# (or after a Chinese word for a customer, a payee or a holder: 客户司徒 Ka Lok; not after 主任, whose 任 is
# a surname's character too: 客戶服務主任 Joyce Lam)
_PERSON_WORD_BEFORE = "|".join(
    "客户 用户 商户 户主 款人 卡人 请人 系人 车主 卡主 件人 收方 付方 会员 职员 店员 柜员 作人 办人 交人 搭客 "
    "客戶 用戶 商戶 戶主 車主 會員 職員 店員 櫃員 辦人".split()
)
_ZH_SURNAME_THEN_ROMAN = re.compile(
    f"(?:(?<![\u3400-\u9fff])|(?<={_PERSON_WORD_BEFORE}))(" + "|".join(COMPOUND) + f"|[{SINGLE}])" + r"[ \t](?=[A-Z])"
)
# every name holds a surname (Chinese, Vietnamese or other, or a word of a surname's shape) or a
# patronymic particle: a text without one of these words has no romanised name
_SURNAME_WORDS = frozenset(
    w
    for name in ROMAN_SURNAMES
    | TAIWAN_MACAO_SURNAMES
    | frozenset(w for c in _COMPOUNDS for w in c.replace("-", " ").split())
    | OTHER_SURNAMES
    | VIETNAMESE
    | _PATRONYMIC
    | _COMPOUNDS
    | WORD_SURNAMES
    | KOREAN_WORD_SURNAMES
    | _MALAY_LEADING
    for w in (name, name.upper())
)
_CAPITALISED = re.compile("[A-Z][A-Za-z]*(?:['’][A-Z][a-z]+|-[A-Z][a-z]+)?")
# a Latin letter, an optional blank, then a CJK character (``Eric 陳``); a CJK character, a blank,
# then a capital (``司徒 Ka Lok``): the mixed forms need one or the other
# (and the first characters of compound surnames that Chinese words seldom start: Chloe 司徒, Amy 諸葛,
# Kelvin 歐陽; not 上, 東, 公, 西, 南, 長, which a mixed text writes after a Latin word as often as a
# surname: Facebook 上, Amazon 公司)
_COMPOUND_RARE_FIRST = "司诸諸皇慕令尉宇端澹申闻聞赫呼"
_LATIN_THEN_CJK = re.compile("[A-Za-z] ?[" + "".join(sorted(surname_chars() | set(_COMPOUND_RARE_FIRST))) + "]")
_CJK_THEN_CAPITAL = re.compile("[\u3400-\u9fff][ \t][A-Z]")
_BLANK_CAPITAL = re.compile("[ \t][A-Z]")
_KINDS: dict[str, str] = {}  # words' kinds, read once (a word recurs across records)
_KINDS_MAX = 1 << 16


def _kind(word: str) -> str:
    """The roles a word may play, one letter each: ``S`` a Chinese surname (romanised), ``V`` a
    Vietnamese one, ``L`` another surname, ``E`` an English given name, ``F`` another given name,
    ``G`` a given-name word of one or two Chinese syllables, ``B`` a patronymic particle (bin,
    binti), ``P`` a surname's particle (van, de); ``-`` none. A word is read only when capitalised
    or all capitals (a particle also in lower case)."""
    kind = _KINDS.get(word)
    if kind is None:
        if len(_KINDS) >= _KINDS_MAX:
            _KINDS.clear()
        kind = _KINDS[word] = _read_kind(word)
    return kind


def _read_kind(word: str) -> str:
    if word in _PATRONYMIC:
        return "B"
    if word in _PARTICLES:
        return "P"
    if not word[0].isupper():
        return "-"
    upper = word.isupper()
    if not upper and not word[1:].replace("-", "").replace("'", "").replace("’", "").islower():
        # CamelCase ("McDonald", "iPhone") is no Chinese name; a hyphen's part may be capitalised
        parts = word.split("-")
        if _SURNAME_SHAPE.fullmatch(word):
            return "L"
        if not all(p[:1].isupper() or p.islower() for p in parts) or not all(p[1:].islower() for p in parts):
            return "-"
    return _roles(word, word.title() if upper else word, upper)


def _roles(word: str, title: str, upper: bool) -> str:
    """The roles of a capitalised (or all-capital) ``word``, ``title`` its capitalised form."""
    if title in _SYLLABLE_LOOKALIKES:
        return "-"
    roles = ""
    if title in ROMAN_SURNAMES or title in TAIWAN_MACAO_SURNAMES or title in _COMPOUNDS:  # Au-Yeung, Sze-To
        roles += "S"
    if title in VIETNAMESE:
        roles += "V"
    if (title in ENGLISH_GIVEN) or (upper and word in _ENGLISH_GIVEN_UPPER):
        roles += "E"
    if title in OTHER_GIVEN:
        roles += "F"
    if _GIVEN_WORD.fullmatch(word) or (word[:3].lower() == "ah-" and _GIVEN_WORD.fullmatch(word[3:])):
        roles += "G"
    if title in OTHER_SURNAMES or (len(word) > 4 and _SURNAME_SHAPE.fullmatch(title)):
        roles += "L"
    if "-" in word and not roles:  # a double surname (Smith-Jones): each part a surname
        parts = title.split("-")
        if all(
            p.title() in OTHER_SURNAMES or p.title() in ROMAN_SURNAMES or p.title() in TAIWAN_MACAO_SURNAMES
            for p in parts
        ):
            roles = "L"
    return roles or "-"


_CAP_WORD = r"[A-Z][A-Za-z]*(?:['’](?![sS]\b)[A-Za-z]+)?(?:-[A-Za-z]+)*(?![0-9])"
# two or more capitalised words (a name has two at least), one blank between, a surname's particle
# (van, binti) among them
_PARTICLE_WORDS = "|".join(sorted(_PATRONYMIC | _PARTICLES))
# (two blanks may part the words of a name in capitals, as OCR and padded form columns print it:
# PATEL  PRIYA; a third parts columns)
_RUN = re.compile(
    rf"(?<![A-Za-z'’-]){_CAP_WORD}"
    rf"(?:[ \t](?:{_CAP_WORD}|(?:{_PARTICLE_WORDS})(?=[ \t][A-Z])|[ \t][A-Z]{{2,}}(?![0-9a-z])))+"
)


def _runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of two or more capitalised words (and particles) separated by one blank, as (start,
    end, word)."""
    return [
        [(w.start(), w.end(), w.group()) for w in _WORD.finditer(text, m.start(), m.end())] for m in _RUN.finditer(text)
    ]


def _blocked(words: list[str], kinds: list[str]) -> list[bool]:
    """Which words of a run belong to a look-alike place or brand; a one-word place before a
    surname is a given name (``Stanley Mok``, ``Jordan Chan``), not the place."""
    lowered = [w.lower().replace("’", "'") for w in words]
    blocked = [False] * len(words)
    if _LOOKALIKE_BY_FIRST.keys().isdisjoint(lowered):
        return blocked
    for i, first in enumerate(lowered):
        for phrase in _LOOKALIKE_BY_FIRST.get(first, ()):
            n = len(phrase)
            if n == 1 and i + 1 < len(words) and ("S" in kinds[i + 1] or "L" in kinds[i + 1]):
                continue
            if _given_after_surname(words, kinds, i, n, blocked):
                continue
            if tuple(lowered[i : i + n]) == phrase:
                for k in range(i, i + n):
                    blocked[k] = True
    return blocked


def _given_after_surname(words: list[str], kinds: list[str], i: int, n: int, blocked: list[bool]) -> bool:
    """A two-word look-alike at ``i`` stands after a Chinese surname that no look-alike holds: it is
    the person's given name (Chan Man Wah, Cheung Mei Lam, Wong Tai Hing), not the shop or the
    place (Man Wah, Mei Lam, Tai Hing). A three-word place after a surname stays a place, and so
    does a phrase that starts with the surname (Wong Tai Sin)."""
    return (
        n == 2
        and i > 0
        and "S" in kinds[i - 1]
        and not blocked[i - 1]
        and (i + n == len(words) or (i + n < len(words) and _statement_tail(words[i + n])))
    )


def _statement_tail(word: str) -> bool:
    """``word`` follows a payee's name on a statement's line: a currency, a code, or a memo's word or a
    month in capitals (CHAN TAI WAI RENT AUG, LEE MAN WAH SALARY)."""
    if word in _STATEMENT_TAIL:
        return True
    return word.isupper() and (word.lower() in COMMON_WORDS or word.title() in _CALENDAR_WORDS or word in _MEMO_WORDS)


# the words of a statement line's memo in capitals that the common words lack
_MEMO_WORDS = frozenset("SALARY RENT DEPOSIT LOAN TUITION FEE FEES BILL REPAY REFUND".split())


# what a bank statement's line prints after the payee's name (CHAN TAI WAI HKD 500.00, MAK WING HANG REF ...)
_STATEMENT_TAIL = frozenset("HKD CNY RMB USD MOP EUR GBP JPY SGD PHP MYR AUD CAD TWD NTD REF DR CR BAL".split())


def _after_place_word(text: str, run: list[tuple[int, int, str]], words: list[str], i: int) -> bool:
    """The name at word ``i`` of ``run`` follows a place's preposition (at Chan Tai Man: a shop or a
    building), right before it or before the run it ends (Dinner at Fook Lam Moon, at Ser Wong Fun:
    the run whole is the shop's name); a title or a role word before it in the run makes it a
    person's (at Mr Wong Siu Ming's office), and so does an owner's possessive after a name given name
    first (in Olga Ivanova's laptop, at Priya Sharma's home: :func:`_owned_after`)."""
    if _prev_word(text, run[i][0]) in _PLACE_BEFORE:
        return not _owned_after(text, run, words, i)
    if i == 0 or words[i - 1].title() in _TITLES or words[i - 1].lower() in _ROLE_WORDS:
        return False
    return _prev_word(text, run[0][0]) in _PLACE_BEFORE


# a possessive's 's and the lower-case noun it owns (Ivanova's laptop)
_OWNED_NOUN = re.compile(r"['’]s[ \t]+([a-z]+)")


def _owned_after(text: str, run: list[tuple[int, int, str]], words: list[str], i: int) -> bool:
    """The run ends in an owner's possessive before a lower-case noun that names no shop nor place
    (Olga Ivanova's laptop; not Maria Santos's restaurant), and its name starts at word ``i`` with a
    listed given name that is no Chinese surname (a shop's name starts with one: Wong's kitchen)."""
    m = _OWNED_NOUN.match(text, run[-1][1])
    if m is None or business_word(m.group(1)):
        return False
    kind = _kind(words[i])
    return ("E" in kind or "F" in kind) and "S" not in kind and not _named_thing(words[i])


def _given_then_word_surname(text: str, run: list[tuple[int, int, str]], words: list[str], i: int) -> int:
    """A given name (English, or another language's that is no Chinese syllable), then a surname that
    is a common English word too (Karen So, Melissa So), where the two end the run or the next
    field's label follows (From: Karen So Sent: ...), and no lower-case word goes on the sentence
    (Thanks Karen So much): 2, or 0."""
    last = i + 1
    if last + 1 < len(words) and not (
        field_label(words[last + 1]) and text[run[last + 1][1] : run[last + 1][1] + 1] in ":："
    ):
        return 0
    end = run[last][1]
    return 0 if _LOWER_NEXT.match(text, end) else 2


_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")


_COMPOUND_FIRST = frozenset(c.split()[0] for c in _COMPOUNDS if " " in c)


def _surname_at(words: list[str], kinds: list[str], i: int) -> int:
    """Words a Chinese surname takes at ``i`` (two for "Au Yeung"), or 0."""
    first = words[i].title()
    if first in _COMPOUND_FIRST and i + 1 < len(words) and f"{first} {words[i + 1].title()}" in _COMPOUNDS:
        return 2
    return 1 if "S" in kinds[i] or first in _COMPOUNDS else 0


def _given_run(kinds: list[str], words: list[str], i: int, most: int = 2) -> int:
    """Given-name words from ``i`` (surnames read as syllables too: ``Tse Mei Ling``, ``Wai Man``)."""
    n = 0
    while n < most and i + n < len(kinds) and ("G" in kinds[i + n] or "S" in kinds[i + n]):
        if "'" in words[i + n] or "’" in words[i + n]:
            break
        # an all-capital word after a capitalised one is an acronym ("Kwok Chi-wai PIPIA")
        if words[i + n].isupper() and i + n > 0 and not words[i + n - 1].isupper():
            break
        n += 1
    return n


def _given_first(words: list[str], kinds: list[str], i: int) -> int:
    """A given name (English or another language's), then a Chinese surname and its given words
    (``Kelvin Yip``, ``Jason Kwok Chi-wai``) or another surname, a middle name or a particle
    between (``Matthew Harrington``, ``Mary Anne Smith``, ``Ludwig van Beethoven``)."""
    k = kinds[i]
    if i + 1 >= len(words):
        return 0
    # a given name that is also a Chinese syllable (Hong, Kai) only before a surname that is not
    # Chinese: Hong Kong, Kai Tak read as Chinese words
    syllable = "G" in k and "E" not in k and len(words[i]) <= 4  # Sofia Chan is no Chinese word
    # another language's given name of four letters that is no Chinese surname (Yuki Chan, Mina Lee)
    if syllable and "F" in k and "S" not in k and len(words[i]) == 4:
        syllable = False
    s = _surname_at(words, kinds, i + 1)
    if s and not syllable:
        return 1 + s + _given_run(kinds, words, i + 1 + s)
    # middle names and particles, up to two, before the surname (Mary Anne Smith, Maria Fernanda da
    # Silva): the nearest surname ends the given names
    j = i + 1
    while j + 1 < len(words) and j < i + 3 and "L" not in kinds[j]:
        if not (kinds[j] == "P" or "E" in kinds[j] or "F" in kinds[j]):
            break
        j += 1
    # (after a particle, a surname on no list: Sophie van Dijk, Ana Lucia do Rosario; the particle says one
    # follows; not a business's or a place's word: Maria do Carmo Hospital is the place's)
    # (or after a particle and a given name, the Portuguese given names Maria de Fátima, Maria da Conceição:
    # Maria de Fatima Noronha)
    after_particle = kinds[j - 1] == "P" or (
        j > i + 2 and kinds[j - 2] == "P" and ("E" in kinds[j - 1] or "F" in kinds[j - 1])
    )
    if ("L" not in kinds[j] or (syllable and "S" in kinds[j])) and not (
        j > i + 1
        and after_particle
        and "do" not in (words[j - 1], words[j - 2])
        and kinds[j] == "-"
        and _particle_surname(words[j])
    ):
        return 0
    # a second surname, a particle's or a Chinese one (Macanese: Maria da Silva Chan, Jose Maria
    # dos Santos Ho): one more at most
    end = j
    if end + 1 < len(words) and ("L" in kinds[end + 1] or "S" in kinds[end + 1]):
        end += 1
    elif end + 2 < len(words) and kinds[end + 1] == "P" and "L" in kinds[end + 2]:
        end += 2
    return end - i + 1


def _particle_surname(word: str) -> bool:
    """``word``, on no list, after a surname's particle may be the surname (van Dijk; after do, the English
    verb, only a listed one: do Rosario, not Ask Amy do Accounts): no business's or place's word, no
    day's or month's, no common English word (Can Mary do Friday)."""
    return not business_word(word) and word not in _CALENDAR_WORDS and word.lower() not in COMMON_WORDS


def _patronymic(words: list[str], kinds: list[str], i: int) -> int:
    """One or two given names, bin/binti, and the father's name (``Siti Aminah binti Yusof``). With
    the particle in lower case, the names may be on no list (``Mohd Azlan bin Yusof``); capitalised
    (``Bin``), one of them must be on one (``Kitchen Waste Bin Collection`` is none). A day or a
    month is no father's name (``Recycling bin Tuesday``)."""
    for p in (i + 1, i + 2):
        if (
            p + 1 < len(words)
            and kinds[p] == "B"
            and kinds[p + 1] not in "BP"
            and words[p + 1][0].isupper()
            and words[p + 1].title() not in _CALENDAR_WORDS
            and all(kinds[x] not in "BP" for x in range(i, p))
        ):
            if words[p] in _PATRONYMIC_LOWER:
                return p - i + 2
            listed = [x for x in (*range(i, p), p + 1) if any(c in kinds[x] for c in "EFLSV")]
            return p - i + 2 if kinds[i] != "-" and listed else 0
    return 0


def _korean_or_malay(words: list[str], kinds: list[str], i: int) -> int:
    """A Korean surname then a hyphenated Korean given name (``Park Ji-eun``, ``KIM Seo-yeon``), or a
    Malay or Indonesian name's first word then a listed name (``Siti Rahmah``): two words, or 0."""
    first, nxt = words[i].title(), words[i + 1]
    if first in _KOREAN_SURNAMES_ALL and "-" in nxt and nxt[0].isupper() and _KOREAN_GIVEN.fullmatch(nxt):
        return 2 if not nxt.split("-", 1)[1][:1].isupper() else 0
    if first in _MALAY_LEADING and nxt[0].isupper() and any(c in kinds[i + 1] for c in "EFL"):
        return 2
    return 0


def _vietnamese(words: list[str], kinds: list[str], i: int) -> int:
    """A Vietnamese surname, then one to three short given words (``Nguyen Thi Hoa``); a surname
    that is also Chinese (Le, Ho, Lam) needs a Vietnamese middle name (``Le Van Nam``)."""
    title = words[i].title()
    n = 0
    while n < 3 and i + 1 + n < len(words):
        w = words[i + 1 + n]
        particle = kinds[i + 1 + n] in "BP" and w.title() not in VIETNAMESE_MIDDLE
        if len(w) > 6 or not w[0].isupper() or particle or "-" in w:
            break
        n += 1
    if n and (title in VIETNAMESE_ONLY or words[i + 1].title() in VIETNAMESE_MIDDLE):
        return 1 + n
    return 0


def _match(words: list[str], kinds: list[str], i: int) -> int:
    """Words of the name starting at word ``i``, or 0."""
    k = kinds[i]
    if (n := _patronymic(words, kinds, i)) > 0:
        return n
    if words[i] in _LEADING and i + 1 < len(words) and (n := _korean_or_malay(words, kinds, i)):
        # (or longer, with a listed surname after its given names: Muhammad Irfan Qureshi)
        return max(n, _given_first(words, kinds, i)) if "E" in k or "F" in k else n
    if words[i] in _OTHER_LEADING and (n := _other_leading(words, kinds, i)):
        return n
    if "V" in k and (n := _vietnamese(words, kinds, i)):
        return n
    if "E" in k or "F" in k:
        n = _given_first(words, kinds, i) or _upper_surname_first(words, kinds, i)
        if n or "S" not in k:
            return n
    s = _surname_at(words, kinds, i)
    if s:
        g = _given_run(kinds, words, i + s)
        # a married name: the husband's surname, her own, then her given words (Chan Lee Mei Ling)
        if g == 2 and "S" in kinds[i + s] and _given_run(kinds, words, i + s, 3) == 3:
            g = 3
        if g:
            return s + g
        # a Hokkien or Cantonese name with Ah before its given syllable (Lim Ah Hock, Chan Ah Ming)
        if i + s + 1 < len(words) and words[i + s] == "Ah" and _AH_SYLLABLE.fullmatch(words[i + s + 1]):
            return s + 2 if not business_word(words[i + s + 1]) else 0
    if words[i].title() in WORD_SURNAMES and i + 1 < len(words):
        g = _given_run(kinds, words, i + 1)
        if g == 2 or (g == 1 and "-" in words[i + 1]):
            return 1 + g
    if n := _given_then_surname(words, kinds, i):
        return n
    return _upper_surname_first(words, kinds, i) or _surname_then_foreign_given(words, kinds, i)


def _upper_surname_first(words: list[str], kinds: list[str], i: int) -> int:
    """A surname, then two given names, every word in capitals and the run's last (``SANTOS MARIA
    LUISA``, ``REYES ANNA MARIE``): as payrolls, identity cards and employment contracts print the name
    of a Filipino or a Latin American helper, surname first; every word a name's, no common English
    word; an acronym of three letters at most may end the run (``SANTOS MARIA LUISA HK$4,990``). 3, or 0."""
    rest = len(words) - i - 3
    if "L" not in kinds[i] or not words[i].isupper() or rest < 0 or rest > 1 or (rest and len(words[i + 3]) > 3):
        return 0
    if not words[i + 1].isupper() or not words[i + 2].isupper():
        return 0
    given = kinds[i + 1 : i + 3]
    if any("E" not in g and "F" not in g for g in given):
        return 0
    if any(w.lower() in COMMON_WORDS for w in words[i : i + 3]):
        return 0
    return 3


def _surname_then_foreign_given(words: list[str], kinds: list[str], i: int) -> int:
    """A surname that is no given name, then a given name of another language that is no surname
    nor English word, as Japanese and Korean names are written in order (``Sato Haruka``,
    ``Watanabe Kenji``): two words, the second ending the run or an acronym after it (``Sato
    Haruka JPY``)."""
    if i + 2 > len(words) or (i + 2 < len(words) and not words[i + 2].isupper()):
        return 0
    if "L" not in kinds[i] or any(c in kinds[i] for c in "EFS"):
        return 0
    second = kinds[i + 1]
    if "E" in second and "L" not in second and "S" not in second and _SURNAME_SHAPE.fullmatch(words[i]):
        return 2  # a surname of its shape, then an English given name (O'Brien Sean, Kowalski Anna)
    return 2 if "F" in second and not any(c in second for c in "ELSV") else 0


# a syllable after Ah, Hokkien's (Hock, Beng, Huat) as well as Cantonese
_AH_SYLLABLE = re.compile("[A-Z][a-z]{1,5}")


def _given_then_surname(words: list[str], kinds: list[str], i: int) -> int:
    """Given name first: hyphenated (``Ka-ming Wong``), two syllables (``Ka Ming Wong``: the second
    may read as a surname too) or not a surname itself (``Zixuan Huang``), then a surname."""
    most = 0
    while most < 2 and i + most < len(kinds) and "G" in kinds[i + most] and (most == 0 or "L" not in kinds[i + most]):
        most += 1
    for g in range(most, 0, -1):
        clear = "-" in words[i] or g == 2 or len(words[i]) > 4
        if clear and i + g < len(kinds) and (s := _surname_at(words, kinds, i + g)):
            # a surname with given words after it starts the name (Sender ZHANG San-feng, Payer
            # Huang Zhixin): the word before is none of it, unless hyphenated as a given name
            if "-" not in words[i] and _given_run(kinds, words, i + g + s):
                return 0
            return g + s
    return 0


# the labels of an e-mail's header and a form's fields, which follow a name glued to their colon
# (From: Karen So Sent: ..., To: Tam Wai Keung Cc: ..., Kelvin Yu Date: ...)
_FIELD_LABELS = frozenset(
    "sent to cc bcc subject date from re fw fwd tel mobile phone fax email ref attn amount address account "
    "importance attachments".split()
)


def field_label(word: str) -> bool:
    """``word`` (capitalised or in capitals) is an e-mail header's or a form field's label."""
    return word.lower() in _FIELD_LABELS


def is_name_part(word: str) -> bool:
    """``word`` is a listed given name or surname (of any of the lists), or has a surname's shape."""
    kind = _kind(word)
    return kind != "-" and kind not in "BP" and kind != "G"


def is_name_word(word: str) -> bool:
    """``word`` may be a name's word: :func:`is_name_part`, or a romanised given syllable (Wai, Lun)."""
    kind = _kind(word)
    return kind != "-" and kind not in "BP"


_NAME_LABEL_BEFORE = re.compile(r"(?i:(?<![a-z])(?:name|named|cardholder|card holder))[ \t]*[:：]?[ \t]*$")


def place_or_business(text: str, start: int, end: int, capital_next: bool = False) -> bool:
    """The capitalised words at ``text[start:end]`` belong to a listed place or brand (the words
    after them counted: ``Tseung Kwan`` of ``Tseung Kwan O``), or one of them, or the word after
    them, names a business or a place (``Chow Sang Sang Holdings``, ``Nathan Road``); with
    ``capital_next``, the word after counts only capitalised (``Mr Chan Road``, not ``Mr Chan bank
    transfer``)."""
    words = text[start:end].split()
    lowered = [w.lower() for w in words]
    if not _BUSINESS_AFTER.isdisjoint(lowered):
        return True
    if not _PLACE_AFTER.isdisjoint(lowered):
        # a place's word that is a surname too, in a name a name's label names (Customer name Olivia
        # Park, Cardholder: Min-ji Park), is the surname
        return _NAME_LABEL_BEFORE.search(text, max(0, start - 20), start) is None
    if not STREET_BEFORE.isdisjoint(words):  # Calle Juan Bravo, Rua de Pedro Coutinho
        return True
    if _place_next(text, end) and (not capital_next or text[end + 1 : end + 2].isupper()):
        return True
    # a listed phrase can start only at a word that starts one
    if _LOOKALIKE_BY_FIRST.keys().isdisjoint(lowered):
        return False
    following = lowered + [w.lower() for w in _WORD.findall(text, end, min(len(text), end + 24))]
    kinds = [_kind(w) for w in words]
    for k, first in enumerate(lowered):
        for phrase in _LOOKALIKE_BY_FIRST.get(first, ()):
            if tuple(following[k : k + len(phrase)]) == phrase:
                if k + len(phrase) == len(words) and _given_after_surname(words, kinds, k, len(phrase), [False] * k):
                    continue  # Cheung Mei Lam: the given name, not the estate
                return True
    return False


def business_word(word: str) -> bool:
    """``word`` names a business or a place after a name (Kitchen, Road, Holdings, Clinic)."""
    lowered = word.lower()
    return lowered in _PLACE_AFTER or lowered in _BUSINESS_AFTER


def _place_next(text: str, end: int) -> bool:
    """The word after ``end`` makes what stands before it a place or a business."""
    m = _WORD.match(text, end + 1) if end < len(text) and text[end] in " \t" else None
    if m is None:
        return False
    word = m.group()
    # a form's next label (KIM Min-jun Mobile: ...), not a shop's trade before its colon (Lam Kee Fruit:)
    if text[m.end() : m.end() + 1] in (":", "：") and (field_label(word) or word.lower() not in _SHOP_TRADES):
        return False
    lowered = word.lower()
    if lowered == "trading" and _TRADING_AS.match(text, m.end()) is not None:
        return False  # a person trading as a business (Wan Chi Keung trading as Keung Kee Noodles)
    return lowered in _PLACE_AFTER or (word[0].isupper() and lowered in _BUSINESS_AFTER)


_TRADING_AS = re.compile(r"[ \t]+as(?![A-Za-z])")
_PREV_WORD = re.compile(r"([A-Za-z]+)[ \t]$")


def _prev_word(text: str, start: int) -> str:
    """The word before ``start``, in lower case; an all-capital one (``FPS IN LAU Hiu Tung`` of a
    bank statement) is none."""
    m = _PREV_WORD.search(text[max(0, start - 12) : start])
    return m.group(1).lower() if m and not m.group(1).isupper() else ""


# all-capital prepositions of a bank statement's line (FPS TO, PAID TO, FPS IN) that romanise a
# surname too (To 杜, In): after another all-capital word that is no name's, a preposition
_STATEMENT_WORDS = frozenset("TO IN BY AT ON OF FOR FROM AND OR".split())
# a statement's codes of a transfer before its party (INWARD TT RAMOS, MARIA CLARA; FPS CHAN, TAI MAN)
_TRANSFER_CODES = frozenset("TT FPS TFR TRF IBT CHQ SALARY REMIT".split())


def _statement_word(words: list[str], kinds: list[str], i: int, after_cjk: bool = False) -> bool:
    """``words[i]``, one of :data:`_STATEMENT_WORDS`, is a statement's preposition: after another all-capital
    word that is no name's; or first in a run right after Chinese (轉賬 TO HO KIN WAH), before an all-capital
    Chinese surname and two words more (``after_cjk``, read for the run's first word only): not 杜."""
    if i == 0:
        return after_cjk and len(words) >= 4 and "S" in kinds[1] and all(w.isupper() for w in words[:4])
    return kinds[i - 1] == "-" and words[i - 1].isupper()


def _after_cjk(text: str, start: int) -> bool:
    """Whether Chinese stands right before ``start``, a blank or two between."""
    q = start
    while q > 0 and q > start - 3 and text[q - 1] in " \t":
        q -= 1
    return q > 0 and _CJK.match(text, q - 1) is not None


# a surname after one or two initials (K. M. Cheung, J. Smith)
_INITIALS = re.compile(r"[A-Z]\.(?:[ \t]?[A-Z]\.)?[ \t]?([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?![A-Za-z'’-])")
# a surname, a comma, then a given name (Lai, Chi Keung; CHAN, Tai-man): the order of a form's or
# a payroll's column
# (all in capitals as a statement or a card's track prints it: HO, KA LOK; O'NEILL, Siobhan; one
# given word: HUANG, Zhiqiang; a Korean given name: KIM, Soo-yeon)
_SURNAME_COMMA = re.compile(
    r"((?:[A-Z]['’])?[A-Z](?:[a-z]+|[A-Z]+)),[ \t]+"
    r"([A-Z][a-z]+-[A-Za-z]+|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?|[A-Z]{2,}(?:[ \t-][A-Z]{2,})?)"
    r"(?![A-Za-z'’-])"
)
_COMMA_CAPITAL = re.compile(r",[ \t]+[A-Z]")
_ENGLISH_AFTER = re.compile(r"[ \t]([A-Z][a-z]+)(?![A-Za-z'’-])(?![ \t][A-Z])")
# an English given name after a Chinese name and a comma (Cheung Hoi Ting, Natalie)
_GIVEN_AFTER_COMMA = re.compile(r",[ \t]*([A-Z][a-z]+)(?![A-Za-z'’-])(?![ \t][A-Z])")


def _surname_comma(surname: str, given: str) -> bool:
    """``surname, given`` is a name in a form's order: a Chinese surname then one or two romanised
    given words (one word of two syllables: HUANG, Zhiqiang), or a listed given name; another
    surname (O'NEILL, Smith) then a listed given name; a Korean surname then a Korean given name."""
    kind = _kind(surname)
    words = given.replace("-", " ").split() if given.isupper() else given.split()
    if kind == "-" or kind in "BP":
        return False
    if surname.title() in _KOREAN_SURNAMES_ALL and _KOREAN_GIVEN.fullmatch(given):
        return True
    kinds = [_kind(w) for w in words]
    # one or two listed given names (Oliver James, Joao Manuel), no day nor month
    listed = all("E" in k or "F" in k for k in kinds) and not any(w.title() in _CALENDAR_WORDS for w in words)
    if "S" in kind:
        # one given word of two syllables at least (Zhiqiang), or a hyphenated one, or two words, or
        # one syllable after a surname in capitals as a passport prints it (ZHANG, Wei); an English
        # name may end the given words (ZHOU, JIE MICHAEL)
        long = len(words) > 1 or "-" in given or len(given) > 4 or surname.isupper()
        return (listed and len(words) == 1) or (
            long and all("G" in k for k in kinds[:-1]) and ("G" in kinds[-1] or "E" in kinds[-1])
        )
    return "L" in kind and listed


def _initials_and_comma(text: str) -> list[Finding]:
    """``K. M. Cheung`` and ``Lai, Chi Keung``."""
    out: list[Finding] = []
    if ". " in text or ".\t" in text:
        for m in _INITIALS.finditer(text):
            if m.start() > 0 and (text[m.start() - 1].isalpha() or text[m.start() - 1] == "."):
                continue  # U.S.A. Smith, e.g. Lee
            kind = _kind(m.group(1))
            if ("S" in kind or "L" in kind) and not place_or_business(text, m.start(1), m.end(1)):
                out.append(Finding("PERSON", m.start(), m.end(), 0.8, RECOGNIZER))
    # every match holds a comma, blanks and a capital (Lai, Chi Keung): looked for first, at
    # the text's commas only
    if (", " in text or ",\t" in text) and _COMMA_CAPITAL.search(text):
        for m in _SURNAME_COMMA.finditer(text):
            if m.start() > 0 and (text[m.start() - 1].isalpha() or text[m.start() - 1] in "'’-"):
                continue
            if not _surname_comma(m.group(1), m.group(2)):
                continue
            before = _PREV_WORD.search(text, max(0, m.start() - 12), m.start())
            # the end of a run (Wan Chai, Tai Po), not a statement's preposition (FPS FROM HO, KA LOK)
            # nor a field's or a role's word (Name LAM, Chi Keung)
            if (
                before is not None
                and before.group(1)[0].isupper()
                and before.group(1) not in _STATEMENT_WORDS
                and before.group(1) not in _TRANSFER_CODES
                and before.group(1).lower() not in _CUES
            ):
                continue
            if place_or_business(text, m.start(2), m.end(2)) or place_or_business(text, m.start(1), m.end(1)):
                continue
            # an English name after the given words (NG, Chun Bong Eddie), ending the run
            last = _ENGLISH_AFTER.match(text, m.end())
            end = m.end()
            if last is not None and "E" in _kind(last.group(1)) and last.group(1) not in _CALENDAR_WORDS:
                end = last.end()
            out.append(Finding("PERSON", m.start(), end, 0.8, RECOGNIZER))
    return out


# a surname and the initial of the given name after it, as a list of holders or a roster abbreviates
# it (Chan W., Okafor C.); and initials without stops before a surname in capitals, perhaps with a
# particle (K M CHEUNG, M L DELA CRUZ), as a bank's payee field or a cheque prints it
# (read from the initial's stop back to the surname: a blank, a capital and a stop are rarer than a
# capitalised word)
_INITIAL_STOP = re.compile(r"[ \t][A-Z]\.(?![A-Za-z])")
_SURNAME_THEN_INITIALS = re.compile(
    r"(?<![A-Za-z'’.-])([A-Z]{2,}|[A-Z][a-z]+)[ \t]+[A-Z](?:\.[ \t]?|[ \t])[A-Z]\.?(?:[ \t]?[A-Z]\.?)?(?![A-Za-z0-9])"
)
_SURNAME_BEFORE = re.compile(r"(?<![A-Za-z'’.-])([A-Z][a-z]+)$")
_SPACED_INITIALS = re.compile(
    r"[A-Z](?<![A-Za-z0-9.][A-Z])[ \t](?:[A-Z][ \t]){0,2}(?:(?:DELA|DE|DA|DEL|DOS|DAS|DI|VAN|BIN|BINTI)[ \t])?"
    r"([A-Z]{2,})(?:[ \t]([A-Z]{2,}))?(?![A-Za-z0-9])"
)


def _initialled(text: str) -> list[Finding]:
    """:data:`_SURNAME_INITIAL` and :data:`_SPACED_INITIALS`: the surname listed (Chinese or another
    language's), no common English, calendar, place, business or numbered word (Plan B., Wing B.,
    Block A., P O BOX, I T SUPPORT, U S BANK), no capitalised word before it (a heading's)."""
    out: list[Finding] = []
    for m in _INITIAL_STOP.finditer(text) if ". " in text or text.endswith(".") else ():
        before = _SURNAME_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if before is None:
            continue
        word = before.group(1)
        if _initialled_surname(word) and not _capital_before(text, before.start()):
            out.append(Finding("PERSON", before.start(), m.end(), 0.8, RECOGNIZER))
    # a Chinese surname, then its given names' initials, as a statement or a payer list prints them
    # (FPS DR YEUNG T.K. 250.00, payer names TSANG Y M;, Chan T.M.)
    for m in _SURNAME_THEN_INITIALS.finditer(text):
        surname = m.group(1)
        if (
            "S" in _kind(surname.title())
            and surname not in _STATEMENT_WORDS
            and surname.lower() not in COMMON_WORDS
            # (initials spaced only after a surname in capitals: TSANG Y M, not Wing A B)
            and (surname.isupper() or "." in m.group())
            and (not _capital_before(text, m.start()) or _after_transfer_code(text, m.start()))
        ):
            out.append(Finding("PERSON", m.start(), m.end(), 0.8, RECOGNIZER))
    for m in _SPACED_INITIALS.finditer(text):
        words = [w for w in m.groups() if w]
        if (
            _initialled_surname(words[-1].title())
            and not any(w.lower() in COMMON_WORDS for w in words)
            and (len(words) == 1 or _kind(words[0]) != "-")
        ):
            out.append(Finding("PERSON", m.start(), m.end(), 0.8, RECOGNIZER))
    return out


def _after_transfer_code(text: str, start: int) -> bool:
    """A statement's code of a transfer or its side stands right before ``start`` (FPS DR | YEUNG T.K.)."""
    m = _PREV_WORD.search(text, max(0, start - 12), start)
    if m is None:
        return False
    word = m.group(1)
    if word in _TRANSFER_CODES or word in ("DR", "CR"):
        return True
    # or a statement's TO or FROM after such a code or its side (FPS IN FROM | CHEUNG K Y, FPS TRF TO | CHAN K M)
    if word not in ("TO", "FROM"):
        return False
    return (
        _after_transfer_code(text, m.start())
        or _TRANSFER_SIDE.search(text, max(0, m.start() - 6), m.start()) is not None
    )


# a statement's side of a transfer before TO or FROM (FPS IN FROM, FPS OUT TO)
_TRANSFER_SIDE = re.compile(r"(?<![A-Za-z])(?:IN|OUT)[ \t]$")


def _initialled_surname(word: str) -> bool:
    kind = _kind(word)
    if not ("S" in kind or "L" in kind) or word in _NUMBERED_NOUNS:
        return False
    return _surname_like(word) and not business_word(word)


def _latin_fold_table() -> dict[int, str]:
    """Latin letters with diacritics (Latin-1, Extended-A/B, Vietnamese's Extended Additional) to
    their base ASCII letter, one character for one so that offsets stand: ``Nguyễn`` reads
    ``Nguyen``, ``João`` ``Joao``, ``Văn`` ``Van``. A letter with no ASCII base stays."""
    table: dict[int, str] = {}
    for lo, hi in ((0x00C0, 0x0250), (0x1E00, 0x1F00)):
        for code in range(lo, hi):
            base = unicodedata.normalize("NFD", chr(code))[0]
            if base != chr(code) and base.isascii() and base.isalpha():
                table[code] = base
    table.update({ord("đ"): "d", ord("Đ"): "D", ord("ø"): "o", ord("Ø"): "O", ord("ł"): "l", ord("Ł"): "L"})
    return table


_LATIN_FOLD = _latin_fold_table()
_LOWER_PATRONYMIC = re.compile(r"[a-z][ \t](?:bin|binti|bte)[ \t][A-Z]")
_LATIN_ACCENTED = re.compile("[" + "".join(sorted(chr(c) for c in _LATIN_FOLD)) + "]")


# a digit OCR read for a letter inside a word in capitals (Y1U KEUNG, BENEF1CIARY, SANT0S): 0 for O, 1
# for I, 5 for S, a capital on either side
_OCR_DIGIT = re.compile("[015](?<=[A-Z][015])(?=[A-Z])")
_OCR_LETTER = {"0": "O", "1": "I", "5": "S"}


def fold_ocr(text: str) -> str:
    """``text`` with the digits that OCR put for letters inside words in capitals read as those
    letters (same length: ``TANG Y1U KEUNG`` reads ``TANG YIU KEUNG``); the text itself when it holds
    none."""
    if _OCR_DIGIT.search(text) is None:
        return text
    return _OCR_DIGIT.sub(lambda m: _OCR_LETTER[m.group()], text)


def fold_latin(text: str) -> str:
    """``text`` with its accented Latin letters read as their ASCII base (same length); the text
    itself when it holds none (one scan of a character class, no copy)."""
    if text.isascii() or _LATIN_ACCENTED.search(text) is None:
        return text
    return text.translate(_LATIN_FOLD)


def scan_roman_names(text: str, folded: str | None = None) -> list[Finding]:
    """PERSON findings of romanised names (and mixed ``Eric 陳`` / ``司徒 Ka Lok``) in ``text``;
    ``folded`` is ``zh_names.fold_t2s`` of it when the caller has it already."""
    found = _scan_roman_names(text, folded)
    if found and ("(" in text or "（" in text):
        found.extend(_chinese_name_after(text, found))
    if found and " -" in text:
        # a command line's option and its argument ("curl -X POST https://...", "-H Accept") name no one
        return [f for f in found if not _option(text, f.start)]
    return found


# the last character of a form of address (陳生, 王太, 芳姐, 李小姐, 何先生): the Chinese scanner's to judge
_TITLE_LAST = frozenset("生太姐哥伯叔嫂姨仔士")
# a name's Chinese form in brackets right after it (Carlos Xavier（中文名施安东）, HO KIN WAH (何建華))
_CHINESE_NAME_AFTER = re.compile(
    "[ \t]?[(（][ \t]?(中文名[:：]?[ \t]?)?([\u3400-\u9fff][\u3400-\u9fff·]{1,7})[ \t]?[)）]"
)


def _whole_zh_name(name: str) -> bool:
    return any(f.start == 0 and f.end == len(name) for f in scan_zh_names(name))


def _chinese_name_after(text: str, found: list[Finding]) -> list[Finding]:
    """The Chinese form of a found name in brackets right after it: after 中文名 (Chinese name) any
    two to eight characters, or a transliteration with its dot (汉斯·穆勒); else a surname and one to
    three given characters that the Chinese scanner's checks take for a name (not a remark: Chan Tai
    Man (已離職), nor a shop's name)."""
    out: list[Finding] = []
    for f in found:
        m = _CHINESE_NAME_AFTER.match(text, f.end)
        if m is None:
            continue
        name = fold_t2s(m.group(2))
        # (a Western name's transliteration with its dot: Hans Müller（汉斯·穆勒）)
        dotted = "·" in name and name[0] != "·" and name[-1] != "·"
        if (
            m.group(1) is None
            and not dotted
            and (
                len(name) > 4
                or name[0] not in surname_chars()
                or name[-1] in _TITLE_LAST
                or shop_name(name)
                or context_name_end(name, 0, len(name)) != len(name)
                # (a name to the Chinese scanner alone: 韩国 is a country, 金牌会员 a tier, 华东区 a region)
                or not _whole_zh_name(m.group(2))
            )
        ):
            continue
        out.append(Finding("PERSON", m.start(2), m.end(2), 0.8, RECOGNIZER))
    return out


def _option(text: str, start: int) -> bool:
    """A capital alone after a blank and a hyphen, a blank after it: a command line's option ("-X")."""
    return (
        start >= 2
        and text[start - 1] == "-"
        and text[start - 2] in " \t"
        and text[start + 1 : start + 2] in (" ", "\t")
    )


# a particle between blanks: a cheap search (it starts at blanks only) before _PARTICLE_SURNAME's, of
# every particle the runs know (a superset of that pattern's)
_PARTICLE_GATE = re.compile(" (?:" + "|".join(sorted(_PARTICLES, key=len, reverse=True)) + ") ")
# a surname's particle between two capitalised words: a surname on no list may follow it (Sophie van Dijk)
_PARTICLE_SURNAME = re.compile(
    r"[A-Z][a-z]+ (?:van|von|de|da|do|dos|das|del|della|di|du|der|den|ter) [A-Z]"
    r"|[A-Z]{2,} (?:VAN|VON|DE|DA|DEL|DOS|DAS|DER|DEN) [A-Z]"
)


def _scan_roman_names(text: str, folded: str | None) -> list[Finding]:
    out: list[Finding] = []
    if not _CAPITAL.search(text):
        return _mixed(text, folded)
    original = text
    text = fold_ocr(fold_latin(text))  # Nguyễn, João, Y1U: the same offsets
    if text is not original and folded is original:
        folded = text
    capitalised = _CAPITALISED.findall(text)
    if not _UPPER_FIELD_WORDS.isdisjoint(capitalised):
        out.extend(_upper_fields(text))
    if "/" in text:  # a card's track or a ticket's name (ABDULLAH/HASSAN MR): a slash between capitals
        out.extend(_slashed(text))
    # the kinds are read from their cache first (a call per word costs more than the look-up)
    if (
        _SURNAME_WORDS.isdisjoint(capitalised)
        and not any("L" in (_KINDS.get(w) or _kind(w)) for w in capitalised)
        and not _LOWER_PATRONYMIC.search(text)
        and not (_PARTICLE_GATE.search(text) and _PARTICLE_SURNAME.search(text))
    ):
        return out + _mixed(text, folded) + _two_given_names(text, capitalised)
    for run in _runs(text):
        out.extend(_run_names(text, run))
    if ". " in text or ", " in text or "\t" in text:  # the call only where one may be
        out.extend(_initials_and_comma(text))
    if 1 in map(len, capitalised) or ". " in text:  # a capital alone (K M CHEUNG) or an initial's stop
        out.extend(_initialled(text))
    out.extend(_mixed(text, folded))
    return out + _two_given_names(text, capitalised)


# two given names and a surname on no list, as Portuguese, Macanese and Spanish names run (José Maria
# Ozorio, Ana Paula Rozario): three capitalised words alone, no capitalised word after them, the last
# ending as those surnames end, in a vowel or a vowel and s or z (Lobby, Cosmetics end otherwise)
_TWO_GIVEN = re.compile(
    r"(?<![A-Za-z'’-])([A-Z][a-z]+) ((?:de|da|do|dos|das) )?([A-Z][a-z]+) ([A-Z][a-z]{2,}(?:[aeiou]|[aeiou][sz]))"
    r"(?![A-Za-z'’-])"
    r"(?![ \t]+[A-Z])"
)


def _two_given_names(text: str, capitalised: list[str]) -> list[Finding]:
    """The names of :data:`_TWO_GIVEN` in ``text`` (accents folded; ``capitalised`` its capitalised
    words, :data:`_CAPITALISED`'s): the first two words listed given names (English or another
    language's, no Chinese surname, no thing's, town's or month's; a particle may stand between them:
    Maria de Fátima), the third on no list but another language's given names' (Remédios) and no
    common English, place, business, venue or role word, no capitalised word before the three (a
    heading's or a firm's: Hotel Maria Teresa Lobby) and none a place's or a business's (Anna Maria
    Island, Victoria Harbour Cruise)."""
    out: list[Finding] = []
    if len(capitalised) < 3 or sum(1 for w in capitalised if "E" in (k := _KINDS.get(w) or _kind(w)) or "F" in k) < 2:
        return out  # two listed given names at least among three capitalised words: most texts hold none
    for m in _TWO_GIVEN.finditer(text):
        first, particle, second, last = m.groups()
        # (a devotion's name after de is a given name, a town's too: Maria de Fátima, Maria de Lourdes)
        devoted = particle is not None and second.lower() not in COMMON_WORDS
        if not (_is_listed_person_given(first) and (devoted or _is_listed_person_given(second))):
            continue
        # (the last on no list, or on another language's given names' only: Remédios, Rosário are both)
        if _kind(last) not in ("-", "F") or not _surname_like(last) or business_word(last):
            continue
        if last.lower() in _VENUES or last.lower() in _NAMED_AFTER or _capital_before(text, m.start()):
            continue
        if not place_or_business(text, m.start(), m.end()):
            out.append(Finding("PERSON", m.start(), m.end(), 0.8, RECOGNIZER))
    return out


def _is_listed_person_given(word: str) -> bool:
    kind = _KINDS.get(word) or _kind(word)
    return ("E" in kind or "F" in kind) and "S" not in kind and not _named_thing(word)


_WORD_SURNAME_FORMS = frozenset(w for name in WORD_SURNAMES for w in (name, name.upper()))
# the words one of which a run without a listed surname must hold to hold a name: a Korean surname
# or a Malay name's first word (Park Ji-eun, Siti Rahmah), or a surname that is an English word too
# (Karen So)
_RUN_LEADING = _LEADING | _WORD_SURNAME_FORMS
# Bali's birth-order names, the first word of most Balinese names (Wayan, Ketut, Nyoman): before one or
# two capitalised words on no list, a name (Ketut Sudarsana, Komang Ayu Lestari); Made, an English word
# too, is left out. Arabic given names that lead a Malay name as Muhammad does (Mohammad Asif)
_BALINESE_LEADING = frozenset("Wayan Ketut Nyoman Komang Kadek Putu Gede Nengah Ngurah".split())
_ARABIC_LEADING = frozenset("Mohammad Mohammed Mohamed Muhammed".split())
_LEADING = _LEADING | frozenset(w for name in _BALINESE_LEADING | _ARABIC_LEADING for w in (name, name.upper()))
_RUN_LEADING = _LEADING | _WORD_SURNAME_FORMS
_SURNAME_WORDS = _SURNAME_WORDS | _LEADING


_OTHER_LEADING = _BALINESE_LEADING | _ARABIC_LEADING


def _other_leading(words: list[str], kinds: list[str], i: int) -> int:
    """A Balinese name (:func:`_balinese`), or an Arabic given name's with its given names and surname
    (Mohammed Irfan Sheikh) or a listed name after it (Mohammad Asif): the words of the name, or 0."""
    if words[i] in _BALINESE_LEADING:
        return _balinese(words, kinds, i)
    if i + 1 >= len(words):
        return 0
    return _given_first(words, kinds, i) or (2 if any(c in kinds[i + 1] for c in "EFL") else 0)


# the places a Balinese name's words name as often (Wayan Villas, Putu Bali Resort, Ketut Warung)
_VENUES = frozenset("resort resorts villa villas spa cafe warung restaurant tours travel transport homestay".split())


def _balinese(words: list[str], kinds: list[str], i: int) -> int:
    """A Balinese birth-order name at ``i``, then one or two capitalised words that end the run, each a
    listed name's word or, one at most, a word on no list that may be a name's (no common English,
    calendar, place, business or role word: Ketut Sudarsana, not Wayan Hotel, Putu Bali Resort): the
    words of the name, or 0."""
    n, unlisted = 1, 0
    while n < 3 and i + n < len(words):
        word = words[i + n]
        if not word[1:].islower() or business_word(word) or not _surname_like(word) or word.lower() in _VENUES:
            break
        unlisted += kinds[i + n] == "-"
        if unlisted > 1:
            break  # one word on no list at most (Putu Bali Resort)
        n += 1
    return n if n > 1 and i + n == len(words) else 0


# a person's field in capitals, as slips, OCR and SWIFT forms print it, and the name in capitals after
# it, surname first and one or two blanks between (REMITTER: MEHTA  ANIL, PAYEE: OKAFOR CHIDI): two
# or three words
_UPPER_FIELD = re.compile(
    r"(?<![A-Za-z])(?:REMITTER|BENEFICIARY|PAYEE|PAYER|SENDER|RECIPIENT|APPLICANT|CUSTOMER|CARDHOLDER|HOLDER"
    r"|NAME)[ \t]*[:：][ \t]*([A-Z]{2,}(?:[ \t]{1,2}[A-Z]{2,}){1,2})(?![A-Za-z0-9])"
)
_UPPER_FIELD_WORDS = frozenset(
    "REMITTER BENEFICIARY PAYEE PAYER SENDER RECIPIENT APPLICANT CUSTOMER CARDHOLDER HOLDER NAME".split()
)


def _upper_fields(text: str) -> list[Finding]:
    """The names in capitals after a person's field in capitals (:data:`_UPPER_FIELD`): one word at
    least a listed given name or surname, none a common English word, a business's, a day's or a
    month's, nor the next field's label glued to its colon (MEHTA  ANIL AMT: ...)."""
    out: list[Finding] = []
    for m in _UPPER_FIELD.finditer(text):
        words = list(_WORD.finditer(text, m.start(1), m.end(1)))
        if text[m.end(1) : m.end(1) + 1] in (":", "："):
            words.pop()
        if len(words) < 2:
            continue
        titles = [w.group().title() for w in words]
        if any(t.lower() in COMMON_WORDS or business_word(t) or t in _CALENDAR_WORDS for t in titles):
            continue
        if any(any(c in _kind(w.group()) for c in "EFLS") for w in words) and not place_or_business(
            text, words[0].start(), words[-1].end()
        ):
            out.append(Finding("PERSON", words[0].start(), words[-1].end(), 0.8, RECOGNIZER))
    return out


# a name as a card's magnetic track, an airline's ticket or a terminal's receipt prints it: the surname
# in capitals, a slash, the given names in capitals, perhaps a title after them (KHAN/IMRAN MR,
# LAU/KA MING MS, ^WONG/SIU FUNG^)
_SLASHED = re.compile(r"(?<![A-Za-z0-9/])([A-Z]{2,})/([A-Z]{2,}(?: [A-Z]{2,}){0,3})(?![A-Za-z0-9/])")
_SLASH_TITLES = frozenset("MR MRS MS MISS MDM DR MSTR".split())


def _slashed(text: str) -> list[Finding]:
    """The names of :data:`_SLASHED`: the surname listed (Chinese or another language's), no common
    English word (LONG/SHORT, AND/OR); each given word a name's word or a syllable, one at least no
    common English word (HKD/USD, TCP/IP, VISA/MASTERCARD, DEBIT/CREDIT are none); the title after
    them left out."""
    out: list[Finding] = []
    for m in _SLASHED.finditer(text):
        surname = m.group(1)
        if not any(c in _kind(surname) for c in "SLV") or surname.lower() in COMMON_WORDS:
            continue
        given = m.group(2).split(" ")
        while len(given) > 1 and given[-1] in _SLASH_TITLES:
            given.pop()
        kinds = [_kind(w) for w in given]
        if any(k == "-" or k in "BP" or w in _SLASH_TITLES for w, k in zip(given, kinds, strict=True)):
            continue
        if all(w.lower() in COMMON_WORDS for w in given):
            continue
        end = m.start(2) + len(" ".join(given))
        if not place_or_business(text, m.start(1), end):
            out.append(Finding("PERSON", m.start(1), end, 0.8, RECOGNIZER))
    return out


def _run_names(text: str, run: list[tuple[int, int, str]]) -> list[Finding]:
    """The names in one run of capitalised words (:func:`_runs`) of ``text``."""
    out: list[Finding] = []
    words = [w for _s, _e, w in run]
    kinds = [_KINDS.get(w) or _kind(w) for w in words]
    # every form of name holds a surname, a patronymic or a surname's particle, or starts as Korean and
    # Malay ones do (a compound surname's first word is no surname alone: Sheung Kwun)
    if (
        not any(("S" in k or "L" in k or "V" in k or k == "B" or k == "P") for k in kinds)
        and _RUN_LEADING.isdisjoint(words)
        and _COMPOUND_FIRST.isdisjoint(words)
    ):
        return out
    blocked: list[bool] | None = None  # read when a name is found
    word_surname = not _WORD_SURNAME_FORMS.isdisjoint(words)
    i = 0
    while i < len(words):
        if words[i] in STREET_BEFORE or (words[i].isupper() and words[i].title() in STREET_BEFORE):
            break  # a street's name follows (Rua de Pedro Coutinho)
        if words[i] in _STATEMENT_WORDS and _statement_word(words, kinds, i, i == 0 and _after_cjk(text, run[0][0])):
            i += 1
            continue
        n = _match(words, kinds, i) if kinds[i] not in "BP" else 0
        if (
            word_surname
            and not n
            and i + 1 < len(words)
            and words[i + 1] in _WORD_SURNAME_FORMS
            and _is_given(words[i])
        ):
            n = _given_then_word_surname(text, run, words, i)
        if not n and i == 0 and _role_before(text, run[0][0]):
            n = _after_role(words, kinds)
        elif not n and i == 1 and words[0].lower() in _TRADE_ROLES:  # the role capitalised (Vendor Oksana Hrytsenko)
            n = _after_role(words[1:], kinds[1:])
        n = n or _surname_then_english(text, run, words, kinds, i)
        if n and blocked is None:
            blocked = _blocked(words, kinds)
        if n and blocked is not None and not any(blocked[i : i + n]):
            if (
                n > 2
                and text[run[i + n - 1][1] : run[i + n - 1][1] + 1] in (":", "：")
                and field_label(words[i + n - 1])
            ):
                n -= 1  # the next field's label (From: Kelvin Yu Date: ...)
            start, end = run[i][0], run[i + n - 1][1]
            business = any(w.lower() in _BUSINESS_AFTER for w in words[i : i + n]) or _shop_beside(text, end)
            # (or a street named after a titled person: Avenida do Dr. Rodrigo Rodrigues)
            business = business or _named_after(words, i + n) or (i == 0 and after_street_title(text, start))
            if not business and not _place_next(text, end) and not _after_place_word(text, run, words, i):
                if _english_name_last(words, kinds, i, n, blocked):
                    n += 1  # Ng Ka Wai Kelvin, LEUNG Wai-man Cecilia
                    end = run[i + n - 1][1]
                after = _GIVEN_AFTER_COMMA.match(text, end) if n > 1 else None
                if after is not None and "E" in _kind(after.group(1)):
                    end = after.end()  # Cheung Hoi Ting, Natalie
                out.append(Finding("PERSON", start, end, 0.8, RECOGNIZER))
            i += n
        else:
            i += 1
    return out


def _surname_then_english(
    text: str, run: list[tuple[int, int, str]], words: list[str], kinds: list[str], i: int
) -> int:
    """A run of two words (``i`` 0), a Chinese surname and an English given name, as Hong Kong's forms and a
    letter's signer write a name surname first (Yip Kelvin): set off by commas (I, Yip Kelvin, did not)
    or with the Chinese name after it in brackets (Yip Kelvin（葉家明）); the given name no thing's,
    town's or month's (Chan Victoria, Lee Grace), nor another Chinese syllable or surname: 2, or 0."""
    if i or len(words) != 2:
        return 0
    first, second = kinds
    if "S" not in first or "E" not in second or "G" in second or "S" in second or _named_thing(words[1]):
        return 0
    start, end = run[0][0], run[1][1]
    q = start
    while q > 0 and text[q - 1] in " \t":
        q -= 1
    if q > 0 and text[q - 1] in ",，" and text[end : end + 1] in (",", "，"):
        return 2
    if text[end : end + 1] in ("(", "（") or text[end : end + 2] in (" (", " （"):
        m = _CJK_BESIDE.match(text, end)
        return 2 if m is not None and not shop_name(fold_t2s(m.group(1))) else 0
    # or anywhere, when the surname is no English word (Expense claim: Yip Kelvin put ...; not So Kelvin
    # said, Long Kevin) and a lower-case word, a stop or the end follows (not a run's part: Chan Kelvin
    # Trading)
    if words[0].lower() in COMMON_WORDS or len(words[0]) < 3:
        return 0
    return 2 if _SURNAME_THEN_ENGLISH_END.match(text, end) is not None else 0


# what follows a name surname first: a lower-case word, a stop, a bracket, a colon, a line's or the text's end;
# a number after a blank (a payroll line's hours or amount: Yip Kelvin 28h;) or Chinese (Yip Kelvin 嘅 whatsapp)
_SURNAME_THEN_ENGLISH_END = re.compile(r"[ \t]+[a-z0-9$]|[ \t]*(?:[,.;:!?)）\n，。；：！？、\u3400-\u9fff]|\Z)")


# the places and buildings that bear a person's name, one capitalised word between the name and them
# (Marco Polo Gateway Hotel, Sun Yat-sen Memorial Park, Edward Youde Memorial Fountain); not a branch,
# an office or a desk, where a person works (Paulo Rodrigues Macau Branch)
_NAMED_AFTER = frozenset(
    (
        "hotel hospital park road street avenue building centre center school college university stadium "
        "memorial museum library gallery theatre theater garden gardens estate court tower house plaza square "
        "bridge temple church mosque cathedral village hall fountain"
    ).split()
)


# a street's word, its article perhaps, and a title before a name (Avenida do Dr. | Rodrigo Rodrigues)
_STREET_TITLE_BEFORE = re.compile(
    r"(?<![A-Za-z])([A-Z][a-z]+)[ \t]+(?:(?:do|da|de|dos|das)[ \t]+)?(?:Dr|Dra|Prof|Eng|Sr|Sra)\.?[ \t]+\Z"
)


def after_street_title(text: str, start: int) -> bool:
    """A street's word and a title stand right before ``start``: the name is the street's (Avenida do Dr.
    Rodrigo Rodrigues, Rua do Dr. Pedro José Lobo), not a person's."""
    m = _STREET_TITLE_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and m.group(1) in STREET_BEFORE


def _named_after(words: list[str], k: int) -> bool:
    """The second word after a name's end at word ``k`` of its run names a place that bears the name
    (:data:`_NAMED_AFTER`: the name and a word between are the place's); the first word after it is
    :func:`_place_next`'s."""
    # (or the third, after two words between: Li Po Chun United World College)
    return any(j < len(words) and words[j].lower() in _NAMED_AFTER and words[j][0].isupper() for j in (k + 1, k + 2))


# a Chinese name written beside a romanised one, a blank or an opening bracket between (Wong Chi Kei
# 黃枝記, Lee Kum Kee（李錦記）)
_CJK_BESIDE = re.compile("[ \t]?[(（「]?[ \t]?([\u3400-\u9fff]{2,6})(?![\u3400-\u9fff])")


def _shop_beside(text: str, end: int) -> bool:
    """The romanised run ending at ``end`` is a shop's: its Chinese name beside it ends in a shop's
    or a place's last character (黃枝記, 李村) or holds a trade (陳師傅洋服)."""
    if end >= len(text) or text[end] not in " \t(（「":  # glued, the Chinese goes on the sentence
        return False
    m = _CJK_BESIDE.match(text, end)
    # (not a sentence that goes on in Chinese: Hiroshi Tanaka 話酒店 charge 咗 ...: a verb or a particle first)
    return m is not None and m.group(1)[0] not in _CJK_SENTENCE_FIRST and shop_name(fold_t2s(m.group(1)))


# the first characters of a Chinese clause after a person's name, never of a shop's name: verbs of saying,
# the copula, possessives, prepositions, adverbs (Hiroshi Tanaka 話酒店 ..., Ken 嘅舖頭)
_CJK_SENTENCE_FIRST = frozenset("話话講讲說说嘅的係系是同和俾畀要已會会都也就喺在去來来想叫问問")


def _english_name_last(words: list[str], kinds: list[str], i: int, n: int, blocked: list[bool]) -> bool:
    """The name of ``n`` words at ``i``, a Chinese surname and its given words, is followed by an
    English given name that ends the run (``Ng Ka Wai Kelvin``, ``LEUNG Wai-man Cecilia``): Hong Kong's
    identity cards and forms print the English name last, and it is the name's part a reader calls
    the person by."""
    last = i + n
    return (
        n > 1
        and last == len(words) - 1
        and "E" in kinds[last]
        and not blocked[last]
        and words[last].title() not in _CALENDAR_WORDS
        and _surname_at(words, kinds, i) > 0
        and "E" not in kinds[i]
    )


# the roles of the people a memo or a ticket names (beneficiary Lefèvre Julien, 客戶 Raj Malhotra,
# guest Conceição Lopes): before them, two or three words each on a name's list are a name, whatever
# their order and whatever the lists make of them alone
_ROLE_WORDS = frozenset(
    (
        "customer cust client payee payer beneficiary remitter holder cardholder guest member tenant passenger "
        "applicant victim suspect caller callee subject"
    ).split()
)
# the parties of a trade or a transfer (Merchant Tariq Mahmood, Vendor Oksana Hrytsenko, recipient
# Nadia Benali): a role word before a name, a cue before a given name; a given name that names a
# town, a shop or a thing (Merchant Tiffany, Vendor Apple) is a business's name there
_TRADE_ROLES = frozenset(
    "merchant vendor supplier shopkeeper sender recipient director signatory employee contractor".split()
)
_ROLE_WORDS = _ROLE_WORDS | _TRADE_ROLES
_ZH_ROLE_BEFORE = re.compile(
    "(?:客户|客戶|客人|收款人|付款人|汇款人|匯款人|持卡人|户名|戶名|姓名|联系人|聯絡人|聯繫人|申请人|申請人|受益人|"
    "开户人|開戶人|用户|用戶|会员|會員|乘客|住客|租客)[ \t:：]*$"
)


_TITLES = frozenset("Mr Mrs Ms Miss Dr Mdm Madam Prof Sir Herr Frau Encik Puan Senhor Senhora Monsieur Mme".split())
_LAST_WORD = re.compile("(?<![A-Za-z])[A-Za-z]+$")


def _role_before(text: str, start: int) -> bool:
    """A role word stands right before ``text[start:]`` (a colon and blanks between at most)."""
    head = text[max(0, start - 16) : start].rstrip(" \t:：")
    word = _LAST_WORD.search(head)
    if word is not None and word.group().lower() in _ROLE_WORDS:
        return True
    return _CJK.search(head[-3:]) is not None and _ZH_ROLE_BEFORE.search(text, max(0, start - 8), start) is not None


def _after_role(words: list[str], kinds: list[str]) -> int:
    """Words at a run's start, after a role word, that are each on a name's list (not a syllable's
    only): two or three, or 0."""
    if words[0].title() in _TITLES:  # the title's scanner has the name (cardholder Ms Nguyen Thi Ha)
        return 0
    n = 0
    while n < min(3, len(words)) and any(c in kinds[n] for c in "EFLSV") and words[n].title() not in _CALENDAR_WORDS:
        n += 1
    if n == 0 and len(words) > 1 and kinds[0] == "-" and "L" in kinds[1] and not business_word(words[0]):
        return 2  # a given name on no list, then a listed surname that is not Chinese (Conceicao Lopes)
    if n == 1 and len(words) == 2 and kinds[1] == "-" and _surname_like(words[1]) and not business_word(words[1]):
        return 2  # a listed given name, then a surname on no list (proprietor Niran Chaiyaporn)
    return n if n >= 2 else 0


_ZH_SURNAME_CHARS = frozenset(SINGLE)
_COMPOUND_SET = frozenset(COMPOUND)


def _is_given(word: str) -> bool:
    """An English given name, or another language's that is not also a Chinese syllable."""
    kind = _kind(word)
    return "E" in kind or ("F" in kind and "G" not in kind)


def _mixed(text: str, folded: str | None = None) -> list[Finding]:
    """``Eric 陳`` (an English given name, then a Chinese surname) and ``司徒 Ka Lok``."""
    out: list[Finding] = []
    if text.isascii():  # both forms hold a CJK character
        return out
    latin_first = _LATIN_THEN_CJK.search(text) is not None
    if not latin_first and not _CJK_THEN_CAPITAL.search(text):
        return out
    s = fold_t2s(text) if folded is None else folded
    for m in _WORD.finditer(text) if latin_first else ():
        word = m.group()
        if _is_given(word):
            k = m.end() + (1 if text[m.end() : m.end() + 1] == " " else 0)
            # the given name and the surname (Mandy 鄧話, Eric 陳交咗); a Chinese given name after
            # it is the Chinese scanner's, and scan_names_anywhere joins the two findings (Kelly 區
            # + 區嘉雯); not where a brand or a place starts (Kevin 王府井)
            if (
                k < len(s)
                and s[k : k + 2] in _COMPOUND_SET  # a compound surname (Chloe 司徒, Kelvin 歐陽)
                and word not in _NOUN_GIVEN  # (Apple 東方 store)
                and s[k : k + 3] not in ZH_LOOKALIKES
                and s[k : k + 4] not in ZH_LOOKALIKES  # (Kevin 東方明珠 tour)
            ):
                out.append(Finding("PERSON", m.start(), k + 2, 0.8, RECOGNIZER))
            elif (
                k < len(s)
                and s[k] in _ZH_SURNAME_CHARS
                and s[k : k + 3] not in ZH_LOOKALIKES
                and s[k : k + 4] not in ZH_LOOKALIKES
            ):
                out.append(Finding("PERSON", m.start(), k + 1, 0.8, RECOGNIZER))
    # every match holds a blank before a capital: a text without one is not searched
    for m in _ZH_SURNAME_THEN_ROMAN.finditer(s) if _BLANK_CAPITAL.search(s) else ():
        words: list[re.Match[str]] = []
        pos = m.end()
        while len(words) < 2:
            w = _WORD.match(text, pos)
            if not w or ("G" not in _kind(w.group()) and "S" not in _kind(w.group())):
                break
            words.append(w)
            pos = w.end() + 1
            if text[w.end() : w.end() + 1] != " ":
                break
        if words:
            out.append(Finding("PERSON", m.start(), words[-1].end(), 0.8, RECOGNIZER))
    return out


# -- given names and nicknames alone ------------------------------------------------------------------
GIVEN_RECOGNIZER = "gc_roman_given_name"
GIVEN_SCORE = 0.75
# Cantonese nickname: Ah and a romanised syllable (Ah Keung, Ah-Ming)
_AH_NICKNAME = re.compile(r"(?<![A-Za-z])Ah[ -]([A-Z][a-z]+)(?![A-Za-z'’-])")
# kinship after Ah, nobody's name (angpow for Ah Ma: grandma; Ah Yi, Ah Suk, Ah Sir)
_AH_KIN = frozenset("Ma Mah Pa Po Gung Kung Yi Suk Sir Ba".split())
# a given name alone after a salutation, a role word or a verb of asking or paying: an English
# given name, another language's, or a hyphenated romanised one (Ka-ming); each capitalised word
# that may be one is a candidate, and the word before it is looked up
# (a possessive's 's may follow: my wife Meera's passport)
_GIVEN_CANDIDATE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?(?![A-Za-z-])(?!['’](?![sS](?![A-Za-z])))")
# a dash before a given name signs a message (– Eunice, Digital Banking; -- Dev), after a blank or a
# closing bracket or stop (...唔好講俾人聽）— Ivan)
_DASH_BEFORE = re.compile(r"(?:^|[\s>)）」』】。！？，,])(?:--?|–|—{1,2})[ \t]*$")
_CUE_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)(?:[,:.]?[ \t]+|[:：][ \t]*)$")
_CUES = (
    frozenset(
        (
            "hi hello dear thanks thank thx cc attn payee beneficiary holder cardholder customer client tenant "
            "landlord tell told ask asked call called remind reminded ping pinged message messaged text texted pay "
            "paid email emailed let with by hey yo "
            # sign-offs (Cheers, Dev; Regards, Kenta)
            "cheers regards rgds sincerely "
            # the roles of a ticket's or a call's people (agent Cheryl, Analyst Ryan, integration owner
            # Sanjay, the clinic's admin Norhayati, given name Kenji)
            "agent analyst owner admin caller victim suspect officer teller staff handler reviewer approver "
            "requester name "
            # a card's or a transfer's party abbreviated (CH Rahul Mehta, benef Ayesha Arif, card member
            # Gareth Llewellyn)
            "ch benef bene member cardmember "
            # the people of a shop's, a loan's or a household's paper (Cashier Kiko, collector Yvonne, my
            # cleaner Lorna, applicant Rahul, Buyer Faith); an apology to one (Sorry Chris!)
            "cashier collector cleaner applicant courier driver tutor nurse buyer seller rider guard clerk "
            "operator rep representative coach borrower guarantor nominee supervisor sorry support sales "
            # a department's head (the compliance head Shirley)
            "head "
            # Indonesian, Malay and Filipino forms of address (Ibu Sumiati, Pak Budi, Kuya Arnel)
            "ibu bapak pak bu kak mbak kuya tita tito lola lolo"
        ).split()
    )
    | _TRADE_ROLES
)
# the role nouns among the cues: a given name that is also a thing (Grace, Candy) names a person
# after one (Agent (Grace), Ticket owner Candy), not after a verb or a preposition (pay with Visa)
_ROLE_CUES = frozenset(
    (
        "payee beneficiary holder cardholder customer client tenant landlord agent analyst owner admin caller "
        "victim suspect officer teller staff handler reviewer approver requester cashier collector cleaner "
        "applicant courier driver tutor nurse buyer seller rider guard clerk operator rep representative coach "
        "borrower guarantor nominee supervisor support sales"
    ).split()
)
_ROLE_PAREN_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)[ \t]?\($")
# the people of an office's, a firm's or a household's paper that a given name or a full name follows
# (HR Queenie, his assistant Lily, Employer Ho Kin-wah, companion Tanaka Ryo, Sole proprietor Niran
# Chaiyaporn): cues, role nouns and a trade's roles as well (a town's, a shop's or a thing's name after
# one is a business's: assistant Victoria)
_STAFF_ROLES = frozenset(
    (
        "hr assistant secretary intern trainee employer proprietor companion accountant auditor lawyer solicitor "
        "broker banker adviser advisor mentor teammate receptionist"
    ).split()
)
_TRADE_ROLES = _TRADE_ROLES | _STAFF_ROLES
_CUES = _CUES | _STAFF_ROLES
_ROLE_CUES = _ROLE_CUES | _STAFF_ROLES
_ROLE_WORDS = _ROLE_WORDS | _STAFF_ROLES
# kinship and household words: any capitalised word after one is a name (my wife Ling, our helper Mila)
_KIN_CUES = frozenset(
    (
        "wife husband son daughter mum mom mommy mummy dad daddy mother father brother sister bro sis "
        "cousin nephew niece uncle aunt auntie grandma grandpa friend colleague boss nanny helper maid "
        "girlfriend boyfriend fiance fiancee partner roommate flatmate classmate"
    ).split()
)
# more kinship words, a grandchild, a godchild or a step-child among them (adds granddaughter Zoe)
_KIN_CUES = _KIN_CUES | frozenset(
    "aunty granny grandmother grandfather granddaughter grandson goddaughter godson stepdaughter stepson".split()
)
# a self-introduction or a vocative: ``it's Jacky``, ``this is Jacky``, ``Kenji here``; a given
# name at a clause's start before a Chinese pronoun or a comma (``Joey 你``, ``Eric 我``, ``Hiu Yan
# 你``)
_SELF_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:it['’]s|its|this is|it is|my name is|name['’]s|i['’]m|i am)[ \t]+$", re.IGNORECASE
)
# salutations before a given name of one or two romanised syllables on no list (thx Sammi, Hi Kaman)
_SALUTATIONS = frozenset("hi hello dear thanks thank thx ty hey".split())
# a note, a message or a reminder written for someone, before for and a given name
_NOTE_FOR = re.compile(
    r"(?<![A-Za-z])(?i:note|notes|message|msg|memo|reminder|question|heads[- ]up|fyi|handover)[ \t]+for[ \t]+$"
)
# a preposition that names a person only before an English given name (paid for Peter too)
_ENGLISH_ONLY_CUES = frozenset(("for",))
# a gift's or a transfer's remark signed with who sends it, at the remark's end (angpow for Ah Ma from
# Desmond", red packet from Joanne.): from, a given name, then the quoted remark's or the text's end
_REMARK_END = re.compile(r"[ \t]*[.!?。！？]?[ \t]*(?:$|[\"”'’)）」])")
# towns, districts and brands that given names' lists hold (from Stanley, from Florence, from Tiffany): a
# place or a shop a thing comes from, never its sender
_NOT_SENDERS = frozenset(
    "Stanley Aberdeen Victoria Florence Charlotte Adelaide Sydney Austin Orlando Houston Dallas Madison Savannah "
    "Georgia Virginia Carolina Chelsea Wellington Hamilton Kingston Preston Lincoln Darwin Regina Jackson Paris "
    "Sofia Alexandria Geneva Lourdes Fatima Salvador Valencia Verona Helena Augusta Aurora Denver Chester "
    "Brighton Clifton Dayton Camden Marion Florida Columbia Santiago Nancy Manila Sabah Samar Melbourne Boston "
    "Texas Tiffany Maxim Wendy Macy Harvey "
    "Selfridge Zara Pandora Chanel Celine Mercedes Porsche Lexus Lloyd Morgan Wells Valentino Armani".split()
)
# a verb of saying, sending, paying or owing after a listed given name makes it the subject (Daisy
# just sent it, Kenta owes me half, Tiffany says): an adverb or an auxiliary may stand between
_VERB_AFTER = re.compile(
    r"[ \t]+(?:(?:just|already|also|still|has|had|will|then|never)[ \t]+)?"
    r"(?:says|said|sent|paid|pays|owes|owed|asked|asks|wants|wanted|called|texted|messaged|told|emailed|replied"
    r"|confirmed|transferred|borrowed|lent|received|refunded|signed|wrote|mentioned|forgot|agreed|owe"
    # away from work (Sunil is on leave, Desmond is off sick, Natalie is away until the 14th)
    r"|(?:is|was)[ \t]+(?:on[ \t]+(?:leave|holiday|vacation|maternity[ \t]+leave)|off[ \t]+(?:sick|today|work)"
    r"|away|sick|out[ \t]+of[ \t]+(?:the[ \t]+)?office|OOO))(?![A-Za-z])"
)
# a task given to a person in a handover, minutes or a ticket (Handover: Carmen to call back Mr Au;
# Action: Kelvin to chase the branch): a given name where a clause starts, to, and a verb of a task
_TO_DO_AFTER = re.compile(
    r"[ \t]+to[ \t]+(?:call|follow|check|send|chase|confirm|review|reply|contact|update|arrange|prepare|collect"
    r"|email|ring|phone|ask|handle|sign|approve|escalate|verify|issue|return|pay|visit|meet|draft|fix|book"
    r"|cover|take|pick|submit|file|complete|investigate|liaise|look)(?![A-Za-z])"
)
# a case, a ticket or a duty passed on to a person (Escalated to Terence, goes to Bernadette instead,
# handed over to Farah, route it to Sunita): a verb of passing work on before to
_PASSED_TO = re.compile(
    r"(?<![A-Za-z])(?i:escalated|escalate|assigned|assign|reassigned|forwarded|forward|handed|passed|goes|went"
    r"|routed|route|rerouted|referred|delegated|reallocated)(?:[ \t]+(?i:it|this|them|over|on|back))?"
    # who passed it may stand between (Escalated by K. Lam to Rui, forwarded by Desmond Ho to Priya)
    r"(?:[ \t]+by[ \t]+(?:[A-Z]\.[ \t]?){0,2}[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)?[ \t]+$"
)


def _named_thing(word: str) -> bool:
    """``word``, on a list of given names, names a thing, a month, a town or a shop (Faith, Jan,
    Stanley, Tiffany): a person's name only with stronger evidence."""
    return word in _NOUN_GIVEN or word in _NOT_GIVEN or word in _CALENDAR_WORDS or word in _NOT_SENDERS


def _passed_to(text: str, to: int, start: int, end: int) -> bool:
    """Work is passed on to the given name at ``text[start:end]``, the ``to`` before it at ``to``
    (:data:`_PASSED_TO`): no town's nor shop's name (sent to Stanley, goes to Tiffany)."""
    return _PASSED_TO.search(text, max(0, to - 48), to) is not None and text[start:end] not in _NOT_SENDERS


# a listed given name as a sentence's subject before what it did (Dinesh approved the refund, the PAN
# Calvin pasted, Siti will call back): a verb of handling a case, a payment or a record in the past, or
# a modal before a task; an adverb between (Rafael already fixed it). The words of :data:`_VERB_AFTER`
# are read there
_ACTED_AFTER = re.compile(
    r"[ \t]+(?:(?:just|already|also|then|never|finally|quickly|has|had|have)[ \t]+)?"
    r"(?:approved|rejected|declined|corrected|pasted|checked|updated|fixed|handled|processed|reviewed|verified"
    r"|cancell?ed|deleted|removed|uploaded|submitted|flagged|raised|escalated|forwarded|booked|amended|edited"
    r"|keyed|typed|copied|posted|shared|collected|deposited|withdrew|noticed|spotted|reported|authori[sz]ed"
    r"|released|reversed|waived|logged|scanned|phoned|rang|visited|swapped|covered|chased|contacted|explained"
    r"|promised|settled|cleared|blocked|unblocked|froze|issued|reissued|activated|accepted|denied|disputed"
    r"|requested|completed|prepared|drafted|double-checked|looked|picked|dropped|handed|passed|took|met|joined"
    r"|approves|checks|handles|signs|knows|needs|confirms|reviews"
    # a payment's or a message's verbs, a duty's (Ling already paid her share, Ming covers the FX counter)
    r"|paid|pays|sent|sends|said|says|owes|owed|transferred|borrowed|lent|received|refunded|asked|told|texted"
    r"|messaged|called|emailed|replied|confirmed|covers|wants|wanted"
    # on a roster (Priyanka on call tonight, Wing is on duty)
    r"|(?:is[ \t]+|will[ \t]+be[ \t]+)?on[ \t]+(?:call|duty|shift)"
    r"|(?:will|can|could|should|must|shall|needs[ \t]+to|has[ \t]+to|is[ \t]+going[ \t]+to)[ \t]+(?:not[ \t]+)?"
    r"(?:call|check|send|chase|confirm|review|reply|contact|update|arrange|prepare|collect|email|ring|phone"
    r"|ask|handle|sign|approve|escalate|verify|issue|return|pay|visit|meet|draft|fix|book|cover|take|pick"
    r"|submit|file|complete|investigate|liaise|look|help|follow|process|cancel|refund|transfer|explain))"
    r"(?![A-Za-z-])"
)
# a question's subject: an auxiliary where a clause starts, then the given name and what it may do
# (Can Priyanka check the file? Did Hamid sign?)
_ASKED_BEFORE = re.compile(r"(?<![A-Za-z])(?i:can|could|will|would|did|does|should|has|is|was)[ \t]+$")
_QUESTION_VERB_AFTER = re.compile(
    r"[ \t]+(?:(?:not|still|already|also)[ \t]+)?(?:call|check|send|chase|confirm|review|reply|contact|update"
    r"|arrange|prepare|collect|email|ring|phone|ask|handle|sign|approve|escalate|verify|issue|return|pay|visit"
    r"|meet|draft|fix|book|cover|take|pick|submit|file|complete|look|help|follow|process|cancel|refund"
    r"|transfer|explain|get|have|know|see|send|share|print|scan|do|make|join|come|go|finish)(?![A-Za-z-])"
)
# given names on the lists that are a rank, a trade or an English word as often (Captain approved, Grant
# approved, Judge ruled): no subject's name by the verb alone
_ACTOR_WORDS = frozenset("Boss Captain Colonel Judge Bishop Earl Duke Dean Porter Baker Hunter Grant Drew".split())


# a Chinese staff or trade word's last character before a given name (商户 Ivan, 同事 Ivan, 老板 Ivan)
_CJK_STAFF_LAST = frozenset("户戶事板")


def _more_cued(text: str, start: int, end: int, kind: str, cjk: bool) -> bool:
    """The listed given name at ``text[start:end]`` did something (:func:`_acted`), or, in Chinese text,
    follows a staff or trade word (商户 Ivan; no thing's, town's or shop's name: 商户 Apple, nor a
    business's first word: 商户 Wing Lung Bank) or a kinship word, another language's given name that
    reads as a syllable too (老公 Rohit); such a name after a Chinese word of giving or asking or before
    a particle (搵 Pat, Nikki 啊: :func:`_cjk_cue`), no list's surname nor common English word."""
    if text[end : end + 1] == " " and _acted(text, start, end, kind):
        return True
    word = text[start:end]
    if not cjk or _named_thing(word):
        return False
    if text[start - 1 : start] in _OPEN_QUOTES and text[end : end + 1] in _CLOSE_QUOTES:
        return _quoted_after_role(text, start - 1)
    before = start - 1 if start > 1 and text[start - 1] in " \t" else start
    last = text[before - 1 : before]
    if last in _CJK_STAFF_LAST:
        return not text[end + 1 : end + 2].isupper()
    if last in _CJK_KIN_LAST and "F" in kind and "S" not in kind and len(word) >= 4:
        return True
    # another language's given name that reads as a syllable too, no list's surname (搵 Pat, Nikki 啊)
    syllable = "F" in kind and "G" in kind and "S" not in kind and "L" not in kind and len(word) >= 3
    return syllable and word.lower() not in COMMON_WORDS and _cjk_cue(text, start, end)


_CLOSE_QUOTES = frozenset("\"”'’」")
# a Chinese role's, a staff word's or a word of calling's last character before a quoted given name, a
# scammer's alias (假冒客服 "Jason", 自称"Kevin", 叫 "Ivy")
_QUOTED_ROLE_LAST = _CJK_STAFF_LAST | frozenset("服理管称稱叫")


def _quoted_after_role(text: str, quote: int) -> bool:
    """The quote at ``quote`` opens a given name alone after a Chinese role, staff or calling word (客服
    "Jason", 自称"Kevin"), one blank between at most."""
    before = quote - 1 if quote > 1 and text[quote - 1] in " \t" else quote
    return text[before - 1 : before] in _QUOTED_ROLE_LAST


def _acted_span(text: str, start: int, end: int, kind: str) -> tuple[int, int] | None:
    """The span of a syllable or a surname on no given name's list that did something where a clause
    starts (Ming corrected it: :func:`_acted`), or ``None``."""
    return (start, end) if text[end : end + 1] == " " and _acted(text, start, end, kind) else None


def _acted(text: str, start: int, end: int, kind: str) -> bool:
    """The capitalised word at ``text[start:end]`` is a person's name as the subject of what it did or
    may do (:data:`_ACTED_AFTER`; a question's: :data:`_ASKED_BEFORE`): an English given name or
    another language's, no thing's, month's, town's, shop's, rank's or common English word; or a
    romanised syllable or a Chinese surname where a clause starts (Ming corrected it), no common
    English word nor brand."""
    listed = "E" in kind or "F" in kind
    # a verb in lower case after one blank; a syllable's only where a clause starts (most syllables are
    # a full name's, with a capitalised word after them), or a question's (did Kit pay the tutor?)
    if not text[end + 1 : end + 2].islower():
        return False
    asked = _ASKED_BEFORE.search(text, max(0, start - 8), start)
    asked_here = asked is not None and _clause_start(text, asked.start())
    if not listed and not asked_here and not _clause_start(text, start, _CLAUSE_BEFORE):
        return False
    word = text[start:end]
    if _named_thing(word) or word in _ACTOR_WORDS or word.lower() in COMMON_WORDS:
        return False
    if word.lower() in _ROLE_CUES or word.lower() in _ACTING_ROLES:
        return False  # a role that acts (User replied, Customer paid, System sent)
    questioned = asked_here and _QUESTION_VERB_AFTER.match(text, end) is not None
    if _ACTED_AFTER.match(text, end) is None and not questioned:
        return False
    if listed:
        return True
    return ("G" in kind or "S" in kind) and word not in _SYLLABLE_BRANDS and _surname_like(word)


# the parties of a ticket or a log that act by their role, no name's (User replied, System sent)
_ACTING_ROLES = frozenset("user users system bot merchant bank team member members host server app".split())
_OPEN_QUOTES = frozenset("\"“'‘「")
_SIGNED_QUOTE = re.compile(r"(?<![A-Za-z])(?i:signed|signs|signing)(?:[ \t]+(?i:as|off as))?[ \t]*[\"“'‘「]$")
_CLAUSE_BEFORE = frozenset(".:;!?\n-–—•*(（：；。！？，,")


def _assigned(text: str, start: int, end: int) -> bool:
    """The given name at ``text[start:end]`` starts a clause and a task follows it (:data:`_TO_DO_AFTER`)."""
    if text[end + 1 : end + 4] != "to " or _TO_DO_AFTER.match(text, end) is None:
        return False
    return _clause_start(text, start, _CLAUSE_BEFORE)


# a request to a person addressed where a clause starts (Rosa please sign off; Bee do you still have the
# login; Ayesha, please pick up): a given name, then please or a question's auxiliary and you
_ASKED_AFTER = re.compile(
    r",?[ \t]+(?:please|pls|plz|can[ \t]+(?:you|u)|could[ \t]+you|would[ \t]+you|do[ \t]+you|did[ \t]+you"
    r"|have[ \t]+you|are[ \t]+you|will[ \t]+you)(?![A-Za-z])"
)
# where a clause or a chat's turn starts: after punctuation, a bracket, a slash or a bar
_TURN_BEFORE = _CLAUSE_BEFORE | frozenset("/|)）]】")


def _asked(text: str, start: int, end: int) -> bool:
    """A request follows the given name at ``text[start:end]`` (:data:`_ASKED_AFTER`), no month's,
    town's nor shop's name (Jan please see, Victoria please, Tiffany can you)."""
    if text[end : end + 1] not in (" ", ",", "\t") or _ASKED_AFTER.match(text, end) is None:
        return False
    return text[start:end] not in _CALENDAR_WORDS and text[start:end] not in _NOT_SENDERS


def _addressed_at_end(text: str, start: int, end: int) -> bool:
    """The given name at ``text[start:end]``, after a comma, is addressed at its sentence's end (like
    last time, Derek.; is it done yet, Oscar?): a lower-case word or a digit before the comma (not
    the last of a list of capitalised words: in Central, Stanley.), no town's nor shop's name (near
    the station, Victoria.), no common English word."""
    if start < 3 or not (text[start - 3].islower() or text[start - 3].isdigit()):
        return False
    if text[end : end + 1] not in (".", "!", "?") or text[end + 1 : end + 2] not in ("", " ", "\t", "\n", '"', "”"):
        return False
    word = text[start:end]
    return word not in _NOT_SENDERS and word.lower() not in COMMON_WORDS


def _clause_start(text: str, start: int, marks: frozenset[str] = _TURN_BEFORE) -> bool:
    """``text[start:]`` starts a clause or a chat's turn (after one of ``marks``, :data:`_TURN_BEFORE`
    unless told, or a Chinese character), blanks between."""
    q = start
    while q > 0 and text[q - 1] in " \t":
        q -= 1
    return q == 0 or text[q - 1] in marks or _CJK.match(text[q - 1]) is not None


# a self-introduction in Chinese before a given name, the clause's words between (我係信用卡部嘅Karen,
# 我係滙豐Jason): within a dozen characters and no punctuation
_ZH_SELF_BEFORE = re.compile("(?:我係|我系|我是|我叫|我姓|呢度係|這裡是|这里是)[^，。！？,.!?:：\n]{0,10}$")
_ZH_SELF_GATE = re.compile("我[係系是叫姓]|呢度係|這裡是|这里是")
_HERE_AFTER = re.compile(r"[ \t]+here\b")
_VOCATIVE_NAME = r"[ \t]*([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]?(?=[你妳您我佢，,])"
_VOCATIVE_START = re.compile(_VOCATIVE_NAME)
_ADDRESSED_AFTER = re.compile("[a-z][ \t]?[你妳您我佢，,]")
# (or after a chat's turn's slash or bar: Re: 开户资料 / Tina 你好)
_VOCATIVE = re.compile("[，。！？!?\n/|]" + _VOCATIVE_NAME)
# a greeting before one or two given-name words addressed (你好 Ka Ho, Hi Wing Yan, 早晨 Kelvin,)
_GREETED = re.compile("(?:你好|您好|哈囉|早晨|(?<![A-Za-z])(?:[Hh]i|[Hh]ello|[Dd]ear|[Hh]ey))[,，]?" + _VOCATIVE_NAME)
# an alias after aka, known as or alias (known as Leung Gor, aka Fai Jai): one to three capitalised
# words, the first a name's word
_ALIAS = re.compile(
    r"(?<![A-Za-z])(?:aka|a\.k\.a\.?|AKA|known as|alias|nicknamed)[ \t]+([A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})"
    r"(?![A-Za-z'’-])"
)
# the value of a person's name field in JSON, a query string or a key-value dump
# ("first_name":"Lucía", last_name=Fernandez, "cardholder_name": "CHAN TAI MAN"): every letter of it
_NAME_FIELD = re.compile(
    r"(?i:first|last|given|family|middle|full|sur|customer|card_?holder|account_?holder|holder|payee|payer"
    r"|beneficiary|contact|sender|recipient)[_ -]?(?i:name)(?:\"[ \t]*:[ \t]*\"|=)"
    r"([^\"\n,;|&{}<>=:]{1,60})"
)
_NAME_FIELD_GATE = re.compile('(?i:name)(?:"[ \t]*:|=)')
# a given name alone in parentheses, after a number or an account: ``FPS 6120 4471 (Ivy)``
_PARENTHESISED = re.compile(r"[(（]([A-Z][a-z]+)[)）]")
# an English (or romanised) given name with a Cantonese suffix: May姐, Ken仔, Jacky 仔
_GIVEN_SUFFIX = re.compile(r"(?<![A-Za-z])([A-Z][a-z]{1,7})([ \t]?)[姐仔哥]")
# a given name alone in Chinese text: after a word of giving, asking or addressing (俾 Tiffany,
# 同 Kelly, 問 Winson), or before a possessive, a particle or a verb of saying or paying
# (Tiffany 嘅, Ivan 話, Joyce 已經); one blank may stand between
# a kinship word's last character (個女Jessie, 我老婆 Mandy, 細佬Kenny, 孫仔 Jason, 家姐Joyce), a
# self-introduction or a greeting before it (我係 Winnie, 我是 Kelvin, 您好 Kelvin), a role
# noun's last character (收款人Wartini, 客人 Yuki), a question's (係咪 Jacky)
_CJK_KIN_LAST = frozenset("女婆公佬媽妈爸姐妹仔哥弟")
# (等 Daniel 處理, 问下Ivy: waiting for someone, asking someone)
# (由Joyce安排: by whom)
_CJK_CUE_BEFORE = frozenset("俾畀同叫問问搵揾找請请給给謝谢係系是好人咪員员部等下由")
# a call's or a message's opening interjection before a listed given name (喂Kelvin, 嗨 Joey), not
# before a thing's (喂Apple部機)
_CJK_GREETING = frozenset("喂嗨")
# a staff member's or a department's word before a name (銀行職員Jason, 人事部Candy)
_CJK_STAFF_BEFORE = frozenset("員员部")
# a staff role's last character (客服 Cindy, 客户经理 Kelvin, 主管 Winston), not before a month's, a
# town's or a shop's name (處理 Jan 月, 代理 Chanel 手袋)
_CJK_ROLE_LAST = frozenset("服理管佣傭")  # (and a domestic helper: 家佣Wulandari, 外傭 Siti)
# a transfer's verb (转 Linda 支付宝, 匯Kevin 500): not before a month's or a sender's word (转 Jan 月)
_CJK_TRANSFER = frozenset("转汇轉匯")
# (and a demonstrative, the person's side or thing: Mandy嗰邊, Ivy那张单; a duty's verb: Sandy負責覆核)
# (Amy和张萌, Kevin同我, Ivy与我: a name joined to another person)
# (坐在Michelle旁边: beside whom)
_CJK_CUE_AFTER = frozenset("嘅的話话講讲說说已收俾畀借欠問问轉转付要會会都呀啊嗰那負负和与與同跟旁")
# a form's or a note's label of the staff who handled it, then a colon (經辦：Jacky, 處理職員: Yoyo,
# 負責人：Ivan, 客服主管：Winston): a role's last character before the colon
_CJK_LABEL_LAST = frozenset("員员人辦办理管服警")
# every given name alone holds a capital and a small letter (Ah Keung, 阿Ling, May姐, Tiffany)
_CAPITAL_SMALL = re.compile("[A-Z][a-z]")
# 阿 and a romanised syllable (阿Ling, 阿 Wing)
_AH_ROMAN = re.compile(r"阿[ \t]?([A-Z][a-z]+)(?![A-Za-z'’-])")
# given names that are also things (Apple Pay, Mark Six, Pay Bill, Grace period): not taken alone
_NOUN_GIVEN = frozenset(
    "Apple Cherry Candy Crystal Angel Grace Rose Ruby Jade Sunny Coco Max Visa Mark Bill Summer Star Sky Faith "
    "Hope Honey Love Lemon Echo Sage Canyon Cannon Sasa Apollo Venus Mercury Athena Nova Server Vita Milo Alexa "
    "Siri".split()
)
# (and pronouns, which romanise a surname too: He 何, Callee: He's out)
_NOT_GIVEN = frozenset(
    "The This That There Sir Madam Team All Everyone Customer Client Boss Edit "
    "He She It We They You His Her Him".split()
)
# a speaker's name before a colon, a chat's or a transcript's (Sandy: thx, 。Kaman: ok 我 PayMe,
# Family chat - Mei:): a listed given name, where a clause or a line starts
# (a hyphened romanised or an accented given name too: Dong-hyun:, Inês:)
# (a remark in brackets between the speaker and the colon: "Ming (typed):", "Eric (Skyline Limo):")
_SPEAKER = re.compile(r"([A-Z][a-zà-öø-ÿ]+(?:-[a-z]+)?)(?:[ \t]?\([^()\n]{1,24}\))?[ \t]?[:：](?![0-9/])")


def _cjk_cue(text: str, start: int, end: int) -> bool:
    """A Chinese word of giving or addressing stands before ``text[start:end]``, or a particle or a
    verb of saying or paying after it, one blank between at most."""
    before = start - 1
    if before >= 0 and text[before] in " \t":
        before -= 1
    if before >= 0 and (
        text[before] in _CJK_CUE_BEFORE or text[before] in _CJK_KIN_LAST or text[before] in _CJK_GREETING
    ):
        return True
    # a request's object (麻煩Ivy, 麻烦 Ivy), no thing's (麻烦 Apple 退款)
    if before >= 1 and text[before - 1 : before + 1] in ("麻煩", "麻烦"):
        return not _named_thing(text[start:end])
    if before >= 0 and (text[before] in _CJK_ROLE_LAST or text[before] in _CJK_TRANSFER):
        return text[start:end] not in _CALENDAR_WORDS and text[start:end] not in _NOT_SENDERS
    if before > 0 and text[before] in ":：":
        label = before - 1 if text[before - 1] in " \t" else before
        label -= 1
        if label >= 0 and text[label] in _CJK_LABEL_LAST:
            return text[start:end] not in _CALENDAR_WORDS and text[start:end] not in _NOT_SENDERS
    after = end + 1 if end < len(text) and text[end] in " \t" else end
    if after < len(text) and (text[after] in _CJK_CUE_AFTER or text.startswith(("名下", "名義", "名义"), after)):
        return True  # (Alice名下: in whose name)
    # a word of a Chinese sentence on both sides (Mike 請，轉介 Crystal 跟，買 Kenneth 生日禮物), or a clause's
    # start before one (Ivy 頭先 WhatsApp 個 PIN 俾我, Ben 聽日 11am call ...): a listed given name that names
    # no thing, month, town or shop is the person the sentence speaks of
    # (not before a Chinese surname: Eric 陳大文, Kelly 區嘉雯 are one name, the mixed scanner's)
    if (
        after < len(text)
        and _CJK.match(text[after]) is not None
        and text[after] not in surname_chars()
        and (before < 0 or _CJK.match(text[before]) is not None or text[before] in _CLAUSE_BREAK)
        and not _named_thing(text[start:end])
    ):
        return True
    # a message signed with a given name after its Chinese words (你過數就得 Ken), no brand's
    if before >= 0 and len(text) - end <= 8 and _CJK.match(text[before]) and not text[end:].strip(_SIGNED_END):
        return text[start:end].lower() not in _LOOKALIKE_BY_FIRST
    # a self-introduction (我係信用卡部嘅Karen)
    return _ZH_SELF_GATE.search(text, max(0, start - 16), start) is not None and (
        _ZH_SELF_BEFORE.search(text, max(0, start - 14), start) is not None
    )


_SIGNED_END = " \t\n!！。.~～🙏🙂😊👍"
# what ends a clause before a name that starts the next one
_CLAUSE_BREAK = frozenset("\n，。！？；：,!?;:|｜")


# a task in English after a given name in Chinese text (，Jessica follow。 等 Cindy update, Sat AM Joyce
# swap 咗): a verb of work after the name, a Chinese character, a stop or the end after the verb
_CJK_TASK_AFTER = re.compile(
    r"[ \t]?(?:follow|update|check|handle|swap|confirm|approve|sign|chase|review|cover|fu|f/u)"
    r"(?:[ \t]?(?:up|下))?(?=[ \t]?(?:[\u3400-\u9fff，。！？、；：,.!?]|$))"
)
_CJK_TASK_BEFORE = frozenset("，。：；、！？,:;交等")


def _cjk_tasked(text: str, start: int, end: int) -> bool:
    """A listed given name at ``text[start:end]`` in Chinese text, before an English verb of work
    (:data:`_CJK_TASK_AFTER`), a Chinese character, a stop or a capitalised word before it; no
    thing's, month's, town's nor common word (Grace period, May check)."""
    if _CJK_TASK_AFTER.match(text, end) is None:
        return False
    word = text[start:end]
    if _named_thing(word) or word.lower() in COMMON_WORDS:
        return False
    before = start - 1
    if before >= 0 and text[before] in " \t":
        before -= 1
    return (
        before < 0
        or text[before] in _CJK_TASK_BEFORE
        or _CJK.match(text[before]) is not None
        or (text[before].isupper())
    )


_CAPITALISED_AFTER = re.compile(r"(?:[ \t][A-Z][A-Za-z]*)+")


def _business_run(text: str, start: int, end: int) -> bool:
    """The word at ``text[start:end]`` begins capitalised words that name a business or a place
    (``Wing Lung Bank``, ``Hang Seng``)."""
    m = _CAPITALISED_AFTER.match(text, end)
    return m is not None and place_or_business(text, start, m.end())


def _noun_given_cued(text: str, start: int, end: int) -> bool:
    before = start - 1 if start > 0 and text[start - 1] in " \t" else start
    after = end + 1 if end < len(text) and text[end] in " \t" else end
    return (
        before > 0 and text[before - 1] in _CJK_CUE_BEFORE and after < len(text) and _CJK.match(text[after]) is not None
    )


def _cued_by_preposition(
    text: str, cue: re.Match[str], start: int, end: int, kind: str, listed: bool, given: bool
) -> bool:
    """The given name at ``text[start:end]`` after for, from or to (``cue``, :data:`_CUE_BEFORE`): a
    note written for a person (Quick note for Gabriel:, reminder for Tiago), a gift's remark signed
    from one (red packet from Joanne."), work passed to one (Escalated to Rui); no month's, town's or
    thing's name (reminder for Jan statements, from Stanley, to Jan statement)."""
    before = cue.group(1).lower()
    word = text[start:end]
    if before == "for":
        return listed and _NOTE_FOR.search(text, max(0, start - 24), start) is not None and not _named_thing(word)
    if before == "from":
        return given and _REMARK_END.match(text, end) is not None and word not in _NOT_SENDERS
    # (another language's given name that reads as a syllable too: Rui, Paulo; no surname: Ming)
    passed = given or (listed and "S" not in kind)
    return passed and word not in _CALENDAR_WORDS and _passed_to(text, cue.start(), start, end)


def _cued_latin(text: str, start: int, end: int, kind: str, listed: bool, given: bool) -> bool:
    """The word at ``text[start:end]`` is a given name by the English words around it: a
    salutation, a role word or a verb before a given name; a kinship word before any name's word
    (my wife Ling); a self-introduction (it's Jacky, Kenji here)."""
    if start == 0:  # "Kenji here", "Carmen to call back" at the text's start
        return listed and (
            _HERE_AFTER.match(text, end) is not None or _assigned(text, start, end) or _asked(text, start, end)
        )
    # the word before (thanks, Pat; attn. Mabel), within sixteen characters
    cue = _CUE_BEFORE.search(text, max(0, start - 16), start) if text[start - 1] in " \t:：" else None
    if cue is not None:
        before = cue.group(1).lower()
        if before in _KIN_CUES and kind != "-":
            return True
        thank_you = before == "you" and text[max(0, cue.start() - 6) : cue.start()].lower() == "thank "
        # a month's or a day's name (Jan, Mar) after a verb is a date (pay with Jan run); after a
        # salutation it is a name (thanks Jan)
        date = text[start:end] in _CALENDAR_WORDS and before not in _SALUTATIONS
        trade = before in _TRADE_ROLES and _named_thing(text[start:end])  # (Merchant Tiffany)
        if (before in _CUES or thank_you) and (given or listed) and not date and not trade:
            return True
        if before in _ENGLISH_ONLY_CUES and "E" in kind and not date:
            return True
        if before in _TAGALOG_CUES and listed and _tagalog_named(text[start:end]):
            return True
        if before in ("for", "from", "to") and _cued_by_preposition(text, cue, start, end, kind, listed, given):
            return True
    # a hyphened romanised given name (Ka-yan) is given, on no list; not after a determiner (the Wing-on)
    if not (listed or given) or (not listed and _prev_word(text, start) in _DETERMINERS):
        return False
    if text[start:end] in _CALENDAR_WORDS:
        return False
    if _VERB_AFTER.match(text, end) or _DASH_BEFORE.search(text, max(0, start - 4), start):
        return True
    if (
        _assigned(text, start, end)
        or (_asked(text, start, end) and _clause_start(text, start))
        or (text[start - 2 : start] == ", " and _addressed_at_end(text, start, end))
    ):
        return True
    # a quoted signature (Signed "Gareth (Mr G. Pritchard)", signs as 'Kenji')
    if text[start - 1] in _OPEN_QUOTES and _SIGNED_QUOTE.search(text, max(0, start - 16), start):
        return True
    # every self-introduction ends in s or m (it's, this is, my name is, I'm, I am)
    if text[max(0, start - 2) : start - 1] in ("s", "m") and _SELF_BEFORE.search(text, max(0, start - 12), start):
        return True
    # "Kenji here": at a clause's start
    return text[start - 1] in ".,;:!?\n" and _HERE_AFTER.match(text, end) is not None


# a title in lower case before a surname in lower case (mr fernandes, mdm wong): a chat's spelling
_LOWER_TITLE_WORD = re.compile("m[rsdi]|dr")
_LOWER_TITLE = re.compile(r"(?<![A-Za-z])(?:mr|mrs|ms|mdm|dr|miss)\.?[ \t]+([a-z]{2,}(?:-[a-z]+)?)(?![A-Za-z'’-])")
# a romanised Chinese surname before a Chinese title of address (Tse 生, Wong 太, Chan sir)
_SURNAME_ZH_TITLE = re.compile(
    r"([A-Z])(?<![A-Za-z'’-][A-Z])[a-z]+[ \t]?(?:先生|小姐|女士|太太|生|太|sir)(?![A-Za-z])(?![ \t]?[A-Z])"
)
# a romanised Chinese surname alone before an English rank or role, in the order of Chinese (經理 after
# the surname: 俾 Choi manager, 嘅 Yau manager, Ku Inspector); not after another capitalised word
# (Hang Seng manager, Sales Manager)
_SURNAME_RANK = re.compile(
    r"(?<![A-Za-z'’-][ \t])(?<![A-Za-z'’-])([A-Z])[a-z]+[ \t](?:manager|Manager|inspector|Inspector|officer|Officer"
    r"|supervisor|Supervisor|director|Director|sergeant|Sergeant|madam|Madam)(?![A-Za-z])"
)
_RANK_GATE = re.compile("anager|nspector|fficer|upervisor|irector|ergeant|adam")
# a Chinese surname before an English title (張 Sir, 劉 Sir, 陳 Madam): read in the Simplified copy
_ZH_SURNAME_SIR = re.compile(
    "(?<![\u3400-\u9fff])(" + "|".join(COMPOUND) + f"|[{SINGLE}])" + r"[ \t]?(?:Sir|sir|SIR|Madam|madam)(?![A-Za-z])"
)
# a Japanese honorific after a surname or a given name (Tanaka-san)
_HONORIFIC = re.compile(r"([A-Z])(?<![A-Za-z'’-][A-Z])[a-z]+-(?:san|sama|sensei|kun)(?![A-Za-z])")


def _lower_titled(text: str, cjk: bool | None = None) -> list[tuple[int, int]]:
    """A surname in lower case after a title in lower case (mr fernandes, mdm wong), and the given
    names a casual text writes in lower case (:func:`_lower_given`)."""
    cjk = _CJK.search(text) is not None if cjk is None else cjk
    spans = _lower_given(text, cjk)
    if cjk:
        spans.extend(m.span(1) for m in _LOWER_AFTER_ROLE.finditer(text) if _lower_full_name(m.group(1).split()))
    if _LOWER_TITLE_WORD.search(text) is None:
        return spans
    return spans + [m.span(1) for m in _LOWER_TITLE.finditer(text) if _surname_word(m.group(1).title())]


# a chat's, an SMS's or a transfer note's given names in lower case: Ah and a Cantonese syllable (ah
# keung, ah wai), a listed given name after a salutation or an interjection (thx kelvin, wah
# kelvin, hey jas), or one at a clause's start glued to a Chinese pronoun or verb of saying
# (kathy 我過咗數, kaman話佢)
_LOWER_CUED = re.compile(
    r"(?:(ah)(?<![A-Za-z]ah)[ -]|(?:hi(?<![A-Za-z]hi)|hey(?<![A-Za-z]hey)|thx(?<![A-Za-z]thx)"
    r"|thanks(?<![A-Za-z]thanks)|wah(?<![A-Za-z]wah)|dear(?<![A-Za-z]dear))[ ,]{1,2})([a-z]{2,8})(?![A-Za-z'’-])"
)
# (the glued form found from its end: a small letter, a blank or none, and the Chinese word, which
# Chinese text seldom has; then the word back to the clause's start)
_LOWER_GLUED_END = re.compile("[我你佢話话嘅的已俾講讲](?:(?<=[a-z].)|(?<=[a-z] .))")
_LOWER_GLUED = re.compile("(?:^|(?<=[\\s，。：:「」\"'“”]))([a-z]{3,8}) ?$")
# (a cue's letters first: literals the search finds fast, 3% of the bench's texts hold one)
_LOWER_CUE_GATE = re.compile("ah[ -]|hi[ ,]|hey|thx|thanks|wah|dear")
# English nouns a Cantonese or Mandarin chat mixes in, that the given-name tables read as names (as
# two romanised syllables, or a foreign given name): "send 個 link 俾你", "booking 我已經改咗"
_CHAT_NOUNS = frozenset(
    "link quote coupon banner booking button doc guide limit quota route server token banking login debit cache "
    "payme".split()
)
# words after ah that are no names (ah ok, ah sorry: interjections, Cantonese particles)
_NOT_AH = frozenset("ok okay sorry sure yes yeah yep no so ha hah la lah lor wor ma me ya see got".split())


def _lower_given(text: str, cjk: bool) -> list[tuple[int, int]]:
    """Lower-case given names by their cues (:data:`_LOWER_CUED`, :data:`_LOWER_GLUED`): the word is
    a Cantonese syllable after ah, a listed given name (or a romanised one of two syllables) after
    the rest, never a common English word (hi all, thanks team, ok sent to may)."""
    spans: list[tuple[int, int]] = []
    if _LOWER_CUE_GATE.search(text) is not None:
        for m in _LOWER_CUED.finditer(text):
            word = m.group(2)
            if word in COMMON_WORDS or word in _NOT_AH:
                continue
            kind = _kind(word.title())
            if m.group(1):  # ah keung: the nickname whole
                if "G" in kind or "S" in kind:
                    spans.append((m.start(), m.end()))
            elif _lower_listed(word, kind):
                spans.append(m.span(2))
    for e in _LOWER_GLUED_END.finditer(text) if cjk else ():
        glued = _LOWER_GLUED.search(text, max(0, e.start() - 10), e.start())
        if glued is not None:
            word = glued.group(1)
            if word not in COMMON_WORDS and word not in _CHAT_NOUNS and _lower_listed(word, _kind(word.title())):
                spans.append(glued.span(1))
    for m in _AH_LOWER.finditer(text) if cjk and "阿" in text else ():
        word = m.group(1)
        kind = _kind(word.title())
        if word in COMMON_WORDS or word.title() in _AH_KIN or word in _NOT_AH:
            continue
        if _lower_listed(word, kind) or ("G" in kind and len(word) >= 3):
            spans.append(m.span())
    return spans


# a full name in lower case after a Chinese word for a customer, a payee or a holder (操作人luo yifan, 收件人
# zhou xinyi, 用戶 kelvin wong: _PERSON_WORD_BEFORE), then two or three words in lower case
_LOWER_AFTER_ROLE = re.compile(
    f"(?<={_PERSON_WORD_BEFORE})" + r"[ \t:：]*([a-z]{1,6}(?:[ \t][a-z]{1,6}){1,2})(?![A-Za-z0-9'’-])"
)


def _lower_full_name(words: list[str]) -> bool:
    """``words`` in lower case are a romanised name: a Chinese surname, then romanised syllables (luo
    yifan, zhou xin yi), or an English given name and a Chinese surname (kelvin wong); no common English
    word but a surname's (ok sure, test case)."""
    kinds = [_kind(w.title()) for w in words]
    if not all("S" in k or w not in COMMON_WORDS for w, k in zip(words, kinds, strict=True)):
        return False
    # (nor a place in lower case: 商户 lai chi kok 店, 收件人 ho man tin)
    if any(tuple(words[a:b]) in _LOOKALIKE_SET for a in range(len(words)) for b in range(a + 1, len(words) + 1)):
        return False
    if "S" in kinds[0] and all("G" in k for k in kinds[1:]):
        return True
    return len(words) == 2 and "E" in kinds[0] and "S" in kinds[1]


# 阿 and a nickname in lower case, as a chat types it (阿ken, 阿 wing): the nickname whole; not a
# kinship word nor a title (阿sir, 阿ma, 阿po), nor an English word (阿team)
_AH_LOWER = re.compile(r"阿[ \t]?([a-z]{2,8})(?![A-Za-z'’-])")


# English words in lower case that lists of given names hold and the common words lack (經理 said 我哋,
# 佢 drew 俾我, screen cap 俾人睇): a verb's past or a thing's word beside Chinese, not a nickname
_LOWER_WORDS = frozenset("said rob sue frank grant drew miles penny rod tad warren bob cap".split())


def _lower_listed(word: str, kind: str) -> bool:
    """A lower-case ``word`` (``kind`` of its capitalised form) may be a given name written alone: an
    English one or another language's that is no Chinese syllable, or a romanised one of two syllables
    (kaman), none a thing's or a pronoun's word, nor an English word the common words lack (said)."""
    if word in _LOWER_WORDS:
        return False
    title = word.title()
    if title in _NOUN_GIVEN or title in _NOT_GIVEN or title in _CALENDAR_WORDS:
        return False
    return "E" in kind or ("F" in kind and "G" not in kind) or (kind == "G" and len(word) > 4)


def scan_lower_titled(text: str) -> list[Finding]:
    """PERSON findings of :func:`_lower_titled`, for a text with no capital and no CJK character
    (which the other scanners skip): ``pls call mr fernandes``, ``hey its ah keung``."""
    return [Finding("PERSON", a, b, GIVEN_SCORE, GIVEN_RECOGNIZER) for a, b in _lower_titled(text)]


# a list of three items or more, parted by commas or 、, each a capitalised word or two to four CJK
# characters ("Paid so far: Leo, Mia, Haoran, Yuxi.", "Late payment list：Jack、阿东、Winnie、莫少华")
_NAME_LIST = re.compile(
    "(?<![A-Za-z'’-])(?:[A-Z][a-z]+|[\u3400-\u9fff]{2,4})(?:[ \t]*+[,、，][ \t]*+(?:[A-Z][a-z]+|[\u3400-\u9fff]{2,4})"
    "(?![A-Za-z'’-])){2,}"
)
_LIST_WORD = re.compile("[A-Z][a-z]+")
_CAPITAL_AT_SEPARATOR = re.compile("[,、，][ \t]*[A-Z][a-z]|[A-Z][a-z]+[ \t]*[,、，]")


# a meeting's or a fee list's people after its label (Present: Anna (chair), Bo Yang, Siu-ming, Rachel
# Kwok; 参会：冯总、李工、何静、Kevin、小曹; 出席 劉總、譚Sir、Joyce): the list runs to the sentence's end
_ROLL_LABEL = re.compile(
    r"(?:(?<![A-Za-z])(?i:present|attendees|attendance|participants|attending|absent|apologies)[ \t]*[:：]"
    r"|(?:参会|參會|出席|与会|與會|列席|缺席|已缴|已繳|未缴|未繳)(?:人员|人員)?[ \t]*[:：]?)[ \t]*"
)
# (a colon, or a Chinese label without one: every roll's label holds one; looked for as substrings,
# cheaper than a search of an alternation)
_ROLL_WORDS_ZH = ("出席", "列席", "缺席", "参会", "參會", "与会", "與會", "已缴", "已繳", "未缴", "未繳")
_ROLL_ITEM = re.compile(r"[^,，、.。;；|\n]+")
_ROLL_NAME = re.compile(
    r"[ \t]*([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:[ \t][A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){0,2})"
    r"[ \t]*(?:[(（][^()（）]{1,16}[)）])?[ \t]*$"
)


def _roll_names(text: str) -> list[tuple[int, int]]:
    """The romanised and English names of a roll (:data:`_ROLL_LABEL`): each item of one to three
    capitalised words (a bracketed remark after it left out), one of them on a list of given names or
    surnames, none a common English, calendar or label word."""
    spans: list[tuple[int, int]] = []
    if ":" not in text and "：" not in text and not any(word in text for word in _ROLL_WORDS_ZH):
        return spans
    for label in _ROLL_LABEL.finditer(text):
        at = label.end()
        while at < len(text):
            item = _ROLL_ITEM.match(text, at)
            if item is None:
                break
            name = _ROLL_NAME.match(text, item.start(), item.end())
            if name is not None:
                words = name.group(1).replace("-", " ").split()
                if any(_kind(w.title()) != "-" for w in words) and not any(
                    w.lower() in COMMON_WORDS or w in _CALENDAR_WORDS or w in _NOT_GIVEN or field_label(w)
                    for w in words
                ):
                    spans.append(name.span(1))
            nxt = item.end()
            if nxt >= len(text) or text[nxt] not in ",，、":
                break
            at = nxt + 1
    return spans


def _name_lists(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The romanised and English given names of a list of names (:data:`_NAME_LIST`): where two items
    or more are listed English or other given names (Leo, Mia; Jack, Winnie), each of its capitalised
    words that is a given name of any list (Haoran, Yuxi: romanised syllables), no thing's, common
    English, calendar or label word (Visa, Monday, Grace, Cash); none ``found`` holds already."""
    spans: list[tuple[int, int]] = []
    if "," not in text and "、" not in text and "，" not in text:
        return spans
    spans.extend(_roll_names(text))
    # (a list of given names holds a capitalised word beside a separator: most texts' commas have none)
    if text.count(",") + text.count("、") + text.count("，") < 2 or _CAPITAL_AT_SEPARATOR.search(text) is None:
        return spans
    for m in _NAME_LIST.finditer(text):
        words = [(w.span(), w.group(), _kind(w.group())) for w in _LIST_WORD.finditer(text, m.start(), m.end())]
        named = [
            (span, word)
            for span, word, kind in words
            if kind != "-"
            and word not in _NOUN_GIVEN
            and word not in _NOT_GIVEN
            and word not in _CALENDAR_WORDS
            and word.lower() not in COMMON_WORDS
            and not field_label(word)
        ]
        if sum("E" in kind or "F" in kind for span, word, kind in words if (span, word) in named) >= 2:
            spans.extend(span for span, _word in named)
    if spans and found:
        seen = set(found)
        return [span for span in spans if span not in seen]
    return spans


# a given name or a surname before a Chinese elder's kinship title, as a family calls an aunt or an uncle
# (Ling 姨姨, Fong姨, Wah 叔, Chan 伯伯)
_NAME_ZH_KIN = re.compile(r"(?<![A-Za-z'’-])([A-Z][a-z]{1,7})[ \t]?(?:姨|叔|伯)")


def _kin_called(word: str) -> bool:
    """``word`` before an elder's kinship title is a name: a romanised syllable or surname, or a listed
    given name, no thing's nor common English word (Apple 叔叔 is none)."""
    kind = _kind(word)
    if word in _SYLLABLE_BRANDS:
        return False  # (Uber 叔叔, Grab 叔: a driver)
    return kind != "-" and kind not in "BP" and not _named_thing(word) and word.lower() not in COMMON_WORDS


def _speakers_and_titled(text: str, cjk: bool) -> list[tuple[int, int]]:
    """A chat's speakers (Sandy: thx), a romanised surname before a Chinese title (Tse 生, Wong
    太), a name before a Japanese honorific (Tanaka-san)."""
    spans: list[tuple[int, int]] = []
    if ":" in text or "：" in text:
        spans.extend(_speakers(text))
    if cjk and ("生" in text or "太" in text or "士" in text or "姐" in text or "sir" in text):
        spans.extend(_word_span(m) for m in _SURNAME_ZH_TITLE.finditer(text) if "S" in _kind(_word(m)))
    if cjk and ("姨" in text or "叔" in text or "伯" in text):
        spans.extend(m.span(1) for m in _NAME_ZH_KIN.finditer(text) if _kin_called(m.group(1)))
    if cjk and _RANK_GATE.search(text):
        spans.extend(_word_span(m) for m in _SURNAME_RANK.finditer(text) if "S" in _kind(_word(m)))
    if cjk and ("ir" in text or "IR" in text or "adam" in text):
        spans.extend(m.span(1) for m in _ZH_SURNAME_SIR.finditer(fold_t2s(text)))
    if "-s" in text or "-k" in text:
        spans.extend(_word_span(m) for m in _HONORIFIC.finditer(text) if _surname_word(_word(m)))
    return spans


def _word_span(m: re.Match[str]) -> tuple[int, int]:
    """The word whose capital ``m``'s first group is: to the end of its small letters."""
    end = m.end(1)
    while end < len(m.string) and "a" <= m.string[end] <= "z":
        end += 1
    return m.start(1), end


def _word(m: re.Match[str]) -> str:
    a, b = _word_span(m)
    return m.string[a:b]


def _surname_word(word: str) -> bool:
    """``word`` (capitalised) is a listed surname, Chinese or other, or a listed given name."""
    kind = _kind(word)
    return any(c in kind for c in "SLEF")


def _speakers(text: str) -> list[tuple[int, int]]:
    """The speakers of a chat or a transcript (:data:`_SPEAKER`, where a turn starts): listed given
    names, no thing's (:func:`_listed_speaker`); beside one, speakers on no list that read as a given
    name (:func:`_unlisted_speaker`)."""
    listed: list[re.Match[str]] = []
    others: list[re.Match[str]] = []
    turns = 0
    for m in _SPEAKER.finditer(text):
        if _turn_start(text, m.start(1)):
            turns += 1
            (listed if _listed_speaker(m.group(1)) else others).append(m)
        elif _speaker_role_before(text, m.start(1)) and (
            _listed_speaker(m.group(1)) or (m.group(1) in _NOUN_GIVEN and "E" in _kind(m.group(1)))
        ):
            # a role's word before the name (CS Yoyo:, Front desk Vivian:, 店主 Ada：, 代购 Coco:)
            listed.append(m)
    spans = [m.span(1) for m in listed]
    words = [m.group(1) for m in others]
    if others and turns >= 3:
        # a romanised syllable speaking in two turns or more of a chat (Mei: ... | Boss: ... | Mei: ...);
        # a month's or a thing's given name only where the turns are a chat's, parted by bars or lines
        chat = "|" in text or "\n" in text
        spans.extend(m.span(1) for m in others if _syllable_speaker(m.group(1), words.count(m.group(1)), chat))
    if listed and others:
        spans.extend(m.span(1) for m in others if _unlisted_speaker(m.group(1), words.count(m.group(1))))
    elif others:
        # the first speaker after a chat's heading (Family chat - Mei:, [WhatsApp] Ling:)
        spans.extend(m.span(1) for m in others if _chat_opener(text, m.start(1), m.group(1)))
    if listed and others:
        spans.extend(_thing_or_syllable_speakers(others))
    return spans


# a chat's heading before its first turn (Family chat - , [WhatsApp] , Group chat — )
_CHAT_HEADING = re.compile(
    r"(?i:chat|group|whatsapp|wechat|signal|telegram|messenger)[^\n:：]{0,24}?[]】)]?[ \t]*[-–—|]?[ \t]*$"
)


def _chat_opener(text: str, start: int, word: str) -> bool:
    """The speaker ``word`` at ``start`` opens a chat after its heading (:data:`_CHAT_HEADING`): a
    romanised syllable or surname (Mei, Ling, Wong) of two to six letters, no common English, calendar,
    label, role or kinship word (Family chat - Note:, [WhatsApp] Re:, Group chat - Ops:, Ma:)."""
    kind = _kind(word)
    if not ("G" in kind or "S" in kind) or not 2 <= len(word) <= 6 or word in _AH_KIN:
        return False  # (Ma:, Po: a grandmother, as often as a surname)
    lowered = word.lower()
    if not _surname_like(word) or field_label(word) or lowered in _KIN_CUES or lowered in _SPEAKER_ROLES:
        return False
    return _CHAT_HEADING.search(text, max(0, start - 40), start) is not None


def _thing_or_syllable_speakers(others: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Speakers of a chat on no list of persons' names alone (:func:`_speakers`'s ``others``, beside a
    listed speaker), what they say no number (Visa: 4111, Grace: 30 days): a given name that is also a
    thing speaking in two turns or more (Grace: ... / Wing: ... / Grace: ...), and a romanised nickname
    of three to six letters saying something in lower case (Momo: me tmr), no common English, label,
    calendar, place, business or brand word (Note:, Fee:, Sun:, Bank:)."""
    words = [m.group(1) for m in others]
    spans: list[tuple[int, int]] = []
    for m in others:
        word = m.group(1)
        said = _SAID.match(m.string, m.end())
        if said is None or said.group(1).isdigit() or word in _CARD_BRANDS:
            continue
        if word in _NOUN_GIVEN and words.count(word) > 1:
            spans.append(m.span(1))
        elif word.lower() in COMMON_WORDS or field_label(word) or word in _CALENDAR_WORDS or word in _NOT_GIVEN:
            continue
        elif _nickname_speaker(word, said.group(1)):
            spans.append(m.span(1))
    return spans


def _nickname_speaker(word: str, first: str) -> bool:
    """A speaker's ``word`` is a romanised nickname (Momo:) saying something whose ``first`` character
    is in lower case: three to six letters, no brand's, role's or common word's."""
    if _kind(word) != "G" or not 3 <= len(word) <= 6 or word in _SYLLABLE_BRANDS or not first.islower():
        return False
    return _surname_like(word) and _ROLE_ENDING.search(word.lower()) is None


# the first character a speaker says after the colon
_SAID = re.compile(r"[ \t]*(\S)")


def _turn_start(text: str, start: int) -> bool:
    """``text[start:]`` starts a clause, a line or a chat's turn: the text's start, or after
    punctuation, a bracket, a dash or an emoji; not after a word, a digit or a comma."""
    q = start
    while q > 0 and text[q - 1] in " \t":
        q -= 1
    return q == 0 or not (text[q - 1].isalnum() or text[q - 1] in ",，'’\"&")


# a role's word right before a speaker's name, after a turn's start (CS Yoyo:, Front desk Vivian:, Shop
# Queenie:, 店主 Ada：, 代购 Coco:)
_ROLE_BEFORE_SPEAKER = re.compile(
    r"(?:^|(?<=[|\]\n:：。！？!?]))[ \t]*+(?:(?i:cs|shop|staff|agent|driver|front desk|desk|hotel|cashier|sales|"
    r"support|admin|host|manager|merchant|owner|teller|officer|operator|rep|customer service|service)"
    r"|店主|代购|代購|客服|司机|司機|前台|店员|店員|老板|老闆|收银|收銀|职员|職員)[ \t]++$"
)


def _speaker_role_before(text: str, start: int) -> bool:
    return _ROLE_BEFORE_SPEAKER.search(text, max(0, start - 24), start) is not None


def _syllable_speaker(word: str, times: int, chat: bool) -> bool:
    """:func:`_romanised_speaker`, or a given name that is also a thing's or a month's (May, Coco,
    Grace) speaking in two turns or more of a ``chat``: a month or a brand does not speak (a form's
    "Grace: none. Rate: fixed. Grace: waived." is a loan's terms, not a chat)."""
    if chat and times >= 2 and (word in _NOUN_GIVEN or word in _CALENDAR_WORDS) and word not in _NOT_GIVEN:
        kind = _kind(word)
        return "E" in kind or "G" in kind
    return _romanised_speaker(word, times)


def _romanised_speaker(word: str, times: int) -> bool:
    """A chat's speaker on no list of given names is a person when it is a romanised Chinese syllable
    or surname (Mei, Ling, Wong) of two to six letters speaking in two turns or more, no common English,
    calendar, label, role or kinship word (Boss:, Note:, Ma:)."""
    if times < 2 or not 2 <= len(word) <= 6 or word in _AH_KIN:
        return False
    kind = _kind(word)
    lowered = word.lower()
    if not ("G" in kind or "S" in kind) or field_label(word) or not _surname_like(word):
        return False
    return lowered not in _KIN_CUES and lowered not in _SPEAKER_ROLES and lowered not in _ROLE_WORDS


def _listed_speaker(word: str) -> bool:
    """A speaker's ``word`` is a listed given name (an accented one read as its ASCII letters), no
    thing's."""
    kind = _kind(word if word.isascii() else fold_latin(word))
    return ("E" in kind or "F" in kind) and word not in _NOT_GIVEN and word not in _NOUN_GIVEN


# the roles that speak in a chat or a transcript, words on no list (Scammer:, Host:, Interviewer:): a
# role noun's ending, or one of these
_ROLE_ENDING = re.compile("(?:er|or|ee|ist|ant|ent|ster|man|men|ess|ady|ous|own|ion|ary|ive|ics|ing)$")
_SPEAKER_ROLES = frozenset("host guest anon bot desk ops team hotline me kid bro sis ah cs hr it".split())


def _unlisted_speaker(word: str, times: int) -> bool:
    """A chat's speaker on no list, beside a listed one, is a person: a hyphened romanised given name
    (Bo-ra, Dong-hyun: a Chinese or a Korean one's syllables, no English word's: Top-up, Set-up), or a
    word that speaks in two turns or more (Dmitri: ... / Dmitri: ...), no common English, role,
    kinship, label or place word (Dept:, Scammer:, Mum:, Outcome:)."""
    kind = _kind(word if word.isascii() else fold_latin(word))
    if "-" in word:
        if "G" in kind:
            return True
        return _KOREAN_GIVEN.fullmatch(word) is not None and not any(p.lower() in COMMON_WORDS for p in word.split("-"))
    lowered = word.lower()
    if times < 2 or kind != "-" or len(word) < 4 or not _surname_like(word) or field_label(word):
        return False
    if lowered in _KIN_CUES or lowered in _ROLE_WORDS or lowered in _SPEAKER_ROLES:
        return False
    return _ROLE_ENDING.search(lowered) is None


def _vocative(text: str, m: re.Match[str], greeted: bool = False) -> bool:
    """A given name addressed at a clause's start (the text's, or after a full stop, a comma or a
    line's end, blanks between): an English or other listed given name (not a thing's, unless
    ``greeted`` and a comma right after it: Hi Ruby,), or two romanised syllables (Hiu Yan)."""
    name = m.group(1)
    parts = name.split()
    if len(parts) == 1:
        if name in _NOUN_GIVEN:  # given names that are things, on a list whatever the others say (Faith, Jade)
            return greeted and text[m.end(1) : m.end(1) + 1] in (",", "，")
        kind = _kind(name)
        return ("E" in kind or "F" in kind) and name not in _NOT_GIVEN
    return all(_kind(p) != "-" and "G" in _kind(p) for p in parts) and not place_or_business(name, 0, len(name))


def _acted_or_titled(text: str, start: int, end: int, kind: str) -> tuple[int, int] | None:
    """:func:`_acted_span`, or a romanised given name that is a month or a word after a capitalised
    kinship title (Auntie May: :func:`_kin_titled`), outside quotes (a shop's: at "Uncle Ming")."""
    span = _acted_span(text, start, end, kind)
    if (
        span is None
        and text[start:end].lower() in COMMON_WORDS
        and text[end : end + 1] not in ('"', "”", "'", "’")
        and _kin_titled(text, start, end)
    ):
        span = (start, end)
    return span


def _given_words(text: str, cjk: bool) -> list[tuple[int, int]]:
    """The capitalised words of ``text`` that are given names alone, by their cues (one loop
    over the candidates, the common paths inline: it runs on every text with a capital)."""
    spans: list[tuple[int, int]] = []
    for m in _GIVEN_CANDIDATE.finditer(text):
        start, end = m.span()
        word = m.group()
        if _no_candidate(text, start, word):
            continue
        kind = _KINDS.get(word) or _kind(word)
        if word in _NOT_GIVEN or (word in _NUMBERED_NOUNS and _numbered(text, end)):
            continue
        if kind == "-" or word in _NOUN_GIVEN:
            # (not a business's first word: "FORM - Jade Garden Restaurant")
            if _strongly_cued(text, start, end, kind, cjk) and not _business_next(text, start, end):
                spans.append((start, end))
            continue
        listed = "E" in kind or "F" in kind
        family = text[end + 1 : end + 2] in ("f", "h") and _FAMILY_AFTER.match(text, end) is not None
        if family and ("L" in kind or "S" in kind) and not listed:
            spans.append((start, end))  # a surname before family (the Gonzaga family)
            continue
        if not listed and "-" not in word:
            span = _unlisted_given(text, start, end, word, kind) or _acted_or_titled(text, start, end, kind)
            if span is not None:
                spans.append(span)
            continue
        else:
            given = "E" in kind or ("F" in kind and "G" not in kind)
            if (
                cjk
                and given
                and len(word) > 2
                and "-" not in word
                and (_cjk_cue(text, start, end) or _cjk_tasked(text, start, end))
            ):
                spans.extend(_cjk_cued_span(text, start, end, kind))
                continue
            # a listed given name that is also a Chinese syllable (Pat, Kenji) counts after a cue
            cued = _cued_latin(text, start, end, kind, listed, given or ("-" in word and kind == "G"))
            cued = cued or _more_cued(text, start, end, kind, cjk)
            pair = _pair(text, start, end, kind)
            itemised = (listed or ("-" in word and kind == "G")) and _list_item_before_number(text, start, end)
            if not cued and not itemised:
                spans.extend(_uncued(text, start, end, word, kind, pair))
                continue
            if pair is not None and pair[0] == start:
                end = pair[1]  # a cued given name with its surname on no list (this is Rahul Mehta calling)
        if not _place_next(text, end) and not _business_next(text, start, end):
            spans.append((start, end))
    return spans


# what stands right before a given name alone that makes it part of another name: a capitalised word
# (St. Paul, Mary Kelvin), an ampersand after one (Marks & Spencer), of or a surname's particle (Bank of
# Sunshine, Rua da Silva)
_LONE_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:St|Mt|Ft|Pt|Jr|Sr|Dr|Mr|Ms)\.|[A-Z][A-Za-z]*[ \t]*&"
    r"|(?<![A-Za-z])(?:of|da|de|do|dos|das|del|della|di|du|van|von|der|le|la))[ \t]+$"
)
# a capitalised word right before a given name alone: a name's word (Mary Kelvin: a full name's, the runs'
# scanner's), or the first word of a place, a school or a title named after a person (Saint Paul, Prince
# Edward, Queen Mary); a department or a sentence's first word is none of these (Finance Stephanie,
# Handover Jenny ->)
_CAPITALISED_BEFORE = re.compile(r"(?<![A-Za-z'’-])([A-Z][a-z][A-Za-z]*)[ \t]+$")
_NAME_PREFIXES = frozenset(
    "St Saint Mount Mt Fort Port Lake Cape Prince Princess Queen King Lady Lord Sir Dame Santa San Sao Bishop "
    "Father Pope Sister Brother Holy Our".split()
)
# a sentence's start before a word (Doc check failed. Skip trace: ...)
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n])[ \t]*$")


# brands, shops and firms that an English given name's list holds (a Dell laptop, via Kerry, an Elsa dress)
_LONE_BRANDS = frozenset("Chloe Dell Kerry Elsa Holly Robinson Hermes Celine Marc Tory Kate Guess Ralph".split())
# an article, a demonstrative or a number right before the word: a thing's name, not a person's
_THING_BEFORE = re.compile(r"(?:(?<![A-Za-z])(?i:the|a|an|this|that|these|those)|[0-9])[ \t]+$")


def _uncued(
    text: str, start: int, end: int, word: str, kind: str, pair: tuple[int, int] | None
) -> list[tuple[int, int]]:
    """The span of a listed given name with no cue: its ``pair`` with a surname on no list, or the name
    alone (:func:`_lone_given`)."""
    if pair is not None:
        return [pair]
    return [(start, end)] if _lone_given(text, start, end, word, kind) else []


# a surname's particle and a capitalised word after a given name: a longer name's or a place's (Maria de
# Fatima Hospital)
_PARTICLE_NEXT = re.compile(r"[ \t]+(?:de|da|do|dos|das|del|van|von|bin|binti)[ \t]+[A-Z]")


def _glued_or_mixed(text: str, start: int, end: int, possessive: bool) -> bool:
    """The given name at ``text[start:end]`` is glued to a code, an address or a handle (X-Kelvin-X,
    support@Kenneth.example.com), starts a longer name with a particle (Maria de Fatima), or a Chinese
    surname follows it (Kelly 區嘉雯: the mixed name's scanners read it whole)."""
    # (a glued sign between two Latin letters or digits; a slash parts a list: Joyce/Heidi, Leo/蒋一帆)
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    if len(before) == 2 and before[1] in _LATIN_GLUE and before[0].isascii() and before[0].isalnum():
        return True
    if not possessive and len(after) == 2 and after[0] in _LATIN_GLUE and after[1].isascii() and after[1].isalnum():
        return True
    return _PARTICLE_NEXT.match(text, end) is not None or _LATIN_THEN_CJK.match(text, end - 1) is not None


def _lone_given(text: str, start: int, end: int, word: str, kind: str) -> bool:
    """The listed given name ``word`` at ``text[start:end]``, of ``kind``, names a person with no cue:
    an English given name (send it to Kelvin, Joyce / Heidi 400 each), or another language's that is no
    Chinese syllable (Priyanka) where no sentence starts (Doc check, Skip trace); no Chinese surname
    (Wing), no thing's, month's, town's, shop's, brand's nor common English word (Grace, May, Stanley,
    Tiffany, Dell), no rank (Captain); alone: no capitalised word after it, none before it that is a
    name's word or a place's or title's prefix (Mary Kelvin, St. Paul's, Prince Edward; a department's
    or a sentence's first word may stand before an English one: Finance Stephanie, Handover Jenny), not
    after an ampersand, of or a particle (Marks & Spencer, da Silva), an article or a number (the Chloe
    bag, 6500 Kelvin), no possessive before a capitalised word (Tony's Auto Repair), no digit or accented
    letter glued (Kitty2010, Tomás), no card brand (Troy), no place's or business's word after it."""
    if "S" in kind or not ("E" in kind or ("F" in kind and "G" not in kind)):
        return False
    if _named_thing(word) or word in _ACTOR_WORDS or word.lower() in COMMON_WORDS or _brand_possessive(text, word, end):
        return False
    if business_word(word) or word in _LONE_BRANDS:  # a place's or a business's word (City Hall), a brand (Dell)
        return False
    if _THING_BEFORE.search(text, max(0, start - 8), start) is not None:
        return False  # a thing's name after an article or a measure (the Chloe bag, a Holly wreath, 6500 Kelvin)
    possessive = text.startswith(("'s", "’s"), end)
    if text[end : end + 1].isalnum() or word in _CARD_BRANDS or _glued_or_mixed(text, start, end, possessive):
        return False
    if _POSSESSIVE_CAPITAL.match(text, end + 2 if possessive else end):
        return False
    if _LONE_BEFORE.search(text, max(0, start - 24), start) is not None:
        return False
    # (another language's given name after any capitalised word is as often an event's or a place's last
    # word: Art Basel)
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 24), start)
    if before is not None and ("E" not in kind or before.group(1) in _NAME_PREFIXES or _kind(before.group(1)) != "-"):
        return False
    if "E" not in kind and _SENTENCE_START.search(text, max(0, start - 24), start) is not None:
        return False
    return not place_or_business(text, start, end)


# a capitalised word's possessive before a lower-case noun (Mei's physio, Karen's card)
_POSSESSIVE_NOUN = re.compile(r"(?<![A-Za-z'’-])([A-Z][a-z]+)['’][sS][ \t]+([a-z]+)")
# brands, shops and days written as a given name's possessive (Maxim's mooncakes, Wendy's burgers,
# Valentine's day), before a lower-case word as often as before a capitalised one
_POSSESSIVE_BRANDS = frozenset(
    "Maxim Wendy Denny Macy Domino Levi Tiffany Carl Arby Hardee Kellogg Sainsbury Moody Lloyd Nando Kohl Lowe "
    "Dillard Hershey Campbell Reese Welch Valentine Stow Harrod Jimmy Ruth Dan Ben Nathan Paul John Patrick".split()
)


_LOOKALIKE_SET = frozenset(LOOKALIKES)
# the last words of the listed phrases of two words or more (seng of Hang Seng): most words are none
_LOOKALIKE_LAST = frozenset(phrase[-1] for phrase in LOOKALIKES if len(phrase) > 1)


def _no_candidate(text: str, start: int, word: str) -> bool:
    """The capitalised ``word`` at ``start`` stands inside a word (McDonald) or ends a listed bank,
    brand or place (Hang Seng sent ...): no given name."""
    if start and text[start - 1].isascii() and text[start - 1].isalpha():
        return True
    return (
        start > 1
        and text[start - 1] == " "
        and word.lower() in _LOOKALIKE_LAST
        and text[start - 2].isalpha()
        and _lookalike_tail(text, start, word)
    )


def _lookalike_tail(text: str, start: int, word: str) -> bool:
    """``word`` at ``start`` ends a listed place or brand with the capitalised words right before it
    (Hang Seng, Lai Chi Kok), one blank between each."""
    before = text[max(0, start - 40) : start - 1].split(" ")
    words = [word.lower()]
    for w in reversed(before):
        if not w[:1].isupper() or not w.isalpha():
            break
        words.insert(0, w.lower())
        if tuple(words) in _LOOKALIKE_SET:
            return True
        if len(words) == 4:
            break
    return False


def _cjk_cued_span(text: str, start: int, end: int, kind: str) -> list[tuple[int, int]]:
    """The span of a listed given name a Chinese word cues (:func:`_cjk_cue`), with its surname on no
    list after it (cardholder係 Farhan Qureshi); none for a brand's first word (係 Calvin Klein 件衫)
    or a brand's possessive (唔係 Wendy's 嗰個)."""
    if place_or_business(text, start, end) or _brand_possessive(text, text[start:end], end):
        return []
    pair = _pair(text, start, end, kind)
    return [pair if pair is not None and pair[0] == start else (start, end)]


def _brand_possessive(text: str, word: str, end: int) -> bool:
    """``word``, ending at ``end``, is a brand's or a shop's possessive (Wendy's, Maxim's)."""
    return word in _POSSESSIVE_BRANDS and text.startswith(("'s", "’s"), end)


def _possessors(text: str) -> list[tuple[int, int]]:
    """Given names that own what the lower-case word after their ``'s`` names (``Mei's physio``,
    ``Karen's card``, ``Ethan's mum``; :func:`_possessor`)."""
    return [m.span(1) for m in _POSSESSIVE_NOUN.finditer(text) if _possessor(text, m)]


def _possessor(text: str, m: re.Match[str]) -> bool:
    """``m`` (:data:`_POSSESSIVE_NOUN`) is a person's possessive: its word a given name on a list (an
    English one, another language's, or a romanised syllable of three or four letters that is no
    common English word), no surname (``Chan's``, ``Mak's`` name shops as often), no brand's, day's
    or thing's, not inside a run of capitalised words (``Lord Stow's``, ``St Paul's``), and the noun
    no shop's or place's (``Wong's kitchen``)."""
    word, start = m.group(1), m.start(1)
    kind = _KINDS.get(word) or _kind(word)
    if "S" in kind or not ("E" in kind or "F" in kind or kind == "G"):
        return False
    if word in _POSSESSIVE_BRANDS or word in _NOUN_GIVEN or word in _NOT_GIVEN or word in _CALENDAR_WORDS:
        return False
    # a romanised syllable alone: one of three or four letters (Mei, Ling); a longer one reads as an
    # English noun as often (Sender's name, Holder's)
    if kind == "G" and (not 3 <= len(word) <= 4 or not _surname_like(word)):
        return False
    if business_word(m.group(2)):
        return False
    return not _in_capital_run(text, start)


def _unlisted_given(text: str, start: int, end: int, word: str, kind: str) -> tuple[int, int] | None:
    """The span of a word on no given-name list (a surname's, a syllable's: ``kind``) as a name: after
    a kinship word (my wife Ling), a salutation (thx Sammi: two syllables, no Chinese surname), a
    role word (customer Wong), or after a given name on no list (Pratibha Nair); ``None`` otherwise."""
    # most such words are a surname or a syllable of a full name (Chan Tai Man)
    if text[start - 1 : start] != " ":
        return None
    head = text[max(0, start - 14) : start - 1]
    written = head[head.rfind(" ") + 1 :]
    cue = written.lower().rstrip(",:")
    if cue[:1] in _OPEN_QUOTES and _quoted_alias(text, text.rfind(cue[0], 0, start), end):
        cue = cue[1:]  # an alias in quotes ("Brother Keung"), no shop's (at "Uncle Tetsu" Mong Kok)
    # (a syllable of three or four letters after a salutation too, where the greeting's clause ends: Hi
    # Ming, ... / Hi Ming it's your auntie)
    salute = cue in _SALUTATIONS and (
        (kind == "G" and len(word) > 4) or (kind in ("G", "S", "SG") and _greeting_ends(text, end, word))
    )
    role = (
        (cue in _ROLE_WORDS and ("L" in kind or "S" in kind))
        or (kind == "G" and _syllable_named(text, start, end, word, cue))
        or (cue == "by" and _done_by(text, start, end, kind))
    )
    if cue in _KIN_CUES and text[end : end + 1] in (":", "：") and not written[:1].isupper():
        return None  # a form's label after a relationship (daughter Share: 50%), not a speaker (Auntie Mei:)
    if cue not in _KIN_CUES and not salute and not role:
        if "L" in kind and (first := _unlisted_given_before(text, start, end, kind)) is not None:
            return (first, end)  # Pratibha Nair, Adebayo Okafor
        return None
    if _place_next(text, end) or _business_next(text, start, end):
        return None
    return (start, end)


_GREETING_END = re.compile(r"[ \t]*(?:[,!.，！。]|$)|[ \t]+(?:it['’]?s|this is|here)(?![A-Za-z])")


def _greeting_ends(text: str, end: int, word: str) -> bool:
    """The greeting's clause ends after the syllable ``word`` ending at ``end`` (Hi Ming, / Hi Ming it's
    me), which is no common English word (Hi All,)."""
    return len(word) >= 3 and word.lower() not in COMMON_WORDS and _GREETING_END.match(text, end) is not None


# a verb of signing, receiving or approving before by (waybill signed by Mak, parcel collected by
# Tsang, countersigned by Pritchard): who did it is a person
_DONE_BY = re.compile(
    r"(?<![A-Za-z])(?i:signed|countersigned|collected|received|witnessed|approved|accepted|verified|endorsed"
    r"|authori[sz]ed|picked[ \t]+up|checked|handled|processed|cleared|reviewed|confirmed|escalated|raised"
    r"|reported|prepared|submitted)[ \t]+by[ \t]+$"
)


def _done_by(text: str, start: int, end: int, kind: str) -> bool:
    """A surname alone (``kind`` a Chinese or another surname) after :data:`_DONE_BY`, no common English
    word (received by Post), no capitalised word after it (collected by Lo Wu checkpoint)."""
    if not ("S" in kind or "L" in kind) or text[end + 1 : end + 2].isupper():
        return False
    if text[start:end].lower() in _BY_CHANNELS:
        return False
    return _surname_like(text[start:end]) and _DONE_BY.search(text, max(0, start - 24), start) is not None


# the ways and the machines a thing is received or checked by, which lists of surnames hold too
# (received by Post, checked by System)
_BY_CHANNELS = frozenset(
    "post mail courier hand email fax phone cheque cash wire system machine terminal robot".split()
)


def _quoted_alias(text: str, quote: int, end: int) -> bool:
    """The quotes from ``quote`` to ``end`` hold an alias, a kinship word and a name (rented it to
    "Brother Keung"): closed right after the name, no capitalised word after them nor a place's
    preposition before them (a shop's: at "Uncle Tetsu" Mong Kok)."""
    if text[end : end + 1] not in _CLOSE_QUOTES or _POSSESSIVE_CAPITAL.match(text, end + 1):
        return False
    return _prev_word(text, quote) not in _PLACE_BEFORE


def _syllable_named(text: str, start: int, end: int, word: str, cue: str) -> bool:
    """A romanised given name of one or two syllables on no list (``Kiko``, ``Mei``: ``kind`` ``G``)
    names a person after a role noun (``Cashier Kiko keyed``) or, inside a sentence, before a verb of
    saying, sending or paying (``also Mei says``; at a sentence's start an English noun reads as
    syllables as often: ``User replied``): of three to six letters, no common English, calendar,
    place, business or role word, and no capitalised word after it (``agent Hang Seng``)."""
    if not 3 <= len(word) <= 6 or text[end + 1 : end + 2].isupper() or not _surname_like(word):
        return False
    if word in _SYLLABLE_BRANDS:
        return False
    if cue in _ROLE_CUES:
        return True
    # inside a sentence, not after an article or a determiner (the Bot said, our Chat sent)
    return (
        start > 1 and text[start - 2].islower() and cue not in _DETERMINERS and _VERB_AFTER.match(text, end) is not None
    )


# brands, products and places that read as one or two syllables (Huawei sent, agent Bot replied)
_SYLLABLE_BRANDS = frozenset(
    "Bot Chat Bing Huawei Xiaomi Haier Anta Yili Moutai Lenovo Oppo Vivo Honda Nikon Canon Seiko Sanyo Audi "
    "Nike Tuen Lantau Shopee Lazada Mango Tango Sango Kindle Toyota Mazda Suzuki Yamaha Ikea Lego Tesla Zoom "
    "Slack Line Kakao Naver Didi Taobao Tmall Meituan Ele Jindong Pinduoduo Douyin Tiktok Weibo Baidu "
    # payment apps, banks, ride and delivery apps a chat opens with or calls uncle (Payme transfer pending,
    # Citi did not reply, Uber 叔叔, Grab 叔)
    "Payme Samsung Citi Uber Wise Grab Taxi Gogovan Lalamove Foodpanda Deliveroo Octopus Alipay Wechat Paypal "
    "Revolut Airwallex Klook Trip Agoda".split()
)
_DETERMINERS = frozenset("the a an our your their its this that my his her every each no any".split())


def _pair(text: str, start: int, end: int, kind: str) -> tuple[int, int] | None:
    """A listed given name at ``text[start:end]`` and a surname on no list after it, the two alone
    (Arjun Mehta, Darius Farahani), or the listed surname there and an unlisted given name before it
    (Pratibha Nair): the span of both, or ``None``."""
    after = _unlisted_surname_after(text, start, end, kind)
    if after and not _place_next(text, after) and not _business_next(text, start, after):
        # (not a brand named after a person: Tommy Hilfiger, Calvin Klein)
        return None if place_or_business(text, start, after) else (start, after)
    if "L" in kind and (first := _unlisted_given_before(text, start, end, kind)) is not None:
        return (first, end)
    return None


def _strongly_cued(text: str, start: int, end: int, kind: str, cjk: bool) -> bool:
    """A word on no list (``kind`` ``-``) or a given name that is also a thing, named a person only by
    a strong cue: the first after a kinship word (his wife, Linh.); the second (Coco, Apple) after
    a Chinese word of giving with a Chinese character after it (转给 Coco 吧, not 俾 Apple Pay), a
    role noun (owner Candy, Agent (Grace)) or a signature's dash (— Grace)."""
    if cjk and text[start:end] in _THING_NICKNAMES and _zh_role_named(text, start, end):
        return True
    if kind == "-":
        return _kin_named(text, start, end) or _last_subject(text, start, end) or _kin_titled(text, start, end)
    if cjk and "E" in kind and start > 0 and text[start - 1] in _CJK_STAFF_BEFORE:
        return not text[end + 1 : end + 2].isupper()  # 人事部Candy, not 客服部Apple Pay
    return (
        (cjk and "E" in kind and _noun_given_cued(text, start, end))
        or _role_named(text, start, end)
        or _kin_thing_named(text, start, end)
        or ("E" in kind and _done_by_thing(text, start, end))
    )


def _done_by_thing(text: str, start: int, end: int) -> bool:
    """An English given name that is a thing too, after a verb of handling and by, where the sentence
    ends (Cleared by Grace., approved by Faith): who did it."""
    return _DONE_BY.search(text, max(0, start - 40), start) is not None and _CLAUSE_END.match(text, end) is not None


_CLAUSE_END = re.compile(r"[ \t]*(?:[.!;,。！；，]|$)")


# a kinship word written as a title before a name on no list (Uncle Wah and Auntie Yee, from Aunty
# Wah's side): the title capitalised; a brand's or a shop's word after it stays out (Uncle Bens rice)
_KIN_TITLES = frozenset("Uncle Auntie Aunty Aunt Grandma Grandpa Granny Cousin".split())
_KIN_TITLE_BRANDS = frozenset("Bens Tetsu Toms Sams Annes".split())
_KIN_TITLE_BEFORE = re.compile(r"(?<![A-Za-z'’-])([A-Z][a-z]+)[ \t]$")


def _kin_titled(text: str, start: int, end: int) -> bool:
    """A word on no list at ``text[start:end]`` after a capitalised kinship title (Uncle Wah): a short
    word, no common English word nor a brand's, no capitalised word, place or business after it."""
    if not 2 <= end - start <= 7 or text[start - 1 : start] != " ":
        return False
    before = _KIN_TITLE_BEFORE.search(text, max(0, start - 10), start)
    if before is None or before.group(1) not in _KIN_TITLES:
        return False
    word = text[start:end]
    if word in _KIN_TITLE_BRANDS or _CAPITALISED_AFTER.match(text, end):
        return False
    # a word that is also a thing or a month (Auntie Pearl, Auntie May): a name where no noun of its
    # phrase follows, only the clause's end, a Chinese character or a word of a sentence's frame
    if word.lower() in COMMON_WORDS and _KIN_TITLE_NEXT.match(text, end) is None:
        return False
    return not _place_next(text, end) and not _business_next(text, start, end)


# what follows a kinship title's word that is also a thing, when the word names a person (send Auntie
# Pearl the receipt, 搵Auntie May 傾下, Uncle Sonny said): no noun (Uncle Sonny rice, Auntie Jade plant)
_KIN_TITLE_NEXT = re.compile(
    "[ \t]*(?:$|[.,;:!?)）。，；：！？、]|[\u3400-\u9fff]|(?:the|a|an|to|and|about|for|is|was|said|says|has|had"
    "|will|would|can|could|at|on|from|with|knows|asked|paid|sent|gave|called|texted|wants|if|or)(?![A-Za-z]))"
)


# a full name in brackets after a given name (Uncle Bill (William Tse))
_FULL_NAME_BRACKETED = re.compile(r"[ \t]?[(（][A-Z][a-z]+[ \t][A-Z]")


def _kin_thing_named(text: str, start: int, end: int) -> bool:
    """A given name that is also a thing names a person after a kinship word where its clause ends, a
    Chinese word follows or the full name in brackets (佢 girlfriend Cherry 做 witness, my niece Ruby.,
    Uncle Bill (William Tse)); a phrase that goes on names a thing (my son Apple watch, my wife Apple
    Pay, our helper Grace period)."""
    if text[start - 1 : start] != " ":
        return False
    after = end + 1 if text[end : end + 1] == " " else end
    closed = end == len(text) or text[end] in ".,;!?)）。，；" or _CJK.match(text, after) is not None
    if not closed and _FULL_NAME_BRACKETED.match(text, end) is None:
        return False
    cue = _CUE_BEFORE.search(text, max(0, start - 16), start)
    return cue is not None and cue.group(1).lower() in _KIN_CUES


# the given names Hong Kong people take from things (Sunny, Candy, Jade), which name a person after a
# Chinese role noun as any given name does (客人 Sunny 傳咗, 客戶 Candy 話); not the brands, bills and
# months of the same list (客戶 Visa 卡, Apple Pay, Bill, Lemon 茶)
_THING_NICKNAMES = frozenset("Cherry Candy Crystal Angel Grace Rose Ruby Jade Sunny Coco Honey".split())


def _zh_role_named(text: str, start: int, end: int) -> bool:
    """A Chinese role noun stands before ``text[start:end]`` (:data:`_ZH_ROLE_BEFORE`: 客人, 客戶,
    收款人, 會員) and a Chinese character after it, one blank between at most."""
    after = end + 1 if text[end : end + 1] in (" ", "\t") else end
    if after >= len(text) or _CJK.match(text, after) is None:
        return False
    return _ZH_ROLE_BEFORE.search(text, max(0, start - 8), start) is not None


# a listed given name and and before the last of a list of people (Arjun and Takeshi still owe)
_GIVEN_AND = re.compile(r"(?<![A-Za-z'’-])([A-Z][a-z]+(?:-[a-z]+)?),?[ \t]+(?:and|&)[ \t]+$")


def _last_subject(text: str, start: int, end: int) -> bool:
    """A word on no list ends a list of people that owe or are away (Jun-ho, Arjun and Takeshi still
    owe Q3): and, a listed given name before it, no brand's, bank's or thing's (Visa and Amex, Wells
    and Barclays), a verb of :data:`_VERB_AFTER` after it; the word no common, role or label word."""
    if text[start - 5 : start] != " and " and text[start - 3 : start] != " & ":
        return False
    if _VERB_AFTER.match(text, end) is None or not _surname_like(text[start:end]):
        return False
    m = _GIVEN_AND.search(text, max(0, start - 24), start)
    if m is None or _ROLE_ENDING.search(text[start:end].lower()) is not None:
        return False
    head = m.group(1)
    kind = _kind(head)
    if not ("E" in kind or "F" in kind or ("-" in head and "G" in kind)):
        return False
    return not _named_thing(head)


def _kin_named(text: str, start: int, end: int) -> bool:
    """A word on no list right after a kinship word, and the clause ends after it (I'm his wife,
    Linh. / my helper Ratna!): a label follows a word with a colon (daughter Share: 50%)."""
    if text[start - 1 : start] != " " or (end < len(text) and text[end] not in ".,!?;)"):
        return False
    cue = _CUE_BEFORE.search(text, max(0, start - 16), start)
    return cue is not None and cue.group(1).lower() in _KIN_CUES


# an invoice's or a form's label of whom it goes to (Bill to:, Bill To :)
_LABEL_TO = re.compile(r"[ \t]+(?:to|To|TO)[ \t]*[:：]")


def _role_named(text: str, start: int, end: int) -> bool:
    """A given name that is also a thing names a person after a role noun where its clause ends (owner
    Candy., Agent (Grace):; not agent Grace period) or at a signature's dash (— Grace), not an
    invoice's label after a dash (— Bill to:)."""
    if _DASH_BEFORE.search(text, max(0, start - 4), start):
        return _LABEL_TO.match(text, end) is None

    if end < len(text) and text[end] not in ".,;:!?)）。，：；" and not _CJK.match(text, end):
        return False  # a phrase goes on (agent Grace period applies)
    if text[start - 1 : start] == "(":
        cue = _ROLE_PAREN_BEFORE.search(text, max(0, start - 18), start)
    else:
        glued = text[start - 1 : start] in (" ", ":", "：")
        cue = _CUE_BEFORE.search(text, max(0, start - 16), start) if glued else None
    return cue is not None and cue.group(1).lower() in _ROLE_CUES


# the next word of a pair of capitalised words that ends its run (Arjun Mehta moved, Darius Farahani,)
_NEXT_CAPITALISED = re.compile(r" ([A-Z][a-z]{2,})(?![A-Za-z'’-])(?! [A-Z])")
_PREV_CAPITALISED = re.compile(r"(?<![A-Za-z'’-])([A-Z][a-z]{3,}) $")


def _surname_like(word: str) -> bool:
    """An unlisted capitalised word that may be a surname: no common English word, no day, month,
    place or business word."""
    lowered = word.lower()
    return (
        lowered not in COMMON_WORDS
        and word not in _CALENDAR_WORDS
        and lowered not in _PLACE_AFTER
        and lowered not in _BUSINESS_AFTER
        and word not in _NOT_GIVEN
        and word not in _TITLES
        and lowered not in _CUES
    )


def _unlisted_surname_after(text: str, start: int, end: int, kind: str) -> int:
    """The end of the surname after a listed given name (English or another language's, no Chinese
    syllable nor surname: Arjun, Darius) when it is a capitalised word on no list and the two stand
    alone (no capitalised word before or after: not a title's or a heading's words); 0 otherwise."""
    if not ("E" in kind or "F" in kind) or any(c in kind for c in "GSL"):
        return 0
    m = _NEXT_CAPITALISED.match(text, end)
    if m is None or _kind(m.group(1)) != "-" or not _surname_like(m.group(1)) or _heading_before(text, start):
        return 0
    if _prev_word(text, start) in _TRADE_ROLES and _named_thing(text[start:end]):
        return 0  # a business's name after its role (Supplier Victoria Dockside)
    return m.end()


def _unlisted_given_before(text: str, start: int, end: int, kind: str) -> int | None:
    """The start of a given name on no list before a listed surname that is no Chinese one
    (Pratibha Nair, Priyanka Desai), the two alone; ``None`` otherwise."""
    if "S" in kind or start < 5 or text[start - 1] != " " or not text[start - 2].islower():
        return None
    if end < len(text) and (text[end].isalnum() or text[end : end + 2].strip()[:1].isupper()):
        return None
    m = _PREV_CAPITALISED.search(text, max(0, start - 16), start)
    if m is None or _kind(m.group(1)) != "-" or not _surname_like(m.group(1)):
        return None
    if _heading_before(text, m.start()) or place_or_business(text, m.start(), end):
        return None
    return m.start()


def _heading_before(text: str, start: int) -> bool:
    """A capitalised word before ``start`` that is no role's nor a salutation's (Buyer, Dear): the
    words after it may be a heading's or a business's."""
    m = _PREV_WORD.search(text, max(0, start - 24), start)
    return m is not None and m.group(1)[0].isupper() and m.group(1).lower() not in _CUES


# a person's name after the words that label it in prose, a record or code: name on card, name on passport,
# name='...', 姓名填, 英文名, (开户名...)拼音 (name on card KENTARO ISHII, name='Olivia Grant', 姓名填 O'BRIEN
# MICHAEL, 开户名暂以拼音 YUCHI GONG 登记), then one to four capitalised words or words in capitals
_NAME_WORD_RUN = r"(?:[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)?|[A-Z]{2,}(?:['’-][A-Z]{2,})?|O['’][A-Z][A-Za-z]+)"
_LABELLED_NAME = re.compile(
    r"(?:(?<![A-Za-z_])(?i:name)(?:[ \t]+on[ \t]+(?:the[ \t]+)?(?i:card|passport|account|id|the[ \t]+card))?"
    r"[ \t]*=[ \t]*+['\"]?|(?<![A-Za-z_])[Nn]ame[ \t]+on[ \t]+(?:(?:the|his|her|their|my|your)[ \t]+)?"
    r"(?:(?:bank|credit|debit)[ \t]+)?(?:card|passport|account|id)(?:[ \t]+(?:is|was|reads|says|shows))?"
    r"[ \t:：]*+['\"“]?"
    r"|姓名(?:填|写|寫|为|為|是|係)[ \t:：]*+|英文名[ \t:：]*+|拼音[ \t:：]*+)"
    rf"({_NAME_WORD_RUN}(?:[ \t]{_NAME_WORD_RUN}){{0,3}})(?![A-Za-z0-9-])(?!['’][A-Za-z])"
)


# the words of a card's or a form's sample name (TEST USER, VALUED CUSTOMER)
_PLACEHOLDER_NAMES = frozenset(
    "TEST USER DEMO SAMPLE DEFAULT ADMIN CARDHOLDER CARD HOLDER NAME VALUED CUSTOMER GUEST SAME AS PASSPORT NA N/A "
    "NIL NONE OK".split()
)


def _labelled_names(text: str) -> list[tuple[int, int]]:
    """The names a label names (:data:`_LABELLED_NAME`): a listed given name or surname among the words, or
    two romanised syllables or more; no common English word but a name's, no sample's, no business's or
    place's word (name on card ACME TRADING LTD, CATHAY PACIFIC, Same As Passport, TEST USER)."""
    spans: list[tuple[int, int]] = []
    if "name" not in text and "Name" not in text and "名" not in text and "拼音" not in text:
        return spans
    for m in _LABELLED_NAME.finditer(text):
        words = m.group(1).split()
        # a listed given name or surname among them, or two romanised syllables or more (YUCHI GONG); no
        # common English word but a name's (name on card Same As Passport)
        named = any(is_name_part(w) for w in words) or (len(words) > 1 and all(is_name_word(w) for w in words))
        if not named or place_or_business(text, m.start(1), m.end(1)):
            continue
        if not _PLACEHOLDER_NAMES.isdisjoint(w.upper() for w in words):
            continue
        if any(w.lower() in COMMON_WORDS and not is_name_part(w) for w in words):
            continue
        spans.append(m.span(1))
    return spans


def _name_fields(text: str) -> list[tuple[int, int]]:
    """The values of a person's name fields (``"first_name":"Lucía"``), each with a letter, no
    digit or ``@``, no business's or place's word."""
    spans: list[tuple[int, int]] = []
    for m in _NAME_FIELD.finditer(text):
        value = m.group(1)
        stripped = value.rstrip(" \t")
        if not stripped or not any(c.isalpha() for c in stripped) or any(c.isdigit() or c == "@" for c in stripped):
            continue
        start = m.start(1)
        end = start + len(stripped)
        if place_or_business(text, start, end):
            continue
        spans.append((start, end))
    return spans


def _addressed_and_aliases(text: str, cjk: bool) -> list[tuple[int, int]]:
    """Given names addressed (``Joey 你``, ``你好 Ka Ho,``, ``Hi Wing Yan,``) and aliases (``aka Fai
    Jai``)."""
    spans: list[tuple[int, int]] = []
    addressed = (cjk or "," in text) and _ADDRESSED_AFTER.search(text) is not None
    if cjk and addressed:
        start = _VOCATIVE_START.match(text)
        vocatives = [start, *_VOCATIVE.finditer(text)] if start is not None else _VOCATIVE.finditer(text)
        spans.extend(m.span(1) for m in vocatives if m is not None and _vocative(text, m))
    if addressed:
        spans.extend(m.span(1) for m in _GREETED.finditer(text) if _vocative(text, m, greeted=True))
    if "@" in text:
        spans.extend(m.span(1) for m in _MENTION.finditer(text) if _mentioned(text, m))
    if " from " in text:
        spans.extend(m.span(1) for m in _FROM_DESK.finditer(text) if _from_desk(text, m))
    if " in " in text or " from " in text:
        spans.extend(m.span(1) for m in _IN_DESK.finditer(text) if _in_desk(text, m))
    if "'m " in text or "’m " in text or "I am " in text or "ame is " in text:
        spans.extend(m.span(1) for m in _INTRODUCED.finditer(text) if _introduced(text, m))
    spans.extend(_named_by_phrase(text, cjk))
    spans.extend(_opening_vocative(text))
    spans.extend(_signed_or_greeted(text))
    spans.extend(_signed_full(text))
    aliased = "aka" in text or "known as" in text or "alias" in text or "AKA" in text or "a.k.a" in text
    for m in _ALIAS.finditer(text) if aliased or "nicknamed" in text else ():
        if _kind(m.group(1).split()[0]) not in ("-", "B", "P") and not place_or_business(text, *m.span(1)):
            spans.append(m.span(1))
    return spans


# a letter's or a message's sign-off before the writer's name, the name ending its line or the text
# ("Love, Xinyi", "Regards, Haoran", "Best, Yuxi"), and a greeting before the name of the one written
# to ("Hey Wei,", "Hi Jun!"): a romanised syllable or surname on the tables (one the listed given
# names' rules do not read), no common English, calendar, role, kinship or label word (Thanks, Team.)
# (written to start with one character class, each word's first letter in its case forms, the rest
# case-free: under IGNORECASE, or behind a look-behind, ``re`` tried every word at every place)
_SIGNED = re.compile(
    "[LlRrBbKk\u212aWwCcTtMmSs\u017fYyHh](?<![A-Za-z].)"
    "(?:(?<=[Ll])(?i:ove)|(?<=[Rr])(?i:egards)|(?<=[Bb])(?i:est regards|est wishes|est)|"
    "(?<=[Kk\u212a])(?i:ind regards)|(?<=[Ww])(?i:arm regards)|(?<=[Cc])(?i:heers)|"
    "(?<=[Tt])(?i:hanks|hank you)|(?<=[Mm])(?i:any thanks)|"
    "(?<=[Ss\u017f])(?i:incerely)|(?<=[Yy])(?i:ours sincerely|ours)|(?<=[Hh])(?i:ugs))"
    r"[,!.]?[ \t]*+\n?[ \t]*+([A-Z][a-z]{1,11})(?![A-Za-z'’-])(?=[ \t]*+(?:[.!。！~\n|]|$))"
)
_GREETED_SYLLABLE = re.compile(
    "[HhDdMm](?<![A-Za-z].)(?:(?<=[Hh])(?i:i|ey|ello)|(?<=[Dd])(?i:ear)|(?<=[Mm])(?i:orning))"
    r"[ \t]++([A-Z][a-z]{1,11})(?![A-Za-z'’-])(?=[ \t]*+[,，!！:：])"
)
# a listed given name addressed at the text's start or a turn's, a comma and what one says to someone
# ("Ben, I'm sharing the company card", "Joanna, can you pay the deposit")
# (matched at the text's start and after each bar or line's end only: a search tried every place)
_ADDRESSED_OPENING = re.compile(
    r"[ \t]*([A-Z][a-z]{1,11}),[ \t]+(?=(?:I|I'm|I’m|I've|I'll|you|your|can|could|please|pls|"
    r"thanks|thank|sorry|just|we|pay|send|check)(?![A-Za-z]))"
)


def _turn_starts(text: str) -> list[int]:
    """The text's start and the places after each bar or line's end, in order."""
    starts = [0]
    for sep in ("|", "\n"):
        k = text.find(sep)
        while k >= 0:
            starts.append(k + 1)
            k = text.find(sep, k + 1)
    return sorted(starts)


# a full name signed after a letter's or a mail's closing (Regards, Sunny Kwan, Accounts; Yours faithfully,
# Maureen Kaplan): two or three capitalised words
_CLOSINGS = ("regards", "faithfully", "sincerely", "truly", "cheers", "rgds", "thanks", "thank you", "best")
_SIGNED_FULL = re.compile(
    r"(?<![A-Za-z])(?i:best regards|kind regards|warm regards|regards|rgds|cheers|many thanks|thanks|thank you"
    r"|yours sincerely|yours faithfully|yours truly|sincerely|faithfully|best)[,!.]?[ \t]*+\n?[ \t]*+"
    r"([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:[ \t][A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){1,2})(?![A-Za-z'’-])"
)


def _signed_full(text: str) -> list[tuple[int, int]]:
    """The full names of :data:`_SIGNED_FULL`: the last word a surname (a Chinese one romanised or
    another's) or the first a listed given name, no common English word last, no business's or place's
    word (Regards, Wing Lung Bank)."""
    lowered = text.lower()
    if not any(word in lowered for word in _CLOSINGS):
        return []
    spans: list[tuple[int, int]] = []
    for m in _SIGNED_FULL.finditer(text):
        words = m.group(1).split()
        if words[0] in _TITLES or words[0].rstrip(".") in _TITLES:
            continue  # a title's name is the title scanner's (Thanks Mr Chow)
        last, first = _kind(words[-1]), _kind(words[0])
        named = "S" in last or "L" in last or (("E" in first or "F" in first) and last != "-")
        if named and words[-1].lower() not in COMMON_WORDS and not place_or_business(text, *m.span(1)):
            spans.append(m.span(1))
    return spans


# a message that opens with whom it asks something of (Mei send me the otp again pls, Mei pls check the
# form, Jess did Raymond pay u back): a capitalised word first, then a request's or a question's words
_OPENING_VOCATIVE = re.compile(
    r"[ \t]*([A-Z][a-z]+)[ \t]*,?[ \t]+(?:pls|plz|please|send|pay|transfer|call|text|tell|can[ \t]+u|can[ \t]+you"
    r"|could[ \t]+you|u|ur|did|do[ \t]+you|have[ \t]+you|are[ \t]+you|r[ \t]+u)(?![A-Za-z'’])"
)


def _opening_vocative(text: str) -> list[tuple[int, int]]:
    """The name :data:`_OPENING_VOCATIVE` finds at the text's start: a given name (listed, or a romanised
    syllable) or a surname, no thing's, town's, month's, role's or common English word (Pls send, Team
    pls check, Mum can you)."""
    m = _OPENING_VOCATIVE.match(text)
    if m is None:
        return []
    word = m.group(1)
    kind = _kind(word)
    if kind == "-" or kind in "BP" or _named_thing(word) or word.lower() in COMMON_WORDS or word.lower() in _CUES:
        return []
    if word in _SYLLABLE_BRANDS or (kind == "G" and len(word) > 5):  # (Samsung pay did not work, Citi did)
        return []
    if word.lower() in _KIN_CUES or word.lower() in _ACTING_ROLES or word in _TITLES:
        return []
    return [m.span(1)]


def _signed_or_greeted(text: str) -> list[tuple[int, int]]:
    """The names of :data:`_SIGNED` and :data:`_GREETED_SYLLABLE` that are romanised syllables or
    surnames (Xinyi, Haoran, Wei, Wong)."""
    spans: list[tuple[int, int]] = []
    turns = _turn_starts(text)
    for at in turns if "," in text else ():
        m = _ADDRESSED_OPENING.match(text, at)
        if m is None:
            continue
        word = m.group(1)
        kind = _kind(word)
        if ("E" in kind or "F" in kind) and word not in _NOUN_GIVEN and word not in _NOT_GIVEN and _surname_like(word):
            spans.append(m.span(1))
    # a greeting's word in the text (in lower case: a cheap test before the search), a sign-off within
    # 40 characters before a turn's end (the text's, a bar's, a line's): bounded reads, where searches
    # of the whole text under IGNORECASE cost two microseconds a text
    found: list[re.Match[str]] = []
    lowered = text.lower()
    if any(word in lowered for word in _GREETING_WORDS):
        found.extend(_GREETED_SYLLABLE.finditer(text))
    seen: set[int] = set()
    for end in [*(at - 1 for at in turns[1:]), len(text)]:
        for m in _SIGNED.finditer(text, max(0, end - 40), end):
            if m.start(1) not in seen:
                seen.add(m.start(1))
                found.append(m)
    for m in found:
        word = m.group(1)
        kind = _kind(word)
        if not ("G" in kind or "S" in kind) or word in _NOUN_GIVEN or word in _AH_KIN or not _surname_like(word):
            continue
        lowered_word = word.lower()
        if lowered_word in _KIN_CUES or lowered_word in _SPEAKER_ROLES or lowered_word in _ROLE_WORDS:
            continue
        if not field_label(word):
            spans.append(m.span(1))
    return spans


_GREETING_WORDS = ("hi ", "hey ", "hello ", "dear ", "morning ", "hi\t", "hey\t", "hello\t", "dear\t", "morning\t")


def _named_by_phrase(text: str, cjk: bool) -> list[tuple[int, int]]:
    """Names the phrase around them marks: given by the person (answered as Wing), opening a remark
    (remark "Joanne deposit"), a surname then the full name (Adeyemi, Folake Adeyemi), a Latin name
    before its dotted Chinese form (Aynur Tohti（阿依努尔·吐尔地）), a Tagalog marker in capitals (NI
    ROSALIND)."""
    spans: list[tuple[int, int]] = []
    # (answered as, gave her name as, goes by, calls himself, introduced herself as)
    if (
        "ed as " in text
        or "name as " in text
        or "msel" in text
        or "rself" in text
        or "es by " in text
        or "nt by " in text
        or "go by " in text
    ):
        spans.extend(m.span(1) for m in _SELF_NAMED.finditer(text) if _self_named(text, m))
    if '"' in text or "“" in text or "「" in text:
        spans.extend(m.span(1) for m in _REMARK_OPENED.finditer(text) if _remark_named(m.group(1)))
    if ", " in text:
        for m in _SURNAME_THEN_FULL.finditer(text):
            first = m.start() - len(m.group(2))
            if first >= 0 and text[first : m.start()] == m.group(2) and _surname_then_full(text, m, first):
                spans.extend(((first, m.start()), (m.start(1), m.end())))
    if cjk and ("·" in text or "•" in text or "・" in text):
        spans.extend(m.span(1) for m in _TRANSLITERATED.finditer(text) if _transliterated(text, m))
    if "NI " in text or "KAY " in text or "SI " in text:  # in capitals (a remark's: BAON NI ARNEL)
        spans.extend(m.span(1) for m in _TAGALOG_MARKED.finditer(text) if _tagalog_named(m.group(1)))
    return spans


# the name a person gives themselves on the phone or at a counter (answered as Wing, introduced herself
# as Priya Nair, identified himself as Kenji Watanabe, goes by Mimi): one or two capitalised words
_SELF_NAMED = re.compile(
    r"(?:(?:answered|(?:introduced|identified|presented)[ \t]+(?:himself|herself|themselves)"
    r"|gave[ \t]+(?:his|her|their)[ \t]+name)[ \t]+as|(?:goes|went|go)[ \t]+by"
    r"|(?:calls|called|calling)[ \t]+(?:himself|herself|themselves))[ \t]+"
    r"([A-Z][a-z]+(?:-[a-z]+)?(?:[ \t][A-Z][a-z]+(?:-[a-z]+)?)?)(?![A-Za-z'’-])"
)


def _self_named(text: str, m: re.Match[str]) -> bool:
    """``m`` (:data:`_SELF_NAMED`) is a name: its first word on a name's list or a romanised syllable,
    no thing's, town's or month's (goes by Visa Platinum), each word no common English, role, place or
    business word (answered as Voicemail, introduced himself as Manager), the two no place's nor firm's."""
    if m.start() and text[m.start() - 1].isalpha():  # inside a word (unanswered)
        return False
    words = m.group(1).split()
    kind = _kind(words[0])
    if kind == "-" or kind in "BP" or _named_thing(words[0]):
        return False
    if not all(_surname_like(w) and not business_word(w) for w in words):
        return False
    return not place_or_business(text, *m.span(1))


# a transfer's remark that opens with who it is for or from, a lower-case word after it (remark "Joanne
# deposit for the boat", memo: "Priya share of rent", 附言「Kenji 晚餐」)
_REMARK_OPENED = re.compile(
    r"(?i:remarks?|reference|ref|memo|note|message|description|desc|附言|備註|备注|留言)[ \t]*[:：]?[ \t]*"
    r"[\"“'‘「]([A-Z][a-z]+)[ \t]+(?:[a-z]|[\u3400-\u9fff])"
)


def _remark_named(word: str) -> bool:
    """The remark's first word is a listed given name (an English one, or another language's that is
    no Chinese syllable nor surname), no thing's, month's, town's or common word (remark "Grace period
    fee", "May rent", "Apple deposit", "Victoria deposit")."""
    kind = _kind(word)
    if not ("E" in kind or ("F" in kind and "S" not in kind and "G" not in kind)) or _named_thing(word):
        return False
    return word.lower() not in COMMON_WORDS


# a caller's surname, then their given name and the surname again (It's Oyelaran, Adebayo Oyelaran;
# Chan, Peter Chan): a spelt-out self-identification
# (read from the comma: the word before it is compared with the surname after the given name)
_SURNAME_THEN_FULL = re.compile(r",[ \t]+([A-Z][a-z]+)[ \t]+([A-Z][a-z]{2,})(?![A-Za-z'’-])")


def _surname_then_full(text: str, m: re.Match[str], first: int) -> bool:
    """``m`` (:data:`_SURNAME_THEN_FULL`), after the surname alone at ``first`` (the same word, a word
    of its own), is a person's: each word no common English, calendar, role, place or business word,
    the full name no place's nor firm's (Lane, Memory Lane; Kong, Hong Kong)."""
    if first and (text[first - 1].isalpha() or text[first - 1] in "'’-"):
        return False
    surname, given = m.group(2), m.group(1)
    if not (_surname_like(surname) and _surname_like(given)) or business_word(surname) or business_word(given):
        return False
    return not place_or_business(text, m.start(1), m.end())


# a foreign name in Latin letters and its Chinese transliteration in brackets, the parts parted by a
# middle dot as Chinese writes foreign and Uyghur names (Aynur Tohti（阿依努尔·吐尔地）, Ahmad Rashid
# (艾哈迈德·拉希德)): two capitalised words
_TRANSLITERATED = re.compile(
    r"(?<![A-Za-z'’-])([A-Z][a-z]+[ \t-][A-Z][a-z]+)[ \t]?[（(][\u3400-\u9fff]{1,8}[·•・][\u3400-\u9fff]{1,8}"
    r"(?:[·•・][\u3400-\u9fff]{1,8})?[)）]"
)


def _transliterated(text: str, m: re.Match[str]) -> bool:
    """``m`` (:data:`_TRANSLITERATED`) is a person's name: each word no common English, calendar, role,
    place or business word, the whole no listed place's nor brand's (Louis Vuitton（路易·威登）,
    Harbour City（海港·城）)."""
    words = m.group(1).replace("-", " ").split()
    if not all(_surname_like(w) and not business_word(w) for w in words):
        return False
    return not place_or_business(text, *m.span(1))


# Tagalog's markers of a person's name (ni Arnel: of or by Arnel; si Marites; para kay Rowena: for
# Rowena; sina, nina, kina for several), in a Filipino remitter's remark or message: a cue before a
# capitalised given name (:func:`_cued_latin`), and in capitals before a name in capitals (PAMBAYAD NI
# ROSALIND)
_TAGALOG_CUES = frozenset("ni si kay nina sina kina".split())
_TAGALOG_MARKED = re.compile(r"(?<![A-Za-z])(?:NI|SI|KAY|NINA|SINA)[ \t]+([A-Z]{2,})(?![A-Za-z'’-])")


def _tagalog_named(word: str) -> bool:
    """The word after a Tagalog marker is a listed given name (an English one or another language's), no
    Chinese surname, thing's, month's or town's (ni May, kay Visa, Si Ling Road), no common word."""
    kind = _kind(word)
    title = word.title()
    if not ("E" in kind or "F" in kind) or "S" in kind or _named_thing(title):
        return False
    return title.lower() not in COMMON_WORDS


# a colleague and the desk they are from, before what they said or did (Cheung from branch says,
# Natalie from compliance called, Ho from the Kwun Tong branch called): one to three words after from
_FROM_DESK = re.compile(
    r"(?<![A-Za-z'’-])([A-Z][a-z]+)[ \t]+from[ \t]+(?:the[ \t]+)?[A-Za-z&]+(?:[ \t]+[A-Za-z&]+){0,2}?(?="
    + _VERB_AFTER.pattern
    + ")"
)


def _from_desk(text: str, m: re.Match[str]) -> bool:
    """``m`` (:data:`_FROM_DESK`) names a person: a listed surname or given name (no Chinese syllable
    alone), no thing's, month's, town's or common English word, where a clause starts or after a
    word in capitals (FYI Wong from ...)."""
    word = m.group(1)
    kind = _kind(word)
    if not any(c in kind for c in "SLEF") or _named_thing(word) or word.lower() in COMMON_WORDS:
        return False
    start = m.start(1)
    before = _PREV_WORD.search(text, max(0, start - 12), start)
    return _clause_start(text, start) or (before is not None and before.group(1).isupper())


# a colleague named with the desk they sit in or come from, whatever follows (ask Rosalind in HR to
# top up, loop in Winifred from finance, Bartholomew from IT): a listed given name, then in or from, a
# department's word; no month's, thing's, town's nor common word (May in HR, Sales from HR)
_DESK_WORDS = (
    "HR|IT|Finance|finance|Payroll|payroll|Compliance|compliance|Accounts|accounts|Treasury|treasury|Legal|legal"
    "|Audit|audit|Risk|risk|Admin|admin|Operations|operations|Ops|ops|Procurement|procurement|KYC|AML"
    "|Credit|credit|Facilities|facilities|Marketing|marketing|Sales|sales|Reception|reception"
)
_IN_DESK = re.compile(
    r"(?<![A-Za-z'’-])([A-Z][a-z]+)[\"”'’]?[ \t]+(?:in|from)[ \t]+(?:the[ \t]+)?(?:" + _DESK_WORDS + r")(?![A-Za-z])"
)


def _in_desk(text: str, m: re.Match[str]) -> bool:
    """``m`` (:data:`_IN_DESK`) names a person: an English or another language's listed given name,
    no thing's, month's, town's, shop's nor common English word, no department's own word."""
    word = m.group(1)
    kind = _KINDS.get(word) or _kind(word)
    if "E" not in kind and "F" not in kind:
        return False
    if _named_thing(word) or word.lower() in COMMON_WORDS or word in _ROLE_WORDS:
        return False
    return not place_or_business(text, *m.span(1))


# a writer's full name in a self-introduction (I'm Thanaporn Srisuk, my name is Somchai Rattana): two
# capitalised words that end the run
_INTRODUCED = re.compile(
    r"(?<![A-Za-z])(?:[Ii]['’]m|I am|[Mm]y name is)[ \t]+"
    r"([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?[ \t][A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?![A-Za-z'’-])(?![ \t]+[A-Z])"
)


def _introduced(text: str, m: re.Match[str]) -> bool:
    """``m`` (:data:`_INTRODUCED`) is a name: each word no common English, role, calendar, place or
    business word, the two no place's nor firm's (I'm Head Office, I'm Hang Seng premier), one at
    least no Chinese syllable nor surname (those names the Chinese-order scanner reads)."""
    words = m.group(1).split()
    if not all(_surname_like(w) and not business_word(w.lower()) for w in words):
        return False
    if all(set(_kind(w)) <= set("GS") and _kind(w) != "-" for w in words):
        return False
    return not place_or_business(text, *m.span(1))


# a chat's mention: @ where a word starts (no e-mail's: a letter, a digit or a dot before it), a
# capitalised word, no domain after it (@Kenneth, cc @Priscilla; not support@Kenneth.example.com)
_MENTION = re.compile(r"(?<![A-Za-z0-9._%+-])@([A-Z][a-z]+(?:-[a-z]+)?)(?![A-Za-z0-9_@]|\.[A-Za-z])")


def _mentioned(text: str, m: re.Match[str]) -> bool:
    """``m`` (:data:`_MENTION`) calls a person: a listed given name or a hyphened romanised one, no
    thing's, month's, town's, shop's or common English word (@Apple, @Jan, @Victoria, @Channel)."""
    word = m.group(1)
    kind = _kind(word)
    if not ("E" in kind or "F" in kind or ("-" in word and "G" in kind)):
        return False
    if _named_thing(word):
        return False
    return word.lower() not in COMMON_WORDS and not _business_next(text, *m.span(1))


# a surname before family or household names the family's people (the Gonzaga family, Chan household)
_FAMILY_AFTER = re.compile(r"[ \t]+(?:family|families|household)(?![A-Za-z])")
# card brands and networks that lists of given names hold too (Troy, Elo): never a name before a number
_CARD_BRANDS = frozenset("Troy Elo Mir Verve Visa Amex Diners Discover Maestro Rupay Jcb Dankort Uatp".split())
# nouns that number a shop's staff, its counters or a place's parts (Server 12, Till 3, Pier 7, Ward
# 5, Hall 2), which lists of given names hold too: before a number a label, never a name
_NUMBERED_NOUNS = frozenset(
    "Server Till Ward Pier Hall Captain Porter Dock Bell Villa Butler Wing Table Counter Cashier Teller Waiter "
    "Gate Room Desk Lane Bay Booth Kiosk Seat Row Level Floor Block Tower Zone Stall Unit Locker Court Platform "
    "Berth Deck Coach Route Shift Crew Cabin Suite Lot Plot Slot Aisle Exit".split()
)
# a list's item: the text's start, or after a comma, a colon, a semicolon, a slash, a bracket or a
# Chinese character, blanks between
_ITEM_START = frozenset(",，:：;；、/(（[【|｜\n")


def _numbered(text: str, end: int) -> bool:
    """A number follows the word ending at ``end``, a blank or ``#`` or ``No.`` between (Server 12,
    Till #3, Pier No. 7)."""
    return _NUMBER_AFTER.match(text, end) is not None


_NUMBER_AFTER = re.compile(r"[ \t]?(?:#|No\.?[ \t]?)?[ \t]?[0-9]")
_AMOUNT_AFTER = re.compile(r"[ \t](?:HK\$|US\$|MOP\$?|RMB|HKD|USD|CNY|MOP|[$¥€£￥])[ \t]?[0-9]")


def _list_item_before_number(text: str, start: int, end: int) -> bool:
    """The given name at ``text[start:end]`` starts a list's item and a number follows it, a card's,
    a phone's or an amount (``Pedro 4000 0566 5566 5556, Rita 5105 ...``, ``小王 500, Lily 300``):
    the item is the person's. Not a month's or a card brand's name (``Mar 2026``, ``Troy 9792``)."""
    if text[end : end + 1] not in (" ", "\t"):
        return False
    word = text[start:end]
    # or an amount in a currency (Carmen ¥128, Desmond HK$420): a share of a bill, no town's nor shop's
    # price (Florence $300, Tiffany HK$5,000)
    if not text[end + 1 : end + 2].isdigit() and (_AMOUNT_AFTER.match(text, end) is None or word in _NOT_SENDERS):
        return False
    if word in _CALENDAR_WORDS or word in _CARD_BRANDS or word in _NUMBERED_NOUNS:
        return False
    q = start
    while q > 0 and text[q - 1] in " \t":
        q -= 1
    return q == 0 or text[q - 1] in _ITEM_START or _CJK.match(text[q - 1]) is not None


def _business_next(text: str, start: int, end: int) -> bool:
    """The word at ``text[start:end]`` is the first of a business's or a place's capitalised
    words (Wing Lung Bank)."""
    return text[end : end + 1] in (" ", "\t") and text[end + 1 : end + 2].isupper() and _business_run(text, start, end)


def _ah_nicknames(text: str) -> list[tuple[int, int]]:
    """Ah and a given syllable or a surname (Ah Keung, Ah Chan); not a shop's name (Ah Wah Seafood, Ah Ming
    Noodles, Ah Wah 茶餐廳)."""
    return [
        m.span()
        for m in _AH_NICKNAME.finditer(text)
        if m.group(1) not in _AH_KIN
        and ("G" in _kind(m.group(1)) or "S" in _kind(m.group(1)))
        and not _place_next(text, m.end())
        and not _shop_beside(text, m.end())
    ]


def scan_roman_given_names(text: str) -> list[Finding]:
    """PERSON findings of a romanised or English given name alone: ``Ah Keung``, ``thanks
    Tiffany``, ``payee: Ka-ming``, ``May姐``, ``收到 Tiffany 嘅``, ``阿Ling``, ``my wife Ling``,
    ``Kenji here``, ``(Ivy)``, ``Joey 你``."""
    if _CAPITAL_SMALL.search(text) is None:
        # (a name a label names may be in capitals: 姓名填 O'BRIEN MICHAEL)
        found = scan_lower_titled(text)
        found.extend(Finding("PERSON", a, b, GIVEN_SCORE, GIVEN_RECOGNIZER) for a, b in _labelled_names(text))
        return found
    cjk = _CJK.search(text) is not None
    spans: list[tuple[int, int]] = _lower_titled(text, cjk)
    spans.extend(_ah_nicknames(text) if "Ah" in text else ())
    for m in _AH_ROMAN.finditer(text) if "阿" in text else ():
        kind = _kind(m.group(1))
        if "G" in kind or "E" in kind or "F" in kind:
            spans.append(m.span())
    spans.extend(_given_words(text, cjk))
    if "'s" in text or "’s" in text:
        spans.extend(_possessors(text))
    for m in _PARENTHESISED.finditer(text) if "(" in text or "（" in text else ():
        kind = _kind(m.group(1))
        # an English given name, or another language's that is no Chinese syllable (Sunita)
        named = "E" in kind or ("F" in kind and "G" not in kind)
        if named and m.group(1) not in _NOUN_GIVEN and m.group(1) not in _NOT_GIVEN:
            spans.append(m.span(1))
    spans.extend(_addressed_and_aliases(text, cjk))
    spans.extend(_handed_over(text))
    spans.extend(_surname_slashes(text))
    spans.extend(_sikh_names(text))
    if ("ame" in text or "AME" in text) and _NAME_FIELD_GATE.search(text):
        spans.extend(_name_fields(text))
    spans.extend(_labelled_names(text))
    spans.extend(_speakers_and_titled(text, cjk))
    spans.extend(_name_lists(text, spans))
    suffixed = "姐" in text or "仔" in text or "哥" in text
    for m in _GIVEN_SUFFIX.finditer(text) if suffixed else ():
        # a blank between only after a listed given name (Jacky 仔), not a word of the sentence (PayMe 仔)
        if m.group(1) not in _NOT_GIVEN and (
            not m.group(2) or (_is_given(m.group(1)) and m.group(1) not in _NOUN_GIVEN)
        ):
            spans.append(m.span())
    spans.extend(_listed_given_names(text, spans))
    if (signer := _signer(text)) is not None:
        spans.append(signer)
    if not spans:  # most texts: no list built
        return []
    return [Finding("PERSON", _hyphened_start(text, a), b, GIVEN_SCORE, GIVEN_RECOGNIZER) for a, b in spans]


# three surnames or more parted by slashes, each alone (Lam/Cheng/Yiu HKD 600 each, 匯款人包括 Ng / Lee / Chan):
# a list of people by their family names
_SLASHED_WORDS = re.compile(r"(?<![A-Za-z'’/-])[A-Z][a-z]+(?:[ \t]?/[ \t]?[A-Z][a-z]+){2,}(?![A-Za-z'’/-])")
_SLASHED_WORD = re.compile(r"[A-Z][a-z]+")


_SLASHED_MAX = 8


def _surname_slashes(text: str) -> list[tuple[int, int]]:
    """The surnames of :data:`_SLASHED_WORDS` lists whose every word is a Chinese surname romanised
    (Lam/Cheng/Yiu), no common English word (Ma/Pa/So is none); not before a business's word."""
    spans: list[tuple[int, int]] = []
    for m in _SLASHED_WORDS.finditer(text) if "/" in text else ():
        words = list(_SLASHED_WORD.finditer(text, m.start(), m.end()))
        if len(words) > _SLASHED_MAX:
            continue  # a path or a code's list, not a payroll's (and a long one read once)
        surnames = all("S" in _kind(w.group()) and w.group().lower() not in COMMON_WORDS for w in words)
        # (the last no place's first word: Lo/Wu/Lok Ma Chau crossing)
        if surnames and not _place_next(text, m.end()) and not place_or_business(text, *words[-1].span()):
            spans.extend(w.span() for w in words)
    return spans


# a Sikh name: a given name, Singh (a man's) or Kaur (a woman's), and the family name that may follow
# (Harjit Singh Gill, Gurpreet Kaur): the middle word names a person, whether the given name is on a
# list or not
_SIKH_NAME = re.compile(r"(?<![A-Za-z'’-])([A-Z][a-z]+)[ \t]+(?:Singh|Kaur)(?:[ \t]+([A-Z][a-z]+))?(?![A-Za-z'’-])")


def _sikh_names(text: str) -> list[tuple[int, int]]:
    """The Sikh names of ``text`` (:data:`_SIKH_NAME`): the given name no title and no common English
    word (Mr Singh is the title's scanner's; Dear Singh, Paid Kaur name no given name), the family name
    no business's or place's word (Harjit Singh Road: none), no month's or common word (Harjit Singh
    Paid: the two first words)."""
    spans: list[tuple[int, int]] = []
    if "Singh" not in text and "Kaur" not in text:
        return spans
    for m in _SIKH_NAME.finditer(text):
        given, family = m.group(1), m.group(2)
        lowered = given.lower()
        if given in _TITLES or lowered in COMMON_WORDS or lowered in _CUES or lowered in _SIKH_NOT_GIVEN:
            continue  # (Hi Singh, Thx Kaur, Attn Singh, Gurdwara Singh Sabha)
        if family is not None and family.lower() in _SIKH_NOT_GIVEN:
            continue
        end = m.end()
        if family is not None and business_word(family):
            continue  # a place or a business named after the person (Harjit Singh Road, Kaur Trading)
        if family is not None and (family in _CALENDAR_WORDS or family.lower() in COMMON_WORDS - _SIKH_FAMILIES):
            end = m.start(2) - 1
            while text[end - 1] in " \t":
                end -= 1
        spans.append((m.start(), end))
    return spans


# a greeting's, a request's or a place of worship's words around Singh and Kaur (Pls Singh check, Gurdwara
# Singh Sabha): no name's
_SIKH_NOT_GIVEN = frozenset("pls plz please hi hey thx attn dear gurdwara sikh khalsa sabha sangat guru".split())
# Sikh family names that are English words too
_SIKH_FAMILIES = frozenset("gill bains mann sandhu brar dhillon grewal sidhu".split())


# a work handed from one person to another (Handover from Joyce to Alvin, Duty 22:00 Ivy → Hamza):
# from a given name to a given name, or the two on either side of an arrow
_FROM_TO = re.compile(r"(?<![A-Za-z])from[ \t]+([A-Z][a-z]+)[ \t]+to[ \t]+([A-Z][a-z]+)(?![A-Za-z'’-])")
_ARROW = re.compile(r"(?<![A-Za-z'’-])([A-Z][a-z]+)[ \t]*(?:→|->|=>|➡)[ \t]*([A-Z][a-z]+)(?![A-Za-z'’-])")


def _handed_over(text: str) -> list[tuple[int, int]]:
    """The two given names a work passes between (:data:`_FROM_TO`, :data:`_ARROW`): both listed given
    names, English or another language's, no town's, month's, day's, thing's or common English word
    (from Stanley to Aberdeen, from Jan to Mar, Pending → Approved), no business's or place's first
    word (Ivy → Hamza Travel)."""
    spans: list[tuple[int, int]] = []
    if not (("from " in text and " to " in text) or "→" in text or "->" in text):
        return spans
    for pattern in (_FROM_TO, _ARROW):
        for m in pattern.finditer(text):
            if all(_handover_name(m.group(k)) for k in (1, 2)) and not _business_next(text, *m.span(2)):
                spans.extend((m.span(1), m.span(2)))
    return spans


def _handover_name(word: str) -> bool:
    kind = _KINDS.get(word) or _kind(word)
    if "E" not in kind and "F" not in kind:
        return False
    if word in _NOUN_GIVEN or word in _NOT_GIVEN or word in _CALENDAR_WORDS or word in _NOT_SENDERS:
        return False
    return word.lower() not in COMMON_WORDS


# a message signed with a given name at its very end: after its last sentence (Card cancelled. Karen;
# 麻煩 review。Karen), after the name of the desk that writes (Card Centre Ivy, Customer Service Team
# Joanne, 轉 fraud team Alex), or with the signer's town or firm after it (Bea from Quezon City); not
# after a branch or an office, whose names are places (branch Stanley)
# (read from the end: the last word, capitalised; the town or firm after from, one to three
# capitalised words; then what stands before the name)
_LAST_WORD_CAPITALISED = re.compile("(?<![A-Za-z])[A-Z][a-z]+$")
_FROM_TOWN = re.compile(r"[ \t]+from[ \t]+[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}$")
_NAME_BEFORE = re.compile("(?<![A-Za-z])[A-Z][a-z]+$")
_DESK_BEFORE = re.compile(
    r"(?<![A-Za-z])(?i:centre|center|team|desk|department|dept|unit|support|services?|operations|care|banking)"
    r"[ \t]+$"
)
_SENTENCE_END = frozenset('.!?。！？\n"”')
# what may close a signed message after the name (a full stop, a closing quote, an emoji)
_SIGN_OFF = frozenset(" \t\n!！。.~～🙏🙂😊👍\"”'’")


def _signer(text: str) -> tuple[int, int] | None:
    """The given name that signs ``text`` at its end: an English given name or another language's,
    no common English word, thing's, day's or month's (Thanks. Will, Paid with Apple Pay. Visa,
    Statement date. May)."""
    end = len(text)
    while end and text[end - 1] in _SIGN_OFF:
        end -= 1
    if end < 2 or not "a" <= text[end - 1] <= "z":
        return None
    # the last word is the name or ends the signer's town or firm: capitalised (most texts end in a
    # word in lower case, which one search over the tail's last characters tells)
    last = _LAST_WORD_CAPITALISED.search(text, max(0, end - 24), end)
    if last is None:
        return None
    name: re.Match[str] | None = last
    if (town := _FROM_TOWN.search(text, max(0, end - 48), end)) is not None:
        name = _NAME_BEFORE.search(text, max(0, town.start() - 24), town.start())
    if name is None:
        return None
    start, stop = name.span()
    q = start
    while q > 0 and text[q - 1] in " \t":
        q -= 1
    if q > 0 and text[q - 1] not in _SENTENCE_END and _DESK_BEFORE.search(text, max(0, start - 16), start) is None:
        return None
    word = name.group()
    kind = _KINDS.get(word) or _kind(word)
    if "E" not in kind and "F" not in kind:
        return None
    if word in _NOUN_GIVEN or word in _NOT_GIVEN or word in _CALENDAR_WORDS or word in _NOT_SENDERS:
        return None
    return None if word.lower() in COMMON_WORDS else (start, stop)


def _hyphened_start(text: str, start: int) -> int:
    """The start of the hyphened word whose last part starts at ``start`` (``Adeyemi-Cole``: a given
    name's candidate after the hyphen would leave ``Adeyemi-`` in clear), or ``start``."""
    while start > 1 and text[start - 1] == "-" and text[start - 2].isascii() and text[start - 2].isalpha():
        start -= 1
        while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
            start -= 1
    return start


# the names of a list of people (Kelvin & Joey, Chloe, Ethan & Hannah Ng, 俾 Otto 或者 Kaman):
# what joins one to the next, and a given name's word
_LIST_JOIN = r"(?:[ \t]*[,&/、][ \t]*|[ \t]+(?:and|or|&)[ \t]+|[ \t]?(?:同|和|及|或者|或)[ \t]?)"
_NEXT_IN_LIST = re.compile(f"(?P<join>{_LIST_JOIN})" + r"(?P<name>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?![A-Za-z'’-])")
_PREV_IN_LIST = re.compile(r"(?<![A-Za-z'’-])(?P<name>[A-Z][a-z]+(?:-[a-z]+)?)" + f"(?P<join>{_LIST_JOIN})$")
_JOIN_WORDS = re.compile("[&、同和及或]| and | or ")
_COMMA_NEAR = re.compile("[,/、]")
_COMMA_JOIN = re.compile(r"[ \t]*[,/、][ \t]*")
# two capitalised words joined as a list's (overlapping: Chloe, Ethan & Hannah gives two)
_JOINED = re.compile(
    r"([A-Z])(?<![A-Za-z'’-][A-Z])[a-z]+(?=(?P<join>"
    + _LIST_JOIN
    + r")(?P<second>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?![A-Za-z'’-]))"
)


def _list_given(word: str, paired: bool = False) -> bool:
    """``word`` may be a given name in a list beside a name: listed (an English given name, or
    another language's), no thing's; of a pair of given names alone, English ones only."""
    kind = _kind(word)
    if word in _NOT_GIVEN or word in _NOUN_GIVEN:
        return False
    if "-" in word:  # a hyphenated romanised given name or nickname (Ka-ming, Jun-Jun, Jun-ho)
        return "G" in kind or "E" in kind or "F" in kind
    return "E" in kind if paired else ("E" in kind or "F" in kind)


def _couple(first: str, second: str) -> bool:
    """Two given names joined as a couple's or a pair's (Jonathan & Charmaine, Gordon & Rosalind): one an
    English given name, the other English or another language's that is no Chinese syllable nor surname
    of any list (Spencer, Schuster name firms: Marks & Spencer, Simon & Schuster), neither a thing's,
    a town's or a shop's (Tiffany & Evelyn)."""
    if _named_thing(first) or _named_thing(second):
        return False
    one, two = _kind(first), _kind(second)
    # (or a Pinyin given name of two syllables: for Yifan and Sophie)
    return ("E" in one and (_other_given(two) or _two_syllables(second, two))) or (
        "E" in two and (_other_given(one) or _two_syllables(first, one))
    )


def _two_syllables(word: str, kind: str) -> bool:
    """``word`` (of ``kind``) is a romanised given name of two syllables alone (Yifan, Xiaoxue), no common
    English word."""
    return kind == "G" and len(word) >= 5 and word.lower() not in COMMON_WORDS


def _other_given(kind: str) -> bool:
    return "E" in kind or ("F" in kind and not any(c in kind for c in "GSL"))


def _listed_given_names(text: str, alone: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Given names listed beside a name (``Chloe, Ethan & Hannah Ng``), or two English given names
    joined by ``&`` or ``and`` (``Kelvin & Joey``): each is a person of the same list. ``alone``
    are the given names found alone so far; the full names are read here (:func:`scan_roman_names`)
    only when two capitalised words are joined and one of them is a listed given name."""
    new: list[tuple[int, int]] = []
    spans = list(alone)
    # without a joining word, a comma's list of given names alone at most (Chloe, Ethan): read
    # around the names found alone
    if _JOIN_WORDS.search(text) is not None:
        pairs = [m for m in _JOINED.finditer(text) if _list_given(_word(m)) or _list_given(m.group("second"))]
        if not pairs:
            return []
        for m in pairs:
            both = _list_given(_word(m), True) and _list_given(m.group("second"), True)
            both = both or _couple(_word(m), m.group("second"))
            if both and m.group("join").strip() in ("&", "and") and not _business_next(text, *m.span("second")):
                new.extend((_word_span(m), m.span("second")))
        spans += [(f.start, f.end) for f in scan_roman_names(text)]
    elif not any(_COMMA_NEAR.search(text, max(0, a - 3), min(len(text), b + 3)) for a, b in alone):
        return []  # no comma, slash or 、 beside a name found alone: no list
    queue = spans + new
    seen = set(queue)
    # the characters the spans seen cover: an overlap is a look-up, not a scan of every span seen
    # (a list of thousands of names was read in quadratic time)
    covered = coverage(len(text), seen)
    while queue:
        a, b = queue.pop()
        after = _NEXT_IN_LIST.match(text, b)
        before = _PREV_IN_LIST.search(text, max(0, a - 24), a)
        for near in (after, before):
            if near is None or near.span("name") in seen:
                continue
            # a comma or a slash joins given names alone, English ones (Chloe, Ethan): after a full
            # name it is as often a place's (Giulia Ferrari, Milan)
            comma = _COMMA_JOIN.fullmatch(near.group("join")) is not None
            if not _list_given(near.group("name"), comma) or (comma and " " in text[a:b].strip()):
                continue
            span = near.span("name")
            if any(covered[span[0] : span[1]]) or _business_next(text, *span):
                continue
            seen.add(span)
            covered[span[0] : span[1]] = b"\x01" * (span[1] - span[0])
            queue.append(span)
            new.append(span)
    return [span for span in dict.fromkeys(new) if span not in spans]


# -- a name's words mentioned again -------------------------------------------------------------------
_NAME_PART = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z]+)?|[A-Z]{2,}")


def _add_repeated(text: str, parts: list[str], counts: dict[str, int], words: dict[str, None]) -> None:
    """Add to ``words`` the words of one name (``parts``) that the text holds again and that may stand for
    the name alone (:func:`_repeatable`); ``counts`` caches each word's count in ``text``."""
    # a surname is repeated only as the given word of a name in Chinese order (Tam Wai Keung: Keung);
    # alone, a surname names a family, a shop or a brand as often (Chow Tai Fook)
    chinese_order = len(parts) > 1 and "S" in _kind(parts[0])
    for k, word in enumerate(parts):
        if word in words or len(word) < 3:
            continue
        # a word the text holds once has no other mention: counted first (a C loop)
        count = counts.get(word)
        if count is None:
            count = counts[word] = text.count(word)
        if count > 1 and _repeatable(word, given=chinese_order and k > 0):
            words[word] = None


def repeated_name_words(text: str, found: list[Finding], titled: Sequence[Finding] = ()) -> list[Finding]:
    """Other mentions, in ``text``, of the words of the romanised names ``found`` there: a thread's
    signature after its header (``From: Jimmy Wong ... Thanks! Jimmy``), a surname again
    (``Wong Sau King ... Wong 婆婆``). A word of three letters or more on a name's list (a surname of
    three letters or more, a given name, a syllable of four letters or more), at a word's bounds, no
    thing's, title's or month's, standing alone: not beside another capitalised word, where it would
    be part of a run the scanners read already (``Tam Jai Samgor``, ``Chan Brothers``); a possessive
    may follow it (``Grace (Ethan's mum)``). A name's word on no list (``Farid`` of ``Mohd Farid bin
    Osman``) is repeated too when it is no common English word; so is one after a title in
    ``titled`` (``Thanks Mr Oyelaran`` ... ``It's Oyelaran``), names the title's scanner found."""
    words: dict[str, None] = {}
    counts: dict[str, int] = {}  # each word's count in the text, counted once (a text may hold thousands
    # of findings of one name: Lam/Cheng/..., Ling 姨 ...)
    for f in found:
        _add_repeated(text, [m.group() for m in _NAME_PART.finditer(text, f.start, f.end)], counts, words)
        if len(words) >= _REPEATED_WORDS_MAX:
            break
    for f in titled:
        # a surname after a title (Mr Oyelaran, Ms Adeyemi-Cole): repeated when it is on no list or on
        # another language's (a Chinese surname names a family, a shop or a brand as often: Mr Chan,
        # Chan's)
        for m in _NAME_PART.finditer(text, f.start, f.end):
            word = m.group()
            kind = _kind(word)
            if len(word) < 4 or text.count(word) < 2 or not (kind == "-" or ("L" in kind and "S" not in kind)):
                continue
            if _unlisted_repeatable(word):
                words[word] = None
        if len(words) >= _REPEATED_WORDS_MAX:
            break
    initialled = _initial_and_last(text, found, "." in text and _AN_INITIAL.search(text) is not None)
    if not words:
        return initialled
    found = [*found, *titled]
    # the found spans by start, with the furthest end so far: a mention is covered by one of them when
    # the furthest end of those starting at or before its start reaches its end (a look-up, not a
    # scan: a text may repeat a name thousands of times). A mention only partly found (Cole of
    # Adeyemi-Cole, a given name's candidate after the hyphen) is reported whole
    spans = sorted((f.start, f.end) for f in found)
    starts = [a for a, _ in spans]
    furthest = list(accumulate((b for _, b in spans), max))
    out: list[Finding] = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            k = bisect_right(starts, at)
            dated = word in _CALENDAR_WORDS and _DATED.search(text, max(0, at - 3), min(len(text), end + 3))
            # (not a brand's possessive: Auntie Wendy ... 唔係 Wendy's 嗰個)
            branded = _brand_possessive(text, word, end)
            if _alone(text, at, end) and not (k and furthest[k - 1] >= end) and not dated and not branded:
                out.append(Finding("PERSON", at, end, GIVEN_SCORE, GIVEN_RECOGNIZER))
            at = text.find(word, end)
    return out + initialled


# an initial, its stop and a capitalised word (F. Qureshi): the texts _initial_and_last reads
_AN_INITIAL = re.compile(r"(?<![A-Za-z])[A-Z]\.[ \t]?[A-Z][a-z]")


def _initial_and_last(text: str, found: list[Finding], initials: bool = True) -> list[Finding]:
    """A found name written again in a shorter form, where no finding holds it already: as its given
    name's initial, a stop and its last word (Farhan Qureshi ... billing name F. Qureshi; ``initials``:
    the text holds one); a name in Chinese order as its two given syllables (Chan Pui Yee ... for Pui Yee);
    its surname before a possessive and a noun (Liu Yang ... Liu's ID, Oliver Hartley ... Hartley's
    account). One search of the text for all the found names' forms, and a look-up of the spans for each
    mention (a long text repeats names)."""
    forms: set[str] = set()
    possessive = "'s" in text or "’s" in text
    for f in found:
        parts = [m.group() for m in _NAME_PART.finditer(text, f.start, f.end)]
        if len(parts) < 2:
            continue
        if initials and len(parts[-1]) >= 3 and parts[0][:1].isupper():
            forms.add(parts[0][0] + r"\.[ \t]?" + re.escape(parts[-1]))
        # (each form only where its word stands twice in the text: most texts compile no pattern)
        chinese_order = "S" in _kind(parts[0])
        given = parts[1:] if chinese_order and len(parts) == 3 and not parts[0].isupper() else []
        if given and text.count(parts[2]) > 1 and all("G" in _kind(p) for p in given):
            forms.add(re.escape(parts[1]) + r"[ \t-]" + re.escape(parts[2]))
        surname = parts[0] if chinese_order else parts[-1]
        # (a surname in capitals again in its usual case: SITU Haoran ... Situ's wife)
        written = surname.title() if surname.isupper() else surname
        if possessive and len(surname) >= 2 and text.count(written) > (surname == written):
            forms.add(re.escape(written) + _OWNED)
        if len(forms) >= _REPEATED_WORDS_MAX:
            break
    if not forms:
        return []
    pattern = re.compile(r"(?<![A-Za-z.])(?:" + "|".join(sorted(forms)) + r")(?![A-Za-z])")
    spans = sorted((f.start, f.end) for f in found)
    starts = [a for a, _ in spans]
    furthest = list(accumulate((b for _, b in spans), max))
    out: list[Finding] = []
    for m in pattern.finditer(text):
        k = bisect_left(starts, m.end())  # the spans starting before the mention's end
        if k and furthest[k - 1] > m.start():
            continue
        # a given name again stands alone, no shop's name (Wan Ka Yee, t/a Ka Yee Nail Studio)
        mention = m.group()
        if "." not in mention and any(c in mention for c in " \t-") and not _alone(text, m.start(), m.end()):
            continue
        out.append(Finding("PERSON", m.start(), m.end(), GIVEN_SCORE, GIVEN_RECOGNIZER))
    return out


# a possessive and what a person owns, a lower-case noun or an identity's abbreviation (Liu's ID, Hartley's
# account), not a capitalised word (Chan's Tailor: a shop)
_OWNED = r"(?=['’]s[ \t]+(?:[a-z]|(?:ID|HKID|IC|DOB|PAN)(?![A-Za-z])))"
# a digit beside a word, one blank or a punctuation mark between (Jun 2026, 30 Jun, Jun-26): a month's
_DATED = re.compile(r"[0-9][ \t/.,-]?[A-Z][a-z]+(?![A-Za-z])|(?<![A-Za-z])[A-Z][a-z]+[ \t/.,-]?[0-9]")
# the distinct words repeated at most (each is looked for in the whole text)
_REPEATED_WORDS_MAX = 32


def _repeatable(word: str, given: bool) -> bool:
    """``word`` of a name found may be repeated: a given name (listed, or a syllable of four letters
    or more), or, with ``given``, any word of a name in Chinese order after its surname."""
    title = word.title()
    if title in _NOT_GIVEN or title in _NOUN_GIVEN or title in _TITLES:
        return False
    if title in _CALENDAR_WORDS and not given:  # Jun of Ong Jun Wei is a name; its mentions are read undated
        return False
    kind = _kind(word)
    if "E" in kind or "F" in kind:
        return True
    if given:
        return kind != "-"
    if kind == "-":
        return len(word) >= 4 and _unlisted_repeatable(word)
    return "G" in kind and "S" not in kind and "L" not in kind and len(word) >= 4


def _unlisted_repeatable(word: str) -> bool:
    """A name's ``word`` on no list may be repeated alone: capitalised (no code in capitals), no
    common English word, day, month, place, business or role word (:func:`_surname_like`)."""
    return all(part[1:].islower() for part in word.split("-")) and _surname_like(word)


def _alone(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a word of its own, no capitalised word beside it (one blank between). A
    Chinese character glued on bounds it as a blank would (``要Rachel本人``, ``客戶話Benny報價``)."""
    if start and (_in_word(text[start - 1]) or text[start - 1] in _GLUED):
        return False
    if end < len(text) and (_in_word(text[end]) or text[end] in _GLUED) and not _possessive(text, end):
        return False  # in a word, an address, a handle or a password (Rao@1987#HK)
    if text[end : end + 1] in (" ", "\t") and text[end + 1 : end + 2].isupper():
        return False
    if text[end : end + 2] in ("'s", "’s") and _POSSESSIVE_CAPITAL.match(text, end + 2):
        return False  # a shop's name (Mak's Trading)
    return not _in_capital_run(text, start)


def _in_capital_run(text: str, start: int) -> bool:
    """The word at ``start`` follows a capitalised word, one blank between (:func:`_capital_before`):
    part of a run of capitalised words (``Lord Stow``, ``Tam Jai Samgor``), not a word alone."""
    return start > 1 and text[start - 1] in " \t" and text[start - 2].isalpha() and _capital_before(text, start)


_GLUED = "'’-_@#$%&*/\\.=+"
# the signs that glue a word to a code, an address or a handle (a slash parts a list as often: Joyce/Heidi)
_LATIN_GLUE = frozenset(_GLUED) - {"/"}


def _in_word(char: str) -> bool:
    """``char`` continues a Latin word: a letter or digit, but no CJK character."""
    return char.isalnum() and not ("\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff")


_POSSESSIVE_CAPITAL = re.compile(r"[ \t]+[A-Z]")


def _capital_before(text: str, start: int) -> bool:
    """A capitalised word stands before ``start``, one blank between, that is no salutation's, sign-off's
    or role's (``Thanks Jun!``, ``Agent Cheryl``: the capital opens a sentence, not a run)."""
    m = _PREV_WORD.search(text, max(0, start - 24), start)
    return m is not None and m.group(1)[0].isupper() and m.group(1).lower() not in _CUES


def _possessive(text: str, end: int) -> bool:
    """A possessive's ``'s`` stands at ``end``, ending a word (``Ethan's mum``, not ``Ethan'sgone``)."""
    return (
        text[end : end + 1] in ("'", "’")
        and text[end + 1 : end + 2] in ("s", "S")
        and not text[end + 2 : end + 3].isalnum()
    )
