import marshmallow as ma

from recruit.codes import validators
from recruit.privacy import PersonalDataError, normalize_resident_id


def validate_resident_id(value: str) -> None:
    try:
        normalize_resident_id(value)
    except PersonalDataError as exc:
        raise ma.ValidationError(str(exc)) from exc


class JobseekerCreateSchema(ma.Schema):
    name = ma.fields.String(required=True, validate=ma.validate.Length(min=1, max=50))
    resident_id = ma.fields.String(
        required=True, load_only=True, validate=validate_resident_id,
        metadata={"description": "居民身份证号码（GB 11643，18位，含校验位）；只存密文，永不明文返回"},
    )
    current_region_code = ma.fields.String(
        required=True, validate=validators.region_code,
        metadata={"description": "现居住地行政区划代码（GB/T 2260）"},
    )


class JobseekerSchema(ma.Schema):
    id = ma.fields.Integer()
    name = ma.fields.String()
    resident_id = ma.fields.String(attribute="resident_id_masked",
                                   metadata={"description": "已脱敏，如 4201**********123X"})
    birth_date = ma.fields.Date()
    gender = ma.fields.String()
    hukou_region_code = ma.fields.String()
    current_region_code = ma.fields.String()
