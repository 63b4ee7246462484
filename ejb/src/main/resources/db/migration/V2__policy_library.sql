-- Policy documents (文件) as the organization department publishes them. The body is the extracted plain text that
-- the search index is built from; the index is derived data and can always be rebuilt from these tables.
create table policy_document (
    id               bigserial primary key,
    doc_number       varchar(60),
    doc_number_key   varchar(60),
    title            varchar(300) not null,
    authority        varchar(100) not null,
    level            varchar(16)  not null,
    issue_date       date         not null,
    status           varchar(16)  not null default 'IN_FORCE',
    superseded_by_id bigint references policy_document (id),
    type             varchar(20)  not null,
    internal         boolean      not null default false,
    publication      varchar(16)  not null default 'DRAFT',
    owner_unit_id    bigint       not null references org_unit (id),
    body             text         not null,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    version          bigint       not null default 0,
    constraint policy_level_ck check (level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP')),
    constraint policy_status_ck check (status in ('IN_FORCE', 'SUPERSEDED')),
    constraint policy_publication_ck check (publication in ('DRAFT', 'PUBLISHED', 'UNPUBLISHED')),
    constraint policy_type_ck check (type in ('NOTICE', 'OPINION', 'MEASURES', 'PLAN', 'STANDARD', 'RULES',
                                              'INTERPRETATION', 'QA')),
    constraint policy_superseded_ck check ((status = 'SUPERSEDED') = (superseded_by_id is not null))
);
-- 豫组〔2022〕12号 and 豫组[2022]12号 are the same document: the key is the number without brackets and spaces.
create unique index policy_doc_number_key_uk on policy_document (doc_number_key) where doc_number_key is not null;
create index policy_owner_idx on policy_document (owner_unit_id);
create index policy_publication_idx on policy_document (publication, id);

create table policy_tag (
    policy_id bigint      not null references policy_document (id) on delete cascade,
    tag       varchar(40) not null,
    primary key (policy_id, tag)
);

create table policy_attachment (
    id         bigserial primary key,
    policy_id  bigint       not null references policy_document (id) on delete cascade,
    file_name  varchar(255) not null,
    media_type varchar(100) not null,
    size       bigint       not null,
    sha256     char(64)     not null,
    content    bytea        not null
);
create index policy_attachment_policy_idx on policy_attachment (policy_id);
