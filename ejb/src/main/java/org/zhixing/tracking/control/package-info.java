/**
 * How progress is recorded: the event vocabulary of the player, the JDBC store of merged progress rows, presence
 * checks, credit awards and the courseware lessons progress is measured against.
 */
package org.zhixing.tracking.control;
