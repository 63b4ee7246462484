/** Training plans and the coverage (全覆盖) they produce, as the rest of the system uses them. */
package org.zhixing.coverage.boundary;
