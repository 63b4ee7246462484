package org.zhixing.schedule.control;

import java.math.BigDecimal;

/**
 * One expected person at one occurrence: their unit, their attendance ({@code null} if they never signed in and were
 * not corrected) and the credit hours it earned ({@code null} if none).
 */
public record RosterEntry(long personId, String unitCode, AttendanceRecord attendance, BigDecimal creditHours) {}
