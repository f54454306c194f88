package org.acquis.referential.content;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.acquis.referential.ContentBank;
import org.acquis.referential.Framework;
import org.acquis.shared.DomainException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FrameworkController {

	private final ContentBank bank;

	FrameworkController(ContentBank bank) {
		this.bank = bank;
	}

	@Operation(summary = "The frameworks: the core CRCN and its extensions")
	@GetMapping("/api/frameworks")
	List<FrameworkSummary> frameworks() {
		return this.bank.frameworks()
			.stream()
			.map(f -> new FrameworkSummary(f.code(), f.name(), f.kind().name(), f.competences().size()))
			.toList();
	}

	@Operation(summary = "A framework's areas and competences")
	@GetMapping("/api/frameworks/{code}")
	FrameworkView framework(@PathVariable String code) {
		var framework = this.bank.framework(code)
			.orElseThrow(() -> DomainException.notFound("FRAMEWORK_UNKNOWN", code));
		return new FrameworkView(framework.code(), framework.name(), framework.kind().name(),
				framework.areas().stream().map(FrameworkController::area).toList());
	}

	private static AreaView area(Framework.Area area) {
		return new AreaView(area.code(), area.name(),
				area.competences().stream().map(c -> new CompetenceView(c.code(), c.name(), c.description())).toList());
	}

	record FrameworkSummary(String code, String name, String kind, int competences) {
	}

	record FrameworkView(String code, String name, String kind, List<AreaView> areas) {
	}

	record AreaView(String code, String name, List<CompetenceView> competences) {
	}

	record CompetenceView(String code, String name, String description) {
	}

}
