package org.acquis.referential;

/** A short lesson written by us, linked from the skills it helps with. */
public record Tutorial(String id, String tube, String title, int durationMinutes, String body, String example) {
}
