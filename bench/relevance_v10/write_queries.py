"""Writes queries.jsonl (step 3). Intents are hand-written from WORLD.md §1, not from the vacancies.

intent keys: kinds (J=3), subs (J=2), exclude_kinds (J=0), place (region prefixes), conds ([name, value]),
ignored (words not graded), answerable, note.
"""

from __future__ import annotations

import json
from pathlib import Path


def I(kinds=None, subs=None, place=None, conds=None, exclude=None, ignored=None, answerable=True, note=None):  # noqa: E743
    d = {}
    if kinds:
        d["kinds"] = kinds
        d["subs"] = subs or []
    if exclude:
        d["exclude_kinds"] = exclude
    if place:
        d["place"] = place
    if conds:
        d["conds"] = conds
    if ignored:
        d["ignored"] = ignored
    d["answerable"] = answerable
    if note:
        d["note"] = note
    return d


Q = [
    # exact_title 12
    ("exact_title", "外卖骑手", I(["rider"], ["errand"])),
    ("exact_title", "快递员", I(["courier"])),
    ("exact_title", "月嫂", I(["maternity"], ["nanny"])),
    ("exact_title", "电商客服", I(["ecom_cs"])),
    ("exact_title", "网约车司机", I(["ride_hail"])),
    ("exact_title", "仓库拣货员", I(["picker"], ["packer", "sorter"])),
    ("exact_title", "带货主播", I(["host"])),
    ("exact_title", "健身教练", I(["fitness"])),
    ("exact_title", "咖啡师", I(["barista"], ["tea_maker"])),
    ("exact_title", "养老护理员", I(["elder_care"], ["nanny"])),
    ("exact_title", "叉车司机", I(["forklift"])),
    ("exact_title", "美甲师", I(["nail"])),
    # short_form 10
    ("short_form", "骑手", I(["rider", "errand"])),
    ("short_form", "保洁", I(["cleaner"], ["hotel_housekeeper"])),
    ("short_form", "普工", I(["factory_op"], ["packer", "qc"])),
    ("short_form", "客服", I(["ecom_cs"])),
    ("short_form", "主播", I(["host"])),
    ("short_form", "保姆", I(["nanny"])),
    ("short_form", "分拣", I(["sorter"], ["picker"])),
    ("short_form", "理货", I(["stocker"], ["picker"])),
    ("short_form", "司机", I(["ride_hail", "van_driver"], ["forklift"])),
    ("short_form", "奶茶", I(["tea_maker"])),
    # everyday_phrase 14
    ("everyday_phrase", "送外卖", I(["rider"], ["errand"])),
    ("everyday_phrase", "送快递的活", I(["courier"])),
    ("everyday_phrase", "在超市上货", I(["stocker"], ["picker"])),
    ("everyday_phrase", "帮人家带小孩", I(["nanny"], ["maternity"])),
    ("everyday_phrase", "伺候月子", I(["maternity"], ["nanny"])),
    ("everyday_phrase", "给老人做护理", I(["elder_care"], ["nanny"])),
    ("everyday_phrase", "开车拉人", I(["ride_hail"])),
    ("everyday_phrase", "洗头的活", I(["hair_assistant"], ["hairdresser"])),
    ("everyday_phrase", "网上直播卖货", I(["host"], ["host_assistant"])),
    ("everyday_phrase", "打字回复顾客", I(["ecom_cs"])),
    ("everyday_phrase", "厂里流水线", I(["factory_op"], ["qc", "packer"])),
    ("everyday_phrase", "饭店洗碗", I(["dishwasher"], ["kitchen_helper"])),
    ("everyday_phrase", "看大门", I(["security"])),
    ("everyday_phrase", "打包发货", I(["packer"], ["picker"])),
    # condition 16
    ("condition", "日结工资", I(conds=[["daily_pay", None]])),
    ("condition", "朝九晚五的活", I(conds=[["nine_to_six", None]])),
    ("condition", "晚上不上班", I(conds=[["day_only", None]])),
    ("condition", "不想做销售", I(conds=[["no_sales", None]])),
    ("condition", "上一天休一天", I(conds=[["rest_1_1", None]])),
    ("condition", "45岁能干的", I(conds=[["age", 45]])),
    ("condition", "五十多岁还能找什么活", I(conds=[["age", 52]])),
    ("condition", "宝妈可做", I(conds=[["mum", None], ["gender", "female"]])),
    ("condition", "女的 上白班", I(conds=[["gender", "female"], ["day_only", None]])),
    ("condition", "包吃包住", I(conds=[["board", None]])),
    ("condition", "周末双休 不加班", I(conds=[["weekends", None], ["no_overtime", None]])),
    ("condition", "暑假工", I(conds=[["summer", None]])),
    ("condition", "兼职 日结", I(conds=[["emp_type", "part_time"], ["daily_pay", None]])),
    ("condition", "没学历没经验", I(conds=[["edu", "none"], ["newbie", None]])),
    ("condition", "离地铁站近的", I(conds=[["metro", None]])),
    ("condition", "月薪8000以上", I(conds=[["pay_min", 8000]])),
    # place 9
    ("place", "城阳招聘", I(place=["370214"])),
    ("place", "昆山找工作", I(place=["320583"])),
    ("place", "义乌", I(place=["330782"])),
    ("place", "浦东新区招工", I(place=["310115"])),
    ("place", "杭州滨江", I(place=["330108"])),
    ("place", "晋江找活", I(place=["350582"])),
    ("place", "深圳宝安 工作", I(place=["440306"])),
    ("place", "济南历下区", I(place=["370102"])),
    ("place", "鼓楼区招聘", I(place=["320106", "350102"], note="鼓楼区 exists in 南京 and 福州 (also 开封, 徐州...); both data readings count")),
    # place_job 10
    ("place_job", "黄岛 保洁", I(["cleaner"], ["hotel_housekeeper"], place=["370211"])),
    ("place_job", "南京 快递员", I(["courier"], place=["3201"], answerable=False,
                                    note="set unanswerable after check.py: no courier vacancy in 南京 (data not changed)")),
    ("place_job", "广州白云 缝纫工", I(["sewing"], place=["440111"])),
    ("place_job", "北京朝阳 月嫂", I(["maternity"], ["nanny"], place=["110105"])),
    ("place_job", "苏州 奶茶店", I(["tea_maker"], ["barista"], place=["3205"])),
    ("place_job", "义乌 打包工", I(["packer"], ["picker"], place=["330782"])),
    ("place_job", "宁波北仑 叉车", I(["forklift"], place=["330206"])),
    ("place_job", "福州 外卖", I(["rider"], ["errand"], place=["3501"])),
    ("place_job", "上海徐汇 咖啡", I(["barista"], ["tea_maker"], place=["310104"])),
    ("place_job", "深圳南山 电商客服", I(["ecom_cs"], place=["440305"])),
    # combination 14
    ("combination", "青岛 骑手 不交押金", I(["rider", "errand"], place=["3702"], conds=[["no_deposit", None]])),
    ("combination", "杭州 客服 不是电销", I(["ecom_cs"], place=["3301"], conds=[["no_phone_sales", None]], exclude=["telesales"])),
    ("combination", "上海 保洁 四十八岁", I(["cleaner"], ["hotel_housekeeper"], place=["31"], conds=[["age", 48]])),
    ("combination", "昆山 普工 长白班 包吃住", I(["factory_op"], ["qc", "packer"], place=["320583"], conds=[["day_only", None], ["board", None]])),
    ("combination", "义乌 主播 无押金 双休", I(["host"], place=["330782"], conds=[["no_deposit", None], ["weekends", None]])),
    ("combination", "北京 保安 做一休一", I(["security"], place=["11"], conds=[["rest_1_1", None]])),
    ("combination", "深圳 电子厂 两班倒", I(["factory_op"], ["qc"], place=["4403"], conds=[["two_shift", None]])),
    ("combination", "离李沧近的超市", I(["stocker", "cashier"], ["picker"], place=["370213"])),
    ("combination", "南京 仓库 有班车", I(["picker", "packer", "forklift"], ["sorter"], place=["3201"], conds=[["shuttle", None]])),
    ("combination", "健身教练 不卖卡", I(["fitness"], conds=[["no_sales", None]], exclude=["membership_sales"])),
    ("combination", "广州 服务员 日结", I(["waiter"], place=["4401"], conds=[["daily_pay", None]])),
    ("combination", "宝妈 打包 只上上午", I(["packer"], conds=[["mum", None], ["gender", "female"], ["morning", None]])),
    ("combination", "杭州 月嫂 50岁", I(["maternity"], ["nanny"], place=["3301"], conds=[["age", 50]])),
    ("combination", "快递分拣 周结 女生", I(["sorter"], conds=[["weekly_pay", None], ["gender", "female"]])),
    # pinyin_typo 9
    ("pinyin_typo", "waimai", I(["rider"], ["errand"], note="pinyin of 外卖")),
    ("pinyin_typo", "yuesao", I(["maternity"], ["nanny"], note="pinyin of 月嫂")),
    ("pinyin_typo", "bjy", I(["cleaner"], ["hotel_housekeeper"], note="initials of 保洁员")),
    ("pinyin_typo", "保结", I(["cleaner"], ["hotel_housekeeper"], note="homophone slip for 保洁")),
    ("pinyin_typo", "快遞員", I(["courier"], note="traditional characters for 快递员")),
    ("pinyin_typo", "月扫", I(["maternity"], ["nanny"], note="homophone slip for 月嫂")),
    ("pinyin_typo", "电商课服", I(["ecom_cs"], note="homophone slip for 电商客服")),
    ("pinyin_typo", "外卖骑", I(["rider"], ["errand"], note="missing last character of 外卖骑手")),
    ("pinyin_typo", "网约车思机", I(["ride_hail"], note="homophone slip for 网约车司机")),
    # no_answer 6
    ("no_answer", "高薪急聘", I(ignored=["高薪", "急聘"], answerable=False, note="nothing verifiable")),
    ("no_answer", "附近的工作", I(ignored=["附近"], answerable=False, note="location of the seeker unknown")),
    ("no_answer", "宠物美容师", I(["pet_groomer"], answerable=False, note="no pet grooming in the data")),
    ("no_answer", "拉萨 导游", I(["tour_guide"], place=["5401"], answerable=False, note="neither place nor job in the data")),
    ("no_answer", "钱多事少", I(ignored=["钱多事少"], answerable=False, note="nothing verifiable")),
    ("no_answer", "飞行员", I(["pilot"], answerable=False, note="no such job in the data")),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "queries.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for i, (cat, q, intent) in enumerate(Q, 1):
            fh.write(json.dumps({"id": f"q{i:03d}", "category": cat, "q": q, "intent": intent}, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} queries")
