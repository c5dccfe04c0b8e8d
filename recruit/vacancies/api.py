from flask.views import MethodView
from flask_smorest import Blueprint

from recruit.accounts.auth import PUBLIC, access, current_account
from recruit.vacancies import schemas, service

blp = Blueprint("vacancies", __name__, url_prefix="/api/v1", description="岗位")


@blp.route("/vacancies")
class Vacancies(MethodView):
    @access(blp, "employer")
    @blp.arguments(schemas.VacancyCreateSchema)
    @blp.response(201, schemas.VacancySchema)
    def post(self, data):
        """发布岗位"""
        return service.create(current_account(), data)


@blp.route("/vacancies/<int:vacancy_id>")
class VacancyDetail(MethodView):
    @access(blp, PUBLIC)
    @blp.response(200, schemas.VacancySchema)
    def get(self, vacancy_id):
        """岗位详情（已发布岗位公开）"""
        return service.get_visible(vacancy_id, None)


@blp.route("/employers/me/vacancies")
class MyVacancies(MethodView):
    @access(blp, "employer")
    @blp.response(200, schemas.VacancySchema(many=True))
    def get(self):
        """本单位的岗位（各状态）"""
        return service.list_own(current_account())
