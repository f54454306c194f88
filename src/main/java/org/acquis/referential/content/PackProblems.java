package org.acquis.referential.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Every problem found in a content pack, reported all at once as
 * {@code file:line: message}.
 */
public final class PackProblems {

	private final List<String> problems = new ArrayList<>();

	void add(String file, int line, String message) {
		this.problems.add(file + ":" + line + ": " + message);
	}

	public List<String> all() {
		return List.copyOf(this.problems);
	}

	public boolean isEmpty() {
		return this.problems.isEmpty();
	}

}
