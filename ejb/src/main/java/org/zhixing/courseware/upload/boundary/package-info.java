/**
 * Resumable courseware uploads: a trainer's file arrives in chunks over the tus 1.0 protocol, survives dropped links
 * and restarts, is checked by its bytes when complete, and becomes an asset of the content store — or is refused with
 * the reason, leaving nothing stored.
 */
package org.zhixing.courseware.upload.boundary;
