"""Write the relevance set's data files (run once; the files are committed):

    python bench/relevance/build_set.py

vacancies.jsonl: 12 vacancies of each job kind in catalogue.py, spread over 8 cities.
queries.json and profiles.json: what people search for and who they are, with their intent.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from catalogue import BENEFIT_SETS, KINDS, PLACES

HERE = Path(__file__).parent
EMPLOYER_WORDS = ["鑫达", "华强", "楚天", "江城", "恒通", "金桥", "宏远", "新丰", "长江", "汉正"]
EMPLOYER_KINDS = ["实业有限公司", "物流有限公司", "科技有限公司", "服务有限公司", "集团有限公司"]


def vacancies(seed: int = 2020) -> list[dict]:
    rng = random.Random(seed)
    out = []
    vid = 0
    places = list(PLACES)
    for kind, (titles, occupation, _rel, low, high, education, duty) in KINDS.items():
        for n in range(12):
            vid += 1
            prefecture = places[(n + vid) % len(places)] if n % 3 else "4201"
            name, lat, lon, counties = PLACES[prefecture]
            county = rng.choice(counties)
            salary_min = rng.randrange(low, (low + high) // 2 + 1, 500)
            salary_max = rng.randrange(salary_min + 500, high + 1500, 500)
            benefits = rng.choice(BENEFIT_SETS)
            employer = rng.choice(EMPLOYER_WORDS) + rng.choice(EMPLOYER_KINDS)
            title = titles[n % len(titles)]
            perks = "、".join({"social_insurance_housing_fund": "五险一金", "room_and_board": "包吃住",
                              "social_insurance": "缴纳社保", "weekends_off": "双休", "meals": "包工作餐",
                              "transport": "交通补贴"}[b] for b in benefits)
            out.append({
                "id": vid, "kind": kind, "title": title, "employer_name": f"{name}{employer}",
                "description": f"{duty}。{('福利：' + perks + '。') if perks else ''}工作地点：{name}。",
                "region_code": county, "lat": round(lat + rng.uniform(-0.08, 0.08), 4),
                "lon": round(lon + rng.uniform(-0.08, 0.08), 4), "occupation_code": occupation,
                "education_min": education if n % 4 else "none",
                "experience_min_years": rng.choice([0, 0, 1, 2, 3]),
                "employment_type": "part_time" if n % 6 == 5 else "full_time",
                "benefits": benefits, "headcount": rng.choice([1, 2, 3, 5, 10, 20]),
                "salary_min": salary_min, "salary_max": salary_max,
                "welcomed_groups": rng.choice([[], [], ["graduate"], ["migrant_worker"], ["veteran"],
                                               ["poverty_registered", "hubei"]]),
                "days_ago": rng.randrange(0, 30),
            })
    return out


# q, intent kinds, and constraints a careful recruiter reads into the query
QUERIES = [
    ("电工", ["electrician"], {}), ("维修电工 武汉", ["electrician"], {"prefecture": "4201"}),
    ("司机", ["driver"], {}), ("货车司机", ["driver"], {}), ("快递", ["delivery"], {}),
    ("外卖骑手", ["rider"], {}), ("叉车", ["forklift"], {}), ("仓库管理", ["warehouse"], {}),
    ("厨师 包吃住", ["cook"], {"benefit": "room_and_board"}), ("服务员", ["waiter"], {}),
    ("保安 深圳", ["security"], {"prefecture": "4403"}), ("保洁", ["cleaner"], {}),
    ("养老护理", ["caregiver"], {}), ("护士", ["nurse"], {}), ("销售", ["sales"], {}),
    ("直播带货", ["ecommerce"], {}), ("客服", ["cs"], {}), ("文员", ["clerk"], {}),
    ("会计", ["accountant"], {}), ("Java开发", ["software"], {}), ("软件测试", ["tester"], {}),
    ("数据分析", ["data"], {}), ("幼师", ["teacher"], {}), ("焊工", ["welder"], {}),
    ("数控车床", ["lathe"], {}), ("普工 包吃住", ["operator"], {"benefit": "room_and_board"}),
    ("装配工", ["assembler"], {}), ("质检", ["qc"], {}), ("缝纫工", ["sewer"], {}),
    ("建筑工人", ["builder"], {}), ("水电工", ["plumber"], {}), ("机械设计", ["mech_engineer"], {}),
    ("杭州 程序员", ["software"], {"prefecture": "3301"}), ("大棚种植", ["farm"], {}),
    ("驾驶员", ["driver"], {}), ("操作工", ["operator"], {}),
]

# name, target kinds, skills, past titles, desired prefectures, expected salary, education,
# years of experience, verified groups, home prefecture
PROFILES = [
    ("货车司机老王", ["driver"], ["A2驾照"], ["货车司机"], ["4201"], 7000, "junior_middle", 8, [], "4201"),
    ("快递小李", ["delivery"], ["电动车"], ["快递员"], ["4403"], 6000, "senior_high", 2, ["migrant_worker"], "4403"),
    ("骑手小张", ["rider"], ["骑行"], ["外卖骑手"], ["4401"], 7000, "junior_middle", 1, [], "4401"),
    ("叉车师傅", ["forklift"], ["叉车证"], ["叉车司机"], ["4201", "4206"], 6000, "junior_middle", 5, [], "4201"),
    ("仓管小陈", ["warehouse"], ["盘点", "Excel"], ["仓库管理员"], ["4201"], 5000, "senior_high", 3, [], "4201"),
    ("厨师老周", ["cook"], ["川菜", "健康证"], ["厨师"], ["5101"], 7000, "none", 10, [], "5101"),
    ("服务员小刘", ["waiter"], ["接待"], ["服务员"], ["4201"], 4000, "junior_middle", 1, ["hubei"], "4201"),
    ("退役保安", ["security"], ["巡逻"], ["保安"], ["4403", "4401"], 4500, "senior_high", 4, ["veteran"], "4403"),
    ("保洁阿姨", ["cleaner"], ["清洁"], ["保洁员"], ["1101"], 3500, "none", 6, [], "1101"),
    ("护理员小吴", ["caregiver"], ["养老护理"], ["护工"], ["4201"], 5000, "junior_middle", 2, ["poverty_registered"], "4201"),
    ("护士小郑", ["nurse"], ["护士执业证"], ["护士"], ["4201", "4205"], 6000, "associate", 3, [], "4205"),
    ("销售小王", ["sales"], ["客户开发"], ["销售代表"], ["3301"], 6000, "senior_high", 2, [], "3301"),
    ("主播小美", ["ecommerce"], ["直播", "短视频"], ["直播销售员"], ["3301"], 8000, "associate", 1, ["graduate"], "3301"),
    ("客服小赵", ["cs"], ["普通话"], ["电话客服"], ["4201"], 4500, "senior_high", 1, [], "4201"),
    ("文员小孙", ["clerk"], ["Office", "档案管理"], ["行政文员"], ["1101"], 5000, "associate", 2, ["graduate"], "1101"),
    ("会计小钱", ["accountant"], ["纳税申报", "财务报表"], ["会计"], ["4401"], 7000, "bachelor", 3, [], "4401"),
    ("程序员小李", ["software"], ["Java", "数据库"], ["后端开发工程师"], ["4403", "3301"], 15000, "bachelor", 4, [], "4403"),
    ("测试小周", ["tester"], ["测试用例"], ["测试工程师"], ["4201"], 9000, "associate", 2, [], "4201"),
    ("分析师小吴", ["data"], ["数据统计", "Python"], ["数据分析师"], ["1101"], 12000, "master", 2, ["graduate"], "1101"),
    ("幼师小冯", ["teacher"], ["教师资格证"], ["幼儿教师"], ["4201"], 5000, "associate", 1, ["graduate"], "4201"),
    ("电工老陈", ["electrician"], ["电工证", "配电"], ["维修电工"], ["4201"], 7000, "senior_high", 6, [], "4201"),
    ("焊工小杨", ["welder"], ["氩弧焊", "焊工证"], ["电焊工"], ["4206", "4201"], 8000, "junior_middle", 5, ["migrant_worker"], "4206"),
    ("车工小何", ["lathe"], ["数控", "看图"], ["数控车床操作工"], ["4403"], 7000, "senior_high", 3, [], "4403"),
    ("普工小马", ["operator"], ["吃苦耐劳"], ["流水线工人"], ["4403", "4401"], 5000, "none", 1, ["poverty_registered", "hubei"], "4201"),
    ("装配小罗", ["assembler"], ["电子组装"], ["装配工"], ["4401"], 5500, "junior_middle", 2, [], "4401"),
    ("质检小高", ["qc"], ["质量检验"], ["质检员"], ["3301"], 5000, "senior_high", 2, [], "3301"),
    ("缝纫大姐", ["sewer"], ["车缝"], ["缝纫工"], ["4401", "3301"], 6000, "none", 8, [], "4401"),
    ("建筑老刘", ["builder"], ["钢筋"], ["钢筋工"], ["4201", "5101"], 8000, "none", 12, ["migrant_worker"], "4201"),
    ("水电工老林", ["plumber"], ["水电安装"], ["水电工"], ["1101"], 7000, "junior_middle", 7, [], "1101"),
    ("机械工程师小徐", ["mech_engineer"], ["CAD", "结构设计"], ["机械设计工程师"], ["4205", "4201"], 10000, "bachelor", 3, [], "4205"),
    ("种植户老黄", ["farm"], ["大棚种植"], ["种植工"], ["4206"], 4000, "none", 15, ["poverty_registered"], "4206"),
]


def main() -> None:
    (HERE / "vacancies.jsonl").write_text(
        "\n".join(json.dumps(v, ensure_ascii=False) for v in vacancies()) + "\n", encoding="utf-8")
    queries = [{"id": f"q{i + 1:02d}", "q": q, "kinds": kinds, "constraints": c}
               for i, (q, kinds, c) in enumerate(QUERIES)]
    (HERE / "queries.json").write_text(json.dumps(queries, ensure_ascii=False, indent=1), encoding="utf-8")
    profiles = []
    for i, (name, kinds, skills, titles, prefectures, salary, edu, years, groups, home) in enumerate(PROFILES):
        _, lat, lon, counties = PLACES[home]
        profiles.append({
            "id": f"p{i + 1:02d}", "name": name, "kinds": kinds, "skills": skills, "keywords": titles,
            "desired_occupations": sorted({KINDS[k][1] for k in kinds}),
            "desired_prefectures": prefectures, "expected_salary": salary, "education_level": edu,
            "experience_years": years, "groups": groups, "region_code": counties[0],
            "lat": lat, "lon": lon,
        })
    (HERE / "profiles.json").write_text(json.dumps(profiles, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(vacancies())} vacancies, {len(queries)} queries, {len(profiles)} profiles")


if __name__ == "__main__":
    main()
