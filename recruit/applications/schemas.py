import marshmallow as ma

from recruit.applications.models import CHANNELS


class ApplySchema(ma.Schema):
    note = ma.fields.String(load_default=None, validate=ma.validate.Length(max=500))
    channel = ma.fields.String(load_default="search", validate=ma.validate.OneOf(CHANNELS))


class HireSchema(ma.Schema):
    note = ma.fields.String(load_default=None, validate=ma.validate.Length(max=500))


class ApplicantSchema(ma.Schema):
    """What an employer sees of someone who applied to its vacancy."""

    name = ma.fields.String()
    gender = ma.fields.String()
    birth_year = ma.fields.Function(lambda j: j.birth_date.year)
    resident_id = ma.fields.String(attribute="resident_id_masked")
    # applying is consent to be contacted by this employer
    phone = ma.fields.Function(lambda j: j.account.phone)
    current_region_code = ma.fields.String()


class ApplicationSchema(ma.Schema):
    id = ma.fields.Integer()
    vacancy_id = ma.fields.Integer()
    vacancy_title = ma.fields.Function(lambda a: a.vacancy.title)
    status = ma.fields.String()
    channel = ma.fields.String()
    note = ma.fields.String(allow_none=True)
    created_at = ma.fields.DateTime()
    updated_at = ma.fields.DateTime()


class EmployerApplicationSchema(ApplicationSchema):
    applicant = ma.fields.Nested(ApplicantSchema, attribute="jobseeker")
