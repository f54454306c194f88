package org.acquis.referential;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The frameworks' names in the page's language: the areas, the competences, the levels'
 * groups and definitions, from the French texts ({@link Framework}) and the overlays
 * {@code referential/translations/<framework>.<language>.json} (the CRCN in English).
 * What an overlay does not translate (an extension's names, the descriptions, the
 * milestones) stays French: its {@link Name#lang()} says so, for a {@code lang="fr"}.
 * Templates call it as {@code @frameworkNames}.
 */
@Component("frameworkNames")
public class FrameworkNames {

	/**
	 * A name to show: its text, and {@code "fr"} when it is French on a page in another
	 * language (else null: the page's language).
	 */
	public record Name(String text, @Nullable String lang) {
	}

	private final ContentBank bank;

	/**
	 * "crcn.en" -> key ("area:1", "competence:1.1", "group:Novice", "level:1") -> text.
	 */
	private final Map<String, Map<String, String>> overlays;

	FrameworkNames(ContentBank bank) {
		this.bank = bank;
		this.overlays = read("classpath*:referential/translations/*.json");
	}

	/** An area of the core framework. */
	public Name area(String code, Locale locale) {
		var french = this.bank.core().areas().stream().filter(a -> a.code().equals(code)).findFirst();
		return name(ContentBank.CORE, "area:" + code, french.map(Framework.Area::name).orElse(code), locale);
	}

	/**
	 * A competence: {@code 1.1} in the core framework, or {@code crcn-edu:1.4} in an
	 * extension (as the tutorials' groups name them).
	 */
	public Name competence(String key, Locale locale) {
		var framework = key.contains(":") ? key.substring(0, key.indexOf(':')) : ContentBank.CORE;
		var code = key.substring(key.indexOf(':') + 1);
		var french = this.bank.competence(framework, code).map(Framework.Competence::name).orElse(code);
		return name(framework, "competence:" + code, french, locale);
	}

	/** The group of a core level ("Novice", "Indépendant"...). */
	public Name levelGroup(int level, Locale locale) {
		var group = this.bank.core().level(level).map(Framework.Level::group).orElse("");
		return name(ContentBank.CORE, "group:" + group, group, locale);
	}

	/** The definition of a core level. */
	public Name levelDefinition(int level, Locale locale) {
		var definition = this.bank.core().level(level).map(Framework.Level::definition).orElse("");
		return name(ContentBank.CORE, "level:" + level, definition, locale);
	}

	private Name name(String framework, String key, String french, Locale locale) {
		var language = locale.getLanguage();
		if (language.isEmpty() || language.equals("fr")) {
			return new Name(french, null);
		}
		return Optional.ofNullable(this.overlays.getOrDefault(framework + "." + language, Map.of()).get(key))
			.map(text -> new Name(text, null))
			.orElseGet(() -> new Name(french, "fr"));
	}

	private static Map<String, Map<String, String>> read(String pattern) {
		var json = JsonMapper.builder().build();
		var overlays = new HashMap<String, Map<String, String>>();
		try {
			for (var resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				try (InputStream in = resource.getInputStream()) {
					overlays.put(String.valueOf(resource.getFilename()).replace(".json", ""), texts(json.readTree(in)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(overlays);
	}

	private static Map<String, String> texts(JsonNode root) {
		var texts = new HashMap<String, String>();
		root.path("domains").properties().forEach(e -> texts.put("area:" + e.getKey(), e.getValue().asString()));
		root.path("competences")
			.properties()
			.forEach(e -> texts.put("competence:" + e.getKey(), e.getValue().asString()));
		root.path("levels")
			.path("groups")
			.properties()
			.forEach(e -> texts.put("group:" + e.getKey(), e.getValue().asString()));
		root.path("levels")
			.path("definitions")
			.properties()
			.forEach(e -> texts.put("level:" + e.getKey(), e.getValue().asString()));
		return Map.copyOf(texts);
	}

}
