"""Chinese default messages for marshmallow's fields and validators.

Every per-field error reaches people (the mobile app, partner systems, the web forms), so the
library's English defaults are replaced once, at import, for every schema in the project.
Messages a schema sets itself still win.
"""

from __future__ import annotations

import marshmallow as ma
from marshmallow import validate

_FIELDS = {
    ma.fields.Field: {"required": "缺少必填字段", "null": "不能为空", "validator_failed": "取值无效"},
    ma.fields.String: {"invalid": "应为字符串", "invalid_utf8": "不是有效的 UTF-8 字符串"},
    ma.fields.Number: {"invalid": "应为数字", "too_large": "数值过大"},
    ma.fields.Integer: {"invalid": "应为整数"},
    ma.fields.Float: {"special": "不允许 NaN 或无穷大"},
    ma.fields.Boolean: {"invalid": "应为布尔值（true 或 false）"},
    ma.fields.DateTime: {"invalid": "应为日期时间（ISO 8601）", "invalid_awareness": "日期时间须带时区",
                         "format": "无法格式化为日期时间"},
    ma.fields.Date: {"invalid": "应为日期（YYYY-MM-DD）", "format": "无法格式化为日期"},
    ma.fields.List: {"invalid": "应为列表"},
    ma.fields.Nested: {"type": "应为对象"},
    ma.fields.Mapping: {"invalid": "应为对象"},
    ma.fields.Email: {"invalid": "邮箱地址格式不正确"},
}


def install() -> None:
    for field, messages in _FIELDS.items():
        field.default_error_messages = {**field.default_error_messages, **messages}
    ma.Schema._default_error_messages = {**ma.Schema._default_error_messages,
                                         "type": "请求体应为 JSON 对象", "unknown": "未知字段"}
    validate.Length.message_min = "长度不能少于 {min}"
    validate.Length.message_max = "长度不能超过 {max}"
    validate.Length.message_all = "长度应在 {min} 到 {max} 之间"
    validate.Length.message_equal = "长度应为 {equal}"
    validate.Range.message_min = "应{min_op} {{min}}"
    validate.Range.message_max = "应{max_op} {{max}}"
    validate.Range.message_all = "应{min_op} {{min}} 且{max_op} {{max}}"
    validate.Range.message_gte, validate.Range.message_gt = "不小于", "大于"
    validate.Range.message_lte, validate.Range.message_lt = "不大于", "小于"
    validate.OneOf.default_message = "应为以下之一：{choices}"
    validate.Regexp.default_message = "格式不正确"


install()
