package org.acquis.organization.learnerimport;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.acquis.organization.OrganizationSettings;
import org.acquis.organization.learnerimport.LearnerImports.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one import (the body of its background job, {@link ImportJobs}): reads the file as
 * a stream (progress stored now and then, visible at once), then, if nothing is wrong,
 * applies the list in one transaction. A file with any error imports nothing: the report
 * lists every error.
 */
@Component
class RunLearnerImport {

	private static final Logger log = LoggerFactory.getLogger(RunLearnerImport.class);

	private final LearnerImports imports;

	private final ApplyLearnerList applyList;

	private final OrganizationSettings settings;

	private final ApplyStudentList applyStudents;

	RunLearnerImport(LearnerImports imports, ApplyLearnerList applyList, ApplyStudentList applyStudents,
			OrganizationSettings settings) {
		this.imports = imports;
		this.applyList = applyList;
		this.applyStudents = applyStudents;
		this.settings = settings;
	}

	void run(UUID importId) {
		var work = this.imports.claim(importId).orElse(null);
		if (work == null) {
			return;
		}
		if (work.format() == ImportFormat.SUP_CSV) {
			runStudents(importId, work);
			return;
		}
		ParsedFile parsed;
		try (var in = ImportInput.open(work.file(), this.settings.maxUnzippedImport().toBytes())) {
			parsed = reader(work.format()).read(in, work.uai(), read -> this.imports.progress(importId, read));
		}
		catch (ImportTooLarge ex) {
			parsed = ParsedFile.failed("IMPORT_FILE_TOO_LARGE");
		}
		catch (IOException ex) {
			parsed = ParsedFile.failed("IMPORT_FILE_UNREADABLE");
		}
		int read = parsed.learners().size();
		if (!parsed.errors().isEmpty()) {
			this.imports.finish(importId, Status.FAILED, read, 0, 0, 0, parsed.errors());
			return;
		}
		try {
			this.applyList.apply(importId, work.organizationId(), parsed.learners());
		}
		catch (RuntimeException ex) {
			log.warn("The learner import {} failed", importId, ex);
			this.imports.finish(importId, Status.FAILED, read, 0, 0, 0, List.of(ImportError.ofFile("IMPORT_FAILED")));
		}
	}

	private void runStudents(UUID importId, LearnerImports.Work work) {
		SupCsvReader.Parsed parsed;
		try (var in = ImportInput.open(work.file(), this.settings.maxUnzippedImport().toBytes())) {
			parsed = new SupCsvReader().read(in, read -> this.imports.progress(importId, read));
		}
		catch (ImportTooLarge ex) {
			parsed = new SupCsvReader.Parsed(List.of(), List.of(ImportError.ofFile("IMPORT_FILE_TOO_LARGE")));
		}
		catch (IOException ex) {
			parsed = new SupCsvReader.Parsed(List.of(), List.of(ImportError.ofFile("IMPORT_FILE_UNREADABLE")));
		}
		int read = parsed.students().size();
		if (!parsed.errors().isEmpty()) {
			this.imports.finish(importId, Status.FAILED, read, 0, 0, 0, parsed.errors());
			return;
		}
		try {
			this.applyStudents.apply(importId, work.organizationId(), parsed.students(), work.mode());
		}
		catch (RuntimeException ex) {
			log.warn("The student import {} failed", importId, ex);
			this.imports.finish(importId, Status.FAILED, read, 0, 0, 0, List.of(ImportError.ofFile("IMPORT_FAILED")));
		}
	}

	private static LearnerFileReader reader(ImportFormat format) {
		return switch (format) {
			case SIECLE_XML -> new SiecleReader();
			case SCO_CSV, FREGATA_CSV -> new SchoolCsvReader();
			case SUP_CSV -> throw new IllegalStateException("read by SupCsvReader");
		};
	}

}
