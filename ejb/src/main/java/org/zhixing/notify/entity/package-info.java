/** What a notice is and whom it goes to: values the sending feature builds and the channels deliver. */
package org.zhixing.notify.entity;
