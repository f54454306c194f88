-- A learner's accommodation for timed questions (issue 16): extra time (a percentage of
-- each timer: 33 is the usual "tiers temps", or 50) or no timer at all. No row: none.
-- Set by the learner; certification ignores it (a candidate's extra time is the centre's).
CREATE TABLE evaluation_accommodation (
  user_id             UUID PRIMARY KEY,
  kind                TEXT NOT NULL CHECK (kind IN ('EXTRA_TIME', 'NO_TIMER')),
  extra_time_percent  INTEGER CHECK (extra_time_percent IN (33, 50)),
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  CHECK ((kind = 'EXTRA_TIME') = (extra_time_percent IS NOT NULL))
);
