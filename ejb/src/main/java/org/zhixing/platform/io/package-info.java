/** Small file-system helpers shared by the features. */
package org.zhixing.platform.io;
