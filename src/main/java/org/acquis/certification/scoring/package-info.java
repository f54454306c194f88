@NullMarked
package org.acquis.certification.scoring;

import org.jspecify.annotations.NullMarked;
