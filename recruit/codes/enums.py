"""Small closed code lists, with the Chinese labels people see."""

from __future__ import annotations

# ordered: a vacancy asking for level i accepts anyone at level >= i
EDUCATION_LEVELS = {
    "none": "不限",
    "junior_middle": "初中",
    "senior_high": "高中/中专/技校",
    "associate": "大专",
    "bachelor": "本科",
    "master": "硕士",
    "doctorate": "博士",
}
EDUCATION_ORDER = {code: rank for rank, code in enumerate(EDUCATION_LEVELS)}

EMPLOYMENT_TYPES = {
    "full_time": "全职",
    "part_time": "兼职",
    "temporary": "临时工",
    "internship": "实习",
    "flexible": "灵活就业",
}

BENEFITS = {
    "social_insurance_housing_fund": "五险一金",
    "social_insurance": "五险",
    "room_and_board": "包吃住",
    "meals": "包吃",
    "housing": "包住/员工宿舍",
    "transport": "交通补贴",
    "shuttle": "班车",
    "paid_leave": "带薪年假",
    "year_end_bonus": "年终奖",
    "training": "岗前培训",
    "weekends_off": "双休",
}

PRIORITY_GROUPS = {
    "graduate": "高校毕业生",
    "migrant_worker": "农民工",
    "hubei": "湖北籍劳动者",
    "poverty_registered": "建档立卡贫困劳动力",
    "employment_difficulty": "就业困难人员",
    "veteran": "退役军人",
    "disabled": "残疾人",
}
# sensitive personal information (PIPL art. 28): never shown to, nor ranked for, an employer
SENSITIVE_GROUPS = frozenset({"disabled", "poverty_registered", "employment_difficulty"})
EMPLOYER_VISIBLE_GROUPS = frozenset(PRIORITY_GROUPS) - SENSITIVE_GROUPS
# derived from the resume or the ID, never declared
DERIVED_GROUPS = frozenset({"graduate", "hubei"})
# count only after an operator verifies them
VERIFIED_GROUPS = frozenset({"poverty_registered", "employment_difficulty", "veteran", "disabled"})
# declared by the jobseeker; counts without verification
SELF_DECLARED_GROUPS = frozenset({"migrant_worker"})

RESUME_VISIBILITY = {
    "public": "对所有用人单位公开",
    "applied_only": "仅对我投递的单位可见",
    "hidden": "隐藏",
}

EMPLOYER_SIZE_BANDS = {
    "micro": "20人以下",
    "small": "20-99人",
    "medium": "100-299人",
    "large": "300-999人",
    "xlarge": "1000人及以上",
}
