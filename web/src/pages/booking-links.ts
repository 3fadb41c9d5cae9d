/** Where a customer's token for this booking is kept (the call page reads the same key). */
export function customerSessionKey(bookingId: string): string {
  return `customer:${bookingId}`;
}

/**
 * The links of a booking when only its id and token are known (the manage link). The token rides
 * in the fragment, except for the calendar download, which cannot send a header.
 */
export function bookingLinks(bookingId: string, token: string) {
  const encoded = encodeURIComponent(token);
  return {
    callUrl: `/call/${encodeURIComponent(bookingId)}#token=${encoded}`,
    icsUrl: `/api/bookings/${encodeURIComponent(bookingId)}/ics?token=${encoded}`,
    manageUrl: `/book?booking=${encodeURIComponent(bookingId)}#token=${encoded}`,
  };
}
