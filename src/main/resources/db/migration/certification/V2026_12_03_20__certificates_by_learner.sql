-- Certificates (issue 18, item 9): a learner's certificates are found through their courses.
-- The verification code's unique constraint (V2026_12_03_01) is the index of the public check.
CREATE INDEX certification_course_by_user ON certification_course (user_id);
