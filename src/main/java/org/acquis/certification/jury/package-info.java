/**
 * The jury (back office, roles CERTIFICATION and SUPER_ADMIN): the finalised sessions to
 * review, their assignment and comment, a decision per certification, publication and its
 * e-mails.
 */
@NullMarked
package org.acquis.certification.jury;

import org.jspecify.annotations.NullMarked;
