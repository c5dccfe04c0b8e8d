"""Who may call what: every route (method + URL rule) x role x relation -> the answer.

Read by tests/test_access_matrix.py, which fails on a route missing here, on a row with no
route, and on any answer that differs. Adding a route is adding one `R(...)` line.

Columns of `own` (one code each, in this order): anonymous, jobseeker, employer (member of an
ordinary organisation), agency (member of an HR agency the employer authorised), operator
(region prefix 4201), admin. The ids in the URL are then the caller's own: the employer's
vacancy (posted for it by the agency), the jobseeker's application to it, a campaign, a
membership and an employer inside the operator's region, and so on (the test's `world`).

Codes: "ok" = allowed (anything but 401/403/404/5xx: 200, 201, 204, 409, 422 ...), "401"
(not signed in; for the web pages /employer/* and /ops/* the redirect to their sign-in page),
"403" (wrong role, or a region asked for by name outside the operator's), "404" (not yours,
or not there: an id out of scope never confirms it exists).

Relations: `tenant` = the answer to a jobseeker/employer/agency who is allowed on its own ids
when the ids are another tenant's (another jobseeker's application, another employer's
vacancy); `region` = the answer to an operator when the ids (or the `region` argument) are
outside its prefix. Admins are national: allowed on their own ids, allowed on the others.
`None` = the route takes no id or region, so there is no other relation to try.

`body`/`query`/`form` values may name the world's ids as "{vacancy_id}" or "{region}", filled
per relation like the URL. `last` rows change the world for everyone after them (erasure,
revoking the agency, closing the vacancy, signing in and out): the test runs them at the end,
in this file's order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ROLES = ("anonymous", "jobseeker", "employer", "agency", "operator", "admin")
CODES = ("ok", "401", "403", "404")


@dataclass(frozen=True)
class Row:
    method: str
    rule: str
    own: tuple[str, ...]
    tenant: str | None = None
    region: str | None = None
    body: dict | None = None
    query: dict = field(default_factory=dict)
    form: dict = field(default_factory=dict)
    last: bool = False

    @property
    def web(self) -> bool:
        return self.rule.startswith(("/employer/", "/ops/"))


def R(method: str, rule: str, own: str, tenant: str | None = None, region: str | None = None,
      **kw) -> Row:
    return Row(method, rule, tuple(own.split()), tenant, region, **kw)


PERIOD = {"start": "2020-01-01", "end": "2020-06-30", "region": "{region}"}
CAMPAIGN = {"name": "春风行动专场", "kind": "region", "regions": ["{region}"],
            "starts_at": "2020-01-01T00:00:00+08:00", "ends_at": "2020-02-01T00:00:00+08:00"}
V, A = "/api/v1", "/api/v1/employers/me"

#   method    rule                                                  anon jobs empl agcy oper admn
MATRIX: list[Row] = [
    # -- public -------------------------------------------------------------------------------
    R("GET", "/healthz", "ok ok ok ok ok ok"),
    R("GET", "/readyz", "ok ok ok ok ok ok"),
    # by network, not by role: from this machine (METRICS_NETWORKS) yes, from elsewhere 404
    # (tests/test_observability.py); the test client calls from 127.0.0.1
    R("GET", "/metrics", "ok ok ok ok ok ok"),
    R("GET", "/api/openapi.json", "ok ok ok ok ok ok"),
    # Flask's own static route: the app has no static folder, so it serves nothing to anyone
    R("GET", "/static/<path:filename>", "404 404 404 404 404 404"),
    R("GET", "/ops/static/<path:filename>", "ok ok ok ok ok ok"),
    R("POST", f"{V}/auth/register", "ok ok ok ok ok ok", body={}),
    R("POST", f"{V}/auth/login", "ok ok ok ok ok ok", body={"phone": "123"}),
    R("POST", f"{V}/auth/codes", "ok ok ok ok ok ok", body={}),
    R("POST", f"{V}/auth/password-reset", "ok ok ok ok ok ok", body={}),
    R("POST", f"{V}/auth/refresh", "ok ok ok ok ok ok", body={}),
    R("GET", f"{V}/search/vacancies", "ok ok ok ok ok ok"),
    R("GET", f"{V}/search/vacancies/typeahead", "ok ok ok ok ok ok", query={"prefix": "电工"}),
    R("GET", f"{V}/vacancies/<int:vacancy_id>", "ok ok ok ok ok ok", "ok", "ok"),
    R("GET", f"{V}/campaigns", "ok ok ok ok ok ok"),
    R("GET", f"{V}/campaigns/<int:campaign_id>", "ok ok ok ok ok ok", "ok", "ok"),
    R("GET", f"{V}/campaigns/<int:campaign_id>/vacancies", "ok ok ok ok ok ok", "ok", "ok"),
    R("GET", f"{A}/vacancy-imports/template.csv", "ok ok ok ok ok ok"),
    # -- any signed-in account ------------------------------------------------------------------
    R("GET", f"{V}/me", "401 ok ok ok ok ok"),
    R("POST", f"{V}/me/password", "401 ok ok ok ok ok", body={}),
    # -- jobseekers -----------------------------------------------------------------------------
    R("GET", f"{V}/jobseekers/me", "401 ok 403 403 403 403"),
    R("POST", f"{V}/jobseekers/me", "401 ok 403 403 403 403", body={}),
    R("PATCH", f"{V}/jobseekers/me", "401 ok 403 403 403 403", body={}),
    R("GET", f"{V}/jobseekers/me/export", "401 ok 403 403 403 403"),
    R("GET", f"{V}/me/applications", "401 ok 403 403 403 403"),
    R("GET", f"{V}/me/applications/<int:application_id>", "401 ok 403 403 403 403", "404"),
    R("POST", f"{V}/me/applications/<int:application_id>/withdraw", "401 ok 403 403 403 403", "404",
      body={}),
    R("POST", f"{V}/vacancies/<int:vacancy_id>/applications", "401 ok 403 403 403 403", "ok", body={}),
    R("GET", f"{V}/me/contact-requests", "401 ok 403 403 403 403"),
    R("POST", f"{V}/me/contact-requests/<int:request_id>/accept", "401 ok 403 403 403 403", "404"),
    R("POST", f"{V}/me/contact-requests/<int:request_id>/decline", "401 ok 403 403 403 403", "404"),
    R("GET", f"{V}/me/group-memberships", "401 ok 403 403 403 403"),
    R("GET", f"{V}/me/pushes", "401 ok 403 403 403 403"),
    R("POST", f"{V}/me/pushes/<int:push_id>/viewed", "401 ok 403 403 403 403", "404"),
    R("GET", f"{V}/me/recommendations", "401 ok 403 403 403 403"),
    R("GET", f"{V}/me/saved-searches", "401 ok 403 403 403 403"),
    R("POST", f"{V}/me/saved-searches", "401 ok 403 403 403 403", body={}),
    R("GET", f"{V}/me/saved-searches/<int:saved_id>/new", "401 ok 403 403 403 403", "404"),
    R("PATCH", f"{V}/me/saved-searches/<int:saved_id>", "401 ok 403 403 403 403", "404",
      body={"alert": "instant"}),
    R("DELETE", f"{V}/me/saved-searches/<int:saved_id>", "401 ok 403 403 403 403", "404", last=True),
    R("GET", f"{V}/me/notifications", "401 ok 403 403 403 403"),
    R("GET", f"{V}/me/notifications/unread-count", "401 ok 403 403 403 403"),
    R("POST", f"{V}/me/notifications/<int:notification_id>/read", "401 ok 403 403 403 403", "404"),
    R("POST", f"{V}/me/notifications/read-all", "401 ok 403 403 403 403"),
    R("GET", f"{V}/me/notification-preferences", "401 ok 403 403 403 403"),
    R("PUT", f"{V}/me/notification-preferences", "401 ok 403 403 403 403",
      body={"preferences": [{"kind": "campaign_push", "channel": "sms", "enabled": False}]}),
    # -- employers and agencies -----------------------------------------------------------------
    R("POST", f"{V}/employers", "401 403 ok ok 403 403", body={}),
    R("GET", f"{A}", "401 403 ok ok 403 403"),
    R("PATCH", f"{A}", "401 403 ok ok 403 403", body={}),
    R("GET", f"{A}/members", "401 403 ok ok 403 403"),
    # the own id is the employer's owner (409: the owner stays); the agency has no such member
    R("DELETE", f"{A}/members/<int:member_id>", "401 403 ok 404 403 403", "404"),
    R("POST", f"{A}/invitations", "401 403 ok ok 403 403", body={}),
    R("GET", f"{V}/employers/invitations", "401 403 ok ok 403 403"),
    # the invitation is to the employer's own phone; the agency's member was not invited
    R("POST", f"{V}/employers/invitations/<int:invitation_id>/accept", "401 403 ok 404 403 403", "404",
      body={"code": "000000"}),
    R("GET", f"{A}/agencies", "401 403 ok ok 403 403"),
    R("POST", f"{A}/agencies", "401 403 ok ok 403 403", body={}),
    R("GET", f"{A}/clients", "401 403 ok ok 403 403"),
    R("POST", f"{V}/vacancies", "401 403 ok ok 403 403", body={}),
    R("GET", f"{A}/vacancies", "401 403 ok ok 403 403"),
    R("GET", f"{A}/vacancies/<int:vacancy_id>", "401 403 ok ok 403 403", "404"),
    R("PATCH", f"{A}/vacancies/<int:vacancy_id>", "401 403 ok ok 403 403", "404", body={"headcount": 5}),
    R("POST", f"{A}/vacancies/<int:vacancy_id>/submit", "401 403 ok ok 403 403", "404"),
    R("GET", f"{A}/vacancies/<int:vacancy_id>/transitions", "401 403 ok ok 403 403", "404"),
    R("GET", f"{V}/vacancies/<int:vacancy_id>/applications", "401 403 ok ok 403 403", "404"),
    R("GET", f"{V}/vacancies/<int:vacancy_id>/candidates", "401 403 ok ok 403 403", "404"),
    # moving the pipeline is the employer's own act, not its agency's
    R("POST", f"{V}/applications/<int:application_id>/status", "401 403 ok 404 403 403", "404",
      body={"status": "viewed"}),
    R("POST", f"{V}/applications/<int:application_id>/hire", "401 403 ok 404 403 403", "404", body={}),
    R("GET", f"{V}/resumes/<int:jobseeker_id>", "401 403 ok ok 403 403", "ok"),
    R("POST", f"{V}/resumes/<int:jobseeker_id>/contact-requests", "401 403 ok ok 403 403", "ok", body={}),
    R("POST", f"{V}/campaigns/<int:campaign_id>/enrolments", "401 403 ok ok 403 403", "404",
      body={"vacancy_id": "{vacancy_id}"}),
    R("GET", f"{A}/vacancy-imports", "401 403 ok ok 403 403"),
    R("POST", f"{A}/vacancy-imports", "401 403 ok ok 403 403"),
    R("GET", f"{A}/vacancy-imports/<int:batch_id>", "401 403 ok ok 403 403", "404"),
    R("GET", f"{A}/vacancy-imports/<int:batch_id>/errors.csv", "401 403 ok ok 403 403", "404"),
    # -- operators and admins -------------------------------------------------------------------
    R("GET", f"{V}/employers/<int:employer_id>", "401 403 403 403 ok ok", region="404"),
    R("PATCH", f"{V}/employers/<int:employer_id>/flags", "401 403 403 403 ok ok", region="404",
      body={"poverty_alleviation": None}),
    R("GET", f"{V}/review/vacancies", "401 403 403 403 ok ok", region="403", query={"region": "{region}"}),
    R("GET", f"{V}/review/vacancies/<int:vacancy_id>", "401 403 403 403 ok ok", region="404"),
    R("POST", f"{V}/review/vacancies/<int:vacancy_id>/approve", "401 403 403 403 ok ok", region="404",
      body={}),
    R("POST", f"{V}/review/vacancies/<int:vacancy_id>/reject", "401 403 403 403 ok ok", region="404",
      body={"reason": "岗位描述含有歧视性内容"}),
    R("GET", f"{V}/verification/memberships", "401 403 403 403 ok ok", region="403",
      query={"region": "{region}"}),
    R("POST", f"{V}/verification/memberships/<int:membership_id>/approve", "401 403 403 403 ok ok",
      region="404", body={}),
    R("POST", f"{V}/verification/memberships/<int:membership_id>/reject", "401 403 403 403 ok ok",
      region="404", body={"reason": "退役证编号与名册不符"}),
    R("POST", f"{V}/campaigns", "401 403 403 403 ok ok", region="403", body=CAMPAIGN),
    R("GET", f"{V}/operations/campaigns", "401 403 403 403 ok ok"),
    R("GET", f"{V}/operations/campaigns/<int:campaign_id>", "401 403 403 403 ok ok", region="404"),
    R("PATCH", f"{V}/campaigns/<int:campaign_id>", "401 403 403 403 ok ok", region="404",
      body={"name": "春风行动（延期）"}),
    R("PUT", f"{V}/campaigns/<int:campaign_id>/members/<int:vacancy_id>", "401 403 403 403 ok ok",
      region="404"),
    R("DELETE", f"{V}/campaigns/<int:campaign_id>/members/<int:vacancy_id>", "401 403 403 403 ok ok",
      region="404"),
    R("POST", f"{V}/campaigns/<int:campaign_id>/push", "401 403 403 403 ok ok", region="404", body={}),
    R("GET", f"{V}/campaigns/<int:campaign_id>/funnel", "401 403 403 403 ok ok", region="404"),
    R("GET", f"{V}/campaigns/<int:campaign_id>/fairness", "401 403 403 403 ok ok", region="404"),
    R("GET", f"{V}/reports/headline", "401 403 403 403 ok ok", region="403", query=PERIOD),
    R("GET", f"{V}/reports/breakdown", "401 403 403 403 ok ok", region="403", query={**PERIOD, "by": "day"}),
    R("GET", f"{V}/reports/export.csv", "401 403 403 403 ok ok", region="403", query=PERIOD),
    R("GET", f"{V}/reports/sentence", "401 403 403 403 ok ok", region="403",
      query={"as_of": "2020-06-30", "region": "{region}"}),
    R("GET", f"{V}/reports/key-enterprises", "401 403 403 403 ok ok", region="403",
      query={"region": "{region}"}),
    R("GET", f"{V}/admin/audit", "401 403 403 403 403 ok"),
    R("GET", f"{V}/admin/partner-keys", "401 403 403 403 403 ok"),
    R("POST", f"{V}/admin/partner-keys", "401 403 403 403 403 ok", body={"name": "某招聘平台"}),
    R("POST", f"{V}/admin/partner-keys/<int:key_id>/revoke", "401 403 403 403 403 ok"),
    # partner platforms: a partner key in X-Partner-Key, never a person's token (tests/test_partner_feed.py)
    R("GET", f"{V}/stream", "401 401 401 401 401 401"),
    R("GET", f"{V}/stream/snapshot", "401 401 401 401 401 401"),
    R("GET", f"{V}/ops/queues", "401 403 403 403 ok ok"),
    R("POST", f"{V}/accounts/unlock", "401 403 403 403 ok ok", body={"phone": "{employer_phone}"}),
    R("GET", f"{V}/employers/verification-queue", "401 403 403 403 ok ok"),
    R("GET", f"{V}/employers/resume-view-flags", "401 403 403 403 ok ok"),
    R("POST", f"{V}/employers/<int:employer_id>/verify", "401 403 403 403 ok ok", region="404", body={}),
    R("POST", f"{V}/employers/<int:employer_id>/reject", "401 403 403 403 ok ok", region="404",
      body={"reason": "营业执照信息与登记不符"}),
    # -- employer web pages (session cookie; "401" = redirect to /employer/login) ------------------
    R("GET", "/employer/login", "ok ok ok ok ok ok"),
    R("GET", "/employer/import/template.csv", "ok ok ok ok ok ok"),
    R("GET", "/employer/", "401 401 ok ok 401 401"),
    R("GET", "/employer/profile", "401 401 ok ok 401 401"),
    R("POST", "/employer/profile", "401 401 ok ok 401 401"),
    R("GET", "/employer/vacancies/new", "401 401 ok ok 401 401"),
    R("POST", "/employer/vacancies/new", "401 401 ok ok 401 401"),
    R("GET", "/employer/vacancies/<int:vacancy_id>", "401 401 ok ok 401 401", "404"),
    R("GET", "/employer/vacancies/<int:vacancy_id>/edit", "401 401 ok ok 401 401", "404"),
    R("POST", "/employer/vacancies/<int:vacancy_id>/edit", "401 401 ok ok 401 401", "404"),
    R("POST", "/employer/vacancies/<int:vacancy_id>/submit", "401 401 ok ok 401 401", "404"),
    R("GET", "/employer/import", "401 401 ok ok 401 401"),
    R("POST", "/employer/import", "401 401 ok ok 401 401"),
    R("GET", "/employer/import/<int:batch_id>/errors.csv", "401 401 ok ok 401 401", "404"),
    R("GET", "/employer/static/<path:filename>", "ok ok ok ok ok ok"),
    # the pipeline is the employer's own act, not its agency's (as in the API)
    R("POST", "/employer/applications/<int:application_id>/move", "401 401 ok 404 401 401", "404",
      form={"status": "viewed"}),
    R("GET", "/employer/vacancies/<int:vacancy_id>/candidates", "401 401 ok ok 401 401", "404"),
    R("POST", "/employer/candidates/<int:jobseeker_id>/contact", "401 401 ok ok 401 401", "ok"),
    R("GET", "/employer/contacts", "401 401 ok ok 401 401"),
    # -- operators' web pages ("401" = redirect to /ops/login) -----------------------------------
    R("GET", "/ops/login", "ok ok ok ok ok ok"),
    R("GET", "/ops/", "401 401 401 401 ok ok"),
    R("GET", "/ops/review", "401 401 401 401 ok ok"),
    R("POST", "/ops/review/<int:vacancy_id>/<any(approve, reject):decision>", "401 401 401 401 ok ok",
      region="404"),
    R("GET", "/ops/verification", "401 401 401 401 ok ok"),
    R("GET", "/ops/employers", "401 401 401 401 ok ok"),
    R("POST", "/ops/employers/<int:employer_id>/<any(approve, reject):decision>", "401 401 401 401 ok ok",
      region="404", form={"reason": "营业执照信息与登记不符"}),
    R("POST", "/ops/verification/<int:membership_id>/<any(approve, reject):decision>",
      "401 401 401 401 ok ok", region="404"),
    R("GET", "/ops/campaigns", "401 401 401 401 ok ok"),
    R("GET", "/ops/campaigns/new", "401 401 401 401 ok ok"),
    R("POST", "/ops/campaigns/new", "401 401 401 401 ok ok", form={"name": ""}),
    R("GET", "/ops/campaigns/<int:campaign_id>", "401 401 401 401 ok ok", region="404"),
    R("GET", "/ops/campaigns/<int:campaign_id>/edit", "401 401 401 401 ok ok", region="404"),
    R("POST", "/ops/campaigns/<int:campaign_id>/edit", "401 401 401 401 ok ok", region="404",
      form={"name": ""}),
    R("POST", "/ops/campaigns/<int:campaign_id>/vacancies", "401 401 401 401 ok ok", region="404",
      form={"vacancy_id": "{vacancy_id}"}),
    R("POST", "/ops/campaigns/<int:campaign_id>/vacancies/<int:vacancy_id>/remove", "401 401 401 401 ok ok",
      region="404"),
    # top_k 0 is refused on the page: the row checks who may launch without queuing tasks
    R("POST", "/ops/campaigns/<int:campaign_id>/push", "401 401 401 401 ok ok", region="404",
      form={"top_k": "0"}),
    R("GET", "/ops/campaigns/<int:campaign_id>/push/progress", "401 401 401 401 ok ok", region="404"),
    # -- last: each changes the world for the rows after it ----------------------------------------
    R("POST", "/employer/vacancies/<int:vacancy_id>/close", "401 401 ok ok 401 401", "404", last=True),
    R("POST", f"{A}/vacancies/<int:vacancy_id>/close", "401 403 ok ok 403 403", "404", body={}, last=True),
    # the employer revokes its agency; the agency's own organisation authorised no agency by that id
    R("DELETE", f"{A}/agencies/<int:agency_id>", "401 403 ok 404 403 403", "404", last=True),
    R("DELETE", f"{V}/jobseekers/me", "401 ok 403 403 403 403", body={"password": "{password}"},
      last=True),
    R("POST", "/employer/login", "ok ok ok ok ok ok", form={"phone": "{employer_phone}",
                                                            "password": "{password}"}, last=True),
    R("POST", "/ops/login", "ok ok ok ok ok ok", form={"phone": "{operator_phone}",
                                                       "password": "{password}"}, last=True),
    # signing out always ends on the sign-in page, whoever asks
    R("POST", "/employer/logout", "401 401 401 401 401 401", last=True),
    R("POST", "/ops/logout", "401 401 401 401 401 401", last=True),
    # ending the API sessions, very last: every token used above stops working (the jobseeker's
    # account is erased already); logout-all then finds every session ended (tests/test_sessions.py
    # covers it on live sessions)
    R("POST", f"{V}/auth/logout", "401 401 ok ok ok ok", last=True),
    R("POST", f"{V}/auth/logout-all", "401 401 401 401 401 401", last=True),
]
