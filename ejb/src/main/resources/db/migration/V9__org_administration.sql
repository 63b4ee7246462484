-- Org administration: the audit log every feature writes to, units retired by a merge, and each village's plan.

-- Who changed what, when, from what to what. Written in the transaction of the change itself, so that no change is
-- ever without its entry. unit_path is the org path of the subject, so admins read only their own subtree's entries.
create table audit_entry (
    id             bigserial    primary key,
    at             timestamptz  not null,
    actor_username varchar(100) not null,
    actor_name     varchar(100) not null,
    action         varchar(60)  not null,
    subject_type   varchar(40)  not null,
    subject_id     varchar(60)  not null,
    subject_label  varchar(200) not null,
    unit_path      varchar(400) not null,
    before_state   jsonb,
    after_state    jsonb,
    reason         varchar(500)
);
create index audit_entry_scope_idx on audit_entry (unit_path text_pattern_ops, at desc);
create index audit_entry_at_idx on audit_entry (at desc, id desc);

-- A township absorbed by a merge (乡镇合并) is kept for history (people, documents and learning records refer to it)
-- and retired: no longer listed, searched, counted or imported into.
alter table org_unit
    add column retired_at     timestamptz,
    add column merged_into_id bigint references org_unit (id);

-- 一村一方案: the creation plan of a village for a year.
create table village_plan (
    id         bigserial    primary key,
    unit_id    bigint       not null references org_unit (id),
    year       smallint     not null,
    content    text         not null,
    updated_by varchar(100) not null,
    updated_at timestamptz  not null,
    version    bigint       not null default 0,
    constraint village_plan_unit_year_uk unique (unit_id, year),
    constraint village_plan_year_ck check (year between 2000 and 2100)
);
