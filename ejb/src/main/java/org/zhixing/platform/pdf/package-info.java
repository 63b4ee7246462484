/**
 * PDF documents in Chinese that open in any reader: the Noto Sans SC font, fetched pinned at build time
 * ({@code ejb/src/main/fonts/fetch.sh}), embedded as a subset of the glyphs a document uses, and a simple page writer.
 */
package org.zhixing.platform.pdf;
