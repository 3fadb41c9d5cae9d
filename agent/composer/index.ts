export { composeReply, type ComposedReply } from './compose-reply.ts';
export { intents, recogniseIntent, type Intent } from './intents.ts';
export { extractSlots, type Slots } from './slots.ts';
