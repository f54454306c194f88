package org.acquis.referential.content;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.acquis.referential.Challenge;
import org.acquis.referential.Tube;
import org.acquis.referential.key.AnswerKey;
import org.acquis.referential.validation.AnswerValue;
import org.acquis.referential.validation.Solution;
import org.acquis.referential.validation.Tolerance;
import org.jspecify.annotations.Nullable;

/**
 * Reads one challenge of a tube file and derives its solution, a right answer and wrong
 * answers.
 */
final class ChallengeReader {

	private static final Set<String> KEYS = Set.of("id", "type", "instruction", "proposals", "solution", "field",
			"fields", "accepted", "groups", "wrong", "tolerances", "timer", "focused", "attachments", "illustration",
			"shuffled", "locale", "accessibility", "status");

	private static final Set<String> FIELD_KEYS = Set.of("key", "label", "kind", "options", "accepted", "format");

	TubeFile.@Nullable ChallengeEntry read(Tube tube, String skillId, int level, YamlNode node) {
		var e = node.entries(KEYS);
		var id = YamlNode.text(e, "id", node, true);
		var typeText = YamlNode.text(e, "type", node, true);
		var instruction = YamlNode.text(e, "instruction", node, true);
		if (id == null || typeText == null) {
			return null;
		}
		if (!id.matches(java.util.regex.Pattern.quote(tube.name()) + "-" + level + "-[a-z]")) {
			YamlNode.at(e, "id")
				.problem("challenge id '" + id + "' should be " + tube.name() + "-" + level + "-<letter>");
		}
		Challenge.Type type;
		try {
			type = Challenge.Type.valueOf(typeText.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			YamlNode.at(e, "type")
				.problem("unknown challenge type '" + typeText + "' (QCU, QCM, QROC, QROCM_IND, QROCM_DEP)");
			return null;
		}
		var tolerances = tolerances(e.get("tolerances"));
		if (!tolerances.isEmpty() && (type == Challenge.Type.QCU || type == Challenge.Type.QCM)) {
			YamlNode.at(e, "tolerances").problem("tolerances apply to free-text answers only");
		}
		var parts = switch (type) {
			case QCU, QCM -> ChoicesReader.read(id, type, e, node);
			case QROC -> freeText(e, node, tolerances);
			case QROCM_IND -> independentFields(e, node, tolerances);
			case QROCM_DEP -> dependentFields(e, node, tolerances);
		};
		if (parts == null) {
			return null;
		}
		Integer timer = e.containsKey("timer") ? YamlNode.at(e, "timer").integer().orElse(null) : null;
		if (timer != null && (timer < 10 || timer > 3600)) {
			YamlNode.at(e, "timer").problem("a timer is 10 to 3600 seconds");
		}
		Challenge.Illustration illustration = null;
		if (e.containsKey("illustration")) {
			var ill = e.get("illustration").entries(Set.of("file", "alt"));
			var file = YamlNode.text(ill, "file", e.get("illustration"), true);
			var alt = YamlNode.text(ill, "alt", e.get("illustration"), true);
			if (file != null) {
				illustration = new Challenge.Illustration(file, alt == null ? "" : alt.strip());
			}
		}
		var status = status(e.get("status"));
		var attachments = e.containsKey("attachments") ? e.get("attachments").texts() : List.<String>of();
		var locale = YamlNode.text(e, "locale", node, false);
		var challenge = new Challenge(id, skillId, tube.framework(), tube.competence(), type,
				instruction == null ? "" : instruction.strip(), parts.proposals(), parts.fields(), timer,
				flag(e.get("focused")), attachments, illustration, flag(e.get("shuffled")),
				locale == null ? "fr" : locale, status);
		return new TubeFile.ChallengeEntry(challenge,
				new AnswerKey(parts.solution(), parts.right(), parts.wrong(), parts.accepted()), node.line());
	}

	record Parts(List<Challenge.Proposal> proposals, List<Challenge.Field> fields, Solution solution, AnswerValue right,
			List<AnswerValue> wrong, Object accepted) {
	}

	private static @Nullable Parts freeText(Map<String, YamlNode> e, YamlNode node, Set<Tolerance> tolerances) {
		var field = e.containsKey("field") ? field(e.get("field"), "reponse", false) : null;
		var accepted = e.containsKey("accepted") ? YamlNode.at(e, "accepted").texts() : List.<String>of();
		if (accepted.isEmpty()) {
			node.problem("a QROC needs 'accepted' answers");
			return null;
		}
		var kind = field == null ? "text" : field.kind();
		var numeric = field != null && field.numeric();
		var solution = new Solution.FreeText(accepted, tolerances, numeric, "select".equals(kind));
		var shown = new Challenge.Field("reponse", field == null ? "" : field.label(), kind,
				field == null ? List.of() : field.options());
		checkSelect(shown, accepted, e.get("accepted"));
		var wrong = wrongTexts(e.get("wrong"), node);
		return new Parts(List.of(), List.of(shown), solution, new AnswerValue.Text(accepted.get(0)), wrong, accepted);
	}

	private static @Nullable Parts independentFields(Map<String, YamlNode> e, YamlNode node,
			Set<Tolerance> tolerances) {
		if (!e.containsKey("fields")) {
			node.problem("a QROCM_IND needs 'fields'");
			return null;
		}
		var fields = new ArrayList<Challenge.Field>();
		var solutions = new LinkedHashMap<String, Solution.FreeText>();
		var right = new LinkedHashMap<String, String>();
		var accepted = new LinkedHashMap<String, List<String>>();
		for (var item : e.get("fields").list()) {
			var read = field(item, null, true);
			if (read == null) {
				continue;
			}
			var shown = new Challenge.Field(read.key(), read.label(), read.kind(), read.options());
			checkSelect(shown, read.accepted(), item);
			fields.add(shown);
			solutions.put(read.key(),
					new Solution.FreeText(read.accepted(), tolerances, read.numeric(), "select".equals(read.kind())));
			right.put(read.key(), read.accepted().get(0));
			accepted.put(read.key(), read.accepted());
		}
		if (fields.size() < 2) {
			node.problem("a QROCM_IND needs at least 2 fields");
			return null;
		}
		return new Parts(List.of(), fields, new Solution.IndependentFields(solutions), new AnswerValue.Fields(right),
				wrongFields(e.get("wrong"), node, right.keySet()), accepted);
	}

	private static @Nullable Parts dependentFields(Map<String, YamlNode> e, YamlNode node, Set<Tolerance> tolerances) {
		if (!e.containsKey("fields") || !e.containsKey("groups")) {
			node.problem("a QROCM_DEP needs 'fields' and 'groups'");
			return null;
		}
		var fields = new ArrayList<Challenge.Field>();
		for (var item : e.get("fields").list()) {
			var read = field(item, null, false);
			if (read != null) {
				fields.add(new Challenge.Field(read.key(), read.label(), "text", List.of()));
			}
		}
		var groups = e.get("groups").list().stream().map(YamlNode::texts).filter(g -> !g.isEmpty()).toList();
		if (fields.size() < 2 || groups.size() < fields.size()) {
			node.problem("a QROCM_DEP needs at least 2 fields and at least as many groups as fields");
			return null;
		}
		var keys = fields.stream().map(Challenge.Field::key).toList();
		var right = new LinkedHashMap<String, String>();
		for (int i = 0; i < keys.size(); i++) {
			right.put(keys.get(i), groups.get(i).get(0));
		}
		return new Parts(List.of(), fields, new Solution.DependentFields(keys, groups, tolerances),
				new AnswerValue.Fields(right), wrongFields(e.get("wrong"), node, right.keySet()), groups);
	}

	private record FieldEntry(String key, String label, String kind, List<String> options, List<String> accepted,
			boolean numeric) {
	}

	private static @Nullable FieldEntry field(YamlNode node, @Nullable String defaultKey, boolean needsAccepted) {
		var e = node.entries(FIELD_KEYS);
		var key = defaultKey != null ? defaultKey : YamlNode.text(e, "key", node, true);
		var label = YamlNode.text(e, "label", node, defaultKey == null);
		var kind = YamlNode.text(e, "kind", node, false);
		kind = kind == null ? "text" : kind;
		if (!Set.of("text", "select").contains(kind)) {
			YamlNode.at(e, "kind").problem("a field's kind is 'text' or 'select'");
		}
		var options = e.containsKey("options") ? YamlNode.at(e, "options").texts() : List.<String>of();
		if ("select".equals(kind) && options.size() < 2) {
			node.problem("a select field needs at least 2 options");
		}
		var format = YamlNode.text(e, "format", node, false);
		if (format != null && !Set.of("text", "numeric").contains(format)) {
			YamlNode.at(e, "format").problem("a field's format is 'text' or 'numeric'");
		}
		var accepted = e.containsKey("accepted") ? YamlNode.at(e, "accepted").texts() : List.<String>of();
		if (needsAccepted && accepted.isEmpty()) {
			node.problem("field '" + key + "' needs 'accepted' answers");
			return null;
		}
		if (key == null || !key.matches("[A-Za-z0-9_-]{1,40}")) {
			node.problem("a field key is letters, digits, '-' or '_'");
			return null;
		}
		return new FieldEntry(key, label == null ? "" : label.strip(), kind, options, accepted,
				"numeric".equals(format));
	}

	private static void checkSelect(Challenge.Field field, List<String> accepted, @Nullable YamlNode where) {
		if ("select".equals(field.kind()) && where != null && !field.options().containsAll(accepted)) {
			where.problem("the accepted answers of a select field must be among its options");
		}
	}

	private static List<AnswerValue> wrongTexts(@Nullable YamlNode node, YamlNode challenge) {
		if (node == null) {
			challenge.problem("give at least one plausible wrong answer in 'wrong'");
			return List.of();
		}
		return (node.isList() ? node.texts() : java.util.Optional.ofNullable(node.text()).stream().toList()).stream()
			.<AnswerValue>map(AnswerValue.Text::new)
			.toList();
	}

	private static List<AnswerValue> wrongFields(@Nullable YamlNode node, YamlNode challenge, Set<String> keys) {
		if (node == null) {
			challenge.problem("give a plausible wrong answer in 'wrong' (a value for every field)");
			return List.of();
		}
		var values = new LinkedHashMap<String, String>();
		node.entries().forEach((key, value) -> values.put(key, value.text()));
		if (!values.keySet().equals(keys)) {
			node.problem("'wrong' must give a value for exactly the fields " + keys);
		}
		return List.of(new AnswerValue.Fields(values));
	}

	private static Set<Tolerance> tolerances(@Nullable YamlNode node) {
		var result = EnumSet.noneOf(Tolerance.class);
		if (node != null) {
			for (var item : node.list()) {
				var text = item.text();
				try {
					result.add(Tolerance.valueOf(String.valueOf(text).trim().toUpperCase(Locale.ROOT)));
				}
				catch (IllegalArgumentException ex) {
					item.problem("unknown tolerance '" + text + "' (t1, t2, t3)");
				}
			}
		}
		return result;
	}

	private static Challenge.Status status(@Nullable YamlNode node) {
		if (node == null) {
			return Challenge.Status.VALIDATED;
		}
		var text = String.valueOf(node.text()).trim().toUpperCase(Locale.ROOT);
		try {
			return Challenge.Status.valueOf(text);
		}
		catch (IllegalArgumentException ex) {
			node.problem("a challenge's status is draft, validated, archived or obsolete");
			return Challenge.Status.DRAFT;
		}
	}

	private static boolean flag(@Nullable YamlNode node) {
		return node != null && "true".equalsIgnoreCase(String.valueOf(node.text()).trim());
	}

}
