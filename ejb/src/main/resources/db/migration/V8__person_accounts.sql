-- Learner accounts in Keycloak, one per imported person, kept as a job that survives restarts.
-- A row holds what the account should be (wanted_* and the names); state says whether Keycloak has it yet:
-- PENDING (to do), ACTIVE or DISABLED (done), FAILED (retried at next_attempt_at with back-off).
-- person_id is org's person, referenced by id only (no cross-feature foreign key).
create table person_account (
    person_id       bigint primary key,
    username        varchar(100) not null,
    keycloak_id     varchar(36),
    state           varchar(16)  not null,
    wanted_enabled  boolean      not null,
    first_name      varchar(50)  not null,
    last_name       varchar(50)  not null,
    unit_code       char(12)     not null,
    unit_path       varchar(400) not null,
    initial_code    bytea,
    attempts        integer      not null default 0,
    last_error      varchar(500),
    next_attempt_at timestamptz,
    updated_at      timestamptz  not null,
    revision        bigint       not null default 0,
    constraint person_account_username_uk unique (username),
    constraint person_account_state_ck check (state in ('PENDING', 'ACTIVE', 'DISABLED', 'FAILED'))
);
-- The worker's queue: only rows with work to do, by when they are due.
create index person_account_due_idx on person_account (next_attempt_at) where state in ('PENDING', 'FAILED');
-- Status per admin scope: a subtree is one prefix scan, as for org_unit.path.
create index person_account_unit_path_idx on person_account (unit_path text_pattern_ops);
