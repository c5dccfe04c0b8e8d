from flask.views import MethodView
from flask_smorest import Blueprint

from recruit.accounts import schemas, service
from recruit.accounts.auth import PUBLIC, access, current_account
from recruit.throttle import limit

blp = Blueprint("accounts", __name__, url_prefix="/api/v1", description="账号与登录")


@blp.route("/auth/register")
class Register(MethodView):
    @access(blp, PUBLIC)
    @blp.arguments(schemas.RegisterSchema)
    @blp.response(201, schemas.AccountSchema)
    @limit("register")
    def post(self, data):
        """注册求职者或用人单位账号"""
        return service.register(**data)


@blp.route("/auth/login")
class Login(MethodView):
    @access(blp, PUBLIC)
    @blp.arguments(schemas.LoginSchema)
    @blp.response(200, schemas.TokenSchema)
    @limit("login")
    def post(self, data):
        """用手机号和密码登录，取得 Bearer 令牌"""
        return service.login(**data)


@blp.route("/me")
class Me(MethodView):
    @access(blp, "jobseeker", "employer", "operator", "admin")
    @blp.response(200, schemas.AccountSchema)
    def get(self):
        """当前账号"""
        return current_account()


@blp.route("/accounts/unlock")
class Unlock(MethodView):
    @access(blp, "operator", "admin")
    @blp.arguments(schemas.UnlockSchema)
    @blp.response(200, schemas.UnlockResultSchema)
    def post(self, data):
        """解除因登录失败过多而锁定的账号（记入审计日志）"""
        return service.unlock(current_account(), data["phone"])
