-- Answer values and field verdicts as jsonb: a value is a JSON string (QCU, QCM, QROC) or an object of
-- field key to string (QROCM); field results an object of field key to verdict. They were text:
-- "key=value" lines and "key=OK,key2=KO", which a value holding "=" or a line break made ambiguous.

-- Field keys are [A-Za-z0-9_-]{1,40} (the content checks), verdicts OK or KO: field results convert exactly.
ALTER TABLE evaluation_answer ADD COLUMN field_results_json JSONB;
UPDATE evaluation_answer SET field_results_json = (
  SELECT jsonb_object_agg(split_part(pair, '=', 1), substr(pair, strpos(pair, '=') + 1))
  FROM unnest(string_to_array(field_results, ',')) AS pair
) WHERE field_results IS NOT NULL;

-- "key=value" lines, read with the challenge's keys: a line that starts with one of them and "=" opens
-- that field (its value holds everything after the first "="), any other line continues the field before
-- it (a value with a line break). Null when the first line opens no field: the value was a text.
CREATE FUNCTION evaluation_fields_of_lines(lines TEXT, keys TEXT[]) RETURNS JSONB
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  fields JSONB := '{}';
  line TEXT;
  field TEXT;
  field_value TEXT;
BEGIN
  FOREACH line IN ARRAY string_to_array(lines, E'\n') LOOP
    IF strpos(line, '=') > 0 AND split_part(line, '=', 1) = ANY (keys)
        AND NOT fields ? split_part(line, '=', 1) AND split_part(line, '=', 1) IS DISTINCT FROM field THEN
      IF field IS NOT NULL THEN
        fields := fields || jsonb_build_object(field, field_value);
      END IF;
      field := split_part(line, '=', 1);
      field_value := substr(line, strpos(line, '=') + 1);
    ELSIF field IS NOT NULL THEN
      field_value := field_value || E'\n' || line;
    ELSE
      RETURN NULL;
    END IF;
  END LOOP;
  IF field IS NOT NULL THEN
    fields := fields || jsonb_build_object(field, field_value);
  END IF;
  RETURN CASE WHEN field IS NULL THEN NULL ELSE fields END;
END $$;

-- A challenge's keys are those of its judged answers' field results. A value is fields when its
-- challenge has keys and its lines read as them; else (QCU, QCM, QROC, or a QROCM never judged in
-- this database: only skipped or timed out) it is kept as a JSON string of the text as it was stored.
ALTER TABLE evaluation_answer ADD COLUMN value_json JSONB;
WITH challenge_keys AS (
  SELECT challenge_id, array_agg(DISTINCT key) AS keys
  FROM evaluation_answer, jsonb_object_keys(field_results_json) AS key
  WHERE field_results_json IS NOT NULL
  GROUP BY challenge_id
)
UPDATE evaluation_answer AS answer SET value_json = coalesce(
  (SELECT evaluation_fields_of_lines(answer.value, challenge_keys.keys) FROM challenge_keys
   WHERE challenge_keys.challenge_id = answer.challenge_id),
  to_jsonb(answer.value))
WHERE answer.value IS NOT NULL;

DROP FUNCTION evaluation_fields_of_lines(TEXT, TEXT[]);
ALTER TABLE evaluation_answer DROP COLUMN value, DROP COLUMN field_results;
ALTER TABLE evaluation_answer RENAME COLUMN value_json TO value;
ALTER TABLE evaluation_answer RENAME COLUMN field_results_json TO field_results;
