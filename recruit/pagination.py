"""Offset pages, one way: services count and slice a query, the API views hand flask-smorest's
pagination parameters over and report the total in `X-Pagination`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict, TypeVar

from sqlalchemy import Select, func, select

from recruit.errors import Invalid
from recruit.extensions import db

T = TypeVar("T")
MAX_PAGE = 100_000  # flask-smorest sets no ceiling on `page`; PostgreSQL's OFFSET has one


def page_of(stmt: Select[Any], order: Any, *, offset: int, limit: int) -> tuple[list[Any], int]:
    """(the rows of one page in `order`, the total without paging) of a select of one entity."""
    total = db.session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    return list(db.session.scalars(stmt.order_by(order).offset(offset).limit(limit))), total


class Window(TypedDict):
    offset: int
    limit: int


def window(params: Any) -> Window:
    """The service's `offset`/`limit` keywords for flask-smorest's pagination parameters."""
    if params.page > MAX_PAGE:
        raise Invalid.field("page", f"页码不能超过 {MAX_PAGE}", location="query")
    return {"offset": params.first_item, "limit": params.page_size}


def answer(params: Any, result: tuple[Sequence[T], int]) -> Sequence[T]:
    """A service's (items, total) as the view's answer, the total in `X-Pagination`."""
    items, total = result
    params.item_count = total
    return items


def of_list(params: Any, items: Sequence[T]) -> Sequence[T]:
    """One page of a list that is short by nature (an employer's agencies, a vacancy's steps)."""
    window(params)  # the same ceiling on `page`
    params.item_count = len(items)
    return items[params.first_item:params.first_item + params.page_size]
