/** The channels a notice goes out on, the sent log that keeps each delivery to once, and the inbox's rows. */
package org.zhixing.notify.control;
