package org.acquis.organization.learnerimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;

/** Reads one format of learner file, as a stream, and reports every error at once. */
interface LearnerFileReader {

	/**
	 * @param in the file's content (unzipped)
	 * @param uai the school's UAI, which a file that names its school must carry
	 * @param progress told how many learners were read so far, now and then
	 */
	ParsedFile read(InputStream in, @Nullable String uai, IntConsumer progress) throws IOException;

}
