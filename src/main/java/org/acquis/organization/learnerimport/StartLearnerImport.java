package org.acquis.organization.learnerimport;

import java.util.UUID;

import org.acquis.organization.Memberships;
import org.acquis.organization.OrganizationSettings;
import org.acquis.shared.DomainException;
import org.acquis.shared.ErrorCategory;
import org.jspecify.annotations.Nullable;
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

	/** {@code mode}: ADD (default) or REPLACE, for the higher-education CSV only. */
	public record Command(UUID organizationId, UUID userId, String format, byte[] file, @Nullable String mode) {

		public Command(UUID organizationId, UUID userId, String format, byte[] file) {
			this(organizationId, userId, format, file, null);
		}

	}

	@org.springframework.transaction.annotation.Transactional
	public UUID start(Command command) {
		this.memberships.requireAdmin(command.organizationId(), command.userId());
		var format = ImportFormat.of(command.format())
			.orElseThrow(() -> DomainException.badInput("IMPORT_FORMAT_UNKNOWN"));
		var mode = format != ImportFormat.SUP_CSV ? ImportMode.REPLACE
				: ImportMode.of(command.mode()).orElseThrow(() -> DomainException.badInput("IMPORT_MODE_UNKNOWN"));
		if (command.file().length == 0) {
			throw DomainException.badInput("IMPORT_FILE_EMPTY");
		}
		if (command.file().length > this.settings.maxImportFile().toBytes()) {
			throw new DomainException("IMPORT_FILE_TOO_LARGE", ErrorCategory.BAD_INPUT);
		}
		var id = UUID.randomUUID();
		this.imports.insert(id, command.organizationId(), format, mode, command.file(), command.userId());
		this.launcher.launch(id);
		return id;
	}

}
