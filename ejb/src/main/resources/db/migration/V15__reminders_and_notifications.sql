-- Reminders and notifications (issue 6, calendar part): the notify feature's inbox and sent log, and the column that
-- lets a session's audience follow people who change after publishing.

-- The portal inbox (the bell in the header): one row per person and notice, written set-based for a whole audience.
create table notification (
    id         bigserial primary key,
    username   varchar(100)  not null,
    kind       varchar(40)   not null,
    topic      varchar(120)  not null,
    title      varchar(300)  not null,
    body       varchar(2000) not null,
    link       varchar(500),
    created_at timestamptz   not null default now(),
    read_at    timestamptz
);
create index notification_inbox_idx on notification (username, id desc);
create index notification_unread_idx on notification (username) where read_at is null;

-- What went out on which channel, one row per topic (e.g. one occurrence's 24-hour reminder), person and channel.
-- Written with ON CONFLICT DO NOTHING before anything is sent, in the sending transaction: a restart, a second sweep
-- or a second node finds the row and sends nothing.
create table notification_sent (
    topic    varchar(120) not null,
    username varchar(100) not null,
    channel  varchar(16)  not null,
    sent_at  timestamptz  not null default now(),
    primary key (topic, channel, username)
);

-- Addresses a person gave for mail (and a mobile number for SMS other than their sign-in name).
create table notification_contact (
    username varchar(100) primary key,
    email    varchar(200),
    mobile   varchar(20)
);

-- People who no longer match a published session's rule keep their row while they have attendance at one of its
-- occurrences; left_at says since when they are no longer expected (later occurrences leave them out).
alter table session_audience add column left_at timestamptz;
