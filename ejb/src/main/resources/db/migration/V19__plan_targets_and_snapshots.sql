-- Issue 8, snapshots: the rate a plan aims at, and monthly snapshots of its roster so that a past month's report is
-- reproducible exactly as it was.

alter table training_plan add column target_rate numeric(5, 4) not null default 1.0;
alter table training_plan add constraint training_plan_target_rate_ck check (target_rate between 0 and 1);

-- The month's movement reads the items done within a month: a range of one plan's done rows by time.
create index plan_item_done_time_idx on plan_item_done (plan_id, done_at);

-- One snapshot per plan and Beijing month (month = its first day); taking the month again replaces it.
create table plan_snapshot (
    id           bigserial   primary key,
    plan_id      bigint      not null references training_plan (id) on delete cascade,
    month        date        not null,
    taken_at     timestamptz not null,
    as_of        timestamptz not null,
    automatic    boolean     not null,
    roster_lines integer     not null,
    constraint plan_snapshot_month_uk unique (plan_id, month),
    constraint plan_snapshot_month_ck check (extract(day from month) = 1)
);

-- Each roster line as it stood at the snapshot, with the same column names as plan_roster has: the live report's
-- statements read either table.
create table plan_snapshot_line (
    snapshot_id     bigint        not null references plan_snapshot (id) on delete cascade,
    person_id       bigint        not null,
    name            varchar(50)   not null,
    unit_code       char(12)      not null,
    unit_path       varchar(400)  not null,
    village_code    char(12),
    positions       varchar(200)  not null default '',
    party_secretary boolean       not null,
    weak_and_lax    boolean       not null,
    star_target     boolean       not null,
    moved_from      char(12),
    left_at         timestamptz,
    items_done      integer       not null,
    credit_hours    numeric(8, 1) not null,
    started_at      timestamptz,
    completed_at    timestamptz,
    primary key (snapshot_id, person_id)
);
create index plan_snapshot_line_path_idx on plan_snapshot_line (snapshot_id, unit_path varchar_pattern_ops);
