"""Property-based run over the jobseeker and application endpoints (schemathesis).

Every operation is called with a valid token of a role that may call it, with data generated
from its OpenAPI schema, a bounded number of times. Whatever the input: never a 5xx.
"""

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from tests.factories import resume_payload

# the jobseeker's side and the application pipeline (employers' own pages belong elsewhere)
PATHS = (r"^/api/v1/(jobseekers/|me/|resumes/|applications/"
         r"|vacancies/\{vacancy_id\}/applications)")
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "20"))


@pytest.fixture
def tokens(make_employer, make_jobseeker, make_vacancy):
    """One of each role, with some data for the generated ids to hit."""
    employer = make_employer()
    seeker = make_jobseeker()
    seeker.client.patch("/api/v1/jobseekers/me", headers=seeker.headers, json=resume_payload())
    for _ in range(3):
        vacancy = make_vacancy(employer)
        application = seeker.post(f"/api/v1/vacancies/{vacancy['id']}/applications").get_json()
        employer.post(f"/api/v1/resumes/{seeker.extra['profile']['id']}/contact-requests")
        seeker.post("/api/v1/me/saved-searches", json={"name": "电工", "query": {"q": "电工"}})
    assert application["id"] >= 3
    return {"jobseeker": seeker.headers, "employer": employer.headers}


def _operations(app):
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app).include(path_regex=PATHS)
    return [result.ok() for result in schema.get_all_operations()]


def _fuzz(operation, auth: dict) -> set[int]:
    """Run one operation EXAMPLES times; returns the status codes seen."""
    codes: set[int] = set()

    @given(case=operation.as_strategy())
    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    def call(case):
        response = case.call(headers={**(case.headers or {}), **auth})
        codes.add(response.status_code)
        case.validate_response(response, checks=[not_a_server_error])

    call()
    return codes


def test_no_input_makes_a_server_error(app, search, tokens):
    # (schemathesis' pytest loader does not run under pytest 9 yet: drive its strategies directly)
    operations = _operations(app)
    assert len(operations) >= 15
    seen: dict[str, set[int]] = {}

    for operation in operations:
        # access() writes "调用者：<roles>" into each operation's description
        roles = operation.definition.raw.get("description", "").split("调用者：")[-1]
        auth = tokens["jobseeker" if "jobseeker" in roles else "employer"]
        seen[operation.label] = _fuzz(operation, auth)
    # the calls were authenticated: most operations got past access control to a success
    succeeded = {label for label, codes in seen.items() if any(200 <= c < 300 for c in codes)}
    assert len(succeeded) >= len(operations) // 3, seen
    assert not any(403 in codes for codes in seen.values()), seen
    # 401 only where a wrong password is the answer (deleting the account)
    assert {label for label, codes in seen.items() if 401 in codes} <= {"DELETE /api/v1/jobseekers/me"}


WHOLE_SPEC_EXAMPLES = int(os.environ.get("FUZZ_WHOLE_SPEC_EXAMPLES", "8"))
# calls that end the caller's sessions go last, so the others are made signed in
_ENDS_SESSIONS = ("/auth/logout", "/me/password", "/jobseekers/me")


def test_no_operation_of_the_whole_spec_makes_a_server_error(app, search, tokens, make_staff):
    """Every operation of the spec, called as a role that may call it, with generated data."""
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app)
    operations = sorted((result.ok() for result in schema.get_all_operations()),
                        key=lambda op: (any(p in op.path for p in _ENDS_SESSIONS)
                                        and op.method.upper() in ("POST", "DELETE"), op.label))
    assert len(operations) >= 80
    staff = {"operator": make_staff("operator").headers, "admin": make_staff("admin").headers}
    by_role = {**tokens, **staff}
    for operation in operations:
        roles = operation.definition.raw.get("description", "").split("调用者：")[-1]
        role = next((r for r in ("jobseeker", "employer", "operator", "admin") if r in roles), "jobseeker")
        _call_without_5xx(operation, by_role[role])


def _call_without_5xx(operation, auth: dict) -> None:
    @given(case=operation.as_strategy())
    @settings(max_examples=WHOLE_SPEC_EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def call(case):
        response = case.call(headers={**(case.headers or {}), **auth})
        case.validate_response(response, checks=[not_a_server_error])

    call()
