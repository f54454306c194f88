@NullMarked
package org.acquis.certification.supervision;

import org.jspecify.annotations.NullMarked;
