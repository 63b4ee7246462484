-- People import: ID numbers kept protected, people who left after an election, and the application's own keys.

-- Keys the application makes for itself (SharedSecrets), shared by every node through the database.
create table app_secret (
    name       varchar(60) primary key,
    secret     bytea       not null,
    created_at timestamptz not null default now(),
    constraint app_secret_length_ck check (octet_length(secret) >= 32)
);

-- An ID number is never stored readable: AES-GCM cipher, a keyed digest to match on, the last four for display.
alter table person
    add column id_number_cipher bytea,
    add column id_number_digest char(64),
    add column id_number_tail   varchar(4),
    add column departed_at      timestamptz;
create unique index person_id_number_digest_uk on person (id_number_digest) where id_number_digest is not null;
create index person_active_org_unit_idx on person (org_unit_id) where departed_at is null;
