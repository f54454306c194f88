@NullMarked
package org.acquis.certification.scoring.domain;

import org.jspecify.annotations.NullMarked;
