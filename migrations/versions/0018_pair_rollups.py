"""two-cut rollups: the pairs of industry, occupation, channel, group and campaign, national and
by province, and the single dimensions at national level (issue 16, item 9)

Revision ID: 0016r
Revises: 0013
Create Date: 2026-12-12 10:00:00

Built here from counter_cells, set-wise, as recruit/reporting/dimensions.ROLLUPS makes them
event by event (a frozen copy below: a migration must not change when the code does).
`flask recruit reconcile` checks them like every other rollup row.
"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0016r'
down_revision = '0013'
branch_labels = None
depends_on = None

_METRICS = ("vacancies_published", "positions_posted", "resumes_submitted",
            "applications_withdrawn", "placements")
_COLUMN = {"campaign": "campaign_id::text", "group": "group_code", "industry": "industry_code",
           "occupation": "occupation_code", "channel": "channel"}
# (dimension, its parts, the levels added here)
_NEW = [
    ("industry", ("industry",), (0,)), ("occupation", ("occupation",), (0,)),
    ("channel", ("channel",), (0,)), ("group", ("group",), (0,)),
    ("industry_occupation", ("industry", "occupation"), (0, 2)),
    ("industry_channel", ("industry", "channel"), (0, 2)),
    ("occupation_channel", ("occupation", "channel"), (0, 2)),
    ("group_industry", ("group", "industry"), (0, 2)),
    ("group_occupation", ("group", "occupation"), (0, 2)),
    ("group_channel", ("group", "channel"), (0, 2)),
    ("campaign_industry", ("campaign", "industry"), (0, 2)),
    ("campaign_occupation", ("campaign", "occupation"), (0, 2)),
    ("campaign_channel", ("campaign", "channel"), (0, 2)),
]


def upgrade():
    # "employment_difficulty:featured_session" is longer than 30 (wider only: no rewrite)
    op.alter_column("counter_rollups", "key", type_=sa.String(60), existing_type=sa.String(30))
    sums = ", ".join(f"sum({m})" for m in _METRICS)
    for dimension, parts, levels in _NEW:
        key = " || ':' || ".join(_COLUMN[p] for p in parts)
        where = (f"(campaign_id <> 0) = {'campaign' in parts} "
                 f"and (group_code <> '') = {'group' in parts}")
        for level in levels:
            op.execute(f"""
                insert into counter_rollups (dimension, level, region_code, key, day,
                                             {', '.join(_METRICS)})
                select '{dimension}', {level}, left(region_code, {level}), {key}, day, {sums}
                from counter_cells where {where}
                group by 3, 4, day
                having {' or '.join(f'sum({m}) <> 0' for m in _METRICS)}""")


def downgrade():
    for dimension, _parts, levels in _NEW:
        op.execute(f"delete from counter_rollups where dimension = '{dimension}' "
                   f"and level in ({', '.join(map(str, levels))})")
    op.alter_column("counter_rollups", "key", type_=sa.String(30), existing_type=sa.String(60))
