"""What erasing a jobseeker does to every table and search index: the rules, as data.

Every table of the schema has a rule here (tests/test_erasure.py fails on a table without
one, and on a column referring to an account or a jobseeker that its rule does not cover):
- delete: the person's rows go;
- pseudonymise: the rows stay for what they count, the listed columns lose the person (NULL,
  or a keyed pseudonym where a column cannot be empty);
- keep: nothing of the person is there; `why` says what the table holds instead.

The counters are aggregates and stay exactly as they were (no withdrawal is counted, no
group row moves): the person's verified groups stay on their anonymised applications
(`erased_groups`) so that reconciliation still finds them.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from typing import Any

from flask import current_app
from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm.attributes import flag_modified

from recruit.accounts import otp
from recruit.accounts.models import Account, AuthSession, PhoneCode
from recruit.applications.models import Application, ApplicationEvent
from recruit.audit.models import AuditEntry
from recruit.campaigns.models import CampaignPush
from recruit.contacts.models import ContactRequest
from recruit.extensions import db
from recruit.jobseekers.models import Jobseeker
from recruit.notifications.models import (
    Notification,
    NotificationPreference,
    WechatBinding,
    WechatOutbox,
)
from recruit.notify.models import SmsOutbox
from recruit.saved_searches.models import SavedSearch
from recruit.search import outbox

ERASED_NAME = "已注销用户"


@dataclass(frozen=True)
class Rule:
    action: str  # delete | pseudonymise | keep
    why: str
    columns: tuple[str, ...] = ()  # pseudonymise: the columns that lose the person
    # columns referring to accounts that only ever hold staff or employer accounts (never a
    # jobseeker's): nothing to erase there
    staff_only: tuple[str, ...] = field(default=())


_COUNTERS = "aggregates by region, day and dimensions: no person, no id; unchanged by erasure"
_STAFF = "staff or employer accounts only; a jobseeker never acts here"

TABLES: dict[str, Rule] = {
    "accounts": Rule("pseudonymise", "a tombstone keeps the foreign keys: no phone, name or password",
                     ("phone", "display_name", "password_hash", "is_active")),
    "jobseekers": Rule("delete", "the profile: name, resident ID, places, resume"),
    "jobseeker_groups": Rule("delete", "memberships (health and welfare facts) go with the profile",
                             staff_only=("reviewed_by",)),
    "work_experiences": Rule("delete", "work history goes with the profile"),
    "saved_searches": Rule("delete", "the person's job alerts"),
    "contact_requests": Rule("delete", "requests to the person, with the employer's message",
                             staff_only=("requested_by",)),
    "campaign_pushes": Rule("delete", "what was pushed to the person (the funnel counts pushes "
                                      "of people who are still there)"),
    "applications": Rule("pseudonymise", "the applications stay (resumes submitted, hires, the "
                                         "employer's pipeline) without the person, note or key",
                         ("jobseeker_id", "note", "idempotency_key", "erased_groups")),
    "application_events": Rule("pseudonymise", "the steps stay (withdrawals, hires are counted); "
                                               "their free-text reasons and the person as actor go",
                               ("reason", "actor_id")),
    "audit_log": Rule("pseudonymise", "staff actions stay; ids of the person in the target and "
                                      "the before/after snapshots become keyed pseudonyms",
                      ("target_id", "before", "after"), staff_only=("actor_id",)),
    "search_outbox": Rule("keep", "ids waiting for the index: the erasure's own row deletes the "
                                  "person's document, then the row is gone"),
    "employers": Rule("keep", "organisations", staff_only=("owner_id", "commissioner_id", "verified_by")),
    "employer_invitations": Rule("keep", "invitations between employer accounts",
                                 staff_only=("invited_by_id", "accepted_by_id")),
    "agency_authorisations": Rule("keep", "organisations' grants", staff_only=("granted_by_id",)),
    "vacancies": Rule("keep", "job ads of organisations"),
    "vacancy_transitions": Rule("keep", _STAFF, staff_only=("actor_id",)),
    "vacancy_imports": Rule("keep", _STAFF, staff_only=("account_id",)),
    "campaigns": Rule("keep", _STAFF, staff_only=("created_by",)),
    "campaign_vacancies": Rule("keep", _STAFF, staff_only=("by_account",)),
    "fairness_exposures": Rule("keep", "sampled impression counts per day, campaign, county, surface "
                                       "and group: no person, no id (docs/fairness.md)"),
    "campaign_push_runs": Rule("keep", "a run's position and totals, no person"),
    "counter_cells": Rule("keep", _COUNTERS),
    "counter_rollups": Rule("keep", _COUNTERS),
    "employer_scope_days": Rule("keep", _COUNTERS),
    "employer_reach": Rule("keep", _COUNTERS),
    "auth_sessions": Rule("delete", "the person's sign-ins (refresh-token families, web sessions)"),
    "phone_codes": Rule("delete", "one-time codes sent to the person's phone (keyed hash)"),
    "sms_outbox": Rule("delete", "text messages to the person's phone, with their codes"),
    "notifications": Rule("delete", "the person's inbox (what happened to their applications, alerts)"),
    "notification_deliveries": Rule("delete", "the SMS and WeChat deliveries of those notifications"),
    "notification_preferences": Rule("delete", "the person's choices of kinds and channels"),
    "wechat_bindings": Rule("delete", "the person's WeChat openid"),
    "wechat_outbox": Rule("delete", "WeChat messages to the person's openid"),
    "saved_search_alerts": Rule("delete", "vacancies alerted for the person's saved searches "
                                          "(with the saved searches)"),
    "partner_keys": Rule("keep", "partner platforms' keys (a hash, never the key)",
                         staff_only=("created_by", "revoked_by")),
    "vacancy_changes": Rule("keep", "the partner feed's log: vacancy ids and transaction ids, no person"),
    "resume_views": Rule("pseudonymise", "which employer opened a resume, when: the views stay for "
                         "the quota and the operators' flag, the resume is gone (SET NULL)",
                         ("jobseeker_id",), staff_only=("account_id",)),
}

# search index -> fields and what erasure does to them. Every field of the jobseekers index
# describes the person: the document is deleted (the outbox row the erasure writes finds the
# row gone). The vacancies index holds no person: its id-like fields name organisations.
INDEX_FIELDS: dict[str, dict[str, str]] = {
    "jobseekers": {"*": "delete: the whole document"},
    "vacancies": {"id": "keep: a vacancy", "employer_id": "keep: an organisation",
                  "employer_name": "keep: an organisation", "employer_name_words": "keep: an organisation",
                  "employer_name_bigrams": "keep: an organisation", "campaign_ids": "keep: campaigns"},
}


def pseudonym(kind: str, value: int) -> str:
    """A keyed, stable stand-in for an id: the same person's audit rows still group together,
    nothing without the key links them back."""
    key = current_app.config["PII_HASH_KEY"].encode()
    return "anon:" + hmac.new(key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:16]


def _scrub(snapshot: Any, ids: dict[str, set[int]]) -> Any:
    """Replace the person's ids under *_id keys of a JSON snapshot by pseudonyms."""
    if isinstance(snapshot, dict):
        out = {}
        for k, v in snapshot.items():
            kind = {"jobseeker_id": "jobseeker", "account_id": "account", "applicant_id": "jobseeker"}.get(k)
            out[k] = pseudonym(kind, v) if kind and v in ids[kind] else _scrub(v, ids)
        return out
    if isinstance(snapshot, list):
        return [_scrub(v, ids) for v in snapshot]
    return snapshot


_AUDIT_TARGETS = {"jobseeker": "jobseeker", "account": "account", "jobseeker_group": "membership",
                  "application": "application"}


def _audit(ids: dict[str, set[int]]) -> None:
    touched = [(AuditEntry.target_type == t) & AuditEntry.target_id.in_([str(i) for i in ids[kind]])
               for t, kind in _AUDIT_TARGETS.items() if ids[kind]]
    touched += [AuditEntry.before["jobseeker_id"].astext == str(i) for i in ids["jobseeker"]]
    touched += [AuditEntry.after["jobseeker_id"].astext == str(i) for i in ids["jobseeker"]]
    touched += [AuditEntry.before["account_id"].astext == str(i) for i in ids["account"]]
    touched += [AuditEntry.after["account_id"].astext == str(i) for i in ids["account"]]
    for entry in db.session.scalars(select(AuditEntry).where(or_(*touched)).with_for_update()):
        kind = _AUDIT_TARGETS.get(entry.target_type)
        if kind and entry.target_id and entry.target_id.isdigit() and int(entry.target_id) in ids[kind]:
            entry.target_id = pseudonym(kind, int(entry.target_id))
        for column in ("before", "after"):
            scrubbed = _scrub(getattr(entry, column), ids)
            if scrubbed != getattr(entry, column):
                setattr(entry, column, scrubbed)
                flag_modified(entry, column)


def erase(account: Account, jobseeker: Jobseeker | None) -> None:
    """Apply TABLES to one person in the caller's transaction (never commits)."""
    ids: dict[str, set[int]] = {"account": {account.id}, "jobseeker": set(), "membership": set(),
                                "application": set()}
    if jobseeker is not None:
        ids["jobseeker"] = {jobseeker.id}
        ids["membership"] = {g.id for g in jobseeker.groups}
        ids["application"] = set(db.session.scalars(
            select(Application.id).where(Application.jobseeker_id == jobseeker.id)))
        groups = sorted(jobseeker.verified_groups())
        db.session.execute(update(ApplicationEvent)
                           .where(ApplicationEvent.application_id.in_(ids["application"]))
                           .values(reason=None))
        db.session.execute(update(Application).where(Application.jobseeker_id == jobseeker.id)
                           .values(jobseeker_id=None, note=None, idempotency_key=None,
                                   erased_groups=groups or None))
        for model in (CampaignPush, ContactRequest, SavedSearch):
            db.session.execute(model.__table__.delete().where(model.jobseeker_id == jobseeker.id))
        outbox.enqueue("jobseekers", jobseeker.id)
        db.session.delete(jobseeker)  # groups and work history with it
    db.session.execute(update(ApplicationEvent).where(ApplicationEvent.actor_id == account.id)
                       .values(actor_id=None))
    _audit(ids)
    db.session.execute(delete(AuthSession).where(AuthSession.account_id == account.id))
    db.session.execute(delete(PhoneCode).where(PhoneCode.phone_hash == otp.phone_hash_of(account.phone)))
    db.session.execute(delete(SmsOutbox).where(SmsOutbox.phone == account.phone))
    openids = select(WechatBinding.openid).where(WechatBinding.account_id == account.id).scalar_subquery()
    db.session.execute(delete(WechatOutbox).where(WechatOutbox.openid.in_(openids)))
    for model in (WechatBinding, NotificationPreference, Notification):  # deliveries cascade
        db.session.execute(delete(model).where(model.account_id == account.id))
    # '0' + 10 digits: unique per account and never a mobile number, so the phone is free again
    account.phone = f"0{account.id:010d}"
    account.display_name = ERASED_NAME
    account.password_hash = "!erased"
    account.is_active = False
