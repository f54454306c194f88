-- A learner's report of a problem on a challenge ("Signaler un problème"): one per learner,
-- challenge and category (a repeat updates it), listed for content authors with counts per
-- challenge. The challenge is named by its id in the content bank (no table of its own).
CREATE TABLE referential_challenge_report (
    id uuid PRIMARY KEY,
    challenge_id text NOT NULL,
    user_id uuid NOT NULL,
    category text NOT NULL
        CONSTRAINT known_report_category CHECK (category IN ('ANSWER_REFUSED', 'UNCLEAR', 'BROKEN_FILE', 'OTHER')),
    comment text CONSTRAINT report_comment_at_most_1000_characters CHECK (char_length(comment) <= 1000),
    assessment_id uuid,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    CONSTRAINT one_report_per_learner_challenge_and_category UNIQUE (challenge_id, user_id, category)
);

-- the flood check: a learner's reports of the last minutes
CREATE INDEX referential_challenge_report_by_learner ON referential_challenge_report (user_id, created_at);
-- the authors' list, newest first
CREATE INDEX referential_challenge_report_by_time ON referential_challenge_report (updated_at DESC);
