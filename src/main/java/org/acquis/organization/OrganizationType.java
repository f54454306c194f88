package org.acquis.organization;

import java.util.Arrays;
import java.util.Optional;

/**
 * School (SCO; SCO-1D for a primary school), higher education (SUP), professional (PRO).
 */
public enum OrganizationType {

	SCO("SCO"), SCO_1D("SCO-1D"), SUP("SUP"), PRO("PRO");

	private final String code;

	OrganizationType(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static Optional<OrganizationType> fromCode(String code) {
		return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
	}

}
