"""campaign attribution recorded with each counted event, campaign rows beside the campaign-less ones

Revision ID: 0012
Revises: 0012n
Create Date: 2026-12-10 10:00:00

An event (a vacancy's first publication, a submission, a hire, a withdrawal) counts for every
campaign whose rules or enrolment held for its vacancy at that moment; the ids are recorded on
the event's row (vacancies.published_campaign_ids, applications.campaign_ids,
application_events.campaign_ids) in the transaction that counts it.

The counters change shape: campaign_id 0 cells now count every event once, and a campaign's
cells count its events again (as group rows do for groups). Before, an application named at
most one campaign and its cells carried that campaign instead of 0. So the data moves:
- past applications (and their hire/withdrawal steps) are attributed to the campaign they
  named, the only attribution known for them; past vacancies to none;
- every cell of a campaign gets its campaign-0 twin added (the campaign-less totals keep
  every event; the campaign's own rows stay as they were);
- the national (level 0) campaign rollups and the campaign x group rollups are built from the
  campaign cells.
`flask recruit reconcile-counters` agrees afterwards.
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

# revision identifiers, used by Alembic.
revision = '0012'
down_revision = '0012n'
branch_labels = None
depends_on = None

_METRICS = ("vacancies_published", "positions_posted", "resumes_submitted", "applications_withdrawn",
            "placements")
_SUMS = ", ".join(f"sum({m})" for m in _METRICS)
_ADD = ", ".join(f"{m} = {{t}}.{m} + excluded.{m}" for m in _METRICS)


def _ids_column():
    return sa.Column("campaign_ids", postgresql.ARRAY(sa.Integer()), nullable=False, server_default="{}")


def upgrade():
    # 'campaign_group' is longer than the 12 characters the dimension had (no rewrite: wider only)
    op.alter_column("counter_rollups", "dimension", type_=sa.String(20), existing_type=sa.String(12))
    op.add_column("vacancies", sa.Column("published_campaign_ids", postgresql.ARRAY(sa.Integer()),
                                         nullable=False, server_default="{}"))
    op.add_column("applications", _ids_column())
    op.add_column("application_events", _ids_column())
    op.execute("update applications set campaign_ids = array[campaign_id] where campaign_id is not null")
    op.execute("""
        update application_events e set campaign_ids = a.campaign_ids
        from applications a
        where a.id = e.application_id and e.to_status in ('hired', 'withdrawn')
          and a.campaign_id is not null""")
    # the campaign-0 twin of every campaign cell
    cells = ("region_code", "day", "campaign_id", "group_code", "industry_code", "occupation_code", "channel")
    op.execute(f"""
        insert into counter_cells ({', '.join(cells)}, {', '.join(_METRICS)})
        select region_code, day, 0, group_code, industry_code, occupation_code, channel, {_SUMS}
        from counter_cells where campaign_id <> 0
        group by region_code, day, group_code, industry_code, occupation_code, channel
        on conflict ({', '.join(cells)}) do update set {_ADD.format(t='counter_cells')}""")
    rollup = f"insert into counter_rollups (dimension, level, region_code, key, day, {', '.join(_METRICS)})"
    op.execute(f"""
        {rollup}
        select 'campaign', 0, '', campaign_id::text, day, {_SUMS}
        from counter_cells where campaign_id <> 0 and group_code = ''
        group by campaign_id, day""")
    for level in (0, 2):
        op.execute(f"""
            {rollup}
            select 'campaign_group', {level}, left(region_code, {level}), campaign_id || ':' || group_code,
                   day, {_SUMS}
            from counter_cells where campaign_id <> 0 and group_code <> ''
            group by 3, 4, day""")


def downgrade():
    op.execute("delete from counter_rollups where dimension = 'campaign_group' "
               "or (dimension = 'campaign' and level = 0)")
    # take the campaign-0 twins back out
    op.execute(f"""
        update counter_cells z set {', '.join(f'{m} = z.{m} - c.{m}' for m in _METRICS)}
        from (select region_code, day, group_code, industry_code, occupation_code, channel,
                     {', '.join(f'sum({m}) as {m}' for m in _METRICS)}
              from counter_cells where campaign_id <> 0
              group by 1, 2, 3, 4, 5, 6) c
        where z.campaign_id = 0 and (z.region_code, z.day, z.group_code, z.industry_code,
              z.occupation_code, z.channel) = (c.region_code, c.day, c.group_code, c.industry_code,
              c.occupation_code, c.channel)""")
    op.drop_column("application_events", "campaign_ids")
    op.drop_column("applications", "campaign_ids")
    op.drop_column("vacancies", "published_campaign_ids")
    op.alter_column("counter_rollups", "dimension", type_=sa.String(12), existing_type=sa.String(20))
