-- Quizzes, second part (issue 7): analytics, papers attached to a training session, audience rules by position and
-- village category, and images in questions. Sessions and media assets are referred to by id only.

-- Analytics read every answer to a question across attempts, and every attempt at a paper.
create index quiz_attempt_item_question_idx on quiz_attempt_item (question_id);
create index quiz_attempt_paper_idx on quiz_attempt (paper_id, status);

-- A post-session quiz: offered to the session's audience (asked of the schedule feature) instead of a unit subtree.
alter table quiz_paper add column session_id bigint;
create index quiz_paper_session_idx on quiz_paper (session_id) where session_id is not null;

-- The audience rule beyond one subtree: only holders of these posts (Position names; none listed = any post) and,
-- when audience_weak_only, only in weak-and-lax (软弱涣散) villages.
create table quiz_paper_position (
    paper_id  bigint      not null references quiz_paper (id) on delete cascade,
    position  varchar(30) not null,
    primary key (paper_id, position)
);
alter table quiz_paper add column audience_weak_only boolean not null default false;

-- An image shown with the question: a media asset of the courseware content store, served through a signed link.
alter table quiz_question add column image_asset_id uuid;
