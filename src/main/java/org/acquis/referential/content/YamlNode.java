package org.acquis.referential.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML node that remembers its line, so that every problem of a content file can name
 * file and line. Reading never throws: a value of the wrong shape is reported and read as
 * absent.
 */
final class YamlNode {

	private final Node node;

	private final String file;

	private final PackProblems problems;

	YamlNode(Node node, String file, PackProblems problems) {
		this.node = node;
		this.file = file;
		this.problems = problems;
	}

	int line() {
		return this.node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
	}

	void problem(String message) {
		this.problems.add(this.file, line(), message);
	}

	Map<String, YamlNode> entries() {
		var map = new LinkedHashMap<String, YamlNode>();
		if (this.node instanceof MappingNode mapping) {
			for (var tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode key) {
					map.put(key.getValue(), new YamlNode(tuple.getValueNode(), this.file, this.problems));
				}
			}
		}
		else {
			problem("a mapping (key: value) is expected here");
		}
		return map;
	}

	Map<String, YamlNode> entries(Set<String> known) {
		var entries = entries();
		entries.forEach((key, value) -> {
			if (!known.contains(key)) {
				value.problem("unknown key '" + key + "'");
			}
		});
		return entries;
	}

	@Nullable String text() {
		if (this.node instanceof ScalarNode scalar) {
			return scalar.getValue();
		}
		problem("a text value is expected here");
		return null;
	}

	Optional<Integer> integer() {
		var text = text();
		try {
			return Optional.ofNullable(text).map(t -> Integer.valueOf(t.trim()));
		}
		catch (NumberFormatException ex) {
			problem("a whole number is expected here, not '" + text + "'");
			return Optional.empty();
		}
	}

	boolean isList() {
		return this.node instanceof SequenceNode;
	}

	List<YamlNode> list() {
		var items = new ArrayList<YamlNode>();
		if (this.node instanceof SequenceNode sequence) {
			sequence.getValue().forEach(n -> items.add(new YamlNode(n, this.file, this.problems)));
		}
		else {
			problem("a list is expected here");
		}
		return items;
	}

	List<String> texts() {
		return list().stream().map(YamlNode::text).filter(t -> t != null).toList();
	}

	/** The entry under a key known to be there (its text was read). */
	static YamlNode at(Map<String, YamlNode> entries, String key) {
		return java.util.Objects.requireNonNull(entries.get(key), key);
	}

	static @Nullable String text(Map<String, YamlNode> entries, String key, YamlNode parent, boolean required) {
		var value = entries.get(key);
		if (value == null) {
			if (required) {
				parent.problem("'" + key + "' is missing");
			}
			return null;
		}
		var text = value.text();
		if (required && (text == null || text.isBlank())) {
			value.problem("'" + key + "' is empty");
		}
		return text;
	}

}
