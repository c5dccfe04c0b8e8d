from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from recruit.accounts.auth import access, current_account
from recruit.jobseekers import personal_data, schemas, service

blp = Blueprint("jobseekers", __name__, url_prefix="/api/v1/jobseekers", description="求职者")


@blp.route("/me")
class MyProfile(MethodView):
    @access(blp, "jobseeker")
    @blp.arguments(schemas.JobseekerCreateSchema)
    @blp.response(201, schemas.JobseekerSchema)
    def post(self, data: dict[str, Any]) -> Any:
        """建立求职者档案与简历（出生日期、性别、户籍地由身份证号码得出）"""
        return service.create_profile(current_account(), **data)

    @access(blp, "jobseeker")
    @blp.response(200, schemas.JobseekerSchema)
    def get(self) -> Any:
        """我的档案与简历（身份证号码已脱敏）"""
        return service.of_account(current_account())

    @access(blp, "jobseeker")
    @blp.arguments(schemas.ResumeSchema)
    @blp.response(200, schemas.JobseekerSchema)
    def patch(self, data: dict[str, Any]) -> Any:
        """修改简历（只改给出的字段；列表整体替换；身份证号码不可修改）"""
        return service.update_resume(current_account(), data)

    @access(blp, "jobseeker")
    @blp.arguments(schemas.PasswordConfirmSchema)
    @blp.response(204)
    def delete(self, data: dict[str, Any]) -> None:
        """注销账号：删除个人信息，投递记录匿名保留（统计数字不变）。须输入密码确认"""
        personal_data.erase(current_account(), **data)


@blp.route("/me/export")
class MyData(MethodView):
    @access(blp, "jobseeker")
    @blp.response(200, schemas.ExportSchema)
    def get(self) -> Any:
        """下载我的全部数据（JSON）"""
        return personal_data.export(current_account())
