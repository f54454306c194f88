package org.acquis.organization.learnerimport;

import java.util.UUID;

import org.acquis.organization.Memberships;
import org.acquis.organization.OrganizationSettings;
import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.springframework.stereotype.Component;

/**
 * An organisation's admin uploads a learner file: it is stored (any node can run it) and
 * its import scheduled, in one transaction; the answer is the import's id, whose report
 * tells the rest.
 */
@Component
public class StartLearnerImport {

	private final Memberships memberships;

	private final LearnerImports imports;

	private final ImportLauncher launcher;

	private final OrganizationSettings settings;

	StartLearnerImport(Memberships memberships, LearnerImports imports, ImportLauncher launcher,
			OrganizationSettings settings) {
		this.memberships = memberships;
		this.imports = imports;
		this.launcher = launcher;
		this.settings = settings;
	}

	public record Command(UUID organizationId, UUID userId, String format, byte[] file) {
	}

	@org.springframework.transaction.annotation.Transactional
	public UUID start(Command command) {
		this.memberships.requireAdmin(command.organizationId(), command.userId());
		var format = ImportFormat.of(command.format())
			.orElseThrow(() -> DomainException.badInput("IMPORT_FORMAT_UNKNOWN"));
		if (format == ImportFormat.SUP_CSV) {
			throw DomainException.badInput("IMPORT_FORMAT_NOT_SUPPORTED_YET");
		}
		if (command.file().length == 0) {
			throw DomainException.badInput("IMPORT_FILE_EMPTY");
		}
		if (command.file().length > this.settings.maxImportFile().toBytes()) {
			throw new DomainException("IMPORT_FILE_TOO_LARGE", ErrorCategory.BAD_INPUT);
		}
		var id = UUID.randomUUID();
		this.imports.insert(id, command.organizationId(), format, command.file(), command.userId());
		this.launcher.launch(id);
		return id;
	}

}
