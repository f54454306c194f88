package org.acquis.campaign.mastery;

/** Validated skills out of target skills, for a competence, a tube or the whole. */
public record Rate(String key, long validated, long total) {

	public double value() {
		return this.total == 0 ? 0 : (double) this.validated / this.total;
	}

	/** Rounded down to a whole percentage, as shown. */
	public int percent() {
		return (int) Math.floor(value() * 100 + 1e-9);
	}

}
