/**
 * Benchmarks of the running system, started by {@code bench/<name>.sh}: each starts what it needs with the launcher's
 * classes on free loopback ports in a scratch folder, measures, prints a table and one summary line, and stops
 * everything again.
 */
package org.zhixing.bench;
