@NullMarked
package org.acquis.certification.center;

import org.jspecify.annotations.NullMarked;
