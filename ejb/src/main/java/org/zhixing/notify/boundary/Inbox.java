package org.zhixing.notify.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.zhixing.notify.control.ContactBook;
import org.zhixing.notify.control.InboxEntry;
import org.zhixing.notify.control.InboxStore;
import org.zhixing.notify.control.InvalidContactException;
import org.zhixing.notify.control.NotificationNotFoundException;
import org.zhixing.platform.paging.Page;
import org.zhixing.platform.paging.PageRequest;
import org.zhixing.platform.security.Caller;

/** The caller's own notices (the bell in the portal's header) and where mail and SMS reach them. Nobody sees another's. */
@Stateless
public class Inbox {

  @Inject InboxStore store;
  @Inject ContactBook contacts;

  public Page<InboxEntry> notices(Caller caller, boolean unreadOnly, PageRequest page) {
    return store.page(caller.username(), unreadOnly, page);
  }

  public long unread(Caller caller) {
    return store.unread(caller.username());
  }

  public void markRead(Caller caller, long id) {
    if (!store.markRead(caller.username(), id)) {
      throw new NotificationNotFoundException(id);
    }
  }

  public int markAllRead(Caller caller) {
    return store.markAllRead(caller.username());
  }

  /** Sets the caller's mail address and mobile number for notices (null clears one). */
  public void saveContact(Caller caller, String email, String mobile) {
    if (mobile != null && !ContactBook.isMobile(mobile)) {
      throw new InvalidContactException("mobile");
    }
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new InvalidContactException("email");
    }
    contacts.save(caller.username(), email, mobile);
  }
}
