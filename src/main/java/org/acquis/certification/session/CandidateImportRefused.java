package org.acquis.certification.session;

import java.util.List;

import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;

/** An import with wrong lines: nothing was enrolled; each problem with its line. */
class CandidateImportRefused extends DomainException {

	private final transient List<LineError> errors;

	CandidateImportRefused(List<LineError> errors) {
		super("CANDIDATE_IMPORT_INVALID", ErrorCategory.BAD_INPUT, errors.size());
		this.errors = List.copyOf(errors);
	}

	List<LineError> errors() {
		return this.errors;
	}

	record LineError(int line, String field, String code) {
	}

}
