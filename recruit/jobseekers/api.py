from flask.views import MethodView
from flask_smorest import Blueprint

from recruit.accounts.auth import access, current_account
from recruit.jobseekers import schemas, service

blp = Blueprint("jobseekers", __name__, url_prefix="/api/v1/jobseekers", description="求职者")


@blp.route("/me")
class MyProfile(MethodView):
    @access(blp, "jobseeker")
    @blp.arguments(schemas.JobseekerCreateSchema)
    @blp.response(201, schemas.JobseekerSchema)
    def post(self, data):
        """建立求职者档案（出生日期、性别、户籍地由身份证号码得出）"""
        return service.create_profile(current_account(), **data)

    @access(blp, "jobseeker")
    @blp.response(200, schemas.JobseekerSchema)
    def get(self):
        """我的档案（身份证号码已脱敏）"""
        return service.of_account(current_account())
