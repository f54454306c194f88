package org.acquis.referential.content;

/**
 * The content linter as a command:
 * {@code ./mvnw -q compile exec:java -Dexec.mainClass=org.acquis.referential.content.ContentLint}.
 * Prints every problem as {@code file:line: message} and exits 1 when there is one.
 */
public final class ContentLint {

	private ContentLint() {
	}

	public static void main(String[] args) {
		var result = new ContentPackLoader().load();
		result.problems().forEach(System.out::println);
		if (result.bank() != null) {
			var bank = result.bank();
			System.out.printf("Content pack OK: %d skills, %d challenges, %d tutorials%n", bank.allSkills().size(),
					bank.allChallenges().size(), bank.allTutorials().size());
		}
		else {
			System.out.printf("%d problem(s)%n", result.problems().size());
			System.exit(1);
		}
	}

}
