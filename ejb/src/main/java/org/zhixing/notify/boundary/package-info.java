/**
 * Notifications as the rest of the system uses them: {@link org.zhixing.notify.boundary.Notifications#send} for any
 * feature with something to tell people, {@link org.zhixing.notify.boundary.Inbox} for a person's own notices.
 */
package org.zhixing.notify.boundary;
