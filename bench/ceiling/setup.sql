-- The database ceiling: tables shaped like evaluation_assessment / evaluation_answer, in their own database
DROP TABLE IF EXISTS ceiling_answer;
DROP TABLE IF EXISTS ceiling_assessment;
CREATE TABLE ceiling_assessment (id INT PRIMARY KEY, answers INT NOT NULL DEFAULT 0, current_challenge_id TEXT,
  updated_at TIMESTAMPTZ NOT NULL);
INSERT INTO ceiling_assessment SELECT g, 0, 'c', now() FROM generate_series(1, 100000) g;
CREATE TABLE ceiling_answer (id UUID PRIMARY KEY, assessment_id INT NOT NULL REFERENCES ceiling_assessment (id),
  challenge_id TEXT NOT NULL, result TEXT NOT NULL, idempotency_key TEXT, created_at TIMESTAMPTZ NOT NULL,
  UNIQUE (assessment_id, idempotency_key));
VACUUM ANALYZE;
