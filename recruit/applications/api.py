from flask.views import MethodView
from flask_smorest import Blueprint

from recruit.accounts.auth import access, current_account
from recruit.applications import schemas, service

blp = Blueprint("applications", __name__, url_prefix="/api/v1", description="投递与录用")


@blp.route("/vacancies/<int:vacancy_id>/applications")
class VacancyApplications(MethodView):
    @access(blp, "jobseeker")
    @blp.arguments(schemas.ApplySchema)
    @blp.response(201, schemas.ApplicationSchema)
    @blp.alt_response(200, schema=schemas.ApplicationSchema, description="已投递过：返回原记录")
    def post(self, data, vacancy_id):
        """投递简历"""
        application, created = service.apply(current_account(), vacancy_id, **data)
        return application, 201 if created else 200

    @access(blp, "employer")
    @blp.response(200, schemas.EmployerApplicationSchema(many=True))
    def get(self, vacancy_id):
        """本单位岗位的投递人（身份证号脱敏；投递即同意该单位查看手机号）"""
        return service.list_for_vacancy(current_account(), vacancy_id)


@blp.route("/me/applications")
class MyApplications(MethodView):
    @access(blp, "jobseeker")
    @blp.response(200, schemas.ApplicationSchema(many=True))
    def get(self):
        """我的投递"""
        return service.list_mine(current_account())


@blp.route("/applications/<int:application_id>/hire")
class Hire(MethodView):
    @access(blp, "employer")
    @blp.arguments(schemas.HireSchema)
    @blp.response(200, schemas.ApplicationSchema)
    def post(self, data, application_id):
        """录用（不会超过岗位招聘人数）"""
        return service.hire(current_account(), application_id, **data)
