from flask.views import MethodView
from flask_smorest import Blueprint

from recruit.accounts.auth import access, current_account
from recruit.employers import schemas, service

blp = Blueprint("employers", __name__, url_prefix="/api/v1/employers", description="用人单位")


@blp.route("")
class Employers(MethodView):
    @access(blp, "employer")
    @blp.arguments(schemas.EmployerCreateSchema)
    @blp.response(201, schemas.EmployerSchema)
    def post(self, data):
        """登记用人单位（当前账号成为其成员）"""
        return service.register(current_account(), **data)


@blp.route("/me")
class MyEmployer(MethodView):
    @access(blp, "employer")
    @blp.response(200, schemas.EmployerSchema)
    def get(self):
        """本账号所属用人单位"""
        return service.of_account(current_account())
