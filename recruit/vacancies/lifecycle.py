"""The vacancy lifecycle as data: the states and every allowed transition, who may make it and
what it records. Read by vacancies/service.py (`_move`: one vacancy) and by the bulk importer
(import_writer.py: a chunk's new rows set-wise in SQL); tests/test_lifecycle_parity.py checks
that the two agree for every transition the importer makes.

Every transition records a `vacancy_transitions` row (actor None for the system). Besides:
- `counts`: the first publication is a counters event (counters.VacancyPublished);
- `audit`: staff decisions add an audit row (its `after` carries `audit_detail`);
- the search outbox: the index holds published vacancies, so a move into or out of `published`
  enqueues the vacancy (`outbox_change`).
"""

from __future__ import annotations

from dataclasses import dataclass

STATES = ("draft", "pending_review", "published", "rejected", "closed")
STATUS_NAMES = {"draft": "草稿", "pending_review": "待审核", "published": "已发布", "rejected": "已退回",
                "closed": "已关闭"}
CLOSE_REASONS = ("filled", "withdrawn", "expired")
CLOSE_REASON_NAMES = {"filled": "已招满", "withdrawn": "主动撤回", "expired": "已过期"}

# who may make a transition: the vacancy's employer (or the agency posting it, and the CLI's
# import for it), staff (an operator of its region, an admin), or the system (no actor)
EMPLOYER, STAFF, SYSTEM = "employer", "staff", "system"


@dataclass(frozen=True)
class Transition:
    action: str
    sources: frozenset[str | None]  # None: the vacancy is being created
    target: str
    actors: frozenset[str]
    reason: str  # recorded when the caller gives none
    name: str  # what the action is called in a conflict message
    close_reason: str | None = None
    counts: bool = False  # the first publication counts (vacancies, positions, the employer posted)
    audit: str | None = None
    audit_detail: str = "reason"  # the key of the caller's reason in the audit row's `after`
    bulk: bool = False  # the importer applies it set-wise in SQL to a chunk's new rows
    edit: str | None = None  # an edit makes it: "any" edit, one of "substance", or one that "fills"

    def outbox_change(self, before: str | None) -> str | None:
        """The search outbox's change for a move from `before`, None when the index is unaffected."""
        if "published" not in (before, self.target):
            return None
        if before == self.target:
            return "changed"
        return "published" if self.target == "published" else "removed"

    @property
    def by_system(self) -> bool:
        return self.actors == frozenset({SYSTEM})


_OPEN = frozenset({"draft", "pending_review", "published", "rejected"})


def _t(action: str, sources: set[str | None], target: str, actors: set[str], reason: str, name: str, *,
       close_reason: str | None = None, counts: bool = False, audit: str | None = None,
       audit_detail: str = "reason", bulk: bool = False, edit: str | None = None) -> Transition:
    return Transition(action, frozenset(sources), target, frozenset(actors), reason, name, close_reason,
                      counts, audit, audit_detail, bulk, edit)


TABLE: tuple[Transition, ...] = (
    _t("create", {None}, "draft", {EMPLOYER}, "创建", "创建", bulk=True),
    _t("submit", {"draft"}, "pending_review", {EMPLOYER}, "提交审核", "提交审核", bulk=True),
    # the automatic screen, right after every move to pending_review: a clean ad publishes at once
    _t("screen_pass", {"pending_review"}, "published", {SYSTEM}, "自动筛查通过", "发布", counts=True,
       bulk=True),
    _t("approve", {"pending_review"}, "published", {STAFF}, "人工审核通过", "审核", counts=True,
       audit="vacancy.approve", audit_detail="note"),
    _t("reject", {"pending_review"}, "rejected", {STAFF}, "审核退回", "审核", audit="vacancy.reject"),
    # an edit (form or re-upload, both through service.apply_changes): see on_edit()
    _t("edit_rejected", {"rejected"}, "draft", {EMPLOYER}, "修改被退回的岗位", "修改", edit="any"),
    _t("revise", {"published"}, "pending_review", {EMPLOYER}, "修改了岗位内容，重新审核", "修改",
       edit="substance"),
    _t("rescreen", {"pending_review"}, "pending_review", {EMPLOYER}, "审核中修改了岗位内容，重新筛查",
       "修改", edit="substance"),
    _t("withdraw", set(_OPEN), "closed", {EMPLOYER}, "用人单位撤回", "关闭", close_reason="withdrawn"),
    # a hire filling the headcount, or an edit lowering it to the hires: a hire may follow a close
    _t("fill", set(_OPEN | {"closed"}), "closed", {EMPLOYER}, "录用人数已满", "关闭",
       close_reason="filled", edit="fills"),
    _t("expire", {"published"}, "closed", {SYSTEM}, "超过截止时间自动关闭", "关闭", close_reason="expired"),
)
TRANSITIONS: dict[str, Transition] = {t.action: t for t in TABLE}


def screened(step: Transition, flagged: bool) -> tuple[Transition, ...]:
    """`step` and what the automatic screen does after it: a move to pending_review of an ad
    without hits is published at once."""
    if step.target == "pending_review" and not flagged:
        return step, TRANSITIONS["screen_pass"]
    return (step,)


def creation(submit: bool, flagged: bool) -> tuple[Transition, ...]:
    """The steps of a new vacancy: created as a draft, then (submit) to review and the screen."""
    create = TRANSITIONS["create"]
    return (create, *screened(TRANSITIONS["submit"], flagged)) if submit else (create,)


def on_edit(status: str, substantive: bool, fills: bool) -> Transition | None:
    """The transition an edit of a vacancy in `status` makes (None: the status stays): an edit of
    a rejected ad returns it to draft; a change of substance sends a published or waiting ad
    (back) to review; a published ad whose headcount an edit lowered to its hires closes."""
    for step in TABLE:
        if step.edit is None:
            continue
        if step.edit == "fills" and status == "published" and fills and not substantive:
            return step  # (a hire fills from any open state: close_filled)
        if status in step.sources and (step.edit == "any" or (step.edit == "substance" and substantive)):
            return step
    return None
