-- Watched sources (detente watch): each source's poll state and health, the items already handled (so restarts
-- and the same item in several feeds add nothing), and the alerts sent (so each is sent once) and muted dyads.
CREATE TABLE watch_sources (
    source_key         VARCHAR PRIMARY KEY,   -- the source's URL, or "pages:NAME" for an inline page list
    name               VARCHAR,
    kind               VARCHAR,
    url                VARCHAR,
    interval_seconds   INTEGER NOT NULL,
    etag               VARCHAR,
    last_modified      VARCHAR,
    last_poll          TIMESTAMP,
    next_poll          TIMESTAMP,
    last_success       TIMESTAMP,
    last_error         VARCHAR,
    last_error_at      TIMESTAMP,
    consecutive_errors INTEGER NOT NULL DEFAULT 0,
    polls              BIGINT NOT NULL DEFAULT 0,
    items_seen         BIGINT NOT NULL DEFAULT 0,  -- entries listed, summed over polls
    items_new          BIGINT NOT NULL DEFAULT 0,  -- entries not handled before, handed to ingest
    articles_stored    BIGINT NOT NULL DEFAULT 0,  -- of those, articles stored as new (not duplicates)
    items_failed       BIGINT NOT NULL DEFAULT 0,
    last_new_at        TIMESTAMP
);

CREATE TABLE watch_items (
    item_key   VARCHAR PRIMARY KEY,   -- the normalised link (or the guid when there is no link)
    source_key VARCHAR NOT NULL,
    link       VARCHAR,
    first_seen TIMESTAMP NOT NULL,
    handled_at TIMESTAMP NOT NULL,
    outcome    VARCHAR NOT NULL,      -- stored | duplicate | failed
    reason     VARCHAR,
    attempts   INTEGER NOT NULL
);

CREATE TABLE alerts_sent (
    alert_key  VARCHAR PRIMARY KEY,   -- kind|a|b|first week: a run of weeks is one alert
    kind       VARCHAR NOT NULL,      -- escalation | de-escalation | tension
    a          VARCHAR NOT NULL,
    b          VARCHAR NOT NULL,
    week_from  DATE NOT NULL,
    week_to    DATE NOT NULL,
    score      DOUBLE NOT NULL,
    title      VARCHAR NOT NULL,
    body       VARCHAR NOT NULL,
    event_ids  VARCHAR NOT NULL,      -- comma-separated, strongest first
    created_at TIMESTAMP NOT NULL,
    webhook    VARCHAR,               -- sent | failed: reason | NULL (not configured)
    email      VARCHAR
);

CREATE TABLE alert_mutes (
    a        VARCHAR NOT NULL,
    b        VARCHAR NOT NULL,
    muted_at TIMESTAMP NOT NULL,
    PRIMARY KEY (a, b)
);
