/**
 * Notifications (通知): notices sent to people through the channels in use — the portal inbox always, mail when
 * configured, SMS through a provider's gateway — each at most once per topic, person and channel. Scheduling sends its
 * session reminders through it; coverage can send supervision reminders the same way.
 */
package org.zhixing.notify;
