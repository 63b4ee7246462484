-- Courseware media: the asset catalog over the content store (blobs named by SHA-256 on disk or in an object store)
-- and the key that signs media links. Org units are referenced by their code only (no cross-feature foreign keys).
create table media_asset (
    id               uuid         primary key,
    sha256           char(64)     not null,
    media_type       varchar(100) not null,
    kind             varchar(8)   not null,
    size_bytes       bigint       not null,
    original_name    varchar(255) not null,
    owner_unit_code  varchar(12)  not null,
    owner_unit_path  varchar(100) not null,
    created_by       varchar(100) not null,
    created_at       timestamptz  not null default now(),
    status           varchar(12)  not null,
    status_message   varchar(500),
    duration_seconds double precision,
    page_count       integer,
    hls_renditions   varchar(200) not null default '',
    version          bigint       not null default 0,
    constraint media_asset_kind_ck check (kind in ('VIDEO', 'AUDIO', 'PDF', 'HTML', 'IMAGE')),
    constraint media_asset_status_ck check (status in ('PROCESSING', 'READY', 'FAILED')),
    constraint media_asset_size_ck check (size_bytes >= 0),
    constraint media_asset_sha256_ck check (sha256 ~ '^[0-9a-f]{64}$')
);
-- Lists are scoped by the owner's subtree and shown newest first.
create index media_asset_owner_idx on media_asset (owner_unit_path text_pattern_ops, created_at desc);
create index media_asset_sha256_idx on media_asset (sha256);

-- The HMAC key of media links when none is configured: made once by the first node that needs it, shared by all.
create table media_signing_key (
    id         smallint    primary key default 1,
    secret     bytea       not null,
    created_at timestamptz not null default now(),
    constraint media_signing_key_single_ck check (id = 1),
    constraint media_signing_key_length_ck check (octet_length(secret) >= 32)
);
