@NullMarked
package org.acquis.certification.course;

import org.jspecify.annotations.NullMarked;
