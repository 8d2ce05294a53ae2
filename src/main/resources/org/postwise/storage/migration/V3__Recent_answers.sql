-- Answers posted on Discord, for the buttons under them ("Helpful", "Not helpful", "Show passages"), so they work
-- after a restart and on any instance sharing the database. Kept 24 hours. Nothing is stored for an answer
-- flagged phi; the question is stored (redacted) only for an answer that raised no flag.

CREATE TABLE recent_answer (
    answer_id VARCHAR(64)      NOT NULL PRIMARY KEY,
    posted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    question  VARCHAR(4000),
    answer    VARCHAR(1000000) NOT NULL
);

CREATE INDEX recent_answer_by_time ON recent_answer (posted_at);
