-- Training plans (issue 8) and the per-plan, per-person status their coverage figures are summed from.

create table training_plan (
    id                 bigserial primary key,
    name               varchar(200) not null,
    kind               varchar(16)  not null,
    starts_on          date         not null,
    ends_on            date         not null,
    deadline           date         not null,
    audience_unit      char(12)     not null,
    audience_path      varchar(400) not null,
    audience_positions varchar(200),
    audience_weak_only boolean      not null default false,
    audience_stars     varchar(20),
    min_credit_hours   numeric(6, 1) not null default 0,
    status             varchar(16)  not null default 'DRAFT',
    published_at       timestamptz,
    created_by         varchar(100) not null,
    created_at         timestamptz  not null,
    version            bigint       not null default 0,
    constraint training_plan_kind_ck check (kind in ('ANNUAL', 'FIVE_STAR', 'MAKE_UP')),
    constraint training_plan_status_ck check (status in ('DRAFT', 'PUBLISHED')),
    constraint training_plan_period_ck check (starts_on <= ends_on and deadline >= starts_on)
);
create index training_plan_audience_path_idx on training_plan (audience_path varchar_pattern_ops);

create table training_plan_item (
    plan_id bigint     not null references training_plan (id) on delete cascade,
    kind    varchar(8) not null,
    ref_id  bigint     not null,
    primary key (plan_id, kind, ref_id),
    constraint training_plan_item_kind_ck check (kind in ('COURSE', 'SESSION', 'TEST'))
);
create index training_plan_item_ref_idx on training_plan_item (kind, ref_id);

-- The denominator: who the plan's rule picked when it was published, and who joined, moved or left since. Unit path
-- and village code are copies (other features' rows are referenced by id only) kept current on UnitMoved.
create table plan_roster (
    plan_id         bigint       not null references training_plan (id) on delete cascade,
    person_id       bigint       not null,
    username        varchar(100),
    name            varchar(50)  not null,
    unit_code       char(12)     not null,
    unit_path       varchar(400) not null,
    village_code    char(12),
    positions       varchar(200) not null default '',
    party_secretary boolean      not null,
    weak_and_lax    boolean      not null,
    star_target     boolean      not null,
    moved_from      char(12),
    joined_at       timestamptz  not null,
    left_at         timestamptz,
    left_reason     varchar(16),
    items_done      integer      not null default 0,
    credit_hours    numeric(8, 1) not null default 0,
    started_at      timestamptz,
    completed_at    timestamptz,
    primary key (plan_id, person_id),
    constraint plan_roster_left_ck check (left_reason is null or left_reason in ('DEPARTED', 'MOVED_OUT'))
);
create index plan_roster_path_idx on plan_roster (plan_id, unit_path varchar_pattern_ops);
create index plan_roster_username_idx on plan_roster (username) where username is not null;

-- Each required item a rostered person has done, once: a second completion of the same item changes nothing.
create table plan_item_done (
    plan_id      bigint       not null,
    person_id    bigint       not null,
    kind         varchar(8)   not null,
    ref_id       bigint       not null,
    done_at      timestamptz  not null,
    credit_hours numeric(6, 1) not null default 0,
    primary key (plan_id, person_id, kind, ref_id),
    foreign key (plan_id, person_id) references plan_roster (plan_id, person_id) on delete cascade
);
