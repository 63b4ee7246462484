-- Learning progress (issue 3, tracking). One row per learner and lesson key holds everything the hot path touches:
-- the merged watched intervals, page dwell, resume position and the recent event ids, so that a heartbeat batch is
-- one locked read and one update of a single row. The learner is the token's username and lesson rows are referred
-- to by key only (no foreign keys into courseware: features do not share tables).
create table lesson_progress (
    learner        varchar(100) not null,
    lesson_key     uuid         not null,
    -- the content the progress was measured on; a new course version with other content starts the lesson over
    fingerprint    varchar(64)  not null,
    -- the learner's unit from the token, so that admins' scope checks need no join into the org tree
    org_unit_code  char(12),
    -- merged half-open intervals of media time in ms as flat pairs {from0,to0,from1,to1,...}: sorted, disjoint
    watched        integer[]    not null default '{}',
    -- seconds shown per page, index 1 = page 1
    page_seconds   integer[]    not null default '{}',
    position_ms    integer      not null default 0,
    position_at    timestamptz,
    -- the last 128 client event ids applied to this row, oldest first: the dedupe window (bounded per row)
    recent_events  uuid[]       not null default '{}',
    completed_at   timestamptz,
    next_check_at  timestamptz,
    updated_at     timestamptz  not null default now(),
    primary key (learner, lesson_key)
);
-- admins look at the people of a unit
create index lesson_progress_unit_idx on lesson_progress (org_unit_code);

-- Presence checks (防挂机) issued by the server during lessons that ask for them.
create table presence_check (
    id          uuid         primary key,
    learner     varchar(100) not null,
    lesson_key  uuid         not null,
    issued_at   timestamptz  not null,
    deadline    timestamptz  not null,
    answered_at timestamptz,
    constraint presence_check_deadline_ck check (deadline > issued_at)
);
create index presence_check_lesson_idx on presence_check (learner, lesson_key, issued_at);

-- Credit hours (学时) earned by completing a course: the primary key makes the award happen exactly once.
create table credit_award (
    learner       varchar(100)  not null,
    course_id     bigint        not null,
    credit_hours  numeric(5, 1) not null,
    org_unit_code char(12),
    awarded_at    timestamptz   not null,
    primary key (learner, course_id),
    constraint credit_award_hours_ck check (credit_hours >= 0)
);
create index credit_award_unit_idx on credit_award (org_unit_code);
