package org.acquis.campaign.targetprofile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.acquis.referential.ContentBank;
import org.acquis.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office builds a target profile from competences (each of their tubes up to a
 * level) or tube by tube, in one framework, with its stages; stage 0 is added when stages
 * are given without it.
 */
@Component
public class CreateTargetProfile {

	private final TargetProfiles profiles;

	private final TargetProfileSkills skills;

	private final ContentBank bank;

	private final Clock clock;

	CreateTargetProfile(TargetProfiles profiles, TargetProfileSkills skills, ContentBank bank, Clock clock) {
		this.profiles = profiles;
		this.skills = skills;
		this.bank = bank;
		this.clock = clock;
	}

	public record Command(@Nullable String key, @Nullable String name, @Nullable String description,
			@Nullable List<Cap> competences, @Nullable List<TubeCap> tubes, @Nullable List<StageInput> stages) {
	}

	public record Cap(@Nullable String code, int maxLevel) {
	}

	public record TubeCap(@Nullable String tube, int maxLevel) {
	}

	public record StageInput(int threshold, @Nullable String title, @Nullable String message) {
	}

	@Transactional
	public UUID create(Command command) {
		var name = command.name() == null ? "" : command.name().strip();
		if (name.isEmpty() || name.length() > 200) {
			throw DomainException.badInput("TARGET_PROFILE_NAME_INVALID");
		}
		var tubes = tubes(command);
		var frameworks = tubes.stream()
			.map(t -> this.bank.tube(t.tube()).orElseThrow().framework())
			.distinct()
			.toList();
		if (tubes.isEmpty() || frameworks.size() != 1 || this.skills.of(tubes).isEmpty()) {
			throw DomainException.badInput("TARGET_PROFILE_TUBES_INVALID");
		}
		var description = command.description() == null ? "" : command.description().strip();
		var minutes = TargetProfileSkills.minutes(this.skills.of(tubes).size());
		var profile = new TargetProfile(UUID.randomUUID(), command.key(), name, description, frameworks.get(0), minutes,
				tubes, stages(command.stages()));
		this.profiles.insert(profile, this.clock.instant());
		return profile.id();
	}

	private List<TargetProfile.CappedTube> tubes(Command command) {
		var caps = new LinkedHashMap<String, Integer>();
		for (var cap : command.competences() == null ? List.<Cap>of() : command.competences()) {
			var code = cap.code() == null ? "" : cap.code();
			var tubes = this.bank.tubes(ContentBank.CORE, code);
			if (tubes.isEmpty() || !validLevel(cap.maxLevel())) {
				throw DomainException.badInput("TARGET_PROFILE_TUBES_INVALID");
			}
			tubes.forEach(t -> caps.put(t.name(), cap.maxLevel()));
		}
		for (var cap : command.tubes() == null ? List.<TubeCap>of() : command.tubes()) {
			var tube = cap.tube() == null ? "" : cap.tube();
			if (this.bank.tube(tube).isEmpty() || !validLevel(cap.maxLevel())) {
				throw DomainException.badInput("TARGET_PROFILE_TUBES_INVALID");
			}
			caps.put(tube, cap.maxLevel());
		}
		return caps.entrySet().stream().map(e -> new TargetProfile.CappedTube(e.getKey(), e.getValue())).toList();
	}

	private static boolean validLevel(int level) {
		return level >= 1 && level <= 8;
	}

	static List<TargetProfile.Stage> stages(@Nullable List<StageInput> inputs) {
		var stages = new ArrayList<TargetProfile.Stage>();
		for (var input : inputs == null ? List.<StageInput>of() : inputs) {
			var title = input.title() == null ? "" : input.title().strip();
			if (input.threshold() < 0 || input.threshold() > 100 || title.isEmpty() || title.length() > 200
					|| stages.stream().anyMatch(s -> s.threshold() == input.threshold())) {
				throw DomainException.badInput("STAGE_INVALID");
			}
			stages.add(new TargetProfile.Stage(input.threshold(), title,
					input.message() == null ? "" : input.message().strip()));
		}
		if (!stages.isEmpty() && stages.stream().noneMatch(s -> s.threshold() == 0)) {
			stages.add(new TargetProfile.Stage(0, "0", ""));
		}
		return stages;
	}

}
