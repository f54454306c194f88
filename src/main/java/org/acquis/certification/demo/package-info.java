@NullMarked
package org.acquis.certification.demo;

import org.jspecify.annotations.NullMarked;
