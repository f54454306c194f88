package org.acquis.organization;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code acquis.organization.*}.
 *
 * @param invitationValidity how long an e-mailed invitation can be accepted
 * @param maxImportFile the largest learner file accepted (the upload, zipped or not)
 * @param maxUnzippedImport the most a zipped learner file may expand to (zip bombs)
 * @param termsVersion the version of the space's terms of use; a new one is asked again
 * @param demoSchool with the demo profile: a school, its teacher and pupils
 */
@ConfigurationProperties("acquis.organization")
public record OrganizationSettings(@DefaultValue("7d") Duration invitationValidity,
		@DefaultValue("20MB") DataSize maxImportFile, @DefaultValue("200MB") DataSize maxUnzippedImport,
		@DefaultValue("2026-12") String termsVersion, @DefaultValue("false") boolean demoSchool) {
}
