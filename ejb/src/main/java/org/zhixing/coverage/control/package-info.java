/** The plans' rosters, the per-person status kept current from other features' events, and the sums over them. */
package org.zhixing.coverage.control;
