-- Quizzes and exams (issue 7, quiz): question banks, papers, attempts and their answers. Units, courses and learners
-- are referred to by code, id and username only (no foreign keys into other features' tables).

-- A bank of questions owned by an org unit: its trainers and admins edit it; shared, it may be used below.
create table quiz_bank (
    id               bigint generated always as identity primary key,
    name             varchar(200) not null,
    owner_unit_code  char(12)     not null,
    -- the owner's path in the org tree ('/4116/411627/'), so that scope checks are a prefix comparison
    owner_unit_path  varchar(200) not null,
    shared           boolean      not null default false,
    created_by       varchar(100) not null,
    created_at       timestamptz  not null,
    version          bigint       not null default 0
);
create index quiz_bank_owner_idx on quiz_bank (owner_unit_path varchar_pattern_ops);

create table quiz_question (
    id           bigint generated always as identity primary key,
    bank_id      bigint        not null references quiz_bank (id) on delete cascade,
    type         varchar(20)   not null,
    stem         text          not null,
    -- choices: the keys (A, AC); true/false: T or F; fill-in: one line per blank, accepted variants split by |
    answer       text,
    explanation  text,
    rubric       text,
    difficulty   smallint      not null,
    created_at   timestamptz   not null,
    version      bigint        not null default 0,
    constraint quiz_question_difficulty_ck check (difficulty between 1 and 5),
    constraint quiz_question_type_ck
        check (type in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'FILL_IN', 'SHORT_ANSWER'))
);
create index quiz_question_bank_idx on quiz_question (bank_id, id);

-- The options of a choice question in their authored order, A first.
create table quiz_question_option (
    question_id  bigint       not null references quiz_question (id) on delete cascade,
    position     smallint     not null,
    text         varchar(1000) not null,
    primary key (question_id, position)
);

-- Tags such as star:产业兴旺, policy:12 or course:3; draw rules select by them.
create table quiz_question_tag (
    question_id  bigint      not null references quiz_question (id) on delete cascade,
    tag          varchar(60) not null,
    primary key (question_id, tag)
);
create index quiz_question_tag_idx on quiz_question_tag (tag, question_id);

create table quiz_paper (
    id                       bigint generated always as identity primary key,
    title                    varchar(200)  not null,
    owner_unit_code          char(12)      not null,
    owner_unit_path          varchar(200)  not null,
    -- standalone papers are offered to the learners of this unit's subtree; course papers to the course's learners
    audience_unit_code       char(12)      not null,
    course_id                bigint,
    required_for_completion  boolean       not null default false,
    time_limit_seconds       integer       not null,
    max_attempts             integer       not null,
    pass_score               numeric(6, 1) not null,
    answer_visibility        varchar(20)   not null,
    credit_hours             numeric(5, 1) not null,
    opens_at                 timestamptz,
    closes_at                timestamptz,
    published_at             timestamptz,
    created_by               varchar(100)  not null,
    created_at               timestamptz   not null,
    version                  bigint        not null default 0,
    constraint quiz_paper_limits_ck check (time_limit_seconds > 0 and max_attempts > 0 and pass_score >= 0),
    constraint quiz_paper_window_ck check (closes_at is null or opens_at is null or closes_at > opens_at),
    constraint quiz_paper_visibility_ck check (answer_visibility in ('AFTER_SUBMIT', 'AFTER_CLOSE', 'NEVER'))
);
create index quiz_paper_owner_idx on quiz_paper (owner_unit_path varchar_pattern_ops);
create index quiz_paper_course_idx on quiz_paper (course_id) where course_id is not null;

-- A fixed paper's questions in order, with their points.
create table quiz_paper_question (
    paper_id     bigint        not null references quiz_paper (id) on delete cascade,
    position     smallint      not null,
    question_id  bigint        not null references quiz_question (id),
    points       numeric(5, 1) not null,
    primary key (paper_id, position)
);

-- A drawn paper's rules: count questions of the bank matching tag, type and difficulty (null = any), each worth points.
create table quiz_paper_rule (
    paper_id    bigint        not null references quiz_paper (id) on delete cascade,
    position    smallint      not null,
    bank_id     bigint        not null references quiz_bank (id),
    tag         varchar(60),
    type        varchar(20),
    difficulty  smallint,
    count       smallint      not null,
    points      numeric(5, 1) not null,
    primary key (paper_id, position),
    constraint quiz_paper_rule_count_ck check (count > 0)
);

create table quiz_attempt (
    id              uuid          primary key,
    paper_id        bigint        not null references quiz_paper (id),
    learner         varchar(100)  not null,
    org_unit_code   char(12),
    number          integer       not null,
    -- shuffles the options of this attempt the same way on every request
    seed            bigint        not null,
    started_at      timestamptz   not null,
    deadline        timestamptz   not null,
    submitted_at    timestamptz,
    auto_submitted  boolean       not null default false,
    status          varchar(20)   not null,
    score           numeric(6, 1),
    passed          boolean,
    version         bigint        not null default 0,
    constraint quiz_attempt_status_ck check (status in ('OPEN', 'AWAITING_GRADING', 'GRADED'))
);
-- one open attempt per learner and paper, whatever races
create unique index quiz_attempt_open_uq on quiz_attempt (paper_id, learner) where submitted_at is null;
create index quiz_attempt_learner_idx on quiz_attempt (learner, paper_id);
-- the deadline sweep reads only open attempts
create index quiz_attempt_deadline_idx on quiz_attempt (deadline) where submitted_at is null;

-- The questions an attempt asks, in order, and the learner's answers to them.
create table quiz_attempt_item (
    attempt_id   uuid          not null references quiz_attempt (id) on delete cascade,
    position     smallint      not null,
    question_id  bigint        not null references quiz_question (id),
    points       numeric(5, 1) not null,
    -- one entry per chosen key, per blank, or the one text of a short answer
    response     text[],
    saved_at     timestamptz,
    score        numeric(5, 1),
    graded_by    varchar(100),
    comment      varchar(2000),
    graded_at    timestamptz,
    primary key (attempt_id, position)
);
-- the grading queue: short answers submitted and not yet graded
create index quiz_attempt_item_pending_idx on quiz_attempt_item (attempt_id) where score is null;

-- Credit hours (学时) for passing a paper, once per learner and paper.
create table quiz_credit_award (
    learner        varchar(100)  not null,
    paper_id       bigint        not null references quiz_paper (id),
    credit_hours   numeric(5, 1) not null,
    org_unit_code  char(12),
    awarded_at     timestamptz   not null,
    primary key (learner, paper_id)
);
