-- Coverage (issue 8) reads everyone's awards of a plan's courses in its period (a recompute: one statement for a whole
-- city). credit_award's key is (learner, course_id), which cannot serve "these courses": without this index the read
-- scans every award of every course, as it grows season after season.
create index credit_award_course_idx on credit_award (course_id, awarded_at);
