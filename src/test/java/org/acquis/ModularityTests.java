package org.acquis;

import org.acquis.evaluation.AssessmentCompleted;
import org.acquis.evaluation.assessment.AssessmentOptions;
import org.acquis.evaluation.assessment.AssessmentSummaries;
import org.acquis.evaluation.assessment.AssessmentSummary;
import org.acquis.evaluation.assessment.Assessments;
import org.acquis.evaluation.assessment.KnowledgeElements;
import org.acquis.evaluation.assessment.KnowledgeSnapshot;
import org.acquis.evaluation.assessment.KnowledgeSnapshots;
import org.acquis.evaluation.assessment.Purpose;
import org.acquis.evaluation.assessment.StartAssessment;
import org.acquis.evaluation.domain.AssessmentMethod;
import org.acquis.evaluation.domain.MethodInput;
import org.acquis.evaluation.profile.LearnerProfile;
import org.acquis.evaluation.profile.Profile;
import org.acquis.evaluation.profile.Scorecard;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(AcquisApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void evaluationPublishesWhatCampaignsAndCertificationNeedAndNothingElse() {
		var evaluation = this.modules.getModuleByName("evaluation").orElseThrow();
		published(evaluation, "assessment", StartAssessment.class, AssessmentOptions.class, Purpose.class,
				AssessmentSummaries.class, AssessmentSummary.class);
		published(evaluation, "knowledge", KnowledgeSnapshots.class, KnowledgeSnapshot.class);
		published(evaluation, "profile", LearnerProfile.class, Profile.class, Scorecard.class);
		published(evaluation, "method", AssessmentMethod.class, MethodInput.class);
		var root = evaluation.getNamedInterfaces().stream().filter(NamedInterface::isUnnamed).findFirst().orElseThrow();
		assertThat(root.contains(AssessmentCompleted.class)).isTrue();
		assertThat(evaluation.getNamedInterfaces().stream()).as("the tables stay inside")
			.noneMatch(ni -> ni.contains(Assessments.class) || ni.contains(KnowledgeElements.class));
	}

	private static void published(ApplicationModule module, String name, Class<?>... types) {
		var named = module.getNamedInterfaces().getByName(name).orElseThrow(() -> new AssertionError("no " + name));
		for (var type : types) {
			assertThat(named.contains(type)).as("%s in %s", type.getSimpleName(), name).isTrue();
		}
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
