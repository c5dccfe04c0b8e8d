"""report cube: section and major-group keys, combinations of three to five cuts nationally and
by province (the cubes without a campaign by prefecture too), and the counters' primary keys
carrying the figures (issue 16, item 9)

Revision ID: 0017c
Revises: 0016f
Create Date: 2026-12-13 09:00:00

Built here from counter_cells, set-wise, as recruit/reporting/dimensions.ROLLUPS makes them
event by event (a frozen copy below: a migration must not change when the code does): the cells
summed by prefecture once, by province once from those and by nation once from those, then each
new dimension and level from the smallest of the three. The primary keys of counter_cells and counter_rollups are rebuilt
with INCLUDE (the five figures), so that a report reads the index alone (no heap page per row;
docs/performance.md, "Reporting counters"). `flask recruit reconcile` checks the new rows like
every other rollup row.
"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0017c'
down_revision = '0016f'
branch_labels = None
depends_on = None

_METRICS = ("vacancies_published", "positions_posted", "resumes_submitted",
            "applications_withdrawn", "placements")
_COLUMN = {"campaign": "campaign_id::text", "group": "group_code",
           "section": "left(industry_code, 1)", "industry": "industry_code",
           "major": "split_part(occupation_code, '-', 1)", "occupation": "occupation_code",
           "channel": "channel"}
_CELL_KEY = ("region_code", "day", "campaign_id", "group_code", "industry_code", "occupation_code",
             "channel")
_ROLLUP_KEY = ("dimension", "level", "region_code", "key", "day")
# (dimension, its parts, the levels added here)
_NEW = [
    ("section", ("section",), (0, 2, 4)), ("major", ("major",), (0, 2, 4)),
    ("section_occupation", ("section", "occupation"), (0, 2)),
    ("industry_major", ("industry", "major"), (0, 2)),
    ("section_major", ("section", "major"), (0, 2)),
    ("section_channel", ("section", "channel"), (0, 2)),
    ("major_channel", ("major", "channel"), (0, 2)),
    ("group_section", ("group", "section"), (0, 2)),
    ("group_major", ("group", "major"), (0, 2)),
    ("industry_occupation_channel", ("industry", "occupation", "channel"), (0, 2, 4)),
    ("section_major_channel", ("section", "major", "channel"), (0, 2, 4)),
    ("group_industry_occupation", ("group", "industry", "occupation"), (0, 2)),
    ("group_industry_channel", ("group", "industry", "channel"), (0, 2)),
    ("group_occupation_channel", ("group", "occupation", "channel"), (0, 2)),
    ("group_industry_occupation_channel", ("group", "industry", "occupation", "channel"),
     (0, 2, 4)),
    ("campaign_industry_occupation_channel", ("campaign", "industry", "occupation", "channel"),
     (0, 2)),
    ("campaign_group_industry_occupation_channel",
     ("campaign", "group", "industry", "occupation", "channel"), (0, 2)),
    ("group_section_major_channel", ("group", "section", "major", "channel"), (0, 2, 4)),
    ("campaign_section_major_channel", ("campaign", "section", "major", "channel"), (0, 2)),
    ("campaign_group_section_major_channel", ("campaign", "group", "section", "major", "channel"),
     (0, 2)),
    ("industry_major_channel", ("industry", "major", "channel"), (0, 2)),
    ("section_occupation_channel", ("section", "occupation", "channel"), (0, 2)),
    ("group_industry_major_channel", ("group", "industry", "major", "channel"), (0, 2)),
    ("group_section_occupation_channel", ("group", "section", "occupation", "channel"), (0, 2)),
]


def _primary_keys(include: bool) -> None:
    covering = f" include ({', '.join(_METRICS)})" if include else ""
    for table, key in (("counter_cells", _CELL_KEY), ("counter_rollups", _ROLLUP_KEY)):
        op.execute(f"alter table {table} drop constraint pk_{table}")
        op.execute(f"alter table {table} add constraint pk_{table} primary key ({', '.join(key)})"
                   f"{covering}")


def upgrade():
    # "campaign_group_industry_occupation_channel" (wider only: no rewrite)
    op.alter_column("counter_rollups", "dimension", type_=sa.String(60), existing_type=sa.String(20))
    op.execute("set local maintenance_work_mem = '512MB'")
    op.execute("set local work_mem = '256MB'")
    # the new rows are inserted without the index, which is built once at the end
    op.execute("alter table counter_rollups drop constraint pk_counter_rollups")
    sums = ", ".join(f"sum({m}) as {m}" for m in _METRICS)
    keys = ", ".join(_CELL_KEY[1:])
    op.execute(f"""create temporary table cube_prefecture on commit drop as
                   select left(region_code, 4) as region_code, {keys}, {sums}
                   from counter_cells group by left(region_code, 4), {keys}""")
    op.execute(f"""create temporary table cube_province on commit drop as
                   select left(region_code, 2) as region_code, {keys}, {sums}
                   from cube_prefecture group by left(region_code, 2), {keys}""")
    op.execute(f"""create temporary table cube_national on commit drop as
                   select '' as region_code, {keys}, {sums}
                   from cube_province group by {keys}""")
    sources = {0: "cube_national", 2: "cube_province", 4: "cube_prefecture"}
    for dimension, parts, levels in _NEW:
        key = " || ':' || ".join(_COLUMN[p] for p in parts)
        where = (f"(campaign_id <> 0) = {'campaign' in parts} "
                 f"and (group_code <> '') = {'group' in parts}")
        for level in levels:
            op.execute(f"""
                insert into counter_rollups ({', '.join(_ROLLUP_KEY)}, {', '.join(_METRICS)})
                select '{dimension}', {level}, left(region_code, {level}), {key}, day,
                       {', '.join(f'sum({m})' for m in _METRICS)}
                from {sources[level]} where {where}
                group by 3, 4, day
                having {' or '.join(f'sum({m}) <> 0' for m in _METRICS)}""")
    op.execute("alter table counter_cells drop constraint pk_counter_cells")
    covering = f" include ({', '.join(_METRICS)})"
    for table, key in (("counter_cells", _CELL_KEY), ("counter_rollups", _ROLLUP_KEY)):
        op.execute(f"alter table {table} add constraint pk_{table} primary key ({', '.join(key)})"
                   f"{covering}")


def downgrade():
    for dimension, _parts, levels in _NEW:
        op.execute(f"delete from counter_rollups where dimension = '{dimension}' "
                   f"and level in ({', '.join(map(str, levels))})")
    _primary_keys(include=False)
    op.alter_column("counter_rollups", "dimension", type_=sa.String(20), existing_type=sa.String(60))
