/** Where a customer's token for this booking is kept (the call page reads the same key). */
export function customerSessionKey(bookingId: string): string {
  return `customer:${bookingId}`;
}

/** The links of a booking when only its id and token are known (the manage link). */
export function bookingLinks(bookingId: string, token: string) {
  const query = `token=${encodeURIComponent(token)}`;
  return {
    callUrl: `/call/${encodeURIComponent(bookingId)}?${query}`,
    icsUrl: `/api/bookings/${encodeURIComponent(bookingId)}/ics?${query}`,
    manageUrl: `/book?booking=${encodeURIComponent(bookingId)}&${query}`,
  };
}
