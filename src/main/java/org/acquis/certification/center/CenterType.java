package org.acquis.certification.center;

/** School (SCO), higher education (SUP) or professional (PRO) centre. */
public enum CenterType {

	SCO, SUP, PRO

}
