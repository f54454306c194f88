package org.acquis.identity;

/** What a person may do. Every account is a learner; the others are back-office roles. */
public enum Role {

	LEARNER, SUPER_ADMIN, SUPPORT, CONTENT, CERTIFICATION;

	public String authority() {
		return "ROLE_" + name();
	}

}
