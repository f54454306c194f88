package org.acquis.certification.certificate;

/**
 * The global level of a pix score, by the national platform's bands (domain.md §8, third
 * version): 0 below 64 pix, 1 from 64, 2 from 128, then one level every 128 pix up to 7
 * from 768 (the maximum score is 895).
 */
final class GlobalLevel {

	private static final int[] STARTS = { 0, 64, 128, 256, 384, 512, 640, 768 };

	private GlobalLevel() {
	}

	static int of(int pix) {
		int level = 0;
		for (int i = 0; i < STARTS.length; i++) {
			if (pix >= STARTS[i]) {
				level = i;
			}
		}
		return level;
	}

}
