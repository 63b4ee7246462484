/** Small persistence helpers every feature may use; they know no feature's tables. */
package org.zhixing.platform.persistence;
