/**
 * Spreadsheets in and out. Reading uploaded sheets (.xlsx as a stream, .csv in UTF-8 or GB18030) as rows of text
 * cells, with the limits every import shares: rows, inflated size, encrypted and old binary workbooks refused with their
 * own problems. Writing reports and exports as a stream with Apache POI.
 */
package org.zhixing.platform.sheet;
