package org.acquis.campaign.mastery;

/**
 * A tube over the participations that shared: its cap, validated out of target skills,
 * and per participant (averaged) the level reached over the cap, whether they are part
 * way (some skills validated, not all) and whether a next step is left below the cap.
 */
public record TubeStats(String tube, int cap, long validated, long total, double reachedOverCap, double partWay,
		double nextStepLeft) {

	public Rate rate() {
		return new Rate(this.tube, this.validated, this.total);
	}

}
