package org.acquis.campaign.targetprofile;

import java.util.List;

import org.acquis.referential.ContentBank;
import org.acquis.referential.Skill;
import org.springframework.stereotype.Component;

/**
 * The skills a target profile assesses: the active skills of its tubes up to each cap;
 * and what a teacher is told before choosing it (questions and minutes, estimated).
 */
@Component
public class TargetProfileSkills {

	/** About one question for two skills: the method infers the others. */
	static final double QUESTIONS_PER_SKILL = 0.5;

	static final double MINUTES_PER_QUESTION = 1.5;

	private final ContentBank bank;

	TargetProfileSkills(ContentBank bank) {
		this.bank = bank;
	}

	public List<Skill> of(TargetProfile profile) {
		return of(profile.tubes());
	}

	List<Skill> of(List<TargetProfile.CappedTube> tubes) {
		return tubes.stream()
			.flatMap(
					t -> this.bank.skillsOfTube(t.tube()).stream().filter(s -> s.active() && s.level() <= t.maxLevel()))
			.toList();
	}

	public int estimatedQuestions(TargetProfile profile) {
		return questions(of(profile).size());
	}

	static int questions(int skills) {
		return skills == 0 ? 0 : Math.max(1, (int) Math.ceil(skills * QUESTIONS_PER_SKILL));
	}

	static int minutes(int skills) {
		return (int) Math.ceil(questions(skills) * MINUTES_PER_QUESTION);
	}

}
