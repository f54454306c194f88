package org.acquis.referential.content;

import java.util.List;

/** Start-up stops on a broken content pack; the message lists every problem. */
class InvalidContentPackException extends IllegalStateException {

	InvalidContentPackException(List<String> problems) {
		super("The content pack has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
	}

}
