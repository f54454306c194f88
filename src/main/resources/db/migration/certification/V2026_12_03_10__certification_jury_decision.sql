-- The jury's decision on one certification (issue 18, item 8): cancel, reject, or confirm the scorer's result
-- despite its jury errors. The result row then carries what the certificate shows (CANCELLED or REJECTED at 0 pix);
-- the scorer's own status and pix are kept here, and put back when the decision is withdrawn.
CREATE TABLE certification_jury_decision (
  course_id UUID PRIMARY KEY REFERENCES certification_result (course_id),
  decision TEXT NOT NULL CONSTRAINT jury_decision_known CHECK (decision IN ('CONFIRMED', 'CANCELLED', 'REJECTED')),
  comment TEXT NOT NULL CONSTRAINT jury_decision_comment_length CHECK (length(comment) BETWEEN 1 AND 2000),
  decided_by UUID NOT NULL,
  decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
  scored_status TEXT NOT NULL,
  scored_pix_score INT NOT NULL
);

CREATE INDEX certification_session_by_status ON certification_session (status, finalized_at);
