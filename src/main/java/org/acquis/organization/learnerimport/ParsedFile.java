package org.acquis.organization.learnerimport;

import java.util.List;

/** What a reader made of a file: the learners, or everything wrong with it. */
record ParsedFile(List<ImportedLearner> learners, List<ImportError> errors) {

	static ParsedFile failed(String code) {
		return new ParsedFile(List.of(), List.of(ImportError.ofFile(code)));
	}

}
