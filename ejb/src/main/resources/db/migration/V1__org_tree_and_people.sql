-- The org tree: CITY > COUNTY > TOWNSHIP > VILLAGE | COMMUNITY, keyed by the 12-digit division code.
-- path is the materialized chain of codes ('/411600000000/411627000000/'), so a subtree is one indexed prefix scan.
create table org_unit (
    id                 bigserial primary key,
    code               char(12)     not null,
    name               varchar(100) not null,
    kind               varchar(16)  not null,
    parent_id          bigint references org_unit (id),
    path               varchar(400) not null,
    depth              smallint     not null,
    star_target        smallint,
    weak_year          smallint,
    poverty_alleviated boolean      not null default false,
    version            bigint       not null default 0,
    constraint org_unit_code_uk unique (code),
    constraint org_unit_code_digits check (code ~ '^[0-9]{12}$'),
    constraint org_unit_kind_ck check (kind in ('CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE', 'COMMUNITY')),
    constraint org_unit_star_ck check (star_target between 1 and 5)
);
create index org_unit_path_idx on org_unit (path text_pattern_ops);
create index org_unit_parent_idx on org_unit (parent_id);

create table person (
    id               bigserial primary key,
    name             varchar(50)  not null,
    gender           char(1)      not null,
    phone            varchar(11)  not null,
    org_unit_id      bigint       not null references org_unit (id),
    dispatching_unit varchar(100),
    username         varchar(100),
    version          bigint       not null default 0,
    constraint person_phone_uk unique (phone),
    constraint person_username_uk unique (username),
    constraint person_gender_ck check (gender in ('M', 'F'))
);
create index person_org_unit_idx on person (org_unit_id);

create table person_position (
    person_id bigint      not null references person (id) on delete cascade,
    position  varchar(32) not null,
    primary key (person_id, position)
);
create index person_position_position_idx on person_position (position, person_id);
