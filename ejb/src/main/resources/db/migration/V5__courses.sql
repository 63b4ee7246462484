-- Courses (课程) and their versions. A course is the stable identity learners, plans and tracking refer to; each
-- version (course_revision) carries the content: metadata, policy links and ordered lessons. The newest version is the
-- one being worked on or the one in force; older published versions are kept as SUPERSEDED for the record.
-- Org units, assets and policy documents belong to other features: referenced by code or id, without foreign keys.
create table course (
    id               bigserial primary key,
    owner_unit_code  varchar(12)  not null,
    owner_unit_path  varchar(200) not null,
    created_by       varchar(100) not null,
    created_at       timestamptz  not null default now(),
    version          bigint       not null default 0
);
create index course_owner_path_idx on course (owner_unit_path varchar_pattern_ops);

create table course_revision (
    id                bigserial primary key,
    course_id         bigint        not null references course (id) on delete cascade,
    number            int           not null,
    status            varchar(16)   not null,
    title             varchar(200)  not null,
    summary           text          not null default '',
    cover_asset_id    uuid,
    credit_hours      numeric(5, 1) not null,
    required          boolean       not null,
    offered_unit_code varchar(12)   not null,
    offered_unit_path varchar(200)  not null,
    review_comment    varchar(1000),
    edited_by         varchar(100)  not null,
    submitted_at      timestamptz,
    reviewed_by       varchar(100),
    published_at      timestamptz,
    updated_at        timestamptz   not null default now(),
    constraint course_revision_number_uk unique (course_id, number),
    constraint course_revision_status_ck check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'SUPERSEDED', 'RETIRED')),
    constraint course_revision_credit_ck check (credit_hours >= 0)
);
-- At most one version of a course is in force and at most one is being worked on.
create unique index course_revision_published_uk on course_revision (course_id) where status = 'PUBLISHED';
create unique index course_revision_working_uk on course_revision (course_id) where status in ('DRAFT', 'SUBMITTED');
create index course_revision_offered_idx on course_revision (status, offered_unit_code);

create table course_revision_tag (
    revision_id bigint      not null references course_revision (id) on delete cascade,
    tag         varchar(40) not null,
    primary key (revision_id, tag)
);

-- Policy documents a version cites; the policy feature knows nothing of courses, so the link lives here.
create table course_revision_policy (
    revision_id bigint not null references course_revision (id) on delete cascade,
    policy_id   bigint not null,
    primary key (revision_id, policy_id)
);
create index course_revision_policy_idx on course_revision_policy (policy_id);

create table lesson (
    id                bigserial primary key,
    revision_id       bigint       not null references course_revision (id) on delete cascade,
    position          int          not null,
    lesson_key        uuid         not null,
    title             varchar(200) not null,
    kind              varchar(8)   not null,
    asset_id          uuid,
    body_html         text,
    duration_seconds  int,
    page_count        int,
    required          boolean      not null,
    min_watched_share numeric(3, 2) not null,
    min_dwell_seconds int          not null,
    no_skip_ahead     boolean      not null,
    presence_checks   boolean      not null,
    constraint lesson_key_uk unique (revision_id, lesson_key),
    constraint lesson_kind_ck check (kind in ('VIDEO', 'AUDIO', 'PDF', 'HTML', 'IMAGE')),
    constraint lesson_content_ck check (asset_id is not null or (kind = 'HTML' and body_html is not null)),
    constraint lesson_share_ck check (min_watched_share > 0 and min_watched_share <= 1),
    constraint lesson_dwell_ck check (min_dwell_seconds >= 0)
);
create index lesson_revision_idx on lesson (revision_id, position);
create index lesson_key_idx on lesson (lesson_key);
