/** What the certification module tells the web edge about its paths. */
@NullMarked
package org.acquis.certification.site;

import org.jspecify.annotations.NullMarked;
