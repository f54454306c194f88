-- The framework of a knowledge element's skill gets its own column, named as in
-- evaluation_assessment: extension frameworks were written inside competence_code
-- ('crcn-edu:1.4'). The constant default fills existing rows without rewriting the table; it is
-- dropped so that a writer that forgets the framework fails instead of filing an extension's
-- element under the core.
ALTER TABLE evaluation_knowledge_element ADD COLUMN framework_code TEXT NOT NULL DEFAULT 'crcn';
ALTER TABLE evaluation_knowledge_element ALTER COLUMN framework_code DROP DEFAULT;

UPDATE evaluation_knowledge_element
   SET framework_code = split_part(competence_code, ':', 1),
       competence_code = substr(competence_code, strpos(competence_code, ':') + 1)
 WHERE strpos(competence_code, ':') > 0;

-- The hot reads: a learner's elements in some competences of a framework (each answer), in a
-- framework (the profile), in one competence (reset, improve).
CREATE INDEX evaluation_knowledge_element_user_framework
  ON evaluation_knowledge_element (user_id, framework_code, competence_code, created_at);
DROP INDEX evaluation_knowledge_element_user;
