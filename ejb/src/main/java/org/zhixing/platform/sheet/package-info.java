/** Spreadsheets the features write for their users (reports, exports), streamed with Apache POI. */
package org.zhixing.platform.sheet;
