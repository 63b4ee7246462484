import { api } from '.'

/* ---- Notifications (通知): the bell in the header ---- */

export interface NotificationView {
  id: number
  kind: string
  title: string
  body: string
  link: string | null
  createdAt: string
  readAt: string | null
}

export interface NoticesPage {
  items: NotificationView[]
  page: number
  size: number
  total: number
  unread: number
}

export const notificationApi = {
  list: (page = 1, size = 10, unread = false) => api.get<NoticesPage>('/api/me/notifications', { page, size, unread }),
  markRead: (id: number) => api.post<{ unread: number }>(`/api/me/notifications/${id}/read`),
  markAllRead: () => api.post<{ unread: number }>('/api/me/notifications/read-all'),
  saveContact: (email: string | null, mobile: string | null) =>
    api.put<{ email: string | null; mobile: string | null }>('/api/me/notifications/contact', { email, mobile }),
}
