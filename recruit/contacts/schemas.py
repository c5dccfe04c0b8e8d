import marshmallow as ma


class ContactRequestCreateSchema(ma.Schema):
    message = ma.fields.String(load_default=None, allow_none=True,
                               validate=ma.validate.Length(max=200))


class ContactRequestSchema(ma.Schema):
    id = ma.fields.Integer()
    employer_id = ma.fields.Integer()
    employer_name = ma.fields.Function(lambda r: r.employer.name)
    jobseeker_id = ma.fields.Integer()
    message = ma.fields.String(allow_none=True)
    status = ma.fields.String(metadata={"description": "pending / accepted / declined"})
    created_at = ma.fields.DateTime()
    responded_at = ma.fields.DateTime(allow_none=True)
