/**
 * Training sessions as the campaign calendar holds them: level, mode, time and RFC 5545 recurrence with per-occurrence
 * exceptions, venue or stream, trainers, and the audience rule that is resolved to people when a session is published.
 */
package org.zhixing.schedule.entity;
