package org.acquis.campaign.targetprofile;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a campaign assesses: tubes, each up to a level, of one framework; its stages
 * (paliers) by threshold, stage 0 first.
 *
 * @param key the stable key of a profile the product ships, null for the others
 */
public record TargetProfile(UUID id, @Nullable String key, String name, String description, String framework,
		int estimatedMinutes, List<CappedTube> tubes, List<Stage> stages) {

	public TargetProfile {
		tubes = List.copyOf(tubes);
		stages = stages.stream().sorted(Comparator.comparingInt(Stage::threshold)).toList();
	}

	/** A tube assessed up to {@code maxLevel}. */
	public record CappedTube(String tube, int maxLevel) {
	}

	/**
	 * A palier: reached when at least {@code threshold} % of the target skills are
	 * validated.
	 */
	public record Stage(int threshold, String title, String message) {
	}

}
