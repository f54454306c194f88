package org.acquis.organization;

/** What a member may do in an organisation: an ADMIN also manages members and imports. */
public enum OrganizationRole {

	ADMIN, MEMBER

}
