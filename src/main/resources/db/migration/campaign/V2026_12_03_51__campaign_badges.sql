-- badges of a target profile: every criterion must hold (a threshold in % of the validated target skills,
-- of the whole participation when tubes is null, else of those tubes' target skills)
CREATE TABLE campaign_badge (
  id                 UUID PRIMARY KEY,
  target_profile_id  UUID NOT NULL REFERENCES campaign_target_profile (id),
  key                TEXT NOT NULL,
  title              TEXT NOT NULL,
  message            TEXT NOT NULL DEFAULT '',
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT one_badge_per_key UNIQUE (target_profile_id, key)
);

CREATE TABLE campaign_badge_criterion (
  badge_id   UUID NOT NULL REFERENCES campaign_badge (id),
  position   INTEGER NOT NULL,
  threshold  INTEGER NOT NULL CHECK (threshold BETWEEN 0 AND 100),
  tubes      TEXT[],
  PRIMARY KEY (badge_id, position)
);

-- the badges a participation earned when it was shared (kept as sent)
CREATE TABLE campaign_acquired_badge (
  participation_id  UUID NOT NULL REFERENCES campaign_participation (id),
  badge_id          UUID NOT NULL REFERENCES campaign_badge (id),
  PRIMARY KEY (participation_id, badge_id)
);
