-- One answer's write, as the product does it: lock the assessment row, insert the answer, update the row
\set aid random(1, 100000)
BEGIN;
SELECT answers FROM ceiling_assessment WHERE id = :aid FOR UPDATE;
INSERT INTO ceiling_answer VALUES (gen_random_uuid(), :aid, 'challenge', 'SKIPPED', md5(random()::text), now());
UPDATE ceiling_assessment SET answers = answers + 1, current_challenge_id = NULL, updated_at = now() WHERE id = :aid;
END;
