/** Sources of record entries, their assembly into a record, and its PDF. */
package org.zhixing.transcript.control;
