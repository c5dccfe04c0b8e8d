import marshmallow as ma
from stdnum.cn import uscc

from recruit.codes import validators


class EmployerCreateSchema(ma.Schema):
    name = ma.fields.String(required=True, validate=ma.validate.Length(min=2, max=100))
    credit_code = ma.fields.String(
        required=True, validate=validators.credit_code,
        metadata={"description": "统一社会信用代码（GB 32100，18位，含校验位）"},
    )
    region_code = ma.fields.String(
        required=True, validate=validators.region_code,
        metadata={"description": "注册地行政区划代码（GB/T 2260）"},
    )
    address = ma.fields.String(load_default=None, validate=ma.validate.Length(max=200))

    @ma.pre_load
    def _normalize(self, data, **kwargs):
        if isinstance(data, dict) and isinstance(data.get("credit_code"), str):
            data = {**data, "credit_code": uscc.compact(data["credit_code"])}
        return data


class EmployerSchema(ma.Schema):
    id = ma.fields.Integer()
    name = ma.fields.String()
    credit_code = ma.fields.String()
    region_code = ma.fields.String()
    address = ma.fields.String(allow_none=True)
    created_at = ma.fields.DateTime()
