-- Resumable uploads (tus 1.0). A row is the server's memory of one upload: who sends it, how long it will be, how far
-- it got; the bytes so far live in a staging file named after the id under zhixing.upload.dir. Both survive a restart
-- of the browser and of the server. A finished upload points at the asset it became (an id of the media catalog, no
-- foreign key across features) or says why it was refused.
create table upload (
    id            uuid         primary key,
    owner         varchar(100) not null,
    length        bigint       not null,
    received      bigint       not null default 0,
    metadata      varchar(4000),
    file_name     varchar(255) not null,
    declared_type varchar(255),
    status        varchar(16)  not null default 'RECEIVING',
    kind          varchar(16),
    media_type    varchar(255),
    sha256        char(64),
    asset_id      uuid,
    problem       varchar(60),
    problem_args  varchar(500),
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    expires_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint upload_status_ck check (status in ('RECEIVING', 'COMPLETED', 'REJECTED')),
    constraint upload_received_ck check (received >= 0 and received <= length)
);
create index upload_owner_idx on upload (owner, created_at desc);
create index upload_expiry_idx on upload (expires_at) where status = 'RECEIVING';

-- Background HLS transcoding, one job per video asset. The queue is this table, so a restart picks up where it was:
-- jobs left RUNNING by a stopped server are run again. The asset's own status (media_asset) is what readers see; the
-- job adds the progress and the attempts.
create table transcode_job (
    id          bigserial    primary key,
    asset_id    uuid         not null unique,
    sha256      char(64)     not null,
    status      varchar(16)  not null default 'QUEUED',
    progress    integer      not null default 0,
    attempts    integer      not null default 0,
    message     varchar(500),
    rungs       varchar(100),
    created_at  timestamptz  not null default now(),
    started_at  timestamptz,
    finished_at timestamptz,
    constraint transcode_status_ck check (status in ('QUEUED', 'RUNNING', 'READY', 'FAILED')),
    constraint transcode_progress_ck check (progress between 0 and 100)
);
create index transcode_queue_idx on transcode_job (status, id);
