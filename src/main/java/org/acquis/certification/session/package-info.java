@NullMarked
package org.acquis.certification.session;

import org.jspecify.annotations.NullMarked;
