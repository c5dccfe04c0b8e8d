import marshmallow as ma

from recruit.privacy import PersonalDataError, mask_phone, normalize_mobile


def validate_mobile(value: str) -> None:
    try:
        normalize_mobile(value)
    except PersonalDataError as exc:
        raise ma.ValidationError(str(exc)) from exc


class RegisterSchema(ma.Schema):
    role = ma.fields.String(
        required=True,
        validate=ma.validate.OneOf(["jobseeker", "employer"]),
        metadata={"description": "自助注册只能是 jobseeker 或 employer；运营人员由管理员创建"},
    )
    phone = ma.fields.String(required=True, validate=validate_mobile)
    password = ma.fields.String(
        required=True, load_only=True, validate=ma.validate.Length(min=8, max=128)
    )
    display_name = ma.fields.String(required=True, validate=ma.validate.Length(min=1, max=50))


class LoginSchema(ma.Schema):
    phone = ma.fields.String(required=True, validate=validate_mobile)
    password = ma.fields.String(required=True, load_only=True, validate=ma.validate.Length(max=128))


class AccountSchema(ma.Schema):
    id = ma.fields.Integer()
    role = ma.fields.String()
    phone = ma.fields.Function(lambda a: mask_phone(a.phone), metadata={"description": "已脱敏"})
    display_name = ma.fields.String()
    employer_id = ma.fields.Integer(allow_none=True)
    region_prefix = ma.fields.String(allow_none=True)


class TokenSchema(ma.Schema):
    access_token = ma.fields.String()
    token_type = ma.fields.String()
    expires_in = ma.fields.Integer()
    account = ma.fields.Nested(AccountSchema)


class UnlockSchema(ma.Schema):
    phone = ma.fields.String(required=True, validate=ma.validate.Length(min=1, max=20))


class UnlockResultSchema(ma.Schema):
    was_locked = ma.fields.Boolean(metadata={"description": "解锁前是否处于锁定状态"})
