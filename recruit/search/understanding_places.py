"""Place names in search queries: the tables and rules behind understanding.py's "place" intents.

Every division in codes/data/regions.json (GB/T 2260) is known by its full name (武汉市, 江岸区,
恩施土家族苗族自治州) and by its name without the suffix (武汉, 江岸, and 恩施 without the
peoples' names of an autonomous area). Names of one character are never used (京, 沪, 粤).

Names of districts in many cities (城关, 铁西, 新华, 鼓楼, 城区: GENERIC_NAMES) are places
only after their city or province (兰州城关, 沈阳 铁西). County names that are common words
(合作, 资源, 解放, 东方, 平安, 光明, 公安, 港口, 大厂 ...: STOP_NAMES) are never places.
understanding.py also refuses a name that jieba's cut of the query puts inside a longer word
(长沙发, 武汉大学, 中山路, 和田玉, 新华书店) or that 大学/银行/公司/集团/路/街... follows
directly (NOT_BEFORE).

A name of several divisions is resolved by another place in the same query (深圳南山 -> 440305,
长春朝阳 -> 220104); else by PREFERRED (the most populous of them, for the names people use
most); else the province or prefecture of that name wins over counties (吉林 -> 22, 西安 ->
6101, 中山 -> 4420); else a name of several counties in different prefectures is not
understood at all (鼓楼, 青山, 和平): it stays in the text search.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from pypinyin import Style, lazy_pinyin, pinyin

from recruit.codes.regions import regions


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# the peoples named in autonomous areas: 恩施土家族苗族自治州 is called 恩施
_PEOPLES = _words(
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 "
    "纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 "
    "鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺")
_PEOPLE_FORMS = tuple(sorted({p + "族" for p in _PEOPLES} | {p for p in _PEOPLES if len(p) > 1},
                             key=len, reverse=True))
_SUFFIXES = ("特别行政区", "自治州", "自治县", "自治区", "自治旗", "地区", "林区", "新区",
             "省", "市", "区", "县", "盟", "旗")
# a few names in the table are in traditional characters
_SIMPLIFIED = str.maketrans("區門達嶺別", "区门达岭别")
_NOT_DIVISIONS = frozenset({"市辖区", "县", "林区", "省直辖县级行政单位", "自治区直辖县级行政单位"})

# names of districts found in many cities (城关, 铁西): a place only after their city (兰州城关)
GENERIC_NAMES = _words(
    "城区 郊区 矿区 东区 西区 市中 市中区 城关 城关区 城中 城中区 城北 城东 城西 新城 新城区 老城 新华 "
    "新华区 铁东 铁东区 铁西 铁西区 桥东 桥西 桥西区 河东 河东区 河西 向阳 向阳区 城厢 和平区 长安区 鼓楼 "
    "鼓楼区 青山 青山区 海州 海州区 永定 永定区 新城区 桥东区 东山 东安 平山 山阳 龙山 太和 金川")
# county names that are also ordinary words, brands or employers: never places
STOP_NAMES = _words(
    "资源 合作 和平 武功 比如 南部 解放 东方 前进 港口 公安 友好 通道 共和 友谊 平安 中方 凤凰 安定 "
    "延长 光明 新兴 运河 万年 东风 红旗 南岸 会同 工农 大名 富裕 清水 前锋 复兴 长子 清新 宏伟 平定 "
    "芙蓉 洞口 温泉 石门 振兴 三元 大方 互助 莲花 平和 名山 黄龙 六合 大观 二七 台前 金山 丰满 永福 "
    "双桥 月湖 文峰 高台 九龙 二道 小店 同心 宝塔 元宝 长安 安宁 江南 中原 康乐 安居 乐业 长寿 吉利 "
    "高明 海港 大厂 新区 大通 大安 清河 华容")

# names of several divisions: the reading people mean most (by population, 2020 census)
PREFERRED = {
    "朝阳": "110105", "朝阳区": "110105", "通州": "110112", "通州区": "110112",
    "南山": "440305", "南山区": "440305", "龙华": "440309", "龙华区": "440309",
    "白云": "440111", "白云区": "440111", "南沙": "440115", "南沙区": "440115",
    "宝山": "310113", "宝山区": "310113", "普陀": "310107", "普陀区": "310107",
    "长宁": "310105", "西湖": "330106", "西湖区": "330106", "滨海": "120116",
    "栖霞": "320113", "开平": "440783", "鹤山": "440784", "神农架": "429021",
    "神农架林区": "429021",
}
# Zones people name (development zones, business districts: no division of GB/T 2260): the city
# filters, the districts they lie in only rank (a posting in 光谷 is often registered under either).
# name -> (city, districts, source); reviewed by hand, each from the zone's or district's own pages.
ZONES: dict[str, tuple[str, tuple[str, ...], str]] = {
    **{n: ("420100", ("420111", "420115"), "东湖高新区管委会：托管洪山、江夏部分街道")
       for n in ("光谷", "东湖高新区", "东湖高新", "武汉光谷", "光谷软件园")},
    **{n: ("420100", ("420113", "420114"), "武汉经济技术开发区官网：托管汉南区，沌口在蔡甸区以东")
       for n in ("武汉经开区", "沌口", "武汉开发区", "汉南开发区")},
    "汉口": ("420100", ("420102", "420103", "420104"), "武汉市人民政府「武汉概况」：汉口 = 江岸、江汉、硚口"),
    "中关村": ("110100", ("110108",), "中关村科技园区海淀园管委会：中关村核心区在海淀区"),
    "望京": ("110100", ("110105",), "北京市朝阳区人民政府：望京街道"),
    **{n: ("110100", ("110114",), "北京市昌平区人民政府：回龙观、天通苑地区")
       for n in ("回龙观", "天通苑")},
    "亦庄": ("110100", ("110115", "110112"), "北京经济技术开发区管委会：亦庄新城跨大兴区、通州区"),
    **{n: ("310100", ("310115",), "上海市浦东新区人民政府：张江科学城、陆家嘴金融城、金桥、外高桥")
       for n in ("张江", "陆家嘴", "金桥", "外高桥", "张江高科")},
    "漕河泾": ("310100", ("310104", "310112"), "漕河泾新兴技术开发区：跨徐汇区、闵行区"),
    **{n: ("440300", ("440305",), "深圳市南山区人民政府：前海、科技园、蛇口在南山区")
       for n in ("前海", "深圳湾科技园", "南山科技园", "蛇口")},
    "华强北": ("440300", ("440304",), "深圳市福田区人民政府：华强北街道"),
    "下沙": ("330100", ("330104",), "杭州经开区（下沙）：原属江干区（今钱塘区；区划表为旧版）"),
    **{n: ("320500", (), "苏州工业园区管委会：园区不是 GB/T 2260 的区县，按苏州市")
       for n in ("苏州园区", "苏州工业园区", "苏州工业园")},
    "松山湖": ("441900", (), "东莞松山湖高新区管委会（东莞不设区县）"),
    **{n: ("410100", ("410105", "410104"), "郑东新区管委会：位于金水区、管城回族区以东")
       for n in ("郑东新区", "郑东")},
    **{n: ("410100", ("410184",), "郑州航空港经济综合实验区：郑州市代管，主体在新郑市")
       for n in ("航空港区", "郑州航空港", "航空港", "郑州航空港区", "航空港经济区")},
    **{n: ("410100", ("410122", "410183"), "郑州经济技术开发区管委会：托管中牟县、新密市部分乡镇")
       for n in ("郑州经开区", "郑州经济开发区")},
    **{n: ("340100", ("340111",), "合肥滨湖新区：位于包河区") for n in ("滨湖新区", "合肥滨湖")},
    **{n: ("340100", ("340104",), "合肥政务区：位于蜀山区") for n in ("合肥政务区",)},
    **{n: ("430100", ("430104",), "湖南湘江新区：核心在岳麓区（梅溪湖、麓谷）")
       for n in ("湘江新区", "梅溪湖", "麓谷", "长沙高新区")},
    **{n: ("500100", ("500112", "500105", "500106"), "重庆两江新区：跨渝北区、江北区、北碚区")
       for n in ("两江新区", "重庆两江新区")},
    **{n: ("510100", ("510116", "510107"), "四川天府新区：成都直管区跨双流区、武侯区")
       for n in ("天府新区", "成都天府新区")},
    **{n: ("440100", ("440112",), "广州开发区（科学城、知识城）：位于黄埔区")
       for n in ("广州科学城", "知识城", "广州开发区")},
    "珠江新城": ("440100", ("440106",), "广州市天河区人民政府：珠江新城"),
    **{n: ("330100", ("330108",), "杭州高新区（滨江）：与滨江区合署") for n in ("杭州高新区",)},
    **{n: ("320100", ("320115",), "南京江宁经济技术开发区：位于江宁区")
       for n in ("江宁开发区", "江宁经开区")},
    **{n: ("370200", ("370211",), "青岛西海岸新区：与黄岛区合署") for n in ("西海岸新区", "青岛西海岸")},
    "大亚湾": ("441300", ("441303",), "惠州大亚湾经济技术开发区：惠州市代管，原属惠阳区"),
}
_ZONE_CITIES = {name: city for name, (city, _, _) in ZONES.items()}
EXTRA_NAMES = {"内蒙": "150000", **_ZONE_CITIES, **{name: code for code, names in {
    # well-known areas that are no division of GB/T 2260 (towns, streets) where people look for
    # work, read as the division holding them (source: the district/town governments' own pages on
    # their administrative areas). Towns of the county-less 东莞 and 中山 and of 深圳's factory districts
    "441900": "虎门 虎门镇 厚街 厚街镇 塘厦 塘厦镇 常平 常平镇 樟木头 凤岗 凤岗镇 "
              "黄江 黄江镇 大朗 大朗镇 长安镇 寮步 寮步镇 清溪镇 石龙镇 石碣镇",
    "442000": "小榄 小榄镇 坦洲 坦洲镇 古镇镇 三乡镇 火炬开发区",
    "440306": "沙井 沙井街道 福永 福永街道 松岗 松岗街道 石岩 石岩街道",
    "440307": "布吉 布吉街道 横岗 横岗街道 坂田 坂田街道",
    "440309": "观澜 观澜街道",
}.items() for name in names.split()}, **{city + town: code for code, city, towns in (
    # every town and street of the two county-less cities, after the city's name (东莞长安, 中山古镇):
    # bare, some name districts elsewhere (长安区 of 西安); source: the cities' lists of 镇街
    ("441900", "东莞", "莞城 南城 东城 万江 石碣 石龙 茶山 石排 企石 横沥 桥头 谢岗 东坑 常平 寮步 樟木头 "
                     "大朗 黄江 清溪 塘厦 凤岗 大岭山 长安 虎门 厚街 沙田 道滘 洪梅 麻涌 望牛墩 中堂 高埗"),
    ("442000", "中山", "石岐 东区 西区 南区 五桂山 火炬 小榄 黄圃 民众 东凤 东升 古镇 沙溪 坦洲 港口 三角 "
                     "横栏 南头 阜沙 南朗 三乡 板芙 大涌 神湾")) for town in towns.split()}}
# a place name directly followed by these is part of an employer's or a street's name
NOT_BEFORE = ("大学", "学院", "银行", "公司", "集团", "路", "街", "大道", "医院", "中学", "小学",
              "航空", "日报", "电视台", "分行", "支行", "师范", "籍")


def _forms(name: str) -> set[str]:
    name = name.translate(_SIMPLIFIED)
    forms = {name}
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            base = name[: -len(suffix)]
            forms.add(base)
            while suffix.startswith("自治"):
                people = next((p for p in _PEOPLE_FORMS
                               if base.endswith(p) and len(base) - len(p) >= 2), None)
                if people is None:
                    break
                base = base[: -len(people)]
                forms.add(base)
            break
    return forms


def level(code: str) -> int:
    return 0 if code.endswith("0000") else 1 if code.endswith("00") else 2


def prefix(code: str) -> str:
    """The region filter prefix of a division: 42, 4201 or 420102."""
    return code[: (2, 4, 6)[level(code)]]


@cache
def place_table() -> dict[str, tuple[str, ...]]:
    """name people type -> the division codes of that name."""
    table: dict[str, set[str]] = {}
    for code, name in regions().items():
        if name in _NOT_DIVISIONS:
            continue
        for form in _forms(name):
            if len(form) >= 2 and form not in STOP_NAMES:
                table.setdefault(form, set()).add(code)
    for form, code in EXTRA_NAMES.items():
        table.setdefault(form, set()).add(code)
    return {form: tuple(sorted(codes)) for form, codes in table.items()}


def _reading(name: str, codes: tuple[str, ...]) -> str | None:
    """The prefix a name of these divisions means, or None when that is unclear."""
    if len(codes) == 1:
        return prefix(codes[0])
    if PREFERRED.get(name) in codes:
        return prefix(PREFERRED[name])
    top = min(level(c) for c in codes)
    tops = [c for c in codes if level(c) == top]
    if len(tops) == 1 and top < 2:
        return prefix(tops[0])  # 吉林 -> the province, 西安 -> the city, not 西安区
    common = codes[0][:4]
    return common if all(c.startswith(common) for c in codes) else None  # 伊宁 市 and 县


def read(name: str, context: list[str]) -> str | None:
    """The prefix a name means, given the prefixes of the other places in the query."""
    codes = place_table()[name]
    inside = tuple(c for c in codes if any(c.startswith(p) and prefix(c) != p for p in context))
    if not inside and name in GENERIC_NAMES:
        return None
    return _reading(name, inside or codes)


def resolve(found: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, name) of the place words chosen in text -> (start, end, prefix).

    Adjacent places that narrow each other become one (武汉市江岸区 -> 420102 over the whole
    span); a place with a narrower one elsewhere in the query gives way to it (prefix None:
    its words are consumed, it adds no filter). Unresolvable names are left out.
    """
    found = sorted(found)
    certain = [prefix(place_table()[n][0]) for _, _, n in found
               if len(place_table()[n]) == 1 and n not in GENERIC_NAMES]
    read_as = [(s, e, read(n, certain)) for s, e, n in found]
    merged: list[tuple[int, int, str]] = []
    for s, e, p in read_as:
        if p is None:
            continue
        if merged:
            ps, pe, pp = merged[-1]
            if not text[pe:s].strip() and p.startswith(pp) and p != pp:
                merged[-1] = (ps, e, p)
                continue
        merged.append((s, e, p))
    return [(s, e, None if any(q != p and q.startswith(p) for _, _, q in merged) else p)
            for s, e, p in merged]


@cache
def _slip_index() -> dict[str, frozenset[str]]:
    """A name with one character blanked (东?, ?莞) -> the names of clear reading it could be."""
    index: dict[str, set[str]] = {}
    for name, codes in place_table().items():
        if (2 <= len(name) <= 3 and name not in GENERIC_NAMES and name not in EXTRA_NAMES
                and _reading(name, codes) is not None):
            for k in range(len(name)):
                index.setdefault(name[:k] + "?" + name[k + 1:], set()).add(name)
    return {key: frozenset(names) for key, names in index.items()}


_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _sounds(ch: str) -> frozenset[str]:
    """Every reading of a character without tones (莞: guan, wan)."""
    return frozenset(pinyin(ch, heteronym=True, style=Style.NORMAL)[0]) | {lazy_pinyin(ch)[0]}


def slip(token: str) -> str | None:
    """The place name one character off the token, or None. Of the names one character off, the
    one whose other character sounds the same (广洲 -> 广州, 武汗 -> 武汉, 东菀 -> 东莞: 莞 is also
    read wan), else the only prefecture or province among those with the same first character
    (深川 -> 深圳, not the counties 深州 and 深泽); None when that leaves none or several. The
    caller checks the token is no known word."""
    found = {n for k in range(len(token)) for n in _slip_index().get(token[:k] + "?" + token[k + 1:], ())}
    found.discard(token)
    alike = {n for n in found
             if any(a != b and _sounds(a) & _sounds(b) for a, b in zip(n, token, strict=True))}
    if len(alike) != 1:
        alike = {n for n in found if n[0] == token[0] and min(level(c) for c in place_table()[n]) < 2}
    return next(iter(alike)) if len(alike) == 1 else None


def slips(text: str, cuts: set[int], covered: set[int], known: Callable[[str], bool],
          ) -> list[tuple[int, int, str, str, str]]:
    """(start, end, "place", name, "filter") for words between cuts typed one character off a place
    name (slip), where nothing else was read (covered) and the word is not known."""
    out: list[tuple[int, int, str, str, str]] = []
    for start in sorted(cuts):
        for end in (start + 2, start + 3):
            token = text[start:end]
            if (end in cuts and _HAN.fullmatch(token) and not covered & set(range(start, end))
                    and not any(token[i:j] in place_table() for i in range(len(token))
                                for j in range(i + 2, len(token) + 1))  # 长沙发: 长沙 is typed right
                    and not known(token) and (name := slip(token))):
                out.append((start, end, "place", name, "filter"))
    return out


def zone(text: str) -> tuple[str, ...] | None:
    """The districts a zone named in a place's text ranks (光谷 -> 洪山, 江夏), or None."""
    found = [n for n in ZONES if n in text]
    return ZONES[max(found, key=len)][1] or None if found else None


def split_places(word: str) -> list[int] | None:
    """Inner boundaries of a word made only of place names (广西南宁 -> [2]), else None."""
    table = place_table()
    paths: dict[int, list[int]] = {0: []}
    for i in range(len(word)):
        if i in paths:
            for j in range(i + 2, len(word) + 1):
                if j not in paths and word[i:j] in table:
                    paths[j] = [*paths[i], j]
    return paths[len(word)][:-1] if len(word) in paths else None
