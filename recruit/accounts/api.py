from typing import Any

from flask.views import MethodView
from flask_jwt_extended import get_jwt
from flask_smorest import Blueprint

from recruit.accounts import otp, schemas, service, sessions
from recruit.accounts.auth import PUBLIC, access, current_account
from recruit.throttle import limit

blp = Blueprint("accounts", __name__, url_prefix="/api/v1", description="账号与登录")
ALL_ROLES = ("jobseeker", "employer", "operator", "admin")


@blp.route("/auth/codes")
class Codes(MethodView):
    @access(blp, PUBLIC)
    @blp.arguments(schemas.CodeRequestSchema)
    @blp.response(202, schemas.CodeSentSchema)
    @blp.alt_response(429, description="同一手机号60秒内只能获取一次验证码（Retry-After）")
    @limit("otp")
    def post(self, data: dict[str, Any]) -> Any:
        """获取短信验证码（注册、找回密码、接受单位邀请）：无论手机号是否注册，回答都相同"""
        otp.request_code(data["phone"], data["purpose"])
        return {"message": "如该手机号可以接收，验证码已发送，5分钟内有效"}


@blp.route("/auth/register")
class Register(MethodView):
    @access(blp, PUBLIC)
    @blp.arguments(schemas.RegisterSchema)
    @blp.response(201, schemas.AccountSchema)
    @limit("register")
    def post(self, data: dict[str, Any]) -> Any:
        """注册求职者或用人单位账号（须先获取注册验证码）"""
        return service.register_with_code(**data)


@blp.route("/auth/password-reset")
class PasswordReset(MethodView):
    @access(blp, PUBLIC)
    @blp.arguments(schemas.PasswordResetSchema)
    @blp.response(204)
    @limit("password_reset")
    def post(self, data: dict[str, Any]) -> None:
        """凭找回密码验证码设置新密码；该账号所有登录随之失效"""
        service.reset_password(**data)


@blp.route("/auth/login")
class Login(MethodView):
    @access(blp, PUBLIC)
    @blp.arguments(schemas.LoginSchema)
    @blp.response(200, schemas.TokenSchema)
    @limit("login")
    def post(self, data: dict[str, Any]) -> Any:
        """用手机号和密码登录，取得访问令牌（15分钟）与刷新令牌；管理员还须短信验证码"""
        return service.login(**data)


@blp.route("/auth/refresh")
class Refresh(MethodView):
    @access(blp, PUBLIC)
    @blp.arguments(schemas.RefreshSchema)
    @blp.response(200, schemas.TokenSchema)
    @limit("login")
    def post(self, data: dict[str, Any]) -> Any:
        """用刷新令牌换取新的一对令牌（刷新令牌只能用一次；旧令牌再次出现则整组登录失效）"""
        return sessions.refresh(data["refresh_token"])


@blp.route("/auth/logout")
class Logout(MethodView):
    @access(blp, *ALL_ROLES)
    @blp.response(204)
    def post(self) -> None:
        """退出本次登录（访问令牌与刷新令牌一并失效）"""
        sessions.revoke(get_jwt().get("fam"))


@blp.route("/auth/logout-all")
class LogoutAll(MethodView):
    @access(blp, *ALL_ROLES)
    @blp.response(204)
    def post(self) -> None:
        """退出所有设备上的登录（含网页）"""
        sessions.logout_all(current_account())


@blp.route("/me/password")
class Password(MethodView):
    @access(blp, *ALL_ROLES)
    @blp.arguments(schemas.PasswordChangeSchema)
    @blp.response(204)
    def post(self, data: dict[str, Any]) -> None:
        """修改密码：所有设备上的登录随之失效，须重新登录"""
        service.change_password(current_account(), **data)


@blp.route("/me")
class Me(MethodView):
    @access(blp, *ALL_ROLES)
    @blp.response(200, schemas.AccountSchema)
    def get(self) -> Any:
        """当前账号"""
        return current_account()


@blp.route("/accounts/unlock")
class Unlock(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.UnlockSchema)
    @blp.response(200, schemas.UnlockResultSchema)
    def post(self, data: dict[str, Any]) -> Any:
        """解除因登录失败过多而锁定的账号（记入审计日志）"""
        return service.unlock(current_account(), data["phone"])
