-- A learner's account (identity's, by id): issued by the school (usernames and one-time passwords) or, later,
-- the account a pupil reconciled with; a higher-education student number (the key of the SUP CSV), their
-- diploma, and the groups the files give (SIECLE structures of type "G", the SUP "Groupe" column).
ALTER TABLE organization_learner ADD COLUMN user_id UUID;
ALTER TABLE organization_learner ADD COLUMN account_issued_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE organization_learner ADD COLUMN student_number TEXT;
ALTER TABLE organization_learner ADD COLUMN diploma TEXT;
ALTER TABLE organization_learner ADD COLUMN groups TEXT[] NOT NULL DEFAULT '{}';
CREATE UNIQUE INDEX one_learner_per_student_number ON organization_learner (organization_id, lower(student_number))
  WHERE student_number IS NOT NULL;
CREATE UNIQUE INDEX one_learner_per_account ON organization_learner (organization_id, user_id)
  WHERE user_id IS NOT NULL;

-- the higher-education CSV adds students (ADD) or replaces the list (REPLACE: those missing are disabled)
ALTER TABLE organization_learner_import ADD COLUMN mode TEXT;
