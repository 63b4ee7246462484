/** Keys that the application keeps for itself and shares between nodes through the database. */
package org.zhixing.platform.secrets;
