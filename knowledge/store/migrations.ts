import type { Database } from './database.ts';

/** One versioned schema step. Never edit a released one: add the next. */
interface Migration {
  version: number;
  name: string;
  statements: string[];
}

const migrations: Migration[] = [
  {
    version: 1,
    name: 'catalog',
    statements: [
      `create table products (
        id text primary key,
        title text not null,
        description text not null default '',
        brand text,
        category text,
        tags text[] not null default '{}',
        currency text not null default 'USD',
        price numeric(12,2) not null,
        compare_at_price numeric(12,2),
        stock integer,
        in_stock boolean not null,
        related text[] not null default '{}',
        -- The whole normalised product (features, reviews, Q&A, attributes, images).
        document jsonb not null,
        -- Hash of the passage texts: an unchanged hash means no re-embedding.
        passages_hash text not null,
        updated_at timestamptz not null default now()
      )`,
      `create index products_category on products (lower(category))`,
      `create index products_brand on products (lower(brand))`,
      `create index products_price on products (price)`,
      `create table variants (
        product_id text not null references products (id) on delete cascade,
        id text not null,
        position integer not null,
        sku text,
        title text not null,
        options jsonb not null default '{}',
        price numeric(12,2) not null,
        compare_at_price numeric(12,2),
        inventory integer,
        primary key (product_id, id)
      )`,
      `create table store_documents (
        id text primary key,
        title text not null,
        kind text not null,
        body text not null,
        passages_hash text not null,
        updated_at timestamptz not null default now()
      )`,
      `create table passages (
        id bigserial primary key,
        product_id text references products (id) on delete cascade,
        document_id text references store_documents (id) on delete cascade,
        kind text not null,
        ordinal integer not null,
        -- The exact line shown and cited (a review, a bullet, a Q&A pair…).
        text text not null,
        -- What is ranked: the line with its product's name, so "does the X come in black" finds it.
        search_text text not null,
        -- Built-in full-text vector: the lexical ranker where the server lacks pg_textsearch.
        text_search tsvector generated always as (to_tsvector('english', search_text)) stored,
        check ((product_id is null) <> (document_id is null))
      )`,
      `create index passages_product on passages (product_id)`,
      `create index passages_document on passages (document_id)`,
      `create index passages_text_search on passages using gin (text_search)`,
      // Vocabulary of the catalog, for typo correction with trigrams.
      `create table search_terms (term text primary key)`,
      `create index search_terms_trigram on search_terms using gin (term gin_trgm_ops)`,
      `create table store_settings (key text primary key, value jsonb not null)`,
    ],
  },
  {
    version: 2,
    name: 'offers-and-orders',
    statements: [
      // Offer policies: scope 'store' (target null), 'brand', 'category' or 'product'.
      `create table offer_policies (
        id text primary key,
        scope text not null check (scope in ('store', 'brand', 'category', 'product')),
        target text,
        settings jsonb not null,
        updated_at timestamptz not null default now(),
        unique (scope, target)
      )`,
      `create table offers (
        code text primary key,
        session_id text not null,
        participant_id text not null,
        product_id text not null references products (id) on delete cascade,
        variant_id text,
        discount_percent numeric(5,2) not null,
        unit_price numeric(12,2) not null,
        offer_price numeric(12,2) not null,
        currency text not null,
        policy_id text,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        redeemed_at timestamptz,
        order_id text
      )`,
      `create index offers_session_participant on offers (session_id, participant_id)`,
      `create table orders (
        id text primary key,
        session_id text,
        participant_id text,
        lines jsonb not null,
        subtotal numeric(12,2) not null,
        discount numeric(12,2) not null default 0,
        total numeric(12,2) not null,
        currency text not null,
        offer_code text references offers (code),
        idempotency_key text unique,
        created_at timestamptz not null default now()
      )`,
    ],
  },
  {
    version: 3,
    name: 'profiles-and-conversations',
    statements: [
      `create table shopper_profiles (
        participant_id text primary key,
        profile jsonb not null default '{}',
        updated_at timestamptz not null default now()
      )`,
      `create table conversation_turns (
        id bigserial primary key,
        session_id text not null,
        participant_id text not null,
        role text not null check (role in ('shopper', 'assistant', 'host')),
        audience text not null check (audience in ('public', 'private')),
        text text not null,
        product_ids text[] not null default '{}',
        created_at timestamptz not null default now()
      )`,
      `create index conversation_turns_session on conversation_turns (session_id, participant_id, id)`,
    ],
  },
  {
    version: 4,
    name: 'live-rooms-and-bookings',
    statements: [
      `create table shows (
        id text primary key,
        title text not null,
        mode text not null check (mode in ('stream', 'assist')),
        host_name text not null,
        settings jsonb not null default '{}',
        created_at timestamptz not null default now()
      )`,
      // What a room said and showed, so a reconnecting participant gets its history back.
      `create table room_events (
        seq bigserial primary key,
        room_id text not null,
        audience text not null check (audience in ('public', 'private', 'staff')),
        recipient_id text,
        body jsonb not null,
        created_at timestamptz not null default now()
      )`,
      `create index room_events_room on room_events (room_id, seq)`,
      // What the bot could not answer, or held back: the host's queue.
      `create table questions (
        id text primary key,
        room_id text not null,
        participant_id text not null,
        participant_name text not null,
        kind text not null check (kind in ('handoff', 'flag')),
        text text not null,
        reason text not null,
        product_ids text[] not null default '{}',
        status text not null default 'open' check (status in ('open', 'answered', 'approved', 'dismissed')),
        answer text,
        answered_by text,
        created_at timestamptz not null default now(),
        answered_at timestamptz
      )`,
      `create index questions_status on questions (status, created_at)`,
      // Concierge staff and their weekly availability (in their own time zone).
      `create table staff (
        id text primary key,
        name text not null,
        title text not null default '',
        time_zone text not null,
        availability jsonb not null default '[]',
        slot_minutes integer not null default 30 check (slot_minutes between 10 and 240),
        active boolean not null default true
      )`,
      `create table bookings (
        id text primary key,
        staff_id text not null references staff (id),
        customer_name text not null,
        email text not null,
        start_at timestamptz not null,
        end_at timestamptz not null,
        time_zone text not null,
        note text not null default '',
        status text not null default 'confirmed' check (status in ('confirmed', 'cancelled')),
        -- Bumped at each reschedule or cancellation: calendar apps replace an event only for a higher SEQUENCE.
        sequence integer not null default 0,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`,
      // One confirmed booking per staff member and start: two shoppers racing for a slot get one winner.
      `create unique index bookings_staff_slot on bookings (staff_id, start_at) where status = 'confirmed'`,
    ],
  },
  {
    version: 5,
    name: 'typo-lookup-gist',
    statements: [
      // Typo lookups ask for several words at once: on GiST a trigram match costs about a fifth of
      // what it does on GIN here (a 23-word message: 16 ms instead of 87 ms on the demo catalog).
      `drop index if exists search_terms_trigram`,
      `create index search_terms_trigram on search_terms using gist (term gist_trgm_ops)`,
    ],
  },
  {
    version: 6,
    name: 'token-withdrawals',
    statements: [
      // A participant's sign-in links issued before `withdrawn_at` no longer work (a stylist who left, a leaked link).
      `create table token_withdrawals (
        participant_id text primary key,
        withdrawn_at timestamptz not null
      )`,
    ],
  },
];

/** Applies the migrations this database has not seen, each in its own transaction, in order. */
export async function migrate(db: Database): Promise<number[]> {
  await db.query(`create table if not exists schema_migrations (
    version integer primary key, name text not null, applied_at timestamptz not null default now())`);
  const { rows } = await db.query<{ version: number }>('select version from schema_migrations');
  const applied = new Set(rows.map((row) => row.version));
  const newlyApplied: number[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    await db.transaction(async (tx) => {
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
    });
    newlyApplied.push(migration.version);
  }
  return newlyApplied;
}

export const latestSchemaVersion = migrations.at(-1)!.version;
