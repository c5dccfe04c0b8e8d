"""The featured-session form → the API's campaign input, validated by the API's own schema
(one set of rules), and the choices and names the campaign pages show."""

from __future__ import annotations

import datetime as dt

import marshmallow as ma
from werkzeug.datastructures import MultiDict

from recruit import clock
from recruit.campaigns.models import Campaign
from recruit.campaigns.schemas import CampaignInSchema, CampaignPatchSchema
from recruit.codes import classifications, enums
from recruit.errors import AppError
from recruit.web import forms, places

KIND_NAMES = {
    "graduates": "高校毕业生专场",
    "migrant_workers": "农民工专场",
    "hubei_workers": "湖北籍劳动者专场",
    "poverty_labour": "建档立卡贫困劳动力专场",
    "key_enterprises": "重点企业专场",
    "industry": "行业专场",
    "region": "地区专场",
}
STATE_NAMES = {"scheduled": "未开始", "running": "进行中", "ended": "已结束"}
RULE_NAMES = {"rule_welcomes_group": "岗位欢迎目标群体", "rule_employer_region": "用人单位在目标地区",
              "rule_occupation": "职业在所选范围内", "rule_industry": "行业在所选范围内"}
SOURCE_NAMES = {"rule": "按规则纳入", "employer": "单位报名", "operator": "运营人员加入"}
LISTS = ("target_groups", "industries", "occupations")
# the order fields are named in when several are wrong (the form's order)
FIELDS = ("name", "kind", "target_groups", "regions", "industries", "occupations", "starts_at", "ends_at")


def _codes(form: MultiDict, name: str) -> list[str]:
    """Ticked boxes plus finer codes typed in `<name>_more` (comma or space separated)."""
    typed = (form.get(f"{name}_more") or "").replace("，", ",").replace(",", " ").split()
    return list(dict.fromkeys([*form.getlist(name), *typed]))


def chosen_region(form: MultiDict, own: str | None) -> str | None:
    """The picker's most specific choice (county, else city, else province), if any. A choice
    as wide as the operator's own region or wider (the province above a city's operator) means
    the whole region: nothing to add."""
    for name in ("region_county", "region_city", "region_province"):
        value = (form.get(name) or "").strip()
        if value:
            return None if own and own.startswith(value) else value
    return None


def form_values(form: MultiDict, own: str | None) -> dict:
    """What the operator typed, to show again with the errors."""
    values: dict = {k: (form.get(k) or "").strip() for k in ("name", "kind", "starts_at", "ends_at",
                                                             "industries_more", "occupations_more")}
    for name in LISTS:
        values[name] = form.getlist(name)
    chosen = chosen_region(form, own)
    values["regions"] = list(dict.fromkeys([*form.getlist("regions"), *([chosen] if chosen else [])]))
    for rule in RULE_NAMES:
        values[rule] = rule in form
    return values


def campaign_values(c: Campaign) -> dict:
    values: dict = {k: getattr(c, k) for k in ("name", "kind", *LISTS, "regions", *RULE_NAMES)}
    values["starts_at"] = clock.day_of(c.starts_at).isoformat()
    values["ends_at"] = clock.last_day(c.ends_at).isoformat()
    values["industries_more"] = values["occupations_more"] = ""
    return values


def _start_of_day(text: str) -> str:
    day = dt.date.fromisoformat(text)
    return dt.datetime.combine(day, dt.time.min, clock.CST).isoformat()


def campaign_input(form: MultiDict, own: str | None,
                   current: Campaign | None = None) -> tuple[dict | None, dict[str, str]]:
    """(data for the service, {field: message}). Dates are Beijing days: the session starts at
    the first day's 00:00 and ends at the last day's 24:00. Editing, a date left as shown keeps
    the exact moment the campaign has."""
    errors: dict[str, str] = {}
    raw: dict = {"name": (form.get("name") or "").strip(), "kind": (form.get("kind") or "").strip(),
                 "regions": form_values(form, own)["regions"], "target_groups": form.getlist("target_groups"),
                 "industries": _codes(form, "industries"), "occupations": _codes(form, "occupations")}
    raw.update({rule: rule in form for rule in RULE_NAMES})
    shown = campaign_values(current) if current is not None else {}
    for name, convert in (("starts_at", _start_of_day), ("ends_at", clock.end_of_day)):
        text = (form.get(name) or "").strip()
        if current is not None and text == shown[name]:
            continue
        if not text:
            errors[name] = "请选择日期"
            continue
        try:
            raw[name] = convert(text)
        except ValueError:
            errors[name] = "日期格式应为 YYYY-MM-DD"
    if not raw["name"]:
        errors["name"] = "请填写专场名称"
    if not raw["kind"]:
        errors["kind"] = "请选择专场类型"
    schema = CampaignPatchSchema(partial=True) if current is not None else CampaignInSchema()
    try:
        data = schema.load({k: v for k, v in raw.items() if k not in errors})
    except ma.ValidationError as exc:
        for field, messages in exc.normalized_messages().items():
            errors.setdefault(field, forms.first_message(messages))
        return None, errors
    if errors:
        return None, errors
    if current is not None:  # the same window as an object: the service checks start < end
        data.setdefault("starts_at", current.starts_at)
        data.setdefault("ends_at", current.ends_at)
        if data["starts_at"] >= data["ends_at"]:
            return None, {"ends_at": "结束时间须晚于开始时间"}
    return data, {}


def service_errors(exc: AppError) -> dict[str, str]:
    """A refusal by the service, next to the field it is about (a region outside the operator's)."""
    if exc.code == "out_of_region":
        return {"regions": exc.message}
    return forms.field_errors(exc)


def first_field(errors: dict[str, str]) -> str | None:
    return next((f for f in FIELDS if f in errors), next(iter(errors), None))


def choices(prefix: str | None) -> dict:
    return {"kinds": KIND_NAMES, "groups": enums.PRIORITY_GROUPS, "rules": RULE_NAMES,
            "industries": classifications.industry_sections(),
            "occupations": classifications.occupation_major_groups(),
            "picker": places.picker_within(prefix)}


def _named(code: str, name: str | None) -> str:
    return f"{code} {name}" if name else code


def describe(c: Campaign) -> dict:
    """The campaign's rules in words, for its page and the list."""
    return {"kind": KIND_NAMES.get(c.kind, c.kind), "state": STATE_NAMES[c.state()],
            "groups": [enums.PRIORITY_GROUPS.get(g, g) for g in c.target_groups],
            "regions": [places.prefix_name(r) for r in c.regions] or ["全国"],
            "industries": [_named(code, classifications.industry_sections().get(code)
                                  or classifications.industry_name(code)) for code in c.industries],
            "occupations": [_named(code, classifications.occupation_major_groups().get(code)
                                   or classifications.occupation_middle_groups().get(code))
                            for code in c.occupations],
            "rules": [name for rule, name in RULE_NAMES.items() if getattr(c, rule)],
            "starts": clock.day_of(c.starts_at).isoformat(), "ends": clock.last_day(c.ends_at).isoformat()}
