/**
 * Certificates (结业证书): issued once when a learner completes a course (its lessons and its required test), as a
 * PDF in Chinese with a QR code; verified by anyone at {@code /verify/<number>} with the name partly masked; revoked
 * with a reason by the admins of the learner's subtree. Reads tracking (completions) and org (names, scope) through
 * their boundaries; no feature depends on certificates.
 */
package org.zhixing.certificate.boundary;
