package org.acquis.certification.center;

/** A member's role in a certification centre. */
public enum CenterRole {

	ADMIN, MEMBER

}
