-- Certificates (结业证书, issue 7, q7-certs). One per learner and completed course, issued after the course's credit
-- award commits. The learner is the token's username; the course and the unit are referred to by id and code only (no
-- foreign keys into tracking, courseware or org: features do not share tables). Name, course title and hours are
-- copied at issue, so that a certificate keeps saying what it said when the course is renamed or the person moves.
create table certificate (
    -- ZX-<year>-<8 random digits>-<check digit>: random so that numbers cannot be walked through
    number         varchar(20)   primary key,
    learner        varchar(100)  not null,
    holder_name    varchar(100)  not null,
    -- the learner's unit at completion: admins of its subtree may revoke
    org_unit_code  char(12),
    course_id      bigint        not null,
    course_title   varchar(200)  not null,
    credit_hours   numeric(5, 1) not null,
    completed_at   timestamptz   not null,
    issued_at      timestamptz   not null,
    revoked_at     timestamptz,
    revoked_by     varchar(100),
    revoke_reason  varchar(500),
    version        bigint        not null default 0,
    -- issued once, whatever races and retries
    constraint certificate_once_uq unique (learner, course_id),
    constraint certificate_revocation_ck check ((revoked_at is null) = (revoke_reason is null)),
    constraint certificate_hours_ck check (credit_hours >= 0)
);
create index certificate_unit_idx on certificate (org_unit_code);
