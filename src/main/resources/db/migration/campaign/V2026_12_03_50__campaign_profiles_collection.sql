-- a profiles collection: what the learner sent is their 16-competence profile as it stood then
ALTER TABLE campaign_participation ADD COLUMN pix_score INTEGER, ADD COLUMN certifiable BOOLEAN;

CREATE TABLE campaign_shared_competence (
  participation_id  UUID NOT NULL REFERENCES campaign_participation (id),
  competence_code   TEXT NOT NULL,
  level             INTEGER NOT NULL,
  pix               INTEGER NOT NULL,
  PRIMARY KEY (participation_id, competence_code)
);
