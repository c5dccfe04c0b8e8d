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
    code = ma.fields.String(required=True, load_only=True,
                            validate=ma.validate.Regexp(r"^\d{6}$", error="验证码为6位数字"),
                            metadata={"description": "POST /auth/codes (purpose=register) 发送的短信验证码"})


CODE_FIELD = {"validate": ma.validate.Regexp(r"^\d{6}$", error="验证码为6位数字"), "load_only": True}
PASSWORD_FIELD = {"load_only": True, "validate": ma.validate.Length(min=8, max=128)}


class LoginSchema(ma.Schema):
    phone = ma.fields.String(required=True, validate=validate_mobile)
    password = ma.fields.String(required=True, load_only=True, validate=ma.validate.Length(max=128))
    code = ma.fields.String(metadata={"description": "管理员账号：第一次提交后收到的短信验证码"},
                            **CODE_FIELD)


class CodeRequestSchema(ma.Schema):
    phone = ma.fields.String(required=True, validate=validate_mobile)
    purpose = ma.fields.String(required=True,
                               validate=ma.validate.OneOf(["register", "reset", "invitation"]),
                               metadata={"description": "register 注册 | reset 找回密码 | "
                                                        "invitation 接受单位邀请"})


class CodeSentSchema(ma.Schema):
    message = ma.fields.String(metadata={"description": "同一句话：不透露手机号是否已注册"})


class PasswordResetSchema(ma.Schema):
    phone = ma.fields.String(required=True, validate=validate_mobile)
    code = ma.fields.String(required=True, **CODE_FIELD)
    new_password = ma.fields.String(required=True, **PASSWORD_FIELD)


class PasswordChangeSchema(ma.Schema):
    current_password = ma.fields.String(required=True, load_only=True,
                                        validate=ma.validate.Length(max=128))
    new_password = ma.fields.String(required=True, **PASSWORD_FIELD)


class RefreshSchema(ma.Schema):
    refresh_token = ma.fields.String(required=True, load_only=True, validate=ma.validate.Length(max=4096))


class AccountSchema(ma.Schema):
    id = ma.fields.Integer()
    role = ma.fields.String()
    phone = ma.fields.Function(lambda a: mask_phone(a.phone), metadata={"description": "已脱敏"})
    display_name = ma.fields.String()
    employer_id = ma.fields.Integer(allow_none=True)
    region_prefix = ma.fields.String(allow_none=True)


class TokenSchema(ma.Schema):
    access_token = ma.fields.String()
    refresh_token = ma.fields.String(
        metadata={"description": "只能使用一次；POST /auth/refresh 换取新的一对令牌"})
    token_type = ma.fields.String()
    expires_in = ma.fields.Integer()
    refresh_expires_in = ma.fields.Integer()
    account = ma.fields.Nested(AccountSchema)


class UnlockSchema(ma.Schema):
    phone = ma.fields.String(required=True, validate=ma.validate.Length(min=1, max=20))


class UnlockResultSchema(ma.Schema):
    was_locked = ma.fields.Boolean(metadata={"description": "解锁前是否处于锁定状态"})
