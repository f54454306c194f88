package org.acquis.referential.validation;

/**
 * Tolerances a free-text challenge may enable: t1 (case, accents, spaces), t2
 * (punctuation), t3 (approximate spelling).
 */
public enum Tolerance {

	T1, T2, T3

}
