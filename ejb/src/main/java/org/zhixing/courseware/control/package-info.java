/**
 * How courseware is kept and served: courses and their versions and the rules on who may manage, review and take
 * them; the content store (blobs by SHA-256 and the files derived from them), the asset repository, and the signing
 * of media links.
 */
package org.zhixing.courseware.control;
