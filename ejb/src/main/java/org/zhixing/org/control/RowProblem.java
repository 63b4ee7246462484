package org.zhixing.org.control;

/**
 * What is wrong with one cell of a row, for the import report.
 *
 * @param column the column at fault, or null for the row as a whole
 * @param code a stable code, also the key of the message the report shows (import.row.&lt;code&gt;)
 * @param value the cell as it was, so the report can quote it
 */
public record RowProblem(int row, PeopleColumn column, String code, String value) {}
