-- Scheduling and attendance (issue 6): training sessions, their occurrences, resolved audiences and QR sign-ins.
-- Other features' rows (org units, people, courses, policies) are referenced by code or id only, never by foreign key.

create table training_session (
    id                bigserial primary key,
    level             varchar(16)  not null,
    mode              varchar(16)  not null,
    title             varchar(200) not null,
    organizer_code    char(12)     not null,
    organizer_path    varchar(400) not null,
    starts_at         timestamptz  not null,
    ends_at           timestamptz  not null,
    rrule             varchar(300),
    venue_name        varchar(200),
    venue_capacity    integer,
    stream_url        varchar(500),
    status            varchar(16)  not null,
    -- the audience rule: positions × subtree × village categories; resolved into session_audience at publishing
    audience_unit     char(12),
    audience_positions varchar(200),
    audience_weak_only boolean      not null default false,
    audience_stars    varchar(20),
    created_by        varchar(100) not null,
    published_at      timestamptz,
    version           bigint       not null default 0,
    constraint training_session_level_ck check (level in ('MUNICIPAL', 'COUNTY', 'TOWNSHIP')),
    constraint training_session_mode_ck check (mode in ('CENTRALIZED', 'REMOTE_SYNC', 'SEMINAR', 'OBSERVATION', 'FACE_TO_FACE')),
    constraint training_session_status_ck check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    constraint training_session_time_ck check (ends_at > starts_at),
    constraint training_session_capacity_ck check (venue_capacity is null or venue_capacity > 0)
);
create index training_session_organizer_idx on training_session (organizer_path text_pattern_ops, starts_at);

create table session_trainer (
    session_id bigint       not null references training_session (id) on delete cascade,
    username   varchar(100) not null,
    primary key (session_id, username)
);
create index session_trainer_username_idx on session_trainer (username, session_id);

create table session_course (
    session_id bigint not null references training_session (id) on delete cascade,
    course_id  bigint not null,
    primary key (session_id, course_id)
);

create table session_policy (
    session_id bigint not null references training_session (id) on delete cascade,
    policy_id  bigint not null,
    primary key (session_id, policy_id)
);

-- People added by name on top of the rule.
create table session_addition (
    session_id bigint       not null references training_session (id) on delete cascade,
    username   varchar(100) not null,
    primary key (session_id, username)
);

-- One change to one occurrence of a recurring session, keyed by the start the rule gave it.
create table session_exception (
    session_id     bigint      not null references training_session (id) on delete cascade,
    original_start timestamptz not null,
    cancelled      boolean     not null,
    moved_start    timestamptz,
    moved_end      timestamptz,
    primary key (session_id, original_start),
    constraint session_exception_move_ck check (cancelled or (moved_start is not null and moved_end > moved_start))
);

-- The occurrences a session's times, rule and exceptions give, written whenever they change, so that conflicts,
-- schedules and sign-ins are indexed range queries instead of rule expansions.
create table session_occurrence (
    id             bigserial primary key,
    session_id     bigint      not null references training_session (id) on delete cascade,
    original_start timestamptz not null,
    starts_at      timestamptz not null,
    ends_at        timestamptz not null,
    cancelled      boolean     not null default false,
    constraint session_occurrence_uk unique (session_id, original_start)
);
create index session_occurrence_time_idx on session_occurrence using gist (tstzrange(starts_at, ends_at)) where not cancelled;
create index session_occurrence_starts_idx on session_occurrence (starts_at);

-- Who must attend, as resolved when the session was published. unit_code is the person's unit, kept so that the
-- live numbers count by county or township with one grouped scan.
create table session_audience (
    session_id bigint       not null references training_session (id) on delete cascade,
    person_id  bigint       not null,
    username   varchar(100),
    unit_code  char(12)     not null,
    added      boolean      not null default false,
    primary key (session_id, person_id)
);
create index session_audience_person_idx on session_audience (person_id, session_id);
create index session_audience_unit_idx on session_audience (session_id, unit_code);
create index session_audience_username_idx on session_audience (username, session_id) where username is not null;

-- One row per learner and occurrence: signed in once, signed out once. code_window is the QR window last used, so a
-- code cannot be used again for the next step.
create table attendance (
    occurrence_id  bigint      not null references session_occurrence (id) on delete cascade,
    person_id      bigint      not null,
    unit_code      char(12)    not null,
    signed_in_at   timestamptz not null,
    signed_out_at  timestamptz,
    late           boolean     not null,
    left_early     boolean     not null default false,
    code_window    bigint      not null,
    primary key (occurrence_id, person_id)
);
create index attendance_unit_idx on attendance (occurrence_id, unit_code);

-- A learner's secret calendar-feed address; only its digest is kept, so a database dump does not reveal feeds.
create table calendar_feed (
    username      varchar(100) primary key,
    secret_digest char(64)     not null,
    created_at    timestamptz  not null default now(),
    constraint calendar_feed_digest_uk unique (secret_digest)
);
