-- Attendance beyond the QR sign-in (issue 6, s6-attendance): village sites of remote sessions, corrections by hand,
-- credit hours. People and units are referenced by id or code only, as in V13.

-- A trainer's correction: someone marked absent may never have scanned, so the sign-in time may be empty then.
-- corrected_by/corrected_at say that the row was last written by hand (the reason is in the audit log).
alter table attendance alter column signed_in_at drop not null;
alter table attendance add column absent boolean not null default false;
alter table attendance add column corrected_by varchar(100);
alter table attendance add column corrected_at timestamptz;
alter table attendance add constraint attendance_present_ck check (absent or signed_in_at is not null);

-- A village activity room (site) watching a remote session together: checked in once per occurrence with the
-- rotating QR code, then it may update how many of its expected people are present.
create table site_check_in (
    occurrence_id  bigint       not null references session_occurrence (id) on delete cascade,
    site_unit_code char(12)     not null,
    checked_in_at  timestamptz  not null,
    updated_at     timestamptz  not null,
    present_count  integer      not null,
    checked_by     varchar(100) not null,
    primary key (occurrence_id, site_unit_code),
    constraint site_check_in_count_ck check (present_count >= 0)
);

-- Who the room said was present, picked from the site's expected people.
create table site_attendee (
    occurrence_id  bigint   not null,
    site_unit_code char(12) not null,
    person_id      bigint   not null,
    primary key (occurrence_id, site_unit_code, person_id),
    foreign key (occurrence_id, site_unit_code) references site_check_in (occurrence_id, site_unit_code) on delete cascade
);

-- Credit hours (学时) an attended occurrence earns, by mode and level; the city's org department may change them.
create table session_credit_rule (
    mode  varchar(16)  not null,
    level varchar(16)  not null,
    hours numeric(4,1) not null,
    primary key (mode, level),
    constraint session_credit_rule_hours_ck check (hours >= 0 and hours <= 24)
);
insert into session_credit_rule (mode, level, hours) values
    ('CENTRALIZED',  'MUNICIPAL', 4.0), ('CENTRALIZED',  'COUNTY', 3.0), ('CENTRALIZED',  'TOWNSHIP', 2.0),
    ('REMOTE_SYNC',  'MUNICIPAL', 2.0), ('REMOTE_SYNC',  'COUNTY', 2.0), ('REMOTE_SYNC',  'TOWNSHIP', 1.5),
    ('SEMINAR',      'MUNICIPAL', 2.0), ('SEMINAR',      'COUNTY', 1.5), ('SEMINAR',      'TOWNSHIP', 1.0),
    ('OBSERVATION',  'MUNICIPAL', 3.0), ('OBSERVATION',  'COUNTY', 2.0), ('OBSERVATION',  'TOWNSHIP', 1.5),
    ('FACE_TO_FACE', 'MUNICIPAL', 2.0), ('FACE_TO_FACE', 'COUNTY', 2.0), ('FACE_TO_FACE', 'TOWNSHIP', 1.0);

-- One session's own hours, instead of its mode's and level's.
create table session_credit (
    session_id bigint       primary key references training_session (id) on delete cascade,
    hours      numeric(4,1) not null,
    constraint session_credit_hours_ck check (hours >= 0 and hours <= 24)
);

-- Hours awarded: once per occurrence and person (the key), at the hours in force when first awarded.
create table attendance_credit (
    occurrence_id bigint       not null references session_occurrence (id) on delete cascade,
    person_id     bigint       not null,
    hours         numeric(4,1) not null,
    awarded_at    timestamptz  not null,
    primary key (occurrence_id, person_id)
);
create index attendance_credit_person_idx on attendance_credit (person_id, occurrence_id);
