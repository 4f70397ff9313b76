-- communique DuckDB store, schema version 2 (documented in docs/store.md; version 1 lacked events.contexts).
-- Dates are ISO strings ("YYYY-MM-DD", or "YYYY-MM"/"YYYY" when only that is known) so that
-- partial dates survive and string order equals time order. Spans are [start, end) offsets
-- into documents.text. Child rows are keyed by (doc_id, ...) and are replaced with their document.

CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR
);

-- what each document was extracted with: communique's version and data digest, and the version of the
-- store's actor knowledge base (meta.kb_version) at that time; written with the document, in its transaction
CREATE TABLE IF NOT EXISTS document_versions (
    doc_id       VARCHAR PRIMARY KEY,
    extracted_by VARCHAR,
    kb_version   INTEGER
);

CREATE TABLE IF NOT EXISTS documents (
    id           VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,   -- sha1 of the original input text
    json_hash    VARCHAR NOT NULL,   -- sha1 of the canonical document JSON
    url          VARCHAR,
    title        VARCHAR,
    source       VARCHAR,
    published    VARCHAR,
    language     VARCHAR,
    dateline     VARCHAR,
    text         VARCHAR,            -- the original input text (spans index into it)
    doc          JSON NOT NULL,      -- the full document JSON
    ingested_at  TIMESTAMP DEFAULT current_timestamp,
    genre        VARCHAR             -- report, live blog or opinion (genre.kind of the JSON); NULL before genres
);

CREATE TABLE IF NOT EXISTS actors (
    doc_id   VARCHAR NOT NULL,
    actor_id VARCHAR NOT NULL,
    name     VARCHAR,
    kind     VARCHAR,
    code     VARCHAR,
    org      VARCHAR,
    sector   VARCHAR,
    role     VARCHAR,
    mentions JSON
);

CREATE TABLE IF NOT EXISTS events (
    doc_id        VARCHAR NOT NULL,
    event_id      VARCHAR NOT NULL,
    rank          INTEGER,          -- 0 = most confident event of the document
    event         VARCHAR,          -- PLOVER category
    mode          VARCHAR,
    cameo         VARCHAR,
    quad          VARCHAR,
    goldstein     DOUBLE,
    date          VARCHAR,
    date_text     VARCHAR,
    planned       BOOLEAN,
    negated       BOOLEAN,
    sentence      INTEGER,
    trigger_text  VARCHAR,
    trigger_start INTEGER,
    trigger_end   INTEGER,
    confidence    DOUBLE,
    location      JSON,
    dead          INTEGER,
    injured       INTEGER,
    arrested      INTEGER,
    size          INTEGER,
    contexts      VARCHAR[]         -- PLOVER contexts (possibly empty); NULL for events stored before version 2
);

CREATE TABLE IF NOT EXISTS event_actors (
    doc_id     VARCHAR NOT NULL,
    event_id   VARCHAR NOT NULL,
    role       VARCHAR NOT NULL,    -- 'source' or 'target'
    position   INTEGER NOT NULL,
    actor_id   VARCHAR,
    code       VARCHAR,
    sector     VARCHAR,
    text       VARCHAR,
    span_start INTEGER,
    span_end   INTEGER
);

CREATE TABLE IF NOT EXISTS quotes (
    doc_id         VARCHAR NOT NULL,
    position       INTEGER NOT NULL,
    text           VARCHAR,
    span_start     INTEGER,
    span_end       INTEGER,
    direct         BOOLEAN,
    speaker_actor  VARCHAR,
    speaker_actors JSON,
    speaker_name   VARCHAR,
    speaker_code   VARCHAR
);

CREATE TABLE IF NOT EXISTS amounts (
    doc_id     VARCHAR NOT NULL,
    position   INTEGER NOT NULL,
    value      DOUBLE,
    unit       VARCHAR,
    text       VARCHAR,
    span_start INTEGER,
    span_end   INTEGER,
    about      VARCHAR,
    year       INTEGER,
    qualifier  VARCHAR
);

CREATE TABLE IF NOT EXISTS dates (
    doc_id     VARCHAR NOT NULL,
    position   INTEGER NOT NULL,
    text       VARCHAR,
    span_start INTEGER,
    span_end   INTEGER,
    value      VARCHAR,
    end_value  VARCHAR
);

CREATE TABLE IF NOT EXISTS places (
    doc_id     VARCHAR NOT NULL,
    position   INTEGER NOT NULL,
    text       VARCHAR,
    span_start INTEGER,
    span_end   INTEGER,
    name       VARCHAR,
    country    VARCHAR,
    lat        DOUBLE,
    lon        DOUBLE,
    geonameid  BIGINT
);

CREATE INDEX IF NOT EXISTS events_doc ON events (doc_id);
CREATE INDEX IF NOT EXISTS event_actors_doc ON event_actors (doc_id, event_id);
