-- The profile's first-visit welcome, closed by its learner (issue 16): shown while the
-- learner has started no evaluation and has not closed it.
CREATE TABLE evaluation_welcome_dismissed (
  user_id       UUID PRIMARY KEY,
  dismissed_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
