/**
 * The rules of results, in plain Java: mastery rates per competence and per tube, the
 * stage reached, the tubes recommended to work on.
 */
@NullMarked
package org.acquis.campaign.mastery;

import org.jspecify.annotations.NullMarked;
