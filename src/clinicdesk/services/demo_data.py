"""Realistic, multilingual demo clients for `clinicdesk demo --clients N [--seed S]`.

The demo database has to look like a real salon's client file so that search,
sorting, duplicate detection and the PDF reports are exercised on the data
they will meet: French, Polish, Chinese and British clients, names with
diacritics and in Chinese characters, phones typed in each country's habits,
some records missing fields, and a few people entered twice.

Everything is plain data in this module (no Faker, no I/O), and the output is
a pure function of `seed` and `today`, so a demo database can be rebuilt
identically. Each client is already trimmed and valid: `clean_client_fields`
returns it unchanged.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from clinicdesk.services.client_fields import ClientFields

T = TypeVar("T")


class _Dice(random.Random):
    """random.Random with cheap draws: `choice`/`randint` cost ~1 µs each in pure Python,
    and a client takes ~30 draws, so 100,000 clients would spend most of their time there.
    Multiplying `random()` is a few times faster and uniform enough for demo data.
    """

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.random() * len(items))]

    def between(self, low: int, high: int) -> int:
        return low + int(self.random() * (high - low + 1))

    def below(self, stop: int) -> int:
        return int(self.random() * stop)


# ---------------------------------------------------------------------------
# Names. Mostly female given names: salon clientele is ~85% women.


def _words(text: str) -> tuple[str, ...]:
    """Whitespace-separated items; an underscore stands for a space inside one ("Da_Silva")."""
    return tuple(word.replace("_", " ") for word in text.split())


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """'王 wang 李 li' -> (('王', 'wang'), ('李', 'li')): characters with their pinyin."""
    items = text.split()
    return tuple(zip(items[::2], items[1::2], strict=True))


_FR_FEMALE = _words("""
    Marie Camille Léa Chloé Manon Emma Inès Jade Louise Zoé Anaïs Hélène Françoise Élodie
    Céline Nathalie Isabelle Sandrine Stéphanie Sophie Aurélie Julie Laetitia Émilie Mélanie
    Audrey Virginie Valérie Véronique Sylvie Catherine Christine Brigitte Monique Martine
    Nadine Pascale Delphine Caroline Claire Margaux Océane Clémence Mathilde Pauline Charlotte
    Juliette Agathe Noémie Maëlle Maëva Gaëlle Solène Anne-Sophie Marie-Claire Bérénice
    Séverine Ophélie Yasmine Sarah Laure Estelle Alexandra
""")
_FR_MALE = _words("""
    Thomas Nicolas Julien Maxime Antoine Hugo Lucas Théo Jérôme François Stéphane Sébastien
    Benoît Loïc
""")
_FR_FAMILY = _words("""
    Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent
    Lefèbvre Lefèvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André
    Mercier Dupont Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin
    Muller Henry Roussel Perrin Morin Mathieu Clément Gauthier Dumont Fontaine Chevalier Robin
    Masson Gérard Nguyen Boyer Denis Lemaire Duval Joly Roche Noël Meyer Meunier Pérez
    Marchand Dufour Blanchard Barbier Brun Dumas Brunet Schmitt Leroux Colin Renard Arnaud
    Caron Aubert Giraud Leclerc Vidal Bourgeois Lemoine Picard Gaillard Lacroix Fabre Dupuis
    Rivière Ménard Fleury Deschamps Bénard Bézier Dupré Lebrun Lévêque Hébert Pelletier
    Da_Silva Le_Gall Le_Goff
""")

_PL_FEMALE = _words("""
    Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Elżbieta Zofia Joanna
    Magdalena Aleksandra Monika Teresa Danuta Natalia Karolina Marta Beata Dorota Jadwiga
    Halina Grażyna Jolanta Iwona Irena Alicja Justyna Paulina Renata Ewelina Sylwia Urszula
    Agata Weronika Julia Zuzanna Wiktoria Oliwia Maja Hanna Łucja Żaneta Bożena Jagoda Kinga
    Patrycja Izabela Klaudia Emilia Dominika Martyna Gabriela Marianna Lena Amelia Milena
    Roksana Wanda Stanisława Józefa
""")
_PL_MALE = _words("""
    Piotr Krzysztof Tomasz Paweł Michał Marcin Łukasz Jakub Mateusz Jędrzej Grzegorz Wojciech
    Bartłomiej Maciej
""")
# Masculine forms; adjectival ones (-ski/-cki/-dzki, -y) take -a for women, see _pl_feminine.
_PL_FAMILY = _words("""
    Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański
    Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek
    Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Majewski
    Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski
    Walczak Sikora Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Zalewski
    Wróblewski Marciniak Jasiński Zawadzki Bąk Jakubowski Sadowski Duda Włodarczyk Wilk
    Chmielewski Borkowski Sokołowski Szczepański Sawicki Lis Kucharski Kalinowski Wysocki
    Mazurek Kubiak Kołodziej Czarnecki Sobczak Konieczny Urbański Głowacki Zakrzewski
    Wąsowski Żółkiewski Szczęsny Gwiazdowski Gołębiowski Przybylski Łuczak Grzelak Rudzki
    Grodzki Biały
""")

# Chinese names in characters; the pinyin only feeds email handles.
_CN_FAMILY = _pairs("""
    王 wang 李 li 张 zhang 刘 liu 陈 chen 杨 yang 黄 huang 赵 zhao 吴 wu 周 zhou 徐 xu
    孙 sun 马 ma 朱 zhu 胡 hu 郭 guo 何 he 林 lin 高 gao 罗 luo 郑 zheng 梁 liang 谢 xie
    宋 song 唐 tang 许 xu 韩 han 冯 feng 邓 deng 曹 cao 彭 peng 曾 zeng 肖 xiao 田 tian
    董 dong 袁 yuan 潘 pan 于 yu 蒋 jiang 蔡 cai 余 yu 杜 du 叶 ye 程 cheng 苏 su 魏 wei
    吕 lv 丁 ding 任 ren 沈 shen 姚 yao 卢 lu 姜 jiang 崔 cui 钟 zhong 谭 tan 陆 lu 汪 wang
    范 fan 金 jin 石 shi 廖 liao 贾 jia 夏 xia 韦 wei 付 fu 方 fang 白 bai 邹 zou 孟 meng
    熊 xiong 秦 qin 邱 qiu 江 jiang 尹 yin 薛 xue 段 duan 雷 lei 侯 hou 龙 long 史 shi
    陶 tao 贺 he 顾 gu 毛 mao 郝 hao 龚 gong 邵 shao 万 wan
    欧阳 ouyang 司马 sima 上官 shangguan 诸葛 zhuge
""")
_CN_FEMALE = _pairs("""
    芳 fang 静 jing 丽 li 敏 min 秀英 xiuying 婷婷 tingting 雪 xue 慧 hui 玲 ling 欣怡 xinyi
    梓涵 zihan 娜 na 燕 yan 艳 yan 霞 xia 丹 dan 萍 ping 红 hong 颖 ying 琳 lin 倩 qian
    晶 jing 洁 jie 佳 jia 莉 li 璐 lu 悦 yue 琪 qi 瑶 yao 怡 yi 晓燕 xiaoyan 晓丽 xiaoli
    丽娟 lijuan 桂英 guiying 秀兰 xiulan 玉兰 yulan 美玲 meiling 雨涵 yuhan 诗涵 shihan
    梦琪 mengqi 子涵 zihan 思雨 siyu 欣妍 xinyan 可馨 kexin 雅静 yajing 佳怡 jiayi
    雨萱 yuxuan 紫萱 zixuan 一诺 yinuo 心怡 xinyi 梦瑶 mengyao 晓雪 xiaoxue 海燕 haiyan
    春梅 chunmei 丽华 lihua 淑珍 shuzhen 凤英 fengying 文静 wenjing 静怡 jingyi 若曦 ruoxi
    依依 yiyi 瑾 jin
""")
_CN_MALE = _pairs("""
    伟 wei 强 qiang 磊 lei 军 jun 洋 yang 勇 yong 杰 jie 涛 tao 浩然 haoran 子轩 zixuan
    宇轩 yuxuan 俊杰 junjie 建华 jianhua 志强 zhiqiang
""")
_PINYIN = dict(_CN_FAMILY + _CN_FEMALE + _CN_MALE)

_EN_FEMALE = _words("""
    Olivia Amelia Isla Sophie Emily Jessica Charlotte Grace Lily Ella Mia Poppy Freya Evie Ruby
    Florence Harriet Imogen Eleanor Alice Lucy Hannah Chloe Megan Lauren Holly Rebecca Rachel
    Sarah Laura Emma Hayley Gemma Kirsty Natalie Victoria Elizabeth Katherine Jennifer Samantha
    Abigail Deborah Margaret Susan Karen Helen Julie Joanne Nicola Claire Amanda Tracey Siobhan
    Niamh Aisha Priya Zara Bethany Georgia Phoebe Rosie Maisie
""")
_EN_MALE = _words("""
    Oliver George Harry Jack James William Thomas Daniel Matthew Callum Rhys Liam Mohammed Samuel
""")
_EN_FAMILY = _words("""
    Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans
    Walker White Roberts Green Hall Wood Jackson Clarke Hughes Edwards Turner Hill Moore Clark
    Harrison Scott Cooper Ward Morris King Watson Baker Harris Lewis Young Allen Mitchell James
    Anderson Phillips Lee Bell Parker Davis Kelly Patel Khan Shah Ali Hussain Begum Campbell
    Murray Stewart MacDonald McKenzie O'Brien O'Connor O'Neill Murphy Ashworth Fairweather
    Holloway Pemberton Whitaker Blackwood Hargreaves Fitzgerald Sutcliffe Cartwright Bradshaw
    Chamberlain Fletcher Gallagher Lloyd Morgan Price Owen Jenkins Griffiths Powell Hewitt
    Carter Marsh Barker Simpson Hamilton-Smith
""")

# Diminutives people ask to be called by; the Chinese ones are the English names
# many Chinese clients use day to day.
_NICKNAMES = {
    "Małgorzata": "Gosia", "Katarzyna": "Kasia", "Agnieszka": "Aga", "Aleksandra": "Ola",
    "Magdalena": "Magda", "Joanna": "Asia", "Elżbieta": "Ela", "Barbara": "Basia",
    "Zuzanna": "Zuzia", "Dorota": "Dorotka", "Łucja": "Lusia", "Krzysztof": "Krzysiek",
    "Isabelle": "Isa", "Catherine": "Cathy", "Nathalie": "Nat", "Stéphanie": "Steph",
    "Véronique": "Véro", "Alexandra": "Alex", "Sandrine": "Sandy", "Charlotte": "Lolo",
    "Marie-Claire": "Lulu", "Anne-Sophie": "Anso", "Christine": "Kiki", "Monique": "Momo",
    "Elizabeth": "Liz", "Katherine": "Kate", "Rebecca": "Becky", "Jennifer": "Jen",
    "Victoria": "Vicky", "Samantha": "Sam", "Margaret": "Maggie", "Abigail": "Abi",
    "Deborah": "Debbie", "Eleanor": "Ellie", "Florence": "Flo", "Harriet": "Hattie",
}  # fmt: skip
_CN_ENGLISH_NAMES = _words("Lulu Cindy Amy Grace Vivian Coco Fiona Cherry Kelly Tina Jenny Lily")

# ---------------------------------------------------------------------------
# Phones: a national significant number (valid mobile ranges per libphonenumber
# metadata, checked by the tests) and the ways people type it.

_FR_MOBILE = _words("60 61 62 64 65 66 67 68 73 74 75 76 77 78 79")  # + 7 digits
_PL_MOBILE = _words("50 51 53 57 60 66 69 72 73 78 79 88")  # + 7 digits
_CN_MOBILE = _words("130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159")
_CN_MOBILE += _words("180 181 182 183 184 185 186 187 188 189")  # + 8 digits
# 07700 900xxx is Ofcom's fictional range and not a valid mobile: avoid 7700.
_UK_MOBILE = _words("""
    71 72 73 740 741 742 743 744 746 747 748 749 751 753 754 755 756 757 758 759
    771 772 773 774 775 776 777 780 781 784 785 786 787 788 789 790 792 794 795 796 797 798
""")


def _pairs_of_two(digits: str) -> str:
    return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))


# Each locale's formats, most common first; weights are cumulative for _pick.
_PHONE_FORMATS: dict[str, tuple[tuple[Callable[[str], str], ...], tuple[float, ...]]] = {
    "FR": (
        (
            lambda n: _pairs_of_two("0" + n),  # 06 12 34 56 78
            lambda n: f"+33 {n[0]} {_pairs_of_two(n[1:])}",  # +33 6 12 34 56 78
            lambda n: "0" + n,  # 0612345678
        ),
        (0.6, 0.85, 1.0),
    ),
    "PL": (
        (
            lambda n: f"{n[:3]} {n[3:6]} {n[6:]}",  # 601 234 567
            lambda n: f"+48 {n[:3]} {n[3:6]} {n[6:]}",  # +48 601 234 567
            lambda n: f"{n[:3]}-{n[3:6]}-{n[6:]}",  # 601-234-567
            lambda n: n,  # 601234567
        ),
        (0.4, 0.7, 0.9, 1.0),
    ),
    "CN": (
        (
            lambda n: n,  # 13812345678, how most people write it
            lambda n: f"{n[:3]} {n[3:7]} {n[7:]}",  # 138 1234 5678
            lambda n: f"+86 {n[:3]} {n[3:7]} {n[7:]}",  # +86 138 1234 5678
        ),
        (0.45, 0.8, 1.0),
    ),
    "GB": (
        (
            lambda n: f"0{n[:4]} {n[4:]}",  # 07700 900123
            lambda n: f"+44 {n[:4]} {n[4:]}",  # +44 7700 900123
            lambda n: "0" + n,  # 07700900123
        ),
        (0.55, 0.8, 1.0),
    ),
}


def _pick(rng: _Dice, cumulative: tuple[float, ...]) -> int:
    r = rng.random()
    for i, bound in enumerate(cumulative):
        if r < bound:
            return i
    return len(cumulative) - 1


def _mobile(rng: _Dice, prefixes: tuple[str, ...], length: int) -> str:
    prefix = rng.pick(prefixes)
    rest = length - len(prefix)
    return f"{prefix}{rng.below(10**rest):0{rest}d}"


# ---------------------------------------------------------------------------
# Addresses: street styles, cities and postal codes as each country writes them.

_FR_STREETS = (
    "rue des Lilas", "rue de la Paix", "rue Victor Hugo", "avenue Jean Jaurès",
    "boulevard Voltaire", "rue du Moulin", "place de la République", "rue Pasteur",
    "allée des Tilleuls", "chemin des Vignes", "rue de l'Église", "avenue de la Gare",
    "rue Émile Zola", "impasse des Rosiers", "rue Gambetta", "boulevard Saint-Michel",
    "rue Sainte-Catherine", "quai des Brotteaux", "rue Édouard Herriot", "cours Mirabeau",
)  # fmt: skip
_FR_LINE2 = ("Appt 12", "Bât. B", "Résidence les Tilleuls", "2e étage", "Escalier C")
_PARIS = tuple(f"750{n:02d}" for n in range(1, 21))
_FR_CITIES = ((("Paris", _PARIS),) * 6) + (
    ("Lyon", tuple(f"6900{n}" for n in range(1, 10))),
    ("Lyon", tuple(f"6900{n}" for n in range(1, 10))),
    ("Marseille", tuple(f"130{n:02d}" for n in range(1, 17))),
    ("Toulouse", ("31000", "31100", "31200", "31300", "31400", "31500")),
    ("Nice", ("06000", "06100", "06200", "06300")),
    ("Nantes", ("44000", "44100", "44200", "44300")),
    ("Strasbourg", ("67000", "67100", "67200")),
    ("Montpellier", ("34000", "34070", "34080", "34090")),
    ("Bordeaux", ("33000", "33100", "33200", "33300", "33800")),
    ("Lille", ("59000", "59160", "59260", "59800")),
    ("Rennes", ("35000", "35200", "35700")),
    ("Saint-Étienne", ("42000", "42100")),
    ("Grenoble", ("38000", "38100")),
    ("Dijon", ("21000",)),
    ("Nîmes", ("30000", "30900")),
    ("Aix-en-Provence", ("13090", "13100")),
    ("Besançon", ("25000",)),
    ("Versailles", ("78000",)),
    ("Boulogne-Billancourt", ("92100",)),
)

_PL_STREETS = (
    "ul. Marszałkowska", "ul. Piotrkowska", "ul. Długa", "ul. Adama Mickiewicza",
    "ul. Tadeusza Kościuszki", "ul. Juliusza Słowackiego", "ul. Henryka Sienkiewicza",
    "ul. Polna", "ul. Leśna", "ul. Ogrodowa", "ul. Kwiatowa", "ul. Lipowa", "ul. Szkolna",
    "ul. Źródlana", "ul. Stefana Żeromskiego", "ul. Fryderyka Chopina", "ul. Wojska Polskiego",
    "al. Jerozolimskie", "al. Jana Pawła II", "al. Niepodległości", "os. Tysiąclecia",
    "pl. Grunwaldzki", "ul. Świętokrzyska", "ul. Różana",
)  # fmt: skip
_PL_CITIES = ((("Warszawa", _words("00 01 02 03 04")),) * 5) + (
    ("Kraków", ("30", "31")),
    ("Kraków", ("30", "31")),
    ("Łódź", _words("90 91 92 93 94")),
    ("Wrocław", _words("50 51 52 53 54")),
    ("Poznań", ("60", "61")),
    ("Gdańsk", ("80",)),
    ("Gdynia", ("81",)),
    ("Sopot", ("81",)),
    ("Szczecin", ("70", "71")),
    ("Bydgoszcz", ("85",)),
    ("Lublin", ("20",)),
    ("Białystok", ("15",)),
    ("Katowice", ("40",)),
    ("Częstochowa", ("42",)),
    ("Rzeszów", ("35",)),
    ("Toruń", ("87",)),
    ("Kielce", ("25",)),
    ("Olsztyn", ("10",)),
    ("Opole", ("45",)),
    ("Zielona Góra", ("65",)),
)

_CN_STREETS = _words("""
    漕溪北路 淮海中路 南京西路 中山路 人民路 解放路 建设路 和平路 文化路 新华路 青年路
    胜利路 花园路 朝阳路 东风路 滨江路 学院路 长江路 黄河路 光明路 幸福路
""")
# City, postal code prefix (three digits, three more follow), districts.
_CN_CITIES = (
    ("上海", "200", _words("徐汇区 静安区 浦东新区 黄浦区 长宁区 闵行区")),
    ("上海", "200", _words("徐汇区 静安区 浦东新区 黄浦区 长宁区 闵行区")),
    ("北京", "100", _words("朝阳区 海淀区 东城区 西城区 丰台区")),
    ("北京", "100", _words("朝阳区 海淀区 东城区 西城区 丰台区")),
    ("广州", "510", _words("天河区 越秀区 海珠区 番禺区")),
    ("深圳", "518", _words("南山区 福田区 罗湖区 宝安区")),
    ("成都", "610", _words("锦江区 武侯区 青羊区")),
    ("杭州", "310", _words("西湖区 上城区 拱墅区")),
    ("南京", "210", _words("鼓楼区 玄武区 秦淮区")),
    ("武汉", "430", _words("武昌区 江汉区 洪山区")),
)

_UK_STREETS = (
    "Elm Grove", "High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue",
    "Mill Lane", "Queens Road", "Kings Road", "The Crescent", "Manor Way", "Green Lane",
    "London Road", "Oxford Road", "Albert Street", "Cedar Close", "Willow Drive",
    "St John's Road", "Meadow View", "Beech Avenue",
)  # fmt: skip
_UK_CITIES = ((("London", _words("SW1A SW11 SE15 E1 E8 N1 N16 NW3 W2 W11 EC1V")),) * 5) + (
    ("Manchester", ("M1", "M14", "M20")),
    ("Birmingham", ("B1", "B15", "B29")),
    ("Leeds", ("LS1", "LS6")),
    ("Bristol", ("BS1", "BS8")),
    ("Liverpool", ("L1", "L17")),
    ("Sheffield", ("S1", "S10")),
    ("Edinburgh", ("EH1", "EH10")),
    ("Glasgow", ("G1", "G12")),
    ("Cardiff", ("CF10", "CF24")),
    ("Nottingham", ("NG1", "NG7")),
    ("Newcastle upon Tyne", ("NE1",)),
    ("Brighton", ("BN1", "BN2")),
    ("Oxford", ("OX1", "OX4")),
    ("Cambridge", ("CB1",)),
    ("York", ("YO1",)),
    ("Bath", ("BA1", "BA2")),
)
_UK_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # the inward code never uses C I K M O V


def _address_fr(rng: _Dice) -> tuple[str, str | None, str, str]:
    city, codes = rng.pick(_FR_CITIES)
    number = rng.between(1, 120)
    bis = " bis" if rng.random() < 0.03 else ""
    line2 = rng.pick(_FR_LINE2) if rng.random() < 0.2 else None
    return f"{number}{bis} {rng.pick(_FR_STREETS)}", line2, rng.pick(codes), city


def _address_pl(rng: _Dice) -> tuple[str, str | None, str, str]:
    city, prefixes = rng.pick(_PL_CITIES)
    line1 = f"{rng.pick(_PL_STREETS)} {rng.between(1, 150)}"
    if rng.random() < 0.6:  # most Poles live in flats: "15/4"
        line1 += f"/{rng.between(1, 80)}"
    return line1, None, f"{rng.pick(prefixes)}-{rng.below(1000):03d}", city


def _address_cn(rng: _Dice) -> tuple[str, str | None, str, str]:
    city, prefix, districts = rng.pick(_CN_CITIES)
    line1 = f"{city}市{rng.pick(districts)}{rng.pick(_CN_STREETS)}{rng.between(1, 999)}号"
    line2 = None
    if rng.random() < 0.5:  # building and flat: 3栋1202室
        line2 = f"{rng.between(1, 20)}栋{rng.between(1, 32)}{rng.between(1, 6):02d}室"
    return line1, line2, f"{prefix}{rng.below(1000):03d}", city


def _address_gb(rng: _Dice) -> tuple[str, str | None, str, str]:
    city, outward = rng.pick(_UK_CITIES)
    line1 = f"{rng.between(1, 180)} {rng.pick(_UK_STREETS)}"
    if rng.random() < 0.15:
        line1 = f"Flat {rng.between(1, 30)}, {line1}"
    letters = rng.pick(_UK_INWARD_LETTERS) + rng.pick(_UK_INWARD_LETTERS)
    return line1, None, f"{rng.pick(outward)} {rng.between(1, 9)}{letters}", city


# ---------------------------------------------------------------------------
# Emails, referral sources and notes (appointment habits only: never health data).


def _ascii(name: str) -> str:
    """Lower-case ASCII letters of a Latin-script name: 'Żółkiewska' -> 'zolkiewska'."""
    name = name.replace("ł", "l").replace("Ł", "L").replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum()).lower()


@dataclass(frozen=True)
class _Locale:
    country: str
    language: str
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[tuple[str, str], ...]  # (for men, for women)
    mobile_prefixes: tuple[str, ...]
    mobile_length: int
    address: Callable[[_Dice], tuple[str, str | None, str, str]]
    domains: tuple[str, ...]  # repeated entries weight the common ones
    referrals: tuple[str, ...]
    notes: tuple[str, ...]


def _pl_feminine(surname: str) -> str:
    """Adjectival Polish surnames agree with the bearer: Wąsowski -> Wąsowska, Szczęsny -> Szczęsna.

    Only adjectival surnames in the list end in -y; nouns (Nowak, Kowalczyk) do not change.
    """
    if surname.endswith(("ski", "cki", "dzki", "y")):
        return surname[:-1] + "a"
    return surname


_LOCALES = (
    _Locale(
        "FR", "fr", _FR_FEMALE, _FR_MALE, tuple((f, f) for f in _FR_FAMILY),
        _FR_MOBILE, 9, _address_fr,
        _words("gmail.com gmail.com orange.fr orange.fr free.fr hotmail.fr yahoo.fr sfr.fr "
               "laposte.net wanadoo.fr outlook.fr"),
        ("Bouche-à-oreille", "Instagram", "Google", "Facebook", "Planity", "Passage", "Amie"),
        ("Préfère les rendez-vous le matin.", "Aime les teintes nude pour le vernis.",
         "Prévenir par SMS plutôt que par téléphone.", "Vient souvent avec sa fille.",
         "Arrive généralement en avance.", "Préfère le samedi.", "Apprécie un thé à l'accueil.",
         "Demande Camille si possible.", "Fidèle depuis l'ouverture du salon.",
         "Carte cadeau offerte par son conjoint."),
    ),
    _Locale(
        "PL", "pl", _PL_FEMALE, _PL_MALE, tuple((f, _pl_feminine(f)) for f in _PL_FAMILY),
        _PL_MOBILE, 9, _address_pl,
        _words("gmail.com gmail.com wp.pl wp.pl onet.pl o2.pl interia.pl op.pl gazeta.pl"),
        ("Polecenie", "Instagram", "Google", "Facebook", "Booksy", "Z ulicy"),
        ("Woli wizyty po południu.", "Prosi o przypomnienie SMS dzień wcześniej.",
         "Lubi odcienie czerwieni na paznokciach.", "Przychodzi z córką.",
         "Woli terminy w soboty.", "Zawsze pyta o nowości.", "Płaci kartą.",
         "Prosi o kontakt przez SMS, nie dzwonić.", "Lubi kawę z mlekiem."),
    ),
    _Locale(
        "CN", "zh_CN", tuple(c for c, _ in _CN_FEMALE), tuple(c for c, _ in _CN_MALE),
        tuple((c, c) for c, _ in _CN_FAMILY), _CN_MOBILE, 11, _address_cn,
        _words("qq.com qq.com qq.com 163.com 163.com 126.com sina.com foxmail.com"),
        ("小红书", "大众点评", "微信", "朋友介绍", "抖音", "路过"),
        ("喜欢周末预约。", "请提前一天短信提醒。", "喜欢喝花茶。", "通常带女儿一起来。",
         "偏好下午时段。", "只用微信联系。", "喜欢裸色系指甲。", "习惯提前十分钟到。"),
    ),
    _Locale(
        "GB", "en", _EN_FEMALE, _EN_MALE, tuple((f, f) for f in _EN_FAMILY),
        _UK_MOBILE, 10, _address_gb,
        _words("gmail.com gmail.com outlook.com hotmail.co.uk yahoo.co.uk btinternet.com "
               "icloud.com sky.com"),
        ("Instagram", "Google", "Friend", "Walk-in", "Treatwell", "Facebook", "TikTok"),
        ("Prefers evening appointments.", "Text reminder the day before, please.",
         "Likes a cup of tea on arrival.", "Usually books together with a friend.",
         "Prefers nude nail shades.", "Parks round the back.", "Often runs ten minutes late.",
         "Asks for Chloe whenever possible.", "Pays by card only."),
    ),
)  # fmt: skip
_LOCALE_CUMULATIVE = (0.3, 0.6, 0.8, 1.0)  # FR 30%, PL 30%, CN 20%, GB 20%

# Built once at import: per-item Unicode normalisation would dominate the run time.
_EMAIL_NAME = {
    name: _PINYIN.get(name) or _ascii(name)
    for loc in _LOCALES
    for name in (*loc.female, *loc.male, *(n for pair in loc.family for n in pair))
}


def _email(rng: _Dice, loc: _Locale, given: str, family: str, born: date | None) -> str:
    g, f = _EMAIL_NAME[given], _EMAIL_NAME[family]
    domain = rng.pick(loc.domains)
    if domain == "qq.com" and rng.random() < 0.5:
        return f"{rng.between(10**5, 10**10 - 1)}@qq.com"  # a QQ account number
    r = rng.random()
    if r < 0.3:
        local = f"{g}.{f}" if loc.country != "CN" else f"{g}.{f}{rng.between(1, 99)}"
    elif r < 0.55:
        local = f"{g}{f}{rng.between(1, 99)}"
    elif r < 0.7 and born is not None:
        local = f"{f}{g}{born.year}" if loc.country == "CN" else f"{f}.{g}{born.year % 100:02d}"
    elif r < 0.85:
        local = f"{g[0]}.{f}{rng.between(1, 999)}"
    else:
        local = f"{g}_{f}"
    return f"{local}@{domain}"


# ---------------------------------------------------------------------------


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a non-leap year
        return day.replace(year=day.year - years, day=28)


def demo_clients(count: int, *, seed: int = 0, today: date | None = None) -> Iterator[ClientFields]:
    """`count` demo clients, the same ones for the same `seed` and `today`.

    `referred_by_id` is always None: the caller links referrals once the rows
    have ids. About 0.5% are near-duplicates of an earlier client (same name
    and date of birth, the phone typed differently) for duplicate detection.
    """
    if count < 0:  # checked here, not in the generator, so the caller hears at once
        raise ValueError("count must not be negative")
    return _generate(count, _Dice(seed), today or date.today())


def _generate(count: int, rng: _Dice, today: date) -> Iterator[ClientFields]:
    # Latest birth day for each age: born on or before it, the client has that age today.
    latest_birth = {age: _years_before(today, age).toordinal() for age in range(16, 81)}
    used_emails: set[str] = set()
    # Reservoir sample of earlier clients with a birth date and a phone, to copy as duplicates.
    earlier: list[tuple[ClientFields, str, str, int]] = []
    seen = 0

    for index in range(count):
        # Wait for a few originals so the first duplicates do not all copy the same one.
        if index >= 20 and earlier and rng.random() < 0.005:
            yield _near_duplicate(rng, rng.pick(earlier))
            continue
        loc = _LOCALES[_pick(rng, _LOCALE_CUMULATIVE)]

        r = rng.random()
        sex = "female" if r < 0.85 else "male" if r < 0.98 else "undisclosed" if r < 0.99 else None
        female = sex == "female" or (sex != "male" and rng.random() < 0.85)
        given = rng.pick(loc.female if female else loc.male)
        family = rng.pick(loc.family)[1 if female else 0]

        r = rng.random()
        if r < 0.05:
            born = None
        else:
            if r < 0.06:
                age = rng.between(16, 17)
            elif r < 0.8:
                age = rng.between(25, 55)
            else:
                age = rng.between(18, 80)
            born = date.fromordinal(latest_birth[age] - rng.below(365))

        phone = national = None
        fmt = 0
        if rng.random() < 0.9:
            national = _mobile(rng, loc.mobile_prefixes, loc.mobile_length)
            formats, cumulative = _PHONE_FORMATS[loc.country]
            fmt = _pick(rng, cumulative)
            phone = formats[fmt](national)

        email = None
        if rng.random() < 0.7:
            email = _email(rng, loc, given, family, born)
            while email in used_emails:  # two namesakes: make the second one distinct
                local, domain = email.split("@")
                email = f"{local}{rng.between(1, 9)}@{domain}"
            used_emails.add(email)

        line1 = line2 = postal = city = country = None
        if rng.random() < 0.85:
            line1, line2, postal, city = loc.address(rng)
            country = loc.country

        preferred = None
        if loc.country == "CN":
            if rng.random() < 0.08:
                preferred = rng.pick(_CN_ENGLISH_NAMES)
        elif given in _NICKNAMES and rng.random() < 0.2:
            preferred = _NICKNAMES[given]

        language = loc.language
        if language != "en" and rng.random() < 0.1:
            language = "en"

        client = ClientFields(
            given_name=given,
            family_name=family,
            preferred_name=preferred,
            date_of_birth=born,
            sex=sex,
            phone=phone,
            email=email,
            address_line1=line1,
            address_line2=line2,
            postal_code=postal,
            city=city,
            country=country,
            preferred_language=language,
            referral_source=rng.pick(loc.referrals) if rng.random() < 0.75 else None,
            marketing_consent=rng.random() < 0.4,
            notes=rng.pick(loc.notes) if rng.random() < 0.2 else None,
        )
        if born is not None and national is not None:
            seen += 1
            entry = (client, loc.country, national, fmt)
            if len(earlier) < 1000:
                earlier.append(entry)
            else:
                slot = rng.below(seen)
                if slot < len(earlier):
                    earlier[slot] = entry
        yield client


def _near_duplicate(rng: _Dice, entry: tuple[ClientFields, str, str, int]) -> ClientFields:
    """The same person entered again: same name and birth date, phone typed another way."""
    original, country, national, fmt = entry
    formats, _ = _PHONE_FORMATS[country]
    other = rng.pick([i for i in range(len(formats)) if i != fmt])
    return replace(
        original,
        phone=formats[other](national),
        email=original.email if rng.random() < 0.5 else None,
        notes=None,
        marketing_consent=False,
    )
