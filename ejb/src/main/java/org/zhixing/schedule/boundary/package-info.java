/**
 * Scheduling and attendance as the rest of the system uses it: planning and publishing sessions, the learner's
 * schedule and calendar feed, QR sign-in and the organizer's live numbers.
 */
package org.zhixing.schedule.boundary;
