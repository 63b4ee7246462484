/**
 * Scheduling's workings: who may manage a session, the stored occurrences and resolved audiences (JDBC where tens of
 * thousands of rows move at once), conflict detection, rotating QR sign-in codes, attendance and the calendar feed.
 */
package org.zhixing.schedule.control;
