/** Errors of the domain and their rendering as RFC 9457 problem details, with messages in Chinese and English. */
package org.zhixing.platform.problem;
