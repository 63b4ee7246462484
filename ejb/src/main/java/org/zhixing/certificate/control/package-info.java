/** Storing, numbering and drawing certificates. */
package org.zhixing.certificate.control;
